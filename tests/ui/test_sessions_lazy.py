"""The Sessions list on a long history: it reads a page of rows at a time, yet sorts, filters and
selects over all of them, as the user sees it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import Session, SessionStatus
from desktop_app.services.workspace import Workspace
from desktop_app.storage.session_repository import insert_session
from desktop_app.ui.sessions.session_table_model import NUMBER, PAGE_ROWS, TITLE
from desktop_app.ui.shell.main_window import MainWindow
from tests.pinned_clock import PINNED_NOW

pytestmark = pytest.mark.gui

COUNT = 450  # four and a half pages
UPCOMING = COUNT - 40  # the first session after the pinned now: deep in the list, in time order
FAR_TITLE = "Humanitarian access review"


def _title(number: int) -> str:
    return FAR_TITLE if number == 7 else f"Round {number:03d} on supply chains"


@pytest.fixture
def long_history(tmp_path: Path) -> Path:
    """Weekly sessions, most of them in the past; the 7th (early, on page one) has a title of its own."""
    path = tmp_path / "long.sqlite3"
    first = PINNED_NOW - timedelta(weeks=UPCOMING - 1, hours=-1)
    with Workspace.open(path) as workspace, workspace.store.transaction() as db:
        for number in range(1, COUNT + 1):
            past = number < UPCOMING
            insert_session(
                db,
                Session(
                    title=_title(number),
                    start=first + timedelta(weeks=number - 1),
                    timezone="Asia/Seoul",
                    duration_minutes=120,
                    host_side="ROK" if number % 2 else "US",
                    venue_city="Seoul" if number % 2 else "Washington",
                    number=number,
                    status=SessionStatus.HELD if past else SessionStatus.PLANNED,
                ),
            )
    return path


@pytest.fixture
def window(qtbot: QtBot, long_history: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(long_history), settings)
    qtbot.addWidget(main)
    main.resize(1200, 700)
    main.show()
    qtbot.waitExposed(main)
    return main


def _current_number(window: MainWindow) -> int:
    view = window.sessions_view
    index = view.table.currentIndex()
    return int(view.proxy.index(index.row(), NUMBER).data())


def _shown(window: MainWindow, row: int) -> bool:
    table = window.sessions_view.table
    rect = table.visualRect(window.sessions_view.proxy.index(row, TITLE))
    return table.viewport().rect().intersects(rect)


def test_the_list_opens_on_the_next_session_having_read_a_few_pages(window: MainWindow) -> None:
    view = window.sessions_view
    assert view.visible_row_count() == COUNT  # every session is a row, counted from the index
    assert _current_number(window) == UPCOMING  # the strip's session, selected and in view
    assert _shown(window, view.table.currentIndex().row())
    assert "Next:" in window.strip.label.text()
    assert view.session_model.loaded_rows() <= 3 * PAGE_ROWS  # the first page (column widths) and its own


def test_scrolling_to_the_end_reads_the_last_rows(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _current_number(window) == COUNT
    assert view.proxy.index(COUNT - 1, TITLE).data() == _title(COUNT)
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _current_number(window) == 1
    assert _shown(window, 0)


def test_clicking_a_header_sorts_all_rows_and_keeps_the_selection(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    header = view.table.horizontalHeader()
    title_x = header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    titles = sorted(_title(number) for number in range(1, COUNT + 1))
    assert [view.proxy.index(row, TITLE).data() for row in range(5)] == titles[:5]
    assert view.proxy.index(COUNT - 1, TITLE).data() == titles[-1]
    assert view.proxy.index(0, TITLE).data() == FAR_TITLE  # "H…" before "R…": round 7 comes first
    assert _current_number(window) == UPCOMING  # the selected session is still the one selected

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    assert view.proxy.index(0, TITLE).data() == titles[-1]
    assert view.proxy.index(COUNT - 1, TITLE).data() == FAR_TITLE


def test_the_filter_finds_rows_the_list_has_not_read(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    qtbot.keyClicks(view.filter_edit, "round 44")  # every word; rounds 440 to 449 are on the last page
    assert [view.proxy.index(row, TITLE).data() for row in range(view.visible_row_count())] == [
        _title(number) for number in (44, 144, 244, 344, *range(440, 450))
    ]
    view.filter_edit.clear()
    assert view.visible_row_count() == COUNT


def test_show_in_the_strip_selects_the_next_session_whatever_the_order(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    view.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _current_number(window) == COUNT
    qtbot.keyClicks(view.filter_edit, "humanitarian")
    assert view.visible_row_count() == 1

    qtbot.mouseClick(window.strip.button, Qt.MouseButton.LeftButton)
    assert view.filter_edit.text() == ""  # the filter would have hidden it
    assert _current_number(window) == UPCOMING
    assert view.table.currentIndex().row() == COUNT - UPCOMING  # its row in descending order
    assert _shown(window, view.table.currentIndex().row())


def test_back_from_a_session_found_by_search_selects_it_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    view = window.sessions_view
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # far from round 7
    window.focus_search()
    qtbot.keyClicks(window.search, "humanitarian access")
    qtbot.waitUntil(lambda: window.search_box.popup_visible)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.session_page
    assert window.stack.currentWidget() is page
    assert FAR_TITLE in page.title.text()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is view
    assert _current_number(window) == 7
    assert _shown(window, view.table.currentIndex().row())
