"""Undo commands of the outcomes tab and the action-items view; each calls a service both ways."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.errors import UserError
from desktop_app.services import actions as action_service
from desktop_app.services import agenda as agenda_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import ServiceCommand


class ActionContext(Protocol):
    @property
    def workspace(self) -> Workspace: ...

    def records_changed(self, select_action: int | None) -> None: ...

    def command_failed(self, text: str, error: UserError) -> None: ...


class ActionHost:
    """The ``ActionContext`` part the Outcomes tab and the Action items view share (a mixin after QWidget).

    A host has ``_workspace``, ``navigator`` and ``refresh(select_action)``; after a write it
    tells the other views that action items changed, and a refusal is shown titled "Cannot …".
    """

    _workspace: Workspace | None
    navigator: Navigator | None

    @property
    def workspace(self) -> Workspace:
        assert self._workspace is not None
        return self._workspace

    def refresh(self, select_action: int | None = None) -> None:
        raise NotImplementedError

    def records_changed(self, select_action: int | None) -> None:
        self.refresh(select_action)
        if self.navigator is not None:
            self.navigator.tell("actions", (), self)

    def command_failed(self, text: str, error: UserError) -> None:
        title = translate("ActionCommands", "Cannot {0}").format(text[:1].lower() + text[1:])
        dialogs.show_error(self if isinstance(self, QWidget) else None, title, notices.refusal(error))
        self.refresh()


class ActionCommand(ServiceCommand):
    """An action-item edit: runs once before the push (``apply``); a refused undo/redo drops it."""

    def __init__(self, context: ActionContext, text: str) -> None:
        super().__init__(context, text)
        self.context = context


class RecordOutcome(ActionCommand):
    def __init__(self, context: ActionContext, item_id: int, outcome: str, previous: str, text: str) -> None:
        super().__init__(context, text)
        self.item_id, self.outcome, self.previous = item_id, outcome, previous

    def do(self) -> None:
        agenda_service.record_outcome(self.context.workspace, self.item_id, self.outcome)
        self.context.records_changed(None)

    def undo_(self) -> None:
        agenda_service.record_outcome(self.context.workspace, self.item_id, self.previous)
        self.context.records_changed(None)


class AddAction(ActionCommand):
    def __init__(self, context: ActionContext, action: ActionItem) -> None:
        super().__init__(context, translate("ActionCommands", "Add action item"))
        self.action = action

    def do(self) -> None:
        added = action_service.add_action(self.context.workspace, self.action)
        self.action = added  # a redo asks for the same id again (kept when free)
        self.context.records_changed(added.id)

    def undo_(self) -> None:
        assert self.action.id is not None
        action_service.delete_action(self.context.workspace, self.action.id)
        self.context.records_changed(None)


class UpdateAction(ActionCommand):
    def __init__(self, context: ActionContext, before: ActionItem, after: ActionItem, text: str) -> None:
        super().__init__(context, text)
        self.before, self.after = before, after

    def do(self) -> None:
        action_service.update_action(self.context.workspace, self.after)
        self.context.records_changed(self.after.id)

    def undo_(self) -> None:
        action_service.update_action(self.context.workspace, self.before)
        self.context.records_changed(self.before.id)


class CloseAction(ActionCommand):
    def __init__(self, context: ActionContext, action_id: int, status: ActionStatus = ActionStatus.DONE) -> None:
        done = status is ActionStatus.DONE
        text = (
            translate("ActionCommands", "Mark action item done")
            if done
            else translate("ActionCommands", "Drop action item")
        )
        super().__init__(context, text)
        self.action_id, self.status = action_id, status
        self.previous: ActionItem | None = None

    def do(self) -> None:
        change = action_service.close_action(self.context.workspace, self.action_id, self.status)
        self.previous = change.previous
        self.context.records_changed(self.action_id)

    def undo_(self) -> None:
        assert self.previous is not None
        action_service.update_action(self.context.workspace, self.previous)
        self.context.records_changed(self.action_id)


class DeleteAction(ActionCommand):
    def __init__(self, context: ActionContext, action_id: int) -> None:
        super().__init__(context, translate("ActionCommands", "Delete action item"))
        self.action_id = action_id
        self.deleted: ActionItem | None = None

    def do(self) -> None:
        self.deleted = action_service.delete_action(self.context.workspace, self.action_id)
        self.context.records_changed(None)

    def undo_(self) -> None:
        assert self.deleted is not None
        restored = action_service.add_action(self.context.workspace, self.deleted)
        self.action_id = restored.id or self.action_id
        self.context.records_changed(restored.id)
