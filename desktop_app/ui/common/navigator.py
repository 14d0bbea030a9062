"""Signals that let one view ask for another without knowing the main window, and the window's one
undo history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.ui.common.undo import Change


class Navigator(QObject):
    """Handed to every view and tab; the main window answers its signals."""

    open_session = Signal(int)  # show the session's page
    show_view = Signal(str)  # a rail key: "calendar", "sessions", …
    changed = Signal(object)  # a Change: something was written; every view but its source reloads
    data_changed = Signal()  # something was written by no view in particular (a preference, a test)
    status_message = Signal(str)  # a short note for the status bar
    file_written = Signal(str, object)  # a note and the Path written: the status bar offers "Show in folder"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # How people's names are shown: "roman" (KIM Do-yoon first) or "hangul" (김도윤 first).
        # The main window sets it from the ``ui/name_order`` setting; views read it when they load.
        self.name_order = "roman"
        # The window's one undo history: every view pushes its commands here (Edit → Undo/Redo).
        self.history = QUndoStack(self)
        self.window_keys = False  # True once the main window's Edit menu holds Ctrl+Z / Ctrl+Shift+Z
        self.data_changed.connect(lambda: self.changed.emit(Change("data")))

    def tell(self, kind: str, ids: tuple[int, ...] = (), source: object | None = None) -> None:
        """Something was written: every view but ``source`` (which already shows it) reads it again."""
        self.changed.emit(Change(kind, ids, source))
