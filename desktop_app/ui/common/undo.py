"""The window's one undo history and its one way of telling the views what changed.

Every write a user makes is a ``ServiceCommand``: it calls a service and its undo calls
the inverse. A command runs once *before* it is pushed (``apply``), so that a refusal (an
empty title, a locked version) shows as a message and never lands on the history; the
stack's first ``redo`` is then skipped. Later undo/redo call the services again; when one
of those is refused (someone changed the record meanwhile) the command leaves the history
and the refusal is shown.

After a write the command's owner tells the others through ``Navigator.tell`` with a
``Change`` that says what changed and who changed it: the main window reloads every view
but the one that made the change (it has already shown it), so no view needs a flag to
ignore its own echo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop_app.domain.body import Body
from desktop_app.errors import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import notices
from desktop_app.ui.common.i18n import translate


@dataclass(frozen=True)
class Change:
    """``kind`` ("sessions", "people", "agenda", …) of the records ``ids``, written by ``source``."""

    kind: str
    ids: tuple[int, ...] = ()
    source: object | None = None  # the view that wrote and already shows it; None: everyone reloads


class FailureReporter(Protocol):
    def command_failed(self, text: str, error: UserError) -> None: ...


class ServiceCommand(QUndoCommand):
    """The one base of undoable service calls: ``do``/``undo_`` call services; a refused undo/redo drops it."""

    def __init__(self, reporter: FailureReporter, text: str) -> None:
        super().__init__(text)
        self.reporter = reporter
        self._skip_redo = False

    def apply(self) -> None:
        """Run the first time; raises the service's ``UserError`` when refused."""
        self.do()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._safely(self.do):
            self.done(translate("ServiceCommand", "Redone: {0}"))

    def undo(self) -> None:
        if self._safely(self.undo_):
            self.done(translate("ServiceCommand", "Undone: {0}"))

    def _safely(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except UserError as exc:
            self.setObsolete(True)
            self.reporter.command_failed(self.text(), exc)
            return False
        return True

    def what(self) -> str:
        """The command's text as it reads inside a sentence ("move 8th session")."""
        text = self.text()
        return f"{text[:1].lower()}{text[1:]}"

    def done(self, message: str) -> None:
        """After an undo or redo; ``message`` has a {0} for ``what()``. Subclasses may say so."""

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError


def run_and_push(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Run ``command`` once and put it on ``stack``; refused, it is not pushed and its reporter shows why."""
    try:
        command.apply()
    except UserError as exc:
        command.reporter.command_failed(command.text(), exc)
        return False
    stack.push(command)
    return True


class CallCommand(ServiceCommand):
    """A command made of two calls that already ran once: ``after`` hears "Undone: …" / "Redone: …"."""

    def __init__(
        self,
        reporter: FailureReporter,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        after: Callable[[str], None],
    ) -> None:
        super().__init__(reporter, text)
        self._redo_call, self._undo_call, self._after = redo, undo, after
        self._skip_redo = True  # pushed after the action ran

    def do(self) -> None:
        self._redo_call()

    def undo_(self) -> None:
        self._undo_call()

    def _safely(self, action: Callable[[], None]) -> bool:
        done = super()._safely(action)
        if not done:
            self._after("")
        return done

    def done(self, message: str) -> None:
        self._after(message.format(self.what()))


class ErrorReporter:
    """A ``FailureReporter`` from a ``show(title, message)``: the title says "Cannot undo …"."""

    def __init__(self, show: Callable[[str, str], None]) -> None:
        self._show = show

    def command_failed(self, text: str, error: UserError) -> None:
        what = f"{text[:1].lower()}{text[1:]}"
        self._show(translate("ServiceCommand", "Cannot undo or redo {0}").format(what), notices.refusal(error))


def push_done(
    stack: QUndoStack,
    parent: QWidget,
    text: str,
    redo: Callable[[], object],
    undo: Callable[[], object],
    *,
    after: Callable[[str], None],
) -> None:
    """Put an action that already ran on ``stack`` as ``text``, then ``after`` its status line.

    ``after`` shows the records as they now are and tells the other views; it hears "Undone: …" /
    "Redone: …" later. A refused undo or redo is shown in a dialog over ``parent``.
    """

    def refused(title: str, message: str) -> None:
        from desktop_app.ui.common import dialogs  # not on the start-up path: only a refusal needs it

        dialogs.show_error(parent, title, message)

    stack.push(CallCommand(ErrorReporter(refused), text, redo, undo, after=after))
    after(undo_hint(text))


class WritesWithUndo:
    """What the People view and the Delegations tab share as writers (a mixin after QWidget): a refusal
    shown over the view, naming the body's sides, and an action that already ran put on the history.

    The view has ``workspace``, ``undo_stack`` and ``after_write(select, status)``, which shows the
    records as they now are and tells the other views.
    """

    workspace: Workspace | None
    undo_stack: QUndoStack

    def _body(self) -> Body | None:  # names the sides in a refusal
        return self.workspace.body if self.workspace is not None else None

    def refuse(self, title: str, message: str) -> None:
        from desktop_app.ui.common import dialogs  # not on the start-up path: only a refusal needs it

        dialogs.show_error(self if isinstance(self, QWidget) else None, title, message)

    def push_done(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], select: Sequence[int]
    ) -> None:
        """Put an action that already ran on the history, then show it and tell the other views."""
        widget = self if isinstance(self, QWidget) else None
        assert widget is not None, "a WritesWithUndo is a widget"
        push_done(self.undo_stack, widget, text, redo, undo, after=lambda status: self.after_write(select, status))

    def after_write(self, select: Sequence[int], status: str) -> None:
        raise NotImplementedError


def undo_hint(done: str) -> str:
    """The status line after a write: what was done, and how to take it back."""
    return translate("ServiceCommand", "{0} — Ctrl+Z undoes it").format(done)


class HistoryOwner(Protocol):
    """What a view needs of the navigator for undo: the window's history, and whether its Edit menu
    holds the keys (then a view's own Undo/Redo carry none: the same key twice would fire neither)."""

    history: QUndoStack
    window_keys: bool


def history_of(navigator: HistoryOwner | None, owner: QObject) -> QUndoStack:
    """The window's one history; a view shown on its own (a test, a dialog) keeps one of its own."""
    return navigator.history if navigator is not None else QUndoStack(owner)


def history_actions(owner: QWidget, stack: QUndoStack, navigator: HistoryOwner | None) -> tuple[QAction, QAction]:
    """Undo and Redo buttons for a view, on ``stack``; with Ctrl+Z / Ctrl+Shift+Z unless the window has them."""
    undo = stack.createUndoAction(owner, translate("ServiceCommand", "Undo"))
    redo = stack.createRedoAction(owner, translate("ServiceCommand", "Redo"))
    if navigator is None or not navigator.window_keys:
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)
    return undo, redo
