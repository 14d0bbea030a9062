"""Right-click menus on a person, a delegation member and an agenda item: the row's own actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.delegations import delegations
from desktop_app.ui.people.delegations_tab import DelegationsTab
from desktop_app.ui.people.people_view import PeopleView
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts
from tests.ui.people.conftest import Cast

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_click_on_a_person(qtbot: QtBot, people_window: MainWindow, cast: Cast) -> None:
    people_window.show_view("people")
    view = people_window.views["people"]
    assert isinstance(view, PeopleView)
    row = view.person_model.row_of(cast.lee)
    assert row is not None
    menu = right_click_row(qtbot, view.table, row)
    assert texts(menu) == ["&Edit…", "&Retire", "&Merge…", "&Add…"]
    assert [person.id for person in view.selected_people()] == [cast.lee]
    menu.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_click_on_a_delegation_member_removes_and_undoes(
    qtbot: QtBot, people_window: MainWindow, cast: Cast
) -> None:
    people_window.open_session(cast.first, "delegations")
    tab = people_window.session_page.tab_widgets["delegations"]
    assert isinstance(tab, DelegationsTab)
    column = tab.columns["ROK"]
    menu = right_click_row(qtbot, column.table, 2)  # PARK, after the head and LEE
    assert texts(menu) == ["&Remove", "Move &up", "Move &down", "&Add people…"]
    remove = menu.actions()[0]
    menu.close()
    remove.trigger()
    assert cast.park not in delegations(people_window.workspace, cast.first).side("ROK").person_ids
    qtbot.keyClick(column.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cast.park in delegations(people_window.workspace, cast.first).side("ROK").person_ids
