"""Fixtures for the agenda tests: a real database with a session, people and drafts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.services import agenda
from desktop_app.services.agenda_versions import start_draft
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository
from tests.conftest import seoul_session

CREATED = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def session(workspace: Workspace) -> Session:
    return add_session(workspace, seoul_session())


@pytest.fixture
def draft(workspace: Workspace, session: Session) -> AgendaVersion:
    assert session.id is not None
    return start_draft(workspace, session.id, "our draft 1", "ROK", now=CREATED)


def add_person(workspace: Workspace, name: str, side: str = "ROK") -> int:
    with workspace.store.transaction() as db:
        return people_repository.insert_person(db, Person(name=name, side=side))


def add(workspace: Workspace, version: AgendaVersion, title: str, *, at: int | None = None, **fields: object) -> int:
    """Add an item and return its id."""
    assert version.id is not None
    item = AgendaItem(version_id=version.id, position=0, number="", title=title, **fields)  # type: ignore[arg-type]
    added = agenda.add_item(workspace, item, at=at).item
    assert added.id is not None
    return added.id


def numbers(workspace: Workspace, version: AgendaVersion) -> list[tuple[str, str]]:
    """(number, title) of every item, in order, as read back from the file."""
    assert version.id is not None
    return [(item.number, item.title) for item in agenda.list_items(workspace, version.id)]


def fill(workspace: Workspace, version: AgendaVersion, titles: list[str]) -> list[int]:
    """Items from titles; a title starting with "- " is a sub-item."""
    ids = []
    for title in titles:
        level = 1 if title.startswith("- ") else 0
        ids.append(add(workspace, version, title.removeprefix("- "), level=level, minutes=10))
    return ids
