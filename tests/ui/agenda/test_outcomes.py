"""The Outcomes tab: outcomes per item, the session's action items, and the open ones carried over."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.services import agenda as agenda_service
from desktop_app.services.actions import ActionFilter, list_follow_ups
from desktop_app.services.workspace import Workspace
from desktop_app.ui.actions.action_models import OUTCOME
from desktop_app.ui.actions.outcomes_tab import OutcomesTab
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.formatting import RED
from desktop_app.ui.common.navigator import Navigator
from tests.ui.agenda.conftest import TODAY, Seeded
from tests.ui.conftest import OFFSCREEN_POPUPS

pytestmark = pytest.mark.gui


def open_tab(qtbot: QtBot, workspace: Workspace, session_id: int) -> OutcomesTab:
    tab = OutcomesTab(Navigator())
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.load(workspace, session_id)
    tab.show()
    return tab


def session_actions(workspace: Workspace, session_id: int) -> list[ActionItem]:
    return [f.action for f in list_follow_ups(workspace, ActionFilter(session_id=session_id), TODAY)]


def test_an_outcome_is_written_in_the_table_and_undone(qtbot: QtBot, workspace: Workspace, seeded: Seeded) -> None:
    tab = open_tab(qtbot, workspace, seeded.sessions[0])
    model = tab.outcome_model
    assert [model.item(row).number for row in range(model.rowCount())] == ["1", "2", "2.1", "3"]
    assert model.setData(model.index(1, OUTCOME), "Both sides agreed to a working group.")
    assert agenda_service.list_items(workspace, seeded.version)[1].outcome == "Both sides agreed to a working group."
    assert model.index(1, OUTCOME).data() == "Both sides agreed to a working group."
    tab.undo_action.trigger()
    assert agenda_service.list_items(workspace, seeded.version)[1].outcome == ""


def test_action_items_are_added_edited_closed_and_deleted(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(qtbot, workspace, seeded.sessions[0])
    assert tab.actions_model.rowCount() == 3
    tab.clear_button.click()
    form = tab.form
    qtbot.keyClicks(form.text_edit, "Circulate the summary record")
    qtbot.keyClicks(form.owner_edit, "LEE Ji-eun")
    form.side_combo.setCurrentIndex(form.side_combo.findData("ROK"))
    form.due_check.setChecked(True)
    form.due_edit.setDate(date(2031, 5, 15))
    form.item_combo.setCurrentIndex(form.item_combo.findData(seeded.items["Security"]))
    tab.add_button.click()
    added = [a for a in session_actions(workspace, seeded.sessions[0]) if a.text == "Circulate the summary record"]
    assert len(added) == 1
    action = added[0]
    assert (action.owner, action.owner_side, action.due, action.agenda_item_id) == (
        "LEE Ji-eun",
        "ROK",
        date(2031, 5, 15),
        seeded.items["Security"],
    )
    assert tab._selected_action() == action  # the new one is selected, ready for changes

    form.owner_edit.setText("Policy Planning Division")
    tab.save_button.click()
    assert [a.owner for a in session_actions(workspace, seeded.sessions[0]) if a.id == action.id] == [
        "Policy Planning Division"
    ]
    tab.done_button.click()
    assert [a.status for a in session_actions(workspace, seeded.sessions[0]) if a.id == action.id] == [
        ActionStatus.DONE
    ]
    monkeypatch.setattr(prompts, "confirm_delete_action", lambda parent, text: True)
    tab.delete_button.click()
    assert action.id not in [a.id for a in session_actions(workspace, seeded.sessions[0])]
    tab.undo_action.trigger()  # the delete
    restored = [a for a in session_actions(workspace, seeded.sessions[0]) if a.id == action.id]
    assert restored and restored[0].status is ActionStatus.DONE
    tab.undo_action.trigger()  # mark done
    tab.undo_action.trigger()  # the owner
    restored = [a for a in session_actions(workspace, seeded.sessions[0]) if a.id == action.id]
    assert (restored[0].status, restored[0].owner) == (ActionStatus.OPEN, "LEE Ji-eun")


def test_an_action_without_text_is_refused(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.common import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    tab = open_tab(qtbot, workspace, seeded.sessions[0])
    tab.clear_button.click()
    tab.add_button.click()
    assert shown and "needs a text" in shown[0]
    assert tab.stack.count() == 0


def test_open_actions_of_earlier_sessions_are_carried_over_with_overdue_marked(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded
) -> None:
    tab = open_tab(qtbot, workspace, seeded.sessions[1])
    model = tab.carried_model
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert texts == ["Share the vessel list", "Draft the joint statement", "Book the venue"]
    assert model.index(0, 3).data() == "10 Apr 2031 — overdue by 10 days"
    foreground = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush) and foreground.color() == RED
    assert model.index(1, 3).data() == "1 May 2031"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 3).data() == "no date"
    assert model.index(0, 5).data().startswith("#1 ")
    assert tab.carried_label.text() == "3 still open, 1 overdue."
    # Closing one from here takes it off the list.
    tab.carried_table.setCurrentIndex(model.index(0, 0))
    tab.carried_done_button.click()
    assert model.rowCount() == 2
    assert tab.carried_label.text() == "2 still open."
    assert tab.actions_model.rowCount() == 0  # the second session agreed none of its own yet


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_a_new_action_is_due_at_the_next_session_and_offers_the_delegates_as_owners(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded
) -> None:
    tab = OutcomesTab(Navigator())
    tab.today = lambda: date(2031, 3, 20)  # after the first session, before the second
    qtbot.addWidget(tab)
    tab.load(workspace, seeded.sessions[0])
    tab.show()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    form = tab.form
    # The next session is the senior officials' review: 13 April in Washington, 14 April in Seoul.
    assert form.due_edit.date() == QDate(2031, 4, 14)
    assert "due at the next session, Mon 14 Apr 2031" in form.due_check.toolTip()
    completer = form.owner_edit.completer()
    assert completer is not None
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "doe")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Jane Doe"
    completer.activated.emit("Jane Doe")  # as a click on the offered name does
    assert form.side_combo.currentData() == "US"


def test_an_outcome_of_several_lines_is_typed_in_place(qtbot: QtBot, workspace: Workspace, seeded: Seeded) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from tests.ui.agenda.conftest import type_hangul

    tab = open_tab(qtbot, workspace, seeded.sessions[0])
    tab.edit_outcome(3)
    editor = tab.outcome_table.findChild(QPlainTextEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "Agreed to meet again in May.")
    assert "Shift+Enter starts a new line" in editor.placeholderText()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    type_hangul(editor, "5월 재회동 합의")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter saves, as in every other cell
    qtbot.waitUntil(
        lambda: (
            agenda_service.list_items(workspace, seeded.version)[3].outcome
            == "Agreed to meet again in May.\n5월 재회동 합의"
        )
    )
    assert tab.outcome_model.index(3, OUTCOME).data() == "Agreed to meet again in May.  5월 재회동 합의"
    assert tab.outcome_table.findChild(QPlainTextEdit) is None or not editor.isVisible()


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_clicks_on_outcomes_and_carried_over_items_offer_their_actions(
    qtbot: QtBot, workspace: Workspace, seeded: Seeded
) -> None:
    from tests.ui.clicks import right_click_row, texts

    tab = open_tab(qtbot, workspace, seeded.sessions[0])
    qtbot.waitExposed(tab)
    menu = right_click_row(qtbot, tab.outcome_table, 1, OUTCOME)
    assert texts(menu) == ["Record the outcome…"]
    menu.actions()[0].trigger()
    assert tab.outcome_table.state() == tab.outcome_table.State.EditingState
    menu.close()
    later = open_tab(qtbot, workspace, seeded.sessions[1])  # carries the first session's open items
    qtbot.waitExposed(later)
    assert later.carried_model.rowCount() > 0
    assert texts(right_click_row(qtbot, later.carried_table, 0)) == ["Mark done"]
