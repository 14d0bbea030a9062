"""The Delegations tab: both sides in protocol order with counts, every edit persisted and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.services.delegations import delegations
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.people import prompts
from desktop_app.ui.people.delegation_model import AMBER_FILL, NAME, ROLE, RSVP, DelegationModel
from desktop_app.ui.people.delegations_tab import DelegationsTab
from desktop_app.ui.people.detail_pane import SESSION_ID_ROLE
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts
from tests.ui.people.conftest import Cast

pytestmark = pytest.mark.gui


def open_tab(window: MainWindow, session_id: int) -> DelegationsTab:
    window.open_session(session_id, "delegations")
    tab = window.session_page.tab_widgets["delegations"]
    assert isinstance(tab, DelegationsTab)
    return tab


def order(workspace: Workspace, session_id: int, side: str) -> list[int]:
    return delegations(workspace, session_id).side(side).person_ids


def shown(model: DelegationModel) -> list[int]:
    return [model.index(row, NAME).data(Qt.ItemDataRole.UserRole + 3) for row in range(model.rowCount())]


def test_both_sides_in_protocol_order_with_counts(
    people_window: MainWindow, cast: Cast, qtmodeltester: ModelTester
) -> None:
    tab = open_tab(people_window, cast.first)
    assert list(tab.columns) == ["ROK", "US"]  # the home side first
    rok, us = tab.columns["ROK"], tab.columns["US"]
    assert rok.heading.text() == "Republic of Korea · 3 (2 confirmed)"
    assert us.heading.text() == "United States · 2 (1 confirmed, 1 declined)"
    assert shown(rok.model) == [cast.kim, cast.lee, cast.park]
    assert shown(us.model) == [cast.carter, cast.brooks]
    assert rok.model.index(0, ROLE).data() == "Head of delegation"
    assert rok.model.index(0, NAME).data().startswith("⚠ KIM Min-jun  김민준")  # also in the clashing session
    assert rok.model.index(2, RSVP).data() == "Tentative"
    qtmodeltester.check(rok.model)
    qtmodeltester.check(us.model)


def test_overlap_is_shown_in_amber_with_the_reason(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.first)
    model = tab.columns["ROK"].model
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) == AMBER_FILL
    assert "Clashing video call" in model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    # model.data, not index.data: PySide6 6.12 returns an empty QVariant as a None it does not own
    assert model.data(model.index(1, NAME), Qt.ItemDataRole.BackgroundRole) is None
    assert tab.warnings.isVisible()
    assert "KIM Min-jun is also in 'Clashing video call'" in tab.warnings.text()


def test_reorder_by_a_drop_persists_and_undoes(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.first)
    workspace = people_window.workspace
    model = tab.columns["ROK"].model
    tab.columns["ROK"].select_ids([cast.park])
    data = model.mimeData([model.index(2, NAME)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # between the head and LEE
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.park, cast.lee]
    assert shown(model) == [cast.kim, cast.park, cast.lee]
    assert tab.columns["ROK"].selected_ids() == [cast.park]  # the selection followed the person
    tab.undo_stack.undo()
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.lee, cast.park]
    tab.undo_stack.redo()
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.park, cast.lee]


def test_nobody_is_dropped_above_the_head_and_sides_do_not_mix(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.first)
    workspace = people_window.workspace
    rok, us = tab.columns["ROK"].model, tab.columns["US"].model
    assert not rok.flags(rok.index(0, NAME)) & Qt.ItemFlag.ItemIsDragEnabled  # the head stays first
    rok.dropMimeData(rok.mimeData([rok.index(2, NAME)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.park, cast.lee]  # landed after the head
    assert not us.canDropMimeData(rok.mimeData([rok.index(1, NAME)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_keyboard_move_down(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.first)
    tab.columns["ROK"].select_ids([cast.lee])
    tab.down_action.trigger()
    assert order(people_window.workspace, cast.first, "ROK") == [cast.kim, cast.park, cast.lee]


def test_role_and_answer_through_the_combo_editor(people_window: MainWindow, cast: Cast, qtbot: QtBot) -> None:
    tab = open_tab(people_window, cast.first)
    workspace = people_window.workspace
    column = tab.columns["US"]
    index = column.model.index(1, RSVP)
    editor = column.delegate.createEditor(column.table.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    assert isinstance(editor, QComboBox)
    column.delegate.setEditorData(editor, index)
    assert editor.currentData() == Rsvp.DECLINED
    editor.setCurrentIndex(editor.findData(Rsvp.CONFIRMED))
    column.delegate.setModelData(editor, column.model, index)
    side = delegations(workspace, cast.first).side("US")
    assert side.delegates[1].attendance.rsvp is Rsvp.CONFIRMED
    assert column.heading.text() == "United States · 2 (2 confirmed)"
    tab.undo_stack.undo()
    assert delegations(workspace, cast.first).side("US").delegates[1].attendance.rsvp is Rsvp.DECLINED

    column.model.setData(column.model.index(1, ROLE), Role.DEPUTY)
    assert delegations(workspace, cast.first).side("US").delegates[1].attendance.role is Role.DEPUTY
    tab.undo_stack.undo()
    assert delegations(workspace, cast.first).side("US").delegates[1].attendance.role is Role.MEMBER


def test_the_role_editor_opened_by_a_double_click_shows_the_whole_choice(
    people_window: MainWindow, cast: Cast, qtbot: QtBot
) -> None:
    tab = open_tab(people_window, cast.first)
    column = tab.columns["US"]
    table = column.table
    rect = table.visualRect(column.model.index(1, ROLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox) and editor.isVisible()
    needed = max(editor.fontMetrics().horizontalAdvance(editor.itemText(i)) for i in range(editor.count()))
    assert editor.width() >= needed + 20  # the longest role and the arrow: not "Mem ▾"
    assert table.columnWidth(ROLE) >= editor.sizeHint().width() - 2


def test_a_second_head_is_refused_in_words(
    people_window: MainWindow, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(people_window, cast.first)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    model = tab.columns["ROK"].model
    model.setData(model.index(1, ROLE), Role.HEAD)
    assert errors and "already heads" in errors[0]
    assert not tab.undo_stack.canUndo()
    assert model.index(1, ROLE).data() == "Deputy"


def test_add_people_through_the_picker_with_undo(
    people_window: MainWindow, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(people_window, cast.second)
    workspace = people_window.workspace
    asked: list[tuple[str | None, set[int]]] = []

    def pick(parent: object, people: object, body: object, *, side: str | None, excluded_ids: object) -> list[int]:
        asked.append((side, set(excluded_ids)))  # type: ignore[call-overload]
        return [cast.carter, cast.lee]

    monkeypatch.setattr(prompts, "pick_people", pick)
    assert "No one is seated" in tab.hint.text()
    tab.add_action.trigger()
    assert asked == [("ROK", set())]
    assert order(workspace, cast.second, "ROK") == [cast.lee]
    assert order(workspace, cast.second, "US") == [cast.carter]
    assert tab.columns["ROK"].heading.text() == "Republic of Korea · 1 (0 confirmed)"
    tab.undo_stack.undo()
    assert delegations(workspace, cast.second).counts["ROK"].total == 0
    assert delegations(workspace, cast.second).counts["US"].total == 0
    tab.undo_stack.redo()
    assert order(workspace, cast.second, "US") == [cast.carter]


def test_remove_and_undo_puts_them_back_in_place(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.first)
    workspace = people_window.workspace
    tab.columns["ROK"].select_ids([cast.lee])
    assert tab.remove_action.isEnabled()
    tab.remove_action.trigger()
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.park]
    assert tab.columns["ROK"].selected_ids() == [cast.park]  # the selection moves on to the next seat
    tab.undo_stack.undo()
    assert order(workspace, cast.first, "ROK") == [cast.kim, cast.lee, cast.park]
    side = delegations(workspace, cast.first).side("ROK")
    assert side.delegates[1].attendance.role is Role.DEPUTY
    assert side.delegates[1].attendance.rsvp is Rsvp.CONFIRMED


def test_copy_from_previous_session_in_one_undoable_step(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.second)
    workspace = people_window.workspace
    assert tab.copy_action.isEnabled()
    assert "Working group on supply chains" in tab.copy_action.toolTip()
    messages: list[str] = []
    people_window.navigator.status_message.connect(messages.append)
    tab.copy_action.trigger()
    assert order(workspace, cast.second, "ROK") == [cast.kim, cast.lee, cast.park]
    assert order(workspace, cast.second, "US") == [cast.carter, cast.brooks]
    assert tab.columns["ROK"].heading.text() == "Republic of Korea · 3 (0 confirmed)"  # answers start over
    assert any("Copied 5" in message for message in messages)
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    assert delegations(workspace, cast.second).counts["ROK"].total == 0
    tab.undo_stack.redo()
    assert delegations(workspace, cast.second).counts["US"].total == 2


def test_the_window_keeps_one_undo_history_across_sessions(people_window: MainWindow, cast: Cast) -> None:
    tab = open_tab(people_window, cast.second)
    tab.copy_action.trigger()
    assert tab.undo_action.isEnabled()
    open_tab(people_window, cast.first)
    assert tab.undo_action.isEnabled()  # the window's one history: the copy into the second session
    assert people_window.edit.undo_action.text().startswith("&Undo Copy")
    tab.undo_action.trigger()
    assert delegations(people_window.workspace, cast.second).counts["ROK"].total == 0


def test_a_write_elsewhere_reaches_the_people_view(people_window: MainWindow, cast: Cast) -> None:
    people_window.show_view("people")  # read once; hidden below by the session page
    tab = open_tab(people_window, cast.second)
    people = people_window.views["people"]
    people.select_person(cast.kim)  # type: ignore[attr-defined]
    before = people.detail.sessions.count()  # type: ignore[attr-defined]
    tab.copy_action.trigger()
    people_window.show_view("people")  # a hidden view rereads when it is shown
    assert people.detail.sessions.count() == before + 1  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_a_right_click_on_one_of_a_persons_sessions_opens_or_copies_it(
    people_window: MainWindow, cast: Cast, qtbot: QtBot
) -> None:
    open_tab(people_window, cast.second).copy_action.trigger()  # Kim is on the second session's delegation
    people_window.show_view("people")
    people = people_window.views["people"]
    people.select_person(cast.kim)  # type: ignore[attr-defined]
    sessions = people.detail.sessions  # type: ignore[attr-defined]
    assert sessions.count() >= 1
    menu = right_click_row(qtbot, sessions, 0)
    assert texts(menu) == ["Open the session", "Copy"]
    menu.actions()[-1].trigger()
    menu.close()
    assert QApplication.clipboard().text() == sessions.item(0).text()

    menu = right_click_row(qtbot, sessions, 0)
    menu.actions()[0].trigger()
    menu.close()
    assert people_window.stack.currentWidget() is people_window.session_page
    assert people_window.session_page.session_id == sessions.item(0).data(SESSION_ID_ROLE)


def test_delete_in_an_open_combo_does_not_remove_the_delegate(
    people_window: MainWindow, cast: Cast, qtbot: QtBot
) -> None:
    tab = open_tab(people_window, cast.first)
    people_window.activateWindow()
    qtbot.waitActive(people_window)
    column = tab.columns["ROK"]
    column.select_ids([cast.lee])
    column.table.setFocus()
    index = column.model.index(1, ROLE)
    column.table.setCurrentIndex(index)
    column.table.edit(index)
    editor = column.table.indexWidget(index) or people_window.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert order(people_window.workspace, cast.first, "ROK") == [cast.kim, cast.lee, cast.park]
    column.table.closePersistentEditor(index)
    column.table.setFocus()
    qtbot.keyClick(column.table, Qt.Key.Key_Escape)
    column.select_ids([cast.lee])
    qtbot.keyClick(column.table, Qt.Key.Key_Delete)  # with the list focused, Delete removes
    assert order(people_window.workspace, cast.first, "ROK") == [cast.kim, cast.park]
    messages: list[str] = []
    people_window.navigator.status_message.connect(messages.append)
    qtbot.keyClick(column.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert order(people_window.workspace, cast.first, "ROK") == [cast.kim, cast.lee, cast.park]
    assert messages[-1] == "Undone: remove LEE Seo-yeon"
