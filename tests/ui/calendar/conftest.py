"""Fixtures for the calendar tests: a body with sessions on both sides' holidays, no unexpected questions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.scheduling import SessionDraft, create_session
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.calendar.calendar_view import CalendarView
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.sessions import questions
from tests.ui.conftest import sample_sessions

QUESTIONS = (
    "ask_session_draft",
    "ask_series_draft",
    "ask_new_start",
    "ask_scope",
    "confirm_cancel",
    "ask_ics_import_path",
    "ask_ics_export_path",
    "ask_export_which",
    "confirm_import",
    "confirm_drop",
)


@pytest.fixture(autouse=True)
def _no_real_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any scheduling question a test did not expect fails it instead of blocking on a modal loop."""

    def refuse(name: str) -> Callable[..., None]:
        def fake(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"unexpected question {name}")

        return fake

    for name in QUESTIONS:
        monkeypatch.setattr(questions, name, refuse(name))


def draft(title: str, local: datetime, zone: str = "Asia/Seoul", **fields: object) -> SessionDraft:
    values: dict[str, object] = {"duration_minutes": 120, "host_side": "ROK" if zone == "Asia/Seoul" else "US"}
    values.update(fields)
    return SessionDraft(title=title, local_start=local, timezone=zone, **values)  # type: ignore[arg-type]


# Chuseok (추석) falls on Wed 15 Sep 2027, Labor Day on Mon 6 Sep 2027, Thanksgiving on Thu 25 Nov 2027.
CHUSEOK_ROUND = "Chuseok round"
THANKSGIVING_ROUND = "Thanksgiving call"
PLAIN_ROUND = "Plain Tuesday round"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """The window tests' three sessions, and three more on and around both sides' holidays."""
    path = tmp_path / "desk.sqlite3"
    with Workspace.open(path) as workspace:
        for session in sample_sessions():
            add_session(workspace, session)
        create_session(
            workspace,
            draft(CHUSEOK_ROUND, datetime(2027, 9, 15, 10), title_ko="추석 협의", venue_city="Seoul"),
        )
        create_session(workspace, draft(PLAIN_ROUND, datetime(2027, 9, 21, 10), venue_city="Seoul"))
        create_session(
            workspace,
            draft(THANKSGIVING_ROUND, datetime(2027, 11, 25, 10), "America/New_York", venue_city="Washington"),
        )
    return path


@pytest.fixture
def cal_workspace(database: Path) -> Iterator[Workspace]:
    """The database open for a test without a main window (the window opens it itself: one writer at a time)."""
    opened = Workspace.open(database)
    yield opened
    opened.close(backup=False)


@pytest.fixture
def calendar(qtbot: QtBot, cal_workspace: Workspace) -> CalendarView:
    """A calendar on its own, big enough for whole chips."""
    view = CalendarView(Navigator())
    qtbot.addWidget(view)
    view.resize(1300, 860)
    view.load(cal_workspace)
    view.show()
    qtbot.waitExposed(view)
    return view
