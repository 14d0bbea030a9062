"""``gui --startup-benchmark``: time from process start to the window's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.process_clock import milliseconds_since_process_start


def elapsed_since_start_ms() -> float:
    return milliseconds_since_process_start()


class FirstPaintWatcher(QObject):
    """Calls ``on_painted`` once, after the first paint of ``window`` (or any of its children) completes."""

    def __init__(self, window: QWidget, on_painted: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._on_painted = on_painted
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            self._window.removeEventFilter(self)
            # The paint event is delivered before the backing store is flushed to the screen;
            # a zero timer runs once this round of painting (all children) has finished.
            QTimer.singleShot(0, self._on_painted)
        return False
