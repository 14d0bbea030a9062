"""Fixtures for the agenda editor, outcomes and action-item tests: a real database with a
delegation, a drafted agenda and action items, and no real dialog of the agenda package."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.attendance import Role
from desktop_app.domain.person import Person
from desktop_app.services import agenda as agenda_service
from desktop_app.services.actions import add_action
from desktop_app.services.agenda_versions import start_draft
from desktop_app.services.delegations import add_to_delegation
from desktop_app.services.people import add_person
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.common.navigator import Navigator

TODAY = date(2031, 4, 20)  # between the first session (9 March 2031) and the second (13 April + 35 days)


@pytest.fixture(autouse=True)
def _no_agenda_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question of the agenda package that a test did not expect fails it instead of blocking."""

    def refuse(name: str) -> Callable[..., None]:
        def fake(*args: object) -> None:
            raise AssertionError(f"unexpected prompt {name}{args[1:]}")

        return fake

    for name in (
        "confirm_branch",
        "confirm_status",
        "confirm_delete_item",
        "ask_new_version",
        "confirm_delete_action",
    ):
        monkeypatch.setattr(prompts, name, refuse(name))


@dataclass(frozen=True)
class Seeded:
    """Ids of what ``agenda_database`` put in the file."""

    sessions: tuple[int, int, int]  # in start order: Seoul (120 min), Washington, video
    version: int  # "ROK draft 1" of the first session
    items: dict[str, int]  # title → id
    presenter: int  # KIM Min-jun, head of the ROK delegation
    actions: dict[str, int]


def add_items(workspace: Workspace, version: AgendaVersion, rows: list[tuple[str, str, int, int]]) -> dict[str, int]:
    """(title, title_ko, level, minutes) → {title: id}."""
    assert version.id is not None
    ids = {}
    for title, title_ko, level, minutes in rows:
        item = AgendaItem(version.id, 0, "", title, title_ko=title_ko, level=level, minutes=minutes, lead_side="ROK")
        added = agenda_service.add_item(workspace, item).item
        assert added.id is not None
        ids[title] = added.id
    return ids


AGENDA = [
    ("Opening remarks", "모두발언", 0, 10),
    ("Security", "안보", 0, 30),
    ("Cyber", "사이버", 1, 15),
    ("Economy", "경제", 0, 20),
]  # 75 of the first session's 120 minutes


@pytest.fixture
def seeded(database: Path) -> Seeded:
    with Workspace.open(database) as workspace:
        sessions = [s.id for s in list_sessions(workspace)]
        first, second, third = (int(s or 0) for s in sessions)
        kim = add_person(workspace, Person(name="KIM Min-jun", side="ROK", name_ko="김민준"))
        doe = add_person(workspace, Person(name="Jane Doe", side="US"))
        assert kim.id is not None and doe.id is not None
        add_to_delegation(workspace, first, kim.id, role=Role.HEAD)
        add_to_delegation(workspace, first, doe.id, role=Role.HEAD)
        version = start_draft(workspace, first, "ROK draft 1", "ROK")
        assert version.id is not None
        items = add_items(workspace, version, AGENDA)
        actions = {}
        for text, owner, side, due in (
            ("Share the vessel list", "Jane Doe", "US", date(2031, 4, 10)),  # overdue on TODAY by 10 days
            ("Draft the joint statement", "KIM Min-jun", "ROK", date(2031, 5, 1)),
            ("Book the venue", "Protocol office", "ROK", None),
        ):
            action = add_action(workspace, ActionItem(first, text, owner=owner, owner_side=side, due=due))
            assert action.id is not None
            actions[text] = action.id
        return Seeded((first, second, third), version.id, items, kim.id, actions)


@pytest.fixture
def workspace(database: Path, seeded: Seeded) -> Iterator[Workspace]:
    opened = Workspace.open(database)
    yield opened
    opened.close()


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def agenda_tab(qtbot: QtBot, workspace: Workspace, seeded: Seeded, navigator: Navigator) -> AgendaTab:
    tab = AgendaTab(navigator)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.load(workspace, seeded.sessions[0])
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def type_hangul(widget: QWidget, text: str) -> None:
    """Hangul arrives through the input method, one composed syllable at a time (keyClicks is ASCII-only)."""
    widget.setFocus()
    for syllable in text:
        QApplication.sendEvent(widget, QInputMethodEvent(syllable, []))
        committed = QInputMethodEvent()
        committed.setCommitString(syllable)
        QApplication.sendEvent(widget, committed)


def stored(workspace: Workspace, version_id: int) -> list[tuple[str, str]]:
    """(number, title) of every item of a version, as read back from the file."""
    return [(item.number, item.title) for item in agenda_service.list_items(workspace, version_id)]
