"""In the Korean window the core's warnings and problems read in Korean, with the body's Korean names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from tests.ui.calendar.test_session_dialog import new_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace_for_dialog(database: Path) -> Iterator[Workspace]:
    opened = Workspace.open(database)
    yield opened
    opened.close(backup=False)


def test_warnings_and_problems_are_in_korean(
    use_language: Callable[[str], list[str]], qtbot: QtBot, workspace_for_dialog: Workspace
) -> None:
    use_language("ko")
    dialog = new_dialog(qtbot, workspace_for_dialog, datetime(2027, 10, 14, 10, 0))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("video"))
    shown = dialog.warning_panel.text()
    assert "워싱턴 기준 근무시간(08:00–19:00) 밖입니다: 2027년 10월 13일 (수) 21:00 EDT–23:00 EDT" in shown
    assert dialog.warnings()[0].startswith("outside 08:00–19:00 in Washington")  # the core's own words kept

    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("in_person"))
    dialog.date_edit.setDate(QDate(2027, 9, 15))
    dialog.time_edit.setTime(QTime(10, 0))
    assert "2027년 9월 15일 (수)은(는) 대한민국의 공휴일입니다: Chuseok (추석)" in dialog.warning_panel.text()

    hosts = [dialog.host_combo.itemText(i) for i in range(dialog.host_combo.count())]
    assert hosts == ["ROK — 대한민국 (Republic of Korea)", "US — 미국 (United States)"]

    dialog.title_edit.clear()
    assert "회의 제목이 필요합니다" in dialog.problem_label.text()
    assert "a session needs a title" not in dialog.problem_label.text()


def test_a_series_refusal_is_in_korean(
    use_language: Callable[[str], list[str]], qtbot: QtBot, workspace_for_dialog: Workspace
) -> None:
    from desktop_app.ui.sessions.series_dialog import SeriesDialog

    use_language("ko")
    dialog = SeriesDialog(workspace_for_dialog)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    qtbot.waitUntil(lambda: "반복 회의 제목이 필요합니다" in dialog.problem_label.text())
    assert "a series needs a title" not in dialog.problem_label.text()
