"""Undo commands that call a service and its inverse.

The action runs once *before* the command is pushed, so a refusal (a ``UserError``) is
shown and nothing reaches the stack; the stack's first ``redo()`` is therefore skipped.
A later undo or redo that the database refuses (the record changed meanwhile) is shown
too, and the command leaves the stack rather than leave it out of step with the data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.errors import UserError
from desktop_app.ui.i18n import translate


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        after: Callable[[str], None],  # called with a status line: "Undone: …" / "Redone: …"
        on_error: Callable[[str, str], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._after, self._on_error = after, on_error
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(
            self._redo, translate("ServiceCommand", "Redone: {0}"), translate("ServiceCommand", "Cannot redo {0}")
        )

    def undo(self) -> None:
        self._run(
            self._undo, translate("ServiceCommand", "Undone: {0}"), translate("ServiceCommand", "Cannot undo {0}")
        )

    def _run(self, step: Callable[[], object], done: str, refused: str) -> None:
        """``done`` and ``refused`` are messages with a {0} for what the command did."""
        what = f"{self.text()[:1].lower()}{self.text()[1:]}"
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            self._on_error(refused.format(what), str(exc))
            self._after("")
            return
        self._after(done.format(what))
