"""Dragging a session in the month and week grids: press on it, move past the drag distance, release.

The grids only say where the session was dropped (``session_dropped``) or how long it now is
(``session_resized``); ``flows.drop_session`` asks the same questions as the Move dialog, shows
its warnings, refuses a locked or held session and writes one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

MOVE = "move"
RESIZE = "resize"
RESIZE_EDGE = 5  # pixels at the bottom of a week block that take a resize, not a move


@dataclass
class Drag:
    session_id: int
    origin: QPoint
    mode: str = MOVE
    active: bool = False


class DragTracker:
    """What a press on a session turns into: nothing (a click), or a drag once the mouse moves far enough."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.drag: Drag | None = None

    def press(self, session_id: int | None, point: QPoint, mode: str = MOVE) -> None:
        self.drag = Drag(session_id, QPoint(point), mode) if session_id else None

    def moved(self, point: QPoint) -> bool:
        """True while dragging (from the first move past the platform's drag distance)."""
        drag = self.drag
        if drag is None:
            return False
        if not drag.active and (point - drag.origin).manhattanLength() >= QApplication.startDragDistance():
            drag.active = True
            shape = Qt.CursorShape.SizeVerCursor if drag.mode == RESIZE else Qt.CursorShape.ClosedHandCursor
            self.widget.setCursor(shape)
        return drag.active

    def release(self) -> Drag | None:
        """The drag that ends here, or None for a plain click."""
        drag, self.drag = self.drag, None
        self.widget.unsetCursor()
        return drag if drag is not None and drag.active else None

    def cancel(self) -> None:
        self.drag = None
        self.widget.unsetCursor()
        self.widget.update()


def paint_target(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """Where the session would land: a dashed outline over a light fill."""
    fill = QColor(colour)
    fill.setAlpha(50)
    painter.fillRect(rect, fill)
    pen = QPen(colour, 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
