"""The agenda editor: edits through the UI reach the file, undo puts them back, numbers and
times follow, an agreed version asks before it is copied into a new draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaStatus
from desktop_app.services import agenda as agenda_service
from desktop_app.services.agenda_versions import get_version, list_versions, set_status
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.agenda.editor import AgendaEditor
from desktop_app.ui.agenda.empty_page import EMPTY_TEXT
from desktop_app.ui.agenda.item_model import MINUTES, NUMBER, START_FIRST, START_SECOND, TITLE, TITLE_KO
from desktop_app.ui.common.navigator import Navigator
from tests.ui.agenda.conftest import Seeded, stored, type_hangul
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts

pytestmark = pytest.mark.gui


def column(editor: AgendaEditor, col: int) -> list[str]:
    model = editor.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def select(editor: AgendaEditor, title: str) -> None:
    row = column(editor, TITLE).index(title)
    editor.tree.setCurrentIndex(editor.model.index(row, TITLE))
    editor.tree.setFocus()


def test_the_tab_shows_the_items_numbered_with_both_capitals_times(agenda_tab: AgendaTab) -> None:
    editor = agenda_tab.editor
    assert column(editor, NUMBER) == ["1", "2", "2.1", "3"]
    assert column(editor, TITLE_KO) == ["모두발언", "안보", "사이버", "경제"]
    # The session starts at 10:00 in Seoul, 20:00 the evening before in Washington.
    header = editor.model.headerData
    assert header(START_FIRST, Qt.Orientation.Horizontal) == "Start KST"
    assert header(START_SECOND, Qt.Orientation.Horizontal) == "Start EST"
    assert column(editor, START_FIRST) == ["10:00", "10:10", "10:40", "10:55"]
    assert column(editor, START_SECOND) == ["20:00", "20:10", "20:40", "20:55"]
    select(editor, "Cyber")
    assert editor.pane.starts.text() == "Starts 10:40 KST · 20:40 EST"
    assert editor.total_label.text().startswith("Total 75 of 120 minutes")


def test_editing_a_title_in_the_pane_writes_it_and_undo_restores_it(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    editor = agenda_tab.editor
    select(editor, "Security")
    title = editor.pane.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Security and defence")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert ("2", "Security and defence") in stored(workspace, seeded.version)
    assert column(editor, TITLE)[1] == "Security and defence"

    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("2", "Security") in stored(workspace, seeded.version)
    assert column(editor, TITLE)[1] == "Security"
    assert editor.pane.title_edit.text() == "Security"  # the pane follows the undo

    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ("2", "Security and defence") in stored(workspace, seeded.version)


def test_a_korean_title_typed_in_the_table_is_saved(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    editor = agenda_tab.editor
    index = editor.model.index(3, TITLE_KO)
    editor.tree.setCurrentIndex(index)
    editor.tree.edit(index)
    line = editor.tree.findChild(QLineEdit)
    assert line is not None
    line.clear()
    type_hangul(line, "경제 협력")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: agenda_service.list_items(workspace, seeded.version)[3].title_ko == "경제 협력")
    editor.undo_action.trigger()
    assert agenda_service.list_items(workspace, seeded.version)[3].title_ko == "경제"


def test_moving_an_item_renumbers_and_undo_moves_it_back(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    editor = agenda_tab.editor
    select(editor, "Economy")
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = [("1", "Opening remarks"), ("2", "Economy"), ("3", "Security"), ("3.1", "Cyber")]
    assert stored(workspace, seeded.version) == expected
    assert column(editor, NUMBER) == ["1", "2", "3", "3.1"]
    assert editor.pane.item is not None and editor.pane.item.title == "Economy"  # the moved item stays selected
    editor.undo_action.trigger()
    assert stored(workspace, seeded.version)[3] == ("3", "Economy")


def test_a_dropped_row_lands_where_it_was_dropped(agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded) -> None:
    editor = agenda_tab.editor
    # Drag "Opening remarks" below the last row: the block moves to the end.
    assert editor.drop_item(seeded.items["Opening remarks"], editor.model.rowCount())
    assert stored(workspace, seeded.version) == [
        ("1", "Security"),
        ("1.1", "Cyber"),
        ("2", "Economy"),
        ("3", "Opening remarks"),
    ]
    # Security (with its sub-item) dropped before the first row ... is already there.
    assert not editor.drop_item(seeded.items["Security"], 0)
    # The row under the pointer decides: the upper half of a row drops before it.
    tree = editor.tree
    rect = tree.visualRect(editor.model.index(2, TITLE))
    assert tree.drop_row(rect.top() + 2) == 2
    assert tree.drop_row(rect.bottom() - 2) == 3
    assert tree.drop_row(tree.viewport().height() - 2) == editor.model.rowCount()


def test_tab_indents_to_a_sub_item_and_shift_tab_outdents(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    editor = agenda_tab.editor
    select(editor, "Economy")
    qtbot.keyClick(editor.tree, Qt.Key.Key_Tab)
    assert stored(workspace, seeded.version)[3] == ("2.2", "Economy")
    assert column(editor, NUMBER) == ["1", "2", "2.1", "2.2"]
    assert editor.tree.hasFocus()  # Tab indented instead of moving the focus away
    qtbot.keyClick(editor.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert stored(workspace, seeded.version)[3] == ("3", "Economy")
    select(editor, "Opening remarks")
    editor.indent_action.trigger()  # the first item cannot be a sub-item: refused without a dialog
    assert stored(workspace, seeded.version)[0] == ("1", "Opening remarks")


def test_minutes_move_the_times_and_an_overrun_is_spelled_out(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded
) -> None:
    editor = agenda_tab.editor
    select(editor, "Opening remarks")
    editor.pane.minutes_spin.setValue(25)  # committed at once: the arrows or a typed value
    assert column(editor, START_FIRST)[1] == "10:25"
    assert column(editor, START_SECOND)[1] == "20:25"
    assert column(editor, MINUTES)[0] == "25"
    assert "Total 90 of 120 minutes · 30 min to spare" in editor.total_label.text()

    select(editor, "Economy")
    editor.pane.minutes_spin.setValue(65)
    assert editor.total_label.text().startswith("Runs 15 min over the 120-minute session")
    assert "color: #c62828" in editor.total_label.styleSheet()
    editor.pane.minutes_spin.setValue(55)
    assert editor.total_label.text().startswith("Runs 5 min over the 120-minute session")
    assert "color: #b26a00" in editor.total_label.styleSheet()  # amber for a small overrun
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert agenda_service.list_items(workspace, seeded.version)[3].minutes == 20


def test_presenter_and_internal_fields_are_edited_in_the_pane(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    editor = agenda_tab.editor
    pane = editor.pane
    select(editor, "Security")
    assert pane.internal_box.title() == "Internal — never leaves our office"
    combo = pane.presenter_combo
    combo.setCurrentIndex(combo.findData(seeded.presenter))
    combo.activated.emit(combo.currentIndex())
    pane.talking_points_edit.setFocus()
    qtbot.keyClicks(pane.talking_points_edit, "Hold the line on exercises.")
    editor.tree.setFocus()  # leaving the field commits it
    item = agenda_service.list_items(workspace, seeded.version)[1]
    assert item.presenter_id == seeded.presenter
    assert item.talking_points == "Hold the line on exercises."
    assert editor.model.index(1, 7).data() == "KIM Min-jun"


def test_add_and_delete_with_sub_items_ask_and_undo(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = agenda_tab.editor
    select(editor, "Security")
    editor.add_action.trigger()  # a new item after Security and its sub-item
    assert stored(workspace, seeded.version)[3] == ("3", "New item")
    assert editor.pane.title_edit.hasFocus()

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm_delete_item", lambda parent, question: asked.append(question) or True)
    select(editor, "Security")
    editor.delete_action.trigger()
    assert asked and "its 1 sub-item" in asked[0]
    assert [title for _n, title in stored(workspace, seeded.version)] == ["Opening remarks", "New item", "Economy"]
    editor.undo_action.trigger()
    assert [title for _n, title in stored(workspace, seeded.version)] == [
        "Opening remarks",
        "Security",
        "Cyber",
        "New item",
        "Economy",
    ]
    editor.undo_action.trigger()  # and the add
    assert len(stored(workspace, seeded.version)) == 4
    editor.redo_action.trigger()
    editor.redo_action.trigger()  # the add and the delete again, on the ids in use now
    assert [title for _n, title in stored(workspace, seeded.version)] == ["Opening remarks", "New item", "Economy"]


def test_a_refused_edit_shows_why_and_is_not_on_the_undo_stack(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.common import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    editor = agenda_tab.editor
    select(editor, "Economy")
    editor.pane.title_edit.setText("")  # as a user clearing it before the refusal below
    item = editor.model.timed(3).item
    assert not editor.edit_item(item, {"title": "", "title_ko": ""})
    assert shown and "needs a title" in shown[-1]
    assert editor.stack.count() == 0
    assert editor.pane.title_edit.text() == "Economy"  # the pane shows what is stored


def agree(workspace: Workspace, version_id: int) -> None:
    set_status(workspace, version_id, AgendaStatus.PROPOSED)
    set_status(workspace, version_id, AgendaStatus.AGREED)


def test_editing_an_agreed_version_asks_and_edits_a_new_draft(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    agree(workspace, seeded.version)
    tab = AgendaTab(Navigator())
    qtbot.addWidget(tab)
    tab.load(workspace, seeded.sessions[0])
    editor = tab.editor
    assert "locked" in editor.version_bar.status_label.text()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm_branch", lambda parent, label: asked.append(label) or True)

    select(editor, "Economy")
    editor.pane.title_edit.setText("Economic security")
    editor.pane.title_edit.editingFinished.emit()

    assert asked == ["ROK draft 1"]
    versions = list_versions(workspace, seeded.sessions[0])
    assert [(v.version, v.status) for v in versions] == [(1, AgendaStatus.AGREED), (2, AgendaStatus.DRAFT)]
    assert versions[1].label == "ROK draft 1 (amended)"
    assert stored(workspace, seeded.version)[3] == ("3", "Economy")  # the agreed text stays as agreed
    assert versions[1].id is not None
    assert stored(workspace, versions[1].id)[3] == ("3", "Economic security")
    assert editor.version is not None and editor.version.id == versions[1].id  # the editor shows the draft
    assert editor.version_bar.combo.currentText() == "v2 · ROK draft 1 (amended) · proposed by ROK · draft"

    editor.undo_action.trigger()  # one step: the edit and the draft made for it
    assert [v.version for v in list_versions(workspace, seeded.sessions[0])] == [1]
    assert editor.version is not None and editor.version.id == seeded.version
    editor.redo_action.trigger()
    versions = list_versions(workspace, seeded.sessions[0])
    assert len(versions) == 2 and versions[1].id is not None
    assert stored(workspace, versions[1].id)[3] == ("3", "Economic security")


def test_declining_the_new_draft_leaves_everything_as_it_was(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    agree(workspace, seeded.version)
    editor = agenda_tab.editor
    editor.refresh()
    monkeypatch.setattr(prompts, "confirm_branch", lambda parent, label: False)
    select(editor, "Economy")
    editor.pane.title_edit.setText("Economic security")
    editor.pane.title_edit.editingFinished.emit()
    assert len(list_versions(workspace, seeded.sessions[0])) == 1
    assert editor.pane.title_edit.text() == "Economy"
    # Moving is an edit of the shared text too.
    editor.up_action.trigger()
    assert stored(workspace, seeded.version)[3] == ("3", "Economy")


def test_internal_fields_of_an_agreed_version_need_no_new_draft(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded
) -> None:
    agree(workspace, seeded.version)
    editor = agenda_tab.editor
    editor.refresh()
    select(editor, "Economy")
    editor.pane.notes_edit.setPlainText("Ask about the FTA review.")
    editor.pane.notes_edit.left.emit()  # confirm_branch would fail the test if it were asked
    assert agenda_service.list_items(workspace, seeded.version)[3].internal_notes == "Ask about the FTA review."
    assert len(list_versions(workspace, seeded.sessions[0])) == 1


def test_double_clicking_a_title_of_an_agreed_version_asks_then_edits_the_copy(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    agree(workspace, seeded.version)
    editor = agenda_tab.editor
    editor.refresh()
    monkeypatch.setattr(prompts, "confirm_branch", lambda parent, label: True)
    index = editor.model.index(1, TITLE)
    editor.tree.setCurrentIndex(index)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    draft = list_versions(workspace, seeded.sessions[0])[-1]
    assert draft.status is AgendaStatus.DRAFT and editor.version == draft
    line = editor.tree.findChild(QLineEdit)
    assert line is not None and line.isVisible() and line.text() == "Security"
    line.selectAll()
    qtbot.keyClicks(line, "Peace and security")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert draft.id is not None
    qtbot.waitUntil(lambda: stored(workspace, draft.id or 0)[1] == ("2", "Peace and security"))
    assert stored(workspace, seeded.version)[1] == ("2", "Security")


def test_status_buttons_confirm_move_the_version_and_undo(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, navigator: Navigator, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = agenda_tab.editor
    bar = editor.version_bar
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm_status", lambda parent, title, q, detail: questions.append(title) or True)
    changes: list[int] = []
    navigator.changed.connect(lambda change: changes.append(1))
    assert bar.propose_button.isEnabled() and not bar.agree_button.isEnabled()
    bar.propose_button.click()
    assert get_version(workspace, seeded.version).status is AgendaStatus.PROPOSED
    bar.agree_button.click()
    assert get_version(workspace, seeded.version).status is AgendaStatus.AGREED
    assert bar.reopen_button.isEnabled() and not bar.propose_button.isEnabled()
    assert questions == ["Propose", "Mark agreed"]
    assert changes  # the next-session strip and the lists hear of it
    editor.undo_action.trigger()
    assert get_version(workspace, seeded.version).status is AgendaStatus.PROPOSED
    bar.agree_button.click()
    bar.reopen_button.click()
    assert get_version(workspace, seeded.version).status is AgendaStatus.PROPOSED


def test_save_as_new_version_asks_label_and_side(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = agenda_tab.editor
    offered: list[tuple[str, str]] = []

    def answer(parent: object, label: str, sides: object, side: str, intro: str) -> prompts.NewVersion:
        offered.append((label, side))
        return prompts.NewVersion("US counter-draft 1", "US")

    monkeypatch.setattr(prompts, "ask_new_version", answer)
    editor.version_bar.save_as_button.click()
    assert offered == [("ROK draft 2", "ROK")]
    versions = list_versions(workspace, seeded.sessions[0])
    assert [(v.label, v.proposed_by) for v in versions] == [("ROK draft 1", "ROK"), ("US counter-draft 1", "US")]
    assert editor.version_bar.combo.currentText() == "v2 · US counter-draft 1 · proposed by US · draft"
    assert column(editor, TITLE) == ["Opening remarks", "Security", "Cyber", "Economy"]
    editor.undo_action.trigger()
    assert len(list_versions(workspace, seeded.sessions[0])) == 1
    assert editor.version_bar.combo.currentText() == "v1 · ROK draft 1 · proposed by ROK · draft"


def test_an_empty_agenda_teaches_and_copies_the_previous_session(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded
) -> None:
    tab = AgendaTab(Navigator())
    qtbot.addWidget(tab)
    tab.load(workspace, seeded.sessions[1])
    editor = tab.editor
    assert editor.pages.currentWidget() is editor.empty_page
    assert editor.empty_label.text() == EMPTY_TEXT
    assert editor.empty_label.text().startswith("No agenda yet — start a draft, or copy the agenda")
    assert editor.copy_button.isEnabled() and "#1" in editor.copy_button.text()
    editor.copy_button.click()
    assert editor.pages.currentWidget() is editor.editor_page
    assert column(editor, TITLE) == ["Opening remarks", "Security", "Cyber", "Economy"]
    assert editor.version is not None and editor.version.label == "ROK draft 1"
    editor.undo_action.trigger()
    assert editor.pages.currentWidget() is editor.empty_page
    editor.start_button.click()
    assert editor.model.rowCount() == 0
    assert "add the first one" in editor.total_label.text()


def test_loading_again_keeps_the_undo_history_and_the_selection(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded
) -> None:
    editor = agenda_tab.editor
    select(editor, "Cyber")
    editor.pane.minutes_spin.setValue(20)
    agenda_tab.load(workspace, seeded.sessions[0])  # what the session page does after any change
    assert editor.stack.count() == 1
    assert editor.pane.item is not None and editor.pane.item.title == "Cyber"
    agenda_tab.load(workspace, seeded.sessions[1])
    assert editor.stack.count() == 1  # the window keeps one history across sessions


def test_minutes_typed_in_the_table_may_exceed_99(
    agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QSpinBox

    editor = agenda_tab.editor
    index = editor.model.index(3, MINUTES)
    editor.tree.setCurrentIndex(index)
    editor.tree.edit(index)
    spin = editor.tree.findChild(QSpinBox)
    assert spin is not None and spin.maximum() == 24 * 60
    spin.setValue(120)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_service.list_items(workspace, seeded.version)[3].minutes == 120)
    assert editor.total_label.text().startswith("Runs 55 min over the 120-minute session")


def test_other_views_hear_of_a_burst_of_edits_once(agenda_tab: AgendaTab, navigator: Navigator, qtbot: QtBot) -> None:
    editor = agenda_tab.editor
    heard: list[int] = []
    navigator.changed.connect(lambda change: heard.append(1))
    select(editor, "Economy")
    with qtbot.waitSignal(navigator.changed, timeout=3000):
        editor.pane.minutes_spin.setValue(25)
        editor.pane.minutes_spin.setValue(30)
        assert heard == []  # not after each field …
    assert heard == [1]  # … but once the burst is over


def test_a_row_dropped_on_the_list_moves_the_item(agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    editor = agenda_tab.editor
    tree = editor.tree
    data = editor.model.mimeData([editor.model.index(3, TITLE)])  # "Economy", as a drag carries it
    first = tree.visualRect(editor.model.index(0, TITLE))
    drop = QDropEvent(
        QPointF(first.center().x(), first.top() + 2),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(drop)
    assert drop.isAccepted()
    assert stored(workspace, seeded.version) == [
        ("1", "Economy"),
        ("2", "Opening remarks"),
        ("3", "Security"),
        ("3.1", "Cyber"),
    ]
    editor.undo_action.trigger()
    assert stored(workspace, seeded.version)[0] == ("1", "Opening remarks")


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_click_on_an_agenda_item_offers_its_actions(
    qtbot: QtBot, agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded
) -> None:
    editor = agenda_tab.editor
    row = column(editor, TITLE).index("Economy")
    menu = right_click_row(qtbot, editor.tree, row, TITLE)
    assert texts(menu) == [
        "Add item",
        "Add sub-item",
        "Move up",
        "Move down",
        "Indent",
        "Outdent",
        "Delete",
    ]
    assert editor.pane.item is not None and editor.pane.item.title == "Economy"  # the row under the pointer
    delete = menu.actions()[-1]
    menu.close()
    delete.trigger()
    assert "Economy" not in [title for _n, title in stored(workspace, seeded.version)]
    editor.undo_action.trigger()
    assert "Economy" in [title for _n, title in stored(workspace, seeded.version)]
