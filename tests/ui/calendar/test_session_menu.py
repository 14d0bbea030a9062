"""The Session menu and File → calendar files: each action asks, writes through a service, and every view reloads."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import Session, SessionStatus
from desktop_app.services.calendar_files import ImportReport
from desktop_app.services.scheduling import Scope, SessionDraft
from desktop_app.services.series import SeriesDraft
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.ui.calendar.calendar_view import CalendarView
from desktop_app.ui.common import dialogs
from desktop_app.ui.sessions import questions
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.calendar.conftest import CHUSEOK_ROUND, PLAIN_ROUND

pytestmark = pytest.mark.gui


def by_title(window: MainWindow, title: str) -> Session:
    return next(s for s in list_sessions(window.workspace) if s.title == title)


def calendar_of(window: MainWindow) -> CalendarView:
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    return view


def select_in_calendar(window: MainWindow, session: Session) -> CalendarView:
    window.show_view("calendar")
    calendar = calendar_of(window)
    local = session.local_start(window.workspace.body.home.timezone)
    calendar.show_month(local.year, local.month)
    assert session.id is not None and calendar.select_session(session.id)
    return calendar


def test_the_menus_and_their_shortcuts(window: MainWindow) -> None:
    menu = window.session_menu.menu
    assert menu is not None
    shortcuts = {action.text(): action.shortcut().toString() for action in menu.actions() if not action.isSeparator()}
    assert shortcuts == {
        "&New session…": "Ctrl+N",
        "New &series…": "Ctrl+Shift+N",
        "&Edit…": "Ctrl+E",
        "&Move…": "Ctrl+M",
        "&Postpone": "Ctrl+Shift+P",
        "&Cancel session…": "Ctrl+Shift+Del",
    }
    # File → New database gives Ctrl+N up, so that no shortcut is ambiguous.
    assert window.file_actions.new_action.shortcut() == QKeySequence("Ctrl+Alt+N")
    file_texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert file_texts.index("Import calendar &file (.ics)…") < file_texts.index("&Quit")
    assert "E&xport calendar (.ics)…" in file_texts
    assert [action.text() for action in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]


def test_cancel_from_the_menu_asks_then_cancels(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    session = by_title(window, PLAIN_ROUND)
    calendar = select_in_calendar(window, session)
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(parent: object, description: str, scope: Scope) -> bool:
        asked.append(description)
        return next(answers)

    monkeypatch.setattr(questions, "confirm_cancel", confirm)
    window.session_menu.cancel_action.trigger()
    assert get_session(window.workspace, session.id or 0).status is SessionStatus.PLANNED  # "No" changes nothing
    window.session_menu.cancel_action.trigger()
    assert asked == [f"#{session.number} “{PLAIN_ROUND}”"] * 2
    cancelled = get_session(window.workspace, session.id or 0)
    assert cancelled.status is SessionStatus.CANCELLED
    # Every view reloaded: the calendar shows it struck through (no warnings), the list says so.
    chip = calendar.month_grid.chip_of(session.id or 0)
    assert chip is not None and chip.entry.session.status is SessionStatus.CANCELLED and not chip.entry.warnings
    assert "Cancelled" in window.statusBar().currentMessage()


def test_edit_asks_this_or_the_following_for_a_series(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        questions,
        "ask_series_draft",
        lambda parent, workspace, first=None: SeriesDraft(
            title="Quarterly review",
            rule="quarterly",
            first_start=datetime(2028, 1, 11, 10),
            timezone="Asia/Seoul",
            duration_minutes=120,
            hosts=("ROK",),
            count=4,
        ),
    )
    window.session_menu.new_series_action.trigger()
    series = [s for s in list_sessions(window.workspace) if s.title == "Quarterly review"]
    assert len(series) == 4 and "4 sessions" in window.statusBar().currentMessage()

    second = series[1]
    assert second.id is not None
    window.open_session(second.id)
    monkeypatch.setattr(
        questions,
        "ask_session_draft",
        lambda parent, workspace, initial, **kwargs: replace(initial, title="Quarterly review (revised)"),
    )
    monkeypatch.setattr(questions, "ask_scope", lambda parent, what: Scope.FOLLOWING)
    window.session_menu.edit_action.trigger()
    titles = [s.title for s in list_sessions(window.workspace) if s.series_id is not None]
    assert titles == ["Quarterly review"] + ["Quarterly review (revised)"] * 3
    assert "Quarterly review (revised)" in window.session_page.title.text()  # the open page reloaded


def test_postpone_and_move_plan_the_session_again(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    session = by_title(window, CHUSEOK_ROUND)
    select_in_calendar(window, session)
    window.session_menu.postpone_action.trigger()
    assert get_session(window.workspace, session.id or 0).status is SessionStatus.POSTPONED
    monkeypatch.setattr(
        questions, "ask_new_start", lambda parent, workspace, s: (datetime(2027, 9, 28, 10, 0), "Asia/Seoul")
    )
    window.session_menu.move_action.trigger()
    moved = get_session(window.workspace, session.id or 0)
    assert moved.status is SessionStatus.PLANNED
    assert moved.local_start().isoformat() == "2027-09-28T10:00:00+09:00"


def test_no_session_selected_says_so(window: MainWindow) -> None:
    window.show_view("calendar")
    calendar_of(window).show_month(2040, 1)  # an empty month: nothing selected
    window.session_menu.edit_action.trigger()
    assert window.statusBar().currentMessage().startswith("Select a session first")


def test_new_session_from_the_menu_is_saved(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(parent: object, workspace: object, initial: SessionDraft, **kwargs: object) -> SessionDraft:
        return replace(initial, title="Made with Ctrl+N", local_start=datetime(2027, 10, 14, 10, 0))

    monkeypatch.setattr(questions, "ask_session_draft", answer)
    window.session_menu.new_action.trigger()
    made = by_title(window, "Made with Ctrl+N")
    assert made.local_start().isoformat() == "2027-10-14T10:00:00+09:00"
    assert made.venue_city == "Seoul"  # the home capital, as the dialog was opened with


def test_export_all_then_the_open_session(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window.show_view("calendar")
    calendar_of(window).show_month(2040, 1)  # nothing selected: everything is exported without asking
    target = tmp_path / "all.ics"
    monkeypatch.setattr(questions, "ask_ics_export_path", lambda parent, suggested: target)
    window.session_menu.export_action.trigger()
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    events = [c for c in parsed.walk("VEVENT")]
    assert len(events) == len(list_sessions(window.workspace)) == 6
    assert {str(e["SUMMARY"]) for e in events} >= {CHUSEOK_ROUND, PLAIN_ROUND}

    session = by_title(window, CHUSEOK_ROUND)
    window.open_session(session.id or 0)
    one = tmp_path / "one.ics"
    monkeypatch.setattr(questions, "ask_export_which", lambda parent, selected: "selected")
    monkeypatch.setattr(questions, "ask_ics_export_path", lambda parent, suggested: one)
    window.session_menu.export_action.trigger()
    [event] = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == session.uid
    assert "Exported 1 session" in window.statusBar().currentMessage()


SMALL_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Counterpart desk//EN\r
BEGIN:VEVENT\r
UID:counterpart-2027-10-20@example.gov\r
DTSTAMP:20270901T000000Z\r
DTSTART;TZID=America/New_York:20271020T090000\r
DTEND;TZID=America/New_York:20271020T110000\r
SUMMARY:Counterpart working session\r
LOCATION:Department of State, Washington\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_import_shows_what_it_will_do_then_creates_the_session(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "from-washington.ics"
    source.write_text(SMALL_ICS, encoding="utf-8")
    monkeypatch.setattr(questions, "ask_ics_import_path", lambda parent, start: source)
    reports: list[ImportReport] = []
    answers = iter([False, True])

    def confirm(parent: object, path: Path, report: ImportReport, **options: object) -> bool:
        reports.append(report)
        return next(answers)

    monkeypatch.setattr(questions, "confirm_import", confirm)
    window.session_menu.import_action.trigger()
    assert reports[0].summary() == "1 created, 0 updated, 0 unchanged"
    assert len(list_sessions(window.workspace)) == 6  # the preview wrote nothing; "Cancel" neither
    window.session_menu.import_action.trigger()
    imported = by_title(window, "Counterpart working session")
    assert imported.timezone == "America/New_York" and imported.host_side == "US"
    assert imported.local_start().isoformat() == "2027-10-20T09:00:00-04:00"
    assert "Imported from-washington.ics: 1 created" in window.statusBar().currentMessage()

    assert window.edit.undo_action.text() == "&Undo Import from-washington.ics"
    window.edit.undo_action.trigger()  # the session it created goes again
    assert all(s.title != "Counterpart working session" for s in list_sessions(window.workspace))
    window.edit.redo_action.trigger()
    assert by_title(window, "Counterpart working session").id == imported.id


def test_a_refused_file_is_one_line_in_an_error_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "not-a-calendar.ics"
    source.write_text("hello\n", encoding="utf-8")
    monkeypatch.setattr(questions, "ask_ics_import_path", lambda parent, start: source)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    window.session_menu.import_action.trigger()
    [(title, text)] = shown
    assert title == "Cannot import the calendar file"
    assert "\n" not in text and text


def test_a_focused_widgets_own_key_wins_over_the_menus(window: MainWindow, qtbot: QtBot) -> None:
    """The agenda editor binds Ctrl+Shift+N itself: two active actions on one key would leave both dead."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QLineEdit

    window.show_view("calendar")
    calendar = calendar_of(window)
    editor = QLineEdit(calendar)
    own = QAction("Add item", editor)
    own.setShortcut(QKeySequence("Ctrl+Shift+N"))
    own.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    editor.addAction(own)
    editor.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    assert window.session_menu.new_series_action.shortcut().isEmpty()
    assert window.session_menu.new_action.shortcut() == QKeySequence("Ctrl+N")  # not taken: kept
    calendar.month_grid.setFocus()
    qtbot.waitUntil(calendar.month_grid.hasFocus)
    assert window.session_menu.new_series_action.shortcut() == QKeySequence("Ctrl+Shift+N")
