"""The session dialog warns as the officer types, refuses what cannot be saved, returns a draft to save."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import SessionFormat, SessionMode, SessionStatus
from desktop_app.services.scheduling import SessionDraft, create_session
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.sessions.session_dialog import MoveDialog, SessionDialog
from tests.ui.calendar.conftest import CHUSEOK_ROUND

pytestmark = pytest.mark.gui


def new_dialog(qtbot: QtBot, workspace: Workspace, local: datetime) -> SessionDialog:
    initial = SessionDraft(
        title="16th session: working level",
        local_start=local,
        timezone="Asia/Seoul",
        duration_minutes=120,
        host_side="ROK",
        venue_city="Seoul",
    )
    dialog = SessionDialog(workspace, initial)
    qtbot.addWidget(dialog)
    return dialog


def test_warnings_follow_the_date_as_it_changes(qtbot: QtBot, cal_workspace: Workspace) -> None:
    # Thursday 14 Oct 2027, 10:00 in Seoul: a working morning there for both delegations…
    dialog = new_dialog(qtbot, cal_workspace, datetime(2027, 10, 14, 10, 0))
    assert dialog.warnings() == []
    # …but by video the US side sits at home, at 21:00 the evening before.
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("video"))
    assert not dialog.city_edit.isEnabled()
    assert any("outside 08:00–19:00 in Washington" in w for w in dialog.warnings())
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("in_person"))
    assert "Thu 14 Oct 2027 10:00–12:00 KST" in dialog.both_label.text()
    assert "Wed 13 Oct 21:00–23:00 EDT" in dialog.both_label.text()

    dialog.date_edit.setDate(QDate(2027, 10, 16))  # a Saturday
    assert any("on a weekend in Seoul" in w for w in dialog.warnings())
    assert dialog.warning_panel.isVisibleTo(dialog)
    assert "⚠" in dialog.warning_panel.text()

    dialog.date_edit.setDate(QDate(2027, 9, 15))  # Chuseok, and another session already at 10:00
    warnings = dialog.warnings()
    assert any("public holiday in Republic of Korea: Chuseok (추석)" in w for w in warnings)
    assert any("double booking" in w and CHUSEOK_ROUND in w for w in warnings)

    dialog.time_edit.setTime(QTime(7, 0))
    assert any("outside 08:00–19:00 in Seoul" in w for w in dialog.warnings())
    assert dialog.ok_button.isEnabled()  # warnings never block


def test_a_video_session_without_a_link_is_judged_in_each_capital(qtbot: QtBot, cal_workspace: Workspace) -> None:
    dialog = new_dialog(qtbot, cal_workspace, datetime(2027, 10, 14, 10, 0))
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.mode_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "In person" → "By video", as the arrow keys do on a closed list
    assert combo.currentData() == "video" and dialog.link_edit.text() == ""
    assert any("outside 08:00–19:00 in Washington" in w for w in dialog.warnings())  # 21:00 there
    draft = dialog.draft()
    created = create_session(cal_workspace, draft).session
    assert created.id is not None
    saved = get_session(cal_workspace, created.id)
    assert saved.mode is SessionMode.VIDEO and saved.venue_city == "" and saved.video_link == ""


def test_a_missing_title_or_zone_disables_save_with_the_reason(qtbot: QtBot, cal_workspace: Workspace) -> None:
    dialog = new_dialog(qtbot, cal_workspace, datetime(2027, 10, 14, 10, 0))
    dialog.title_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "Cannot save yet: a session needs a title."
    dialog.date_edit.setDate(QDate(2027, 10, 16))  # a Saturday
    assert dialog.warnings()  # the date's warnings still show while the title is missing
    dialog.title_edit.setText("A title")
    assert dialog.ok_button.isEnabled()
    dialog.zone_combo.setCurrentText("Mars/Olympus_Mons")
    assert not dialog.ok_button.isEnabled()
    assert "unknown time zone 'Mars/Olympus_Mons'" in dialog.problem_label.text()
    assert dialog.both_label.text() == "—"
    dialog.zone_combo.setCurrentText("America/New_York")
    assert dialog.ok_button.isEnabled()
    assert dialog.draft().host_side == "US"  # a new session follows the zone to its host until a host is chosen


def test_the_draft_is_what_the_service_saves(qtbot: QtBot, cal_workspace: Workspace) -> None:
    dialog = new_dialog(qtbot, cal_workspace, datetime(2027, 10, 14, 10, 0))
    dialog.title_ko_edit.setText("제16차 실무 협의")
    dialog.duration_spin.setValue(90)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("senior"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("confirmed"))
    dialog.building_edit.setText("Ministry of Foreign Affairs")
    dialog.notes_edit.setPlainText("Internal: bring the revised text.")
    draft = dialog.draft()
    assert draft.local_start == datetime(2027, 10, 14, 10, 0)
    created = create_session(cal_workspace, draft).session
    assert created.id is not None
    saved = get_session(cal_workspace, created.id)
    assert (saved.title, saved.title_ko) == ("16th session: working level", "제16차 실무 협의")
    assert saved.local_start().isoformat() == "2027-10-14T10:00:00+09:00"
    assert (saved.duration_minutes, saved.format, saved.status) == (90, SessionFormat.SENIOR, SessionStatus.CONFIRMED)
    assert saved.venue == "Ministry of Foreign Affairs, Seoul"
    assert saved.notes == "Internal: bring the revised text."
    assert len(list_sessions(cal_workspace)) == 7


def test_an_existing_session_opens_with_its_values(qtbot: QtBot, cal_workspace: Workspace) -> None:
    session = next(s for s in list_sessions(cal_workspace) if s.title == CHUSEOK_ROUND)
    dialog = SessionDialog(cal_workspace, SessionDraft.of(session), session_id=session.id)
    qtbot.addWidget(dialog)
    assert dialog.draft() == SessionDraft.of(session)
    assert not any("double booking" in w for w in dialog.warnings())  # not booked against itself


def test_the_move_dialog_warns_and_returns_the_new_start(qtbot: QtBot, cal_workspace: Workspace) -> None:
    session = next(s for s in list_sessions(cal_workspace) if s.title == CHUSEOK_ROUND)
    dialog = MoveDialog(cal_workspace, session)
    qtbot.addWidget(dialog)
    assert any("Chuseok" in w for w in dialog.warning_panel.warnings)
    dialog.date_edit.setDate(QDate(2027, 9, 18))  # Saturday
    assert any("weekend" in w for w in dialog.warning_panel.warnings)
    dialog.date_edit.setDate(QDate(2027, 9, 28))
    assert dialog.new_start() == (datetime(2027, 9, 28, 10, 0), "Asia/Seoul")
    assert date(2027, 9, 28).weekday() == 1
