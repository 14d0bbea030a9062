"""Dates and times are typed into the session dialog the way people type them, and Tab goes field by field."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.date_fields import DateField
from desktop_app.ui.sessions.session_dialog import SessionDialog
from tests.ui.calendar.test_session_dialog import new_dialog
from tests.ui.conftest import OFFSCREEN_POPUPS

pytestmark = pytest.mark.gui


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    """Click into the field, select everything, type ``text`` (Hangul through the input method)."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field.edit, event)


@pytest.fixture
def dialog(qtbot: QtBot, cal_workspace: Workspace) -> SessionDialog:
    opened = new_dialog(qtbot, cal_workspace, datetime(2027, 10, 14, 10, 0))
    opened.show()
    qtbot.waitExposed(opened)
    return opened


@pytest.mark.parametrize("typed", ["2027-01-12", "12 Jan 2027", "Jan 12, 2027", "2027년 1월 12일", "2027. 1. 12."])
def test_a_date_typed_in_any_common_form_is_taken(qtbot: QtBot, dialog: SessionDialog, typed: str) -> None:
    retype(qtbot, dialog.date_edit, typed)
    assert dialog.date_edit.date() == QDate(2027, 1, 12)  # taken while typing: warnings follow at once
    qtbot.keyClick(dialog.date_edit.edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.edit.text() == "Tue 12 Jan 2027"  # written back in the window's format
    assert dialog.time_edit.edit.hasFocus()  # Tab goes to the next field, not the next part of the date
    assert dialog.draft().local_start == datetime(2027, 1, 12, 10, 0)


@pytest.mark.parametrize(("typed", "meant"), [("1430", QTime(14, 30)), ("14:30", QTime(14, 30)), ("9", QTime(9, 0))])
def test_a_time_typed_with_or_without_a_colon_is_taken(
    qtbot: QtBot, dialog: SessionDialog, typed: str, meant: QTime
) -> None:
    qtbot.mouseClick(dialog.time_edit.edit, Qt.MouseButton.LeftButton)
    dialog.time_edit.edit.selectAll()
    qtbot.keyClicks(dialog.time_edit.edit, typed)
    qtbot.keyClick(dialog.time_edit.edit, Qt.Key.Key_Tab)
    assert dialog.time_edit.time() == meant
    assert dialog.time_edit.edit.text() == meant.toString("HH:mm")


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_what_is_not_a_date_is_put_back_as_it_was(qtbot: QtBot, dialog: SessionDialog) -> None:
    retype(qtbot, dialog.date_edit, "next-ish")
    qtbot.keyClick(dialog.date_edit.edit, Qt.Key.Key_Return)
    assert dialog.date_edit.date() == QDate(2027, 10, 14)
    assert dialog.date_edit.edit.text() == "Thu 14 Oct 2027"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_arrows_step_a_day_and_the_calendar_picks_one(qtbot: QtBot, dialog: SessionDialog) -> None:
    field = dialog.date_edit
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 10, 15)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.date() == QDate(2027, 10, 13)

    def pick() -> None:
        calendar = field.popup.findChild(QCalendarWidget) if field.popup else None
        assert calendar is not None
        calendar.clicked.emit(QDate(2027, 11, 2))

    QTimer.singleShot(50, pick)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.date() == QDate(2027, 11, 2)
    assert field.edit.text() == "Tue 2 Nov 2027"
