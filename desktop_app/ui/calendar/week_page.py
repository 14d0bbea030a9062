"""The week page around the grid: the day names that stay put above it, and the scroll area."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop_app.ui.calendar.chips import blend_line, show_tooltip
from desktop_app.ui.calendar.month_grid import PAD
from desktop_app.ui.calendar.week_grid import GUTTER, WeekGrid
from desktop_app.ui.common import formatting
from desktop_app.ui.sessions import style


class WeekHeader(QWidget):
    """The zones over the gutters, and each day's date and holidays: fixed above the scrolled hours."""

    def __init__(self, grid: WeekGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(self.font().pointSizeF() * 0.92)
        self.setFixedHeight(grid.title_height)
        grid.changed.connect(self._grid_changed)

    def _grid_changed(self) -> None:
        if self.height() != self.grid.title_height:
            self.setFixedHeight(self.grid.title_height)
        self.update()

    def day_at(self, point: QPoint) -> date | None:
        index = next((n for n in range(7) if self.grid.day_rect(n).contains(point.x(), 0)), None)
        return None if index is None else self.grid.first_day + timedelta(days=index)

    def event(self, event: QEvent) -> bool:
        return show_tooltip(self, event, self.tooltip_at) or super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        day, body = self.day_at(point), self.grid.body
        if day is None or body is None:
            return ""
        return "\n".join(
            self.tr("Public holiday in {0}: {1}").format(body.sides[side].name, name)
            for side, name in self.grid.holidays_on(day)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        painter = QPainter(self)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(self.rect(), window)
        painter.setPen(QPen(blend_line(palette), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        line = grid.line
        painter.setFont(self._bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        first = grid.first_day
        middle = datetime.combine(first + timedelta(days=3), time(12), tzinfo=ZoneInfo(grid.zone))
        painter.drawText(QRect(0, PAD, GUTTER, line), Qt.AlignmentFlag.AlignCenter, middle.strftime("%Z"))
        other = middle.astimezone(ZoneInfo(grid.other_zone)).strftime("%Z")
        painter.drawText(QRect(GUTTER, PAD, GUTTER, line), Qt.AlignmentFlag.AlignCenter, other)
        metrics = QFontMetrics(self._small)
        for index in range(7):
            day = first + timedelta(days=index)
            column = grid.day_rect(index)
            title_rect = QRect(column.left() + PAD, PAD, column.width() - 2 * PAD, line)
            if day == grid.today:
                painter.fillRect(
                    QRect(column.left() + 1, 1, column.width() - 2, line + PAD),
                    palette.color(QPalette.ColorRole.Highlight),
                )
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.setFont(self._bold)
            painter.drawText(
                title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, formatting.weekday_date(day)
            )
            painter.setFont(self._small)
            for row, (side_index, name) in enumerate(grid.holidays_on(day)[:2]):
                rect = QRect(column.left() + PAD, PAD + (row + 1) * line, column.width() - 2 * PAD, line)
                long, short = style.holiday_cell_text(name)
                shown = long if metrics.horizontalAdvance(long) <= rect.width() else short
                painter.setPen(style.readable(style.SIDE_HOLIDAY_COLOURS[side_index], palette))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    metrics.elidedText(shown, Qt.TextElideMode.ElideRight, rect.width()),
                )
        painter.end()


class WeekPage(QWidget):
    """The header over a scroll area holding the grid; the header follows the grid's columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = WeekGrid()
        self.grid.setObjectName("week_grid")
        self.header = WeekHeader(self.grid)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)

    def scroll_to_working_day(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(max(0, self.grid.first_block_top() - 8))
