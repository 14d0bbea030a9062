"""What the month and the week grids share: a painted widget with sessions, both sides' holidays,
a drag tracker and tooltips.

Each grid lays itself out lazily (``_dirty``: again only after new data or a resize) and paints
in two fonts, bold for titles and small for the lines under them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app import clock
from desktop_app.domain.body import Body
from desktop_app.ui.calendar.chips import show_tooltip
from desktop_app.ui.calendar.drag import DragTracker
from desktop_app.ui.sessions import style


class PaintedGrid(QWidget):
    """The base of ``MonthGrid`` and ``WeekGrid``; a grid says what its tooltip is (``tooltip_at``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drag = DragTracker(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.today = clock.today()
        self.body: Body | None = None
        self._holidays: dict[date, list[tuple[int, str]]] = {}  # day → (side index, name)
        self._dirty = True
        self.selected_session: int | None = None
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(self.font().pointSizeF() * 0.92)

    def _set_holidays(self, holidays: Mapping[date, Mapping[str, str]], body: Body) -> None:
        """Holidays by day, each with the index of its side in ``body`` (sides it does not have are left out)."""
        codes = body.side_codes
        self._holidays = {
            day: [(codes.index(code), name) for code, name in names.items() if code in codes]
            for day, names in holidays.items()
        }

    @property
    def line(self) -> int:
        return style.line_height(self.font())

    def resizeEvent(self, event: object) -> None:
        self._dirty = True
        super().resizeEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        return show_tooltip(self, event, self.tooltip_at) or super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        return ""
