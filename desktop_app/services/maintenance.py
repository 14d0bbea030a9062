"""Checking, backing up and restoring the database file."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import DatabaseRefused
from desktop_app.services.workspace import Workspace
from desktop_app.storage.fileformat import inspect_database


def check_database(path: Path) -> None:
    """A full integrity check of ``path``, changing nothing; raises ``DatabaseRefused`` with the first problem."""
    if not path.exists():
        raise DatabaseRefused(f"{path} does not exist")
    inspect_database(path, thorough=True)


def backup_now(workspace: Workspace, directory: Path | None = None) -> Path:
    return workspace.store.backup(directory)


def restore(workspace: Workspace, source: Path) -> Path:
    """Restore from ``source``; return where the previous contents were kept."""
    aside = workspace.store.restore_from(source)
    workspace.reload_body()
    return aside
