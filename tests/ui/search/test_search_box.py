"""The search box: results grouped by kind under it, the keyboard moves through them, Enter opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.services.search import SearchHit
from desktop_app.services.workspace import Workspace
from desktop_app.ui.search.results_model import HEADING_ROLE, HIT_ROLE
from desktop_app.ui.shell.main_window import MainWindow
from tests.search.conftest import Body, fill

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, Body]:
    path = tmp_path / "search.sqlite3"
    with Workspace.open(path) as workspace:
        body = fill(workspace)
    return path, body


@pytest.fixture
def window(qtbot: QtBot, filled: tuple[Path, Body], settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(filled[0]), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def type_query(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.focus_search()
    window.search.clear()
    if text.isascii():
        qtbot.keyClicks(window.search, text)
    else:
        window.search.insert(text)  # Hangul arrives committed from the input method, not as key presses
    qtbot.waitUntil(lambda: window.search_box.results is not None and window.search_box.results.query == text)


def rows(window: MainWindow) -> list[tuple[bool, str]]:
    model = window.search_box.popup.model
    return [(bool(model.index(row).data(HEADING_ROLE)), model.index(row).data()) for row in range(model.rowCount())]


def current(window: MainWindow) -> SearchHit | None:
    return window.search_box.popup.current_hit()


def test_typing_lists_results_grouped_by_kind(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "exercises")
    popup = window.search_box.popup
    assert popup.isVisible()
    headings = [text for heading, text in rows(window) if heading]
    assert headings == ["Agenda items", "Outcomes", "Action items"]
    first = current(window)
    assert first is not None and first.kind == "agenda_item"  # the first hit is selected, not the heading
    assert "<b>exercises</b>" in first.snippet_html
    assert "ms" in popup.footer.text()
    assert popup.geometry().top() >= window.search.mapTo(window, window.search.rect().bottomLeft()).y()


def test_korean_two_syllables_in_the_box(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "협의")
    assert [text for heading, text in rows(window) if heading] == ["Sessions", "Agenda items"]


def test_arrows_skip_headings_and_enter_opens_the_agenda_tab(
    window: MainWindow, qtbot: QtBot, filled: tuple[Path, Body]
) -> None:
    type_query(window, qtbot, "exercises")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    hit = current(window)
    assert hit is not None and hit.kind == "outcome"  # past the "Outcomes" heading
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    qtbot.keyClick(window.search, Qt.Key.Key_Up)  # nothing above the first hit: stays
    hit = current(window)
    assert hit is not None and hit.kind == "agenda_item"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.search_box.popup.isVisible()
    assert window.stack.currentWidget() is window.session_page
    assert window.session_page.session_id == filled[1].session_id
    assert window.session_page.tabs.currentWidget().objectName() == "tab_agenda"


@pytest.mark.parametrize(
    ("query", "tab"), [("정책협의", "tab_overview"), ("spring", "tab_outcomes"), ("circulate", "tab_outcomes")]
)
def test_each_kind_opens_its_tab(window: MainWindow, qtbot: QtBot, query: str, tab: str) -> None:
    type_query(window, qtbot, query)
    qtbot.keyClick(window.search, Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.session_page
    assert window.session_page.tabs.currentWidget().objectName() == tab


def test_a_person_opens_the_people_view_with_them_selected(
    window: MainWindow, qtbot: QtBot, filled: tuple[Path, Body]
) -> None:
    type_query(window, qtbot, "민준")
    hit = current(window)
    assert hit is not None and hit.kind == "person"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_view() == "people"
    people = window.views["people"]
    selected = people.selected_people()  # type: ignore[attr-defined]
    assert [person.id for person in selected] == [filled[1].person_id]


def test_a_click_opens_too(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "서울")
    popup = window.search_box.popup
    rect = popup.list.visualRect(popup.model.index(1))
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.session_page


def test_escape_closes_then_clears(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "exercises")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.search_box.popup.isVisible()
    assert window.search.text() == "exercises"
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # brings the results back
    assert window.search_box.popup.isVisible()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""


def test_nothing_found_says_so(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "평양")
    assert window.search_box.popup.model.rowCount() == 0
    assert window.search_box.popup.footer.text() == "Nothing found for “평양”"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.stack.currentWidget() is not window.session_page


@pytest.mark.parametrize("text", ['"', "*", "AND", "NEAR(", "a OR", "follow-up", "x" * 2000])
def test_hostile_text_in_the_box(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.focus_search()
    window.search.setText(text)
    qtbot.waitUntil(lambda: window.search_box.results is not None)


def test_clearing_the_box_hides_the_popup(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "exercises")
    window.search.clear()
    qtbot.waitUntil(lambda: not window.search_box.popup.isVisible())


def test_enter_right_after_typing_opens_what_was_typed(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    window.search.setText("정책협의")  # no event loop turn in between: the search has not run yet
    assert window.search_box.open_current()
    assert window.session_page.tabs.currentWidget().objectName() == "tab_overview"


def test_the_results_model_is_a_sound_qt_model(window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    type_query(window, qtbot, "exercises 협의")
    qtmodeltester.check(window.search_box.popup.model)
    type_query(window, qtbot, "exercises")
    model = window.search_box.popup.model
    qtmodeltester.check(model)
    assert model.index(0).data(HIT_ROLE) is None and model.index(1).data(HIT_ROLE) is not None
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable)


def test_the_popup_follows_the_window_size(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "exercises")
    window.resize(700, 400)
    QApplication.processEvents()
    popup = window.search_box.popup
    assert popup.geometry().right() <= window.width() and popup.geometry().bottom() <= window.height()
