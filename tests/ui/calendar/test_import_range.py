"""A calendar file over the event limit: the window asks for a range, and the preview can change the horizon."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.calendar_files import ImportRange, ImportReport
from desktop_app.services.calendar_holidays import list_added_holidays
from desktop_app.services.sessions import list_sessions
from desktop_app.ui.calendar import import_range
from desktop_app.ui.calendar.import_range import ImportRangeDialog
from desktop_app.ui.sessions import questions
from desktop_app.ui.shell.main_window import MainWindow
from tests.exchange.ics_real_samples import google_large

pytestmark = pytest.mark.gui


def test_the_range_dialog_reads_what_the_user_ticks_and_types(qtbot: QtBot) -> None:
    dialog = ImportRangeDialog(ImportRange(), date(2027, 1, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.first.isEnabled()
    assert dialog.reading() == ImportRange(2)
    box = dialog.limited
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.first.isEnabled() and dialog.last.isEnabled()
    dialog.horizon.selectAll()
    qtbot.keyClicks(dialog.horizon, "3")
    assert dialog.reading() == ImportRange(3, date(2027, 1, 15), date(2027, 12, 31))


def test_a_file_over_the_limit_asks_for_a_range_and_imports_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "google-all.ics"
    source.write_bytes(google_large())
    monkeypatch.setattr(questions, "ask_ics_import_path", lambda parent, start: source)
    reasons: list[str] = []

    def ask(parent: object, reading: ImportRange, today: date, reason: str = "") -> ImportRange:
        reasons.append(reason)
        return ImportRange(2, date(2025, 3, 1), date(2025, 3, 31))

    monkeypatch.setattr(import_range, "ask_import_range", ask)
    reports: list[ImportReport] = []

    def confirm(parent: object, path: Path, report: ImportReport, **options: object) -> bool:
        reports.append(report)
        return True

    monkeypatch.setattr(questions, "confirm_import", confirm)
    before = len(list_sessions(window.workspace))
    window.session_menu.import_action.trigger()
    assert "more than 1,000 events" in reasons[0]
    assert reports[0].summary() == "28 created, 0 updated, 0 unchanged"
    assert len(list_sessions(window.workspace)) == before + 28


def test_importing_holidays_from_the_file_menu_shows_in_the_calendar_legend_and_undoes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop_app.ui.calendar import holidays_flow
    from desktop_app.ui.calendar.calendar_view import CalendarView
    from tests.scheduling.test_added_holidays import HOLIDAYS_ICS

    source = tmp_path / "holidays.ics"
    source.write_text(HOLIDAYS_ICS, encoding="utf-8")
    monkeypatch.setattr(holidays_flow, "ask_holidays_path", lambda parent, start: source)
    monkeypatch.setattr(holidays_flow, "ask_side", lambda parent, workspace: "ROK")
    window.show_view("calendar")
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    assert "none added" in view.legend.text()
    window.session_menu.holidays_action.trigger()
    assert "Imported holidays.ics: 3 holidays added" in window.statusBar().currentMessage()
    assert "3 added, up to 2027-10-05" in view.legend.text()

    assert window.edit.undo_action.text() == "&Undo Import holidays.ics"
    press_keys(qtbot, window, view, Qt.Key.Key_Z)  # Edit → Undo: the three holidays go
    assert "none added" in view.legend.text()
    assert list_added_holidays(window.workspace) == []
    assert window.statusBar().currentMessage() == "Undone: import holidays.ics"
    press_keys(qtbot, window, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier)  # Redo
    assert "3 added, up to 2027-10-05" in view.legend.text()


def press_keys(
    qtbot: QtBot, window: MainWindow, widget: QWidget, key: Qt.Key, more: Qt.KeyboardModifier | None = None
) -> None:
    """Ctrl+``key`` (with ``more``) typed in ``widget`` of the window, shown and active."""
    window.activateWindow()
    qtbot.waitActive(window)
    widget.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier if more is None else Qt.KeyboardModifier.ControlModifier | more
    qtbot.keyClick(widget, key, modifiers)


def test_adding_a_holiday_by_hand_warns_about_a_session_on_it_until_undone(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.scheduling import create_session
    from desktop_app.ui.calendar import holidays_flow
    from desktop_app.ui.calendar.holidays_flow import AddHolidayDialog
    from tests.scheduling.helpers import draft

    dialog = AddHolidayDialog(window.workspace, date(2027, 6, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Local elections")  # typed keys are Latin: QTest cannot type Hangul
    assert dialog.chosen() == ("ROK", date(2027, 6, 3), "Local elections")
    dialog.name.setText("임시공휴일")  # as an input method commits it
    chosen = dialog.chosen()
    monkeypatch.setattr(holidays_flow, "ask_holiday", lambda parent, workspace: chosen)
    window.session_menu.add_holiday_action.trigger()
    assert "Added the public holiday 임시공휴일 on 2027-06-03" in window.statusBar().currentMessage()
    made = create_session(window.workspace, draft("On the new holiday", datetime(2027, 6, 3, 10)))
    assert any("public holiday in Republic of Korea: 임시공휴일" in w for w in made.warnings)

    assert window.edit.undo_action.text() == "&Undo Add the public holiday 임시공휴일"
    window.show_view("calendar")
    press_keys(qtbot, window, window.views["calendar"], Qt.Key.Key_Z)
    assert list_added_holidays(window.workspace) == []
    again = create_session(window.workspace, draft("Not a holiday now", datetime(2027, 6, 3, 11)))
    assert not any("public holiday" in w for w in again.warnings)
