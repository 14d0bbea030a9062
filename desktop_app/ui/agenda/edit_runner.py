"""Edit or branch: how the agenda editor runs a command on the version it shows.

A draft or proposed version takes the command as it is. An agreed version is locked: an edit
of its shared text first asks to start a new draft from it (``Branch``), then runs the same
command on that draft's copy of the item, and the two are one step of the history ("Edit
title of 2 (in a new draft)") — so one Undo takes the officer back to the agreed version.
Our own fields (talking points, notes, the outcome) stay editable on an agreed version and
never branch (``shared=False``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop_app.domain.agenda import AgendaVersion
from desktop_app.errors import UserError
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.undo_commands import AgendaCommand, Branch, EditorContext
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.undo import run_and_push

# make(translate item id, version id) → a command not yet run: on a new draft, the item ids
# are those of the draft's copies, and the version is the draft.
CommandMaker = Callable[[Callable[[int], int], int], AgendaCommand]


class RunnerHost(EditorContext, Protocol):
    """The editor, as the runner sees it: the version shown, its history, a way to show what is stored."""

    @property
    def version(self) -> AgendaVersion | None: ...

    @property
    def stack(self) -> QUndoStack: ...

    def refresh(self) -> None: ...


class EditRunner:
    """Runs commands for ``host``; ``parent`` is the widget its questions are asked over."""

    def __init__(self, host: RunnerHost, parent: QWidget) -> None:
        self.host = host
        self.parent = parent
        self.last_branch: Branch | None = None  # made by ``branch_only``, before an edit in the table

    def apply(self, command: AgendaCommand) -> bool:
        """Run ``command`` once; a refusal is shown (``command_failed``) and gives False."""
        try:
            command.apply()
        except UserError as exc:
            self.host.command_failed(command.text(), exc)
            return False
        return True

    def run(self, make: CommandMaker, *, shared: bool = True) -> bool:
        """Run a command on the version shown; on an agreed version, ``shared`` edits ask to branch."""
        version = self.host.version
        if version is None or version.id is None:
            return False
        stack = self.host.stack
        if not (version.locked and shared):
            return run_and_push(stack, make(lambda item_id: item_id, version.id))
        if not prompts.confirm_branch(self.parent, version.label):
            self.host.refresh()  # declined: show what is stored again
            return False
        branch = Branch(self.host, version.id)
        if not self.apply(branch):
            return False
        assert branch.created is not None
        command = make(branch.copy_of, branch.created)
        try:
            command.apply()
        except UserError as exc:
            with contextlib.suppress(UserError):  # should it stay, the draft is harmless and in the list
                branch.undo_()
            self.host.command_failed(command.text(), exc)
            return False
        stack.beginMacro(translate("AgendaEditor", "{0} (in a new draft)").format(command.text()))
        stack.push(branch)
        stack.push(command)
        stack.endMacro()
        return True

    def branch_only(self) -> bool:
        """Ask, then start a new draft from the agreed version shown (before an inline edit).

        True when there is a version to edit: the one shown unless it is agreed, else the new draft.
        """
        version = self.host.version
        if version is None or version.id is None or not version.locked:
            return version is not None
        if not prompts.confirm_branch(self.parent, version.label):
            return False
        branch = Branch(self.host, version.id)
        if not self.apply(branch):
            return False
        self.host.stack.push(branch)
        self.last_branch = branch
        return True
