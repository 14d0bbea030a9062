"""Every model of the agenda package passes Qt's model tester."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from desktop_app.services import agenda as agenda_service
from desktop_app.services.actions import ActionFilter, carried_over, list_follow_ups
from desktop_app.services.workspace import Workspace
from desktop_app.ui.actions.action_models import FollowUpModel, OutcomeModel
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.agenda.item_model import AgendaItemModel
from tests.ui.agenda.conftest import TODAY, Seeded

pytestmark = pytest.mark.gui


def test_agenda_item_model(qtmodeltester: ModelTester, workspace: Workspace, seeded: Seeded) -> None:
    model = AgendaItemModel()
    model.set_agenda(
        agenda_service.agenda_with_times(workspace, seeded.sessions[0]), [s.timezone for s in workspace.body.sides]
    )
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def test_agenda_item_model_while_editing(qtmodeltester: ModelTester, agenda_tab: AgendaTab) -> None:
    """Checked while edits insert, move, remove and change rows."""
    editor = agenda_tab.editor
    qtmodeltester.check(editor.model, force_py=True)
    editor.tree.setCurrentIndex(editor.model.index(3, 4))
    editor.add_action.trigger()
    editor.up_action.trigger()
    editor.indent_action.trigger()
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert editor.model.rowCount() == 4


def test_follow_up_models(qtmodeltester: ModelTester, workspace: Workspace, seeded: Seeded) -> None:
    model = FollowUpModel(with_session=True)
    model.today = lambda: TODAY
    model.set_records(list_follow_ups(workspace, ActionFilter(), TODAY))
    qtmodeltester.check(model, force_py=True)
    carried = FollowUpModel(with_session=False)
    carried.set_records(carried_over(workspace, seeded.sessions[1], TODAY))
    qtmodeltester.check(carried, force_py=True)


def test_outcome_model(qtmodeltester: ModelTester, workspace: Workspace, seeded: Seeded) -> None:
    model = OutcomeModel()
    model.set_items(agenda_service.list_items(workspace, seeded.version))
    qtmodeltester.check(model, force_py=True)
