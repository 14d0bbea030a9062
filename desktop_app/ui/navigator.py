"""Signals that let one view ask for another without knowing the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    """Handed to every view and tab; the main window answers its signals."""

    open_session = Signal(int)  # show the session's page
    show_view = Signal(str)  # a rail key: "calendar", "sessions", …
    data_changed = Signal()  # something was written: views reload what they show
    status_message = Signal(str)  # a short note for the status bar
