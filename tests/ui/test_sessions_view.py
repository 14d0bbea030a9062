"""The Sessions table: real rows from a real file, both zones, filtering and sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.record_table_model import RECORD_ROLE, SORT_ROLE
from desktop_app.ui.sessions.session_table_model import (
    NUMBER,
    STATUS,
    STATUS_COLOURS,
    TITLE,
    TITLE_KO,
    VENUE,
    WHEN,
    SessionTableModel,
)
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import sample_sessions

pytestmark = pytest.mark.gui


def column_texts(window: MainWindow, column: int) -> list[str]:
    proxy = window.sessions_view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_lists_every_session_with_both_zones(window: MainWindow) -> None:
    view = window.sessions_view
    assert not view.showing_empty_state
    assert column_texts(window, TITLE) == [
        "Working group on supply chains",
        "Senior officials' review",
        "Video check-in",
    ]
    assert column_texts(window, TITLE_KO)[:2] == ["공급망 실무그룹", "고위급 점검 회의"]
    # The session's own zone first, then the other capital, with the day where it differs.
    # A list spans years, so the year is there once.
    assert column_texts(window, WHEN)[0] == "Sun 9 Mar 2031 10:00 KST · Sat 8 Mar 20:00 EST"
    assert column_texts(window, WHEN)[1] == "Sun 13 Apr 2031 11:00 EDT · Mon 14 Apr 00:00 KST"  # Washington-hosted
    assert column_texts(window, NUMBER) == ["1", "2", "3"]
    # The city first, so a narrow column still shows it; the full venue is in the tooltip.
    assert column_texts(window, VENUE)[:2] == ["Seoul, Ministry of Foreign Affairs", "Washington"]
    assert column_texts(window, VENUE)[2] == "Video"
    venue = window.sessions_view.proxy.index(2, VENUE)
    assert venue.data(Qt.ItemDataRole.ToolTipRole) == "Video link: https://video.example/room"


def test_status_has_a_colour_and_a_word(window: MainWindow) -> None:
    proxy = window.sessions_view.proxy
    index = proxy.index(0, STATUS)
    assert index.data() == "Confirmed"
    assert index.data(Qt.ItemDataRole.DecorationRole) == STATUS_COLOURS[sample_sessions()[0].status]


def type_through_input_method(widget: QWidget, text: str) -> None:
    """Hangul arrives through the input method, one composed syllable at a time (QTest.keyClicks is ASCII-only)."""
    widget.setFocus()
    for syllable in text:
        composing = QInputMethodEvent(syllable, [])  # the syllable while it is being composed
        QApplication.sendEvent(widget, composing)
        committed = QInputMethodEvent()
        committed.setCommitString(syllable)
        QApplication.sendEvent(widget, committed)


def test_filter_narrows_rows_as_hangul_is_typed(window: MainWindow) -> None:
    view = window.sessions_view
    type_through_input_method(view.filter_edit, "고위")
    assert view.filter_edit.text() == "고위"
    assert view.visible_row_count() == 1
    assert column_texts(window, TITLE) == ["Senior officials' review"]
    view.filter_edit.clear()
    assert view.visible_row_count() == 3


def test_filter_matches_english_case_insensitively(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.sessions_view.filter_edit, "washington")
    assert column_texts(window, TITLE) == ["Senior officials' review"]


def test_every_word_typed_must_match_in_any_column(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    qtbot.keyClicks(view.filter_edit, "senior washington")  # the title and the venue: two columns
    assert column_texts(window, TITLE) == ["Senior officials' review"]
    assert not view.no_matches.isVisible()


def test_a_filter_that_hides_everything_says_so_and_clears_in_one_click(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    qtbot.keyClicks(view.filter_edit, "senior seoul")  # each word matches some session, never both one
    assert view.visible_row_count() == 0
    assert view.no_matches.isVisible()
    assert view.no_matches_label.text() == "Nothing matches “senior seoul”."
    qtbot.mouseClick(view.clear_filter_button, Qt.MouseButton.LeftButton)
    assert view.filter_edit.text() == ""
    assert view.visible_row_count() == 3
    assert not view.no_matches.isVisible()


def test_sorts_by_value_not_by_text(window: MainWindow) -> None:
    view = window.sessions_view
    view.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
    assert column_texts(window, NUMBER) == ["3", "2", "1"]
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert column_texts(window, TITLE)[0] == "Senior officials' review"


def test_model_passes_the_model_tester(window: MainWindow, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(window.sessions_view.session_model)
    qtmodeltester.check(window.sessions_view.proxy)


def test_model_tester_on_an_empty_and_a_refilled_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    model = SessionTableModel()
    qtmodeltester.check(model)
    model.load(window.workspace)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(RECORD_ROLE).title == "Working group on supply chains"
    assert model.index(0, WHEN).data(SORT_ROLE) < model.index(1, WHEN).data(SORT_ROLE)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_when_tooltip_names_the_year(window: MainWindow) -> None:
    tooltip = window.sessions_view.proxy.index(0, WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sunday 9 March 2031, 10:00–12:00 KST (Asia/Seoul)" in tooltip
    assert "Length: 2 h 00 min" in tooltip


def test_a_session_with_warnings_is_marked_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    """The senior officials' review is on a Sunday in Washington."""
    view = window.sessions_view
    model = view.session_model
    rows = {model.record(row).title: row for row in range(model.rowCount())}
    review = model.index(rows["Senior officials' review"], WHEN)
    qtbot.waitUntil(lambda: review.data(Qt.ItemDataRole.DecorationRole) is not None, timeout=5000)
    assert "on a weekend in Washington" in review.data(Qt.ItemDataRole.ToolTipRole)
    postponed = model.index(rows["Video check-in"], WHEN)  # not happening on its date: nothing to warn of
    assert postponed.data(Qt.ItemDataRole.DecorationRole) is None
