"""Placeholder: the sample body is being written."""
from desktop_app.services.workspace import Workspace


def fill_sample_body(workspace: Workspace) -> str:
    return "nothing yet"


def fill_large_body(workspace: Workspace, years: int) -> str:
    return "nothing yet"
