"""The body's setup and its settings as commands of the window's one history ("Undo Set up the body").

Undo writes the body back as it was (``body.restore_body``), redo as it became; both are
refused when the body has been changed since, or when a side's code would change back while
sessions or people of the newer side exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.body import Body
from desktop_app.services.body import restore_body
from desktop_app.ui.common import dialogs
from desktop_app.ui.common.undo import CallCommand, ErrorReporter

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


def push_body_change(window: MainWindow, text: str, before: Body) -> None:
    """Put a change of the body that already ran (from ``before`` to the body now) on the history."""
    workspace = window.workspace
    after = workspace.body
    if after == before:
        return

    def shown(status: str) -> None:
        window.rail.set_body(workspace.body)
        window.navigator.data_changed.emit()  # times in the sides' zones, names of the sides: all read again
        if status:
            window.statusBar().showMessage(status, 8000)

    reporter = ErrorReporter(lambda title, message: dialogs.show_error(window, title, message))
    window.navigator.history.push(
        CallCommand(
            reporter,
            text,
            lambda: restore_body(workspace, after, expected=before),
            lambda: restore_body(workspace, before, expected=after),
            after=shown,
        )
    )
