"""A right click on a search result: open it (where Enter would), open its session, or copy it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.shell.main_window import MainWindow
from tests.search.conftest import Body, fill
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts

pytestmark = pytest.mark.gui
# (each test carries the pop-up mark itself: the folder's conftest adds a narrower one to every test)


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


def right_click_result(window: MainWindow, qtbot: QtBot, text: str, kind: str) -> QMenu:
    """Type ``text`` in the search box, then right-click its first result of ``kind``; the menu shown."""
    window.focus_search()
    if text.isascii():
        qtbot.keyClicks(window.search, text)
    else:
        window.search.insert(text)  # Hangul arrives committed from the input method, not as key presses
    qtbot.waitUntil(lambda: window.search_box.results is not None and window.search_box.results.query == text)
    popup = window.search_box.popup
    model = popup.model
    row = next(row for row in range(model.rowCount()) if (hit := model.hit(row)) is not None and hit.kind == kind)
    menu = right_click_row(qtbot, popup.list, row)
    assert popup.isVisible()  # the menu does not close the results under it
    return menu


def choose(menu: QMenu, text: str) -> None:
    next(action for action in menu.actions() if action.text() == text).trigger()
    menu.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_an_agenda_item_opens_in_its_tab_or_its_session_or_is_copied(
    window: MainWindow, qtbot: QtBot, filled: tuple[Path, Body]
) -> None:
    menu = right_click_result(window, qtbot, "exercises", "agenda_item")
    assert texts(menu) == ["Open in the Agenda tab", "Open the session", "Copy"]
    assert menu.defaultAction() is menu.actions()[0]  # what a click or Enter does, in bold

    choose(menu, "Copy")
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[0] == "1 Joint exercises: schedule · 연합훈련 일정"  # as the result reads
    assert "Policy consultation" in copied  # where it comes from, on the second line

    popup = window.search_box.popup
    row = next(row for row in range(popup.model.rowCount()) if popup.model.hit(row) == popup.current_hit())
    choose(right_click_row(qtbot, popup.list, row), "Open the session")
    assert not window.search_box.popup.isVisible()
    assert window.stack.currentWidget() is window.session_page
    assert window.session_page.session_id == filled[1].session_id
    assert window.session_page.tabs.currentWidget().objectName() == "tab_overview"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_open_in_its_tab_goes_where_enter_would(window: MainWindow, qtbot: QtBot, filled: tuple[Path, Body]) -> None:
    choose(right_click_result(window, qtbot, "exercises", "agenda_item"), "Open in the Agenda tab")
    assert window.session_page.session_id == filled[1].session_id
    assert window.session_page.tabs.currentWidget().objectName() == "tab_agenda"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_a_person_opens_in_people(window: MainWindow, qtbot: QtBot, filled: tuple[Path, Body]) -> None:
    menu = right_click_result(window, qtbot, "민준", "person")
    assert texts(menu) == ["Open in People", "Copy"]
    choose(menu, "Open in People")
    assert window.current_view() == "people"
    selected = window.views["people"].selected_people()  # type: ignore[attr-defined]
    assert [person.id for person in selected] == [filled[1].person_id]
