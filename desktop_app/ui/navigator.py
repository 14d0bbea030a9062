"""Signals that let one view ask for another without knowing the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    """Handed to every view and tab; the main window answers its signals."""

    open_session = Signal(int)  # show the session's page
    show_view = Signal(str)  # a rail key: "calendar", "sessions", …
    data_changed = Signal()  # something was written: views reload what they show
    status_message = Signal(str)  # a short note for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # How people's names are shown: "roman" (KIM Do-yoon first) or "hangul" (김도윤 first).
        # The main window sets it from the ``ui/name_order`` setting; views read it when they load.
        self.name_order = "roman"
