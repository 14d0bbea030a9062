"""The series dialog previews every occurrence live, in both capitals, and creates what it showed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_app.domain.series import VIDEO
from desktop_app.services.series import create_series
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.sessions.series_dialog import SeriesDialog, ordinal_weekday, parse_hosts

pytestmark = pytest.mark.gui


def cell(dialog: SeriesDialog, row: int, column: int) -> str:
    item = dialog.preview.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def dialog(qtbot: QtBot, cal_workspace: Workspace) -> SeriesDialog:
    made = SeriesDialog(cal_workspace, first=datetime(2028, 1, 11, 10, 0))  # the 2nd Tuesday of January 2028
    qtbot.addWidget(made)
    made.title_edit.setText("Working group on supply chains")
    made.refresh_preview()
    return made


def test_the_preview_counts_the_occurrences_with_both_capitals_times(dialog: SeriesDialog) -> None:
    assert dialog.repeat_combo.itemText(0) == "Monthly on the 2nd Tuesday"
    assert len(dialog.planned) == 6
    assert dialog.preview.rowCount() == 6
    assert dialog.count_label.text().startswith("6 sessions")
    # ROK and US host in turn, each at 10:00 in its own capital.
    assert cell(dialog, 0, 1) == "ROK · Seoul"
    assert cell(dialog, 0, 2).startswith("Tue 11 Jan 2028 10:00–12:00 KST · Mon 10 Jan 20:00")
    assert cell(dialog, 1, 1) == "US · Washington"
    assert cell(dialog, 1, 2).startswith("Tue 8 Feb 2028 10:00–12:00 EST · Wed 9 Feb 00:00")
    assert cell(dialog, 0, 3) == "—"  # 10:00 in the host capital: nothing to warn about
    assert dialog.ok_button.isEnabled()

    dialog.count_spin.setValue(12)
    dialog.refresh_preview()
    assert dialog.preview.rowCount() == 12

    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("quarterly"))
    dialog.until_radio.setChecked(True)
    dialog.until_edit.setDate(QDate(2028, 12, 31))
    dialog.refresh_preview()
    assert [s.local_start().month for s in dialog.planned] == [1, 4, 7, 10]
    assert dialog.count_label.text().startswith("4 sessions")


def test_a_bad_custom_rule_disables_create_with_the_reason(dialog: SeriesDialog) -> None:
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("custom"))
    assert dialog.rule_edit.isEnabled()
    dialog.rule_edit.setText("FREQ=MINUTELY")
    dialog.refresh_preview()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text().startswith("Cannot create yet:")
    assert dialog.preview.rowCount() == 0
    dialog.rule_edit.setText("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU")
    dialog.refresh_preview()
    assert dialog.ok_button.isEnabled()
    # 11 January is not a first Tuesday: the rule's own dates are what the preview shows.
    assert [s.local_start().date() for s in dialog.planned][:2] == [date(2028, 3, 7), date(2028, 5, 2)]


def test_a_video_rotation_and_the_created_series(dialog: SeriesDialog, cal_workspace: Workspace) -> None:
    dialog.hosts_combo.setCurrentText("ROK, US, video")
    dialog.link_edit.setText("https://video.example/room")
    dialog.count_spin.setValue(3)
    dialog.refresh_preview()
    assert [cell(dialog, n, 1) for n in range(3)] == ["ROK · Seoul", "US · Washington", VIDEO]
    before = len(list_sessions(cal_workspace))
    _series, created = create_series(cal_workspace, dialog.series_draft())
    assert [s.session.start for s in created] == [s.start for s in dialog.planned]
    assert len(list_sessions(cal_workspace)) == before + 3


def test_small_helpers() -> None:
    assert ordinal_weekday(date(2028, 1, 31)) == "the last Monday"
    assert ordinal_weekday(date(2028, 1, 3)) == "the 1st Monday"
    assert parse_hosts("rok, Us ; VIDEO", ("ROK", "US")) == ("ROK", "US", VIDEO)
