"""The week page: seven days by 24 hours in the calendar's zone, with the other capital's hours beside them.

Like the month, one painted widget: sessions are blocks placed by their time in the
home side's zone; the two gutters on the left give each hour in both capitals, each
with its 08:00–19:00 working day lit, so "10:00 KST is 20:00 EST the day before" is read
off the grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from desktop_app import clock
from desktop_app.domain.body import Body
from desktop_app.domain.session import SessionStatus
from desktop_app.services.calendar_view import CalendarEntry
from desktop_app.ui.calendar.chips import blend_line, chip_lines, paint_chip
from desktop_app.ui.calendar.drag import MOVE, RESIZE, RESIZE_EDGE, paint_target
from desktop_app.ui.calendar.grid_base import PaintedGrid
from desktop_app.ui.calendar.month_grid import FIRST_WEEKDAY, PAD
from desktop_app.ui.sessions import style

WORKDAY = (8, 19)
GUTTER = 62


def week_start(day: date, first_weekday: int = FIRST_WEEKDAY) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


@dataclass
class Block:
    rect: QRect
    entry: CalendarEntry
    day: date


class WeekGrid(PaintedGrid):
    session_activated = Signal(int)
    session_selected = Signal(int)
    slot_activated = Signal(object)  # a naive datetime in the calendar's zone: a new session there
    page_requested = Signal(int)
    changed = Signal()  # the week or the geometry changed: the header paints again
    session_dropped = Signal(int, object)  # session id, its new start (naive, in the calendar's zone)
    session_resized = Signal(int, int)  # session id, its new length in minutes
    context_requested = Signal(object, object, QPoint)  # session id or None, the half hour, the global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QRect | None = None  # where the dragged session would land
        self._drop: tuple[datetime, int] | None = None  # its start and minutes there
        self.read_only = False  # a file open read-only: nothing can be dragged, the cursor says so
        self.setMouseTracking(True)  # the cursor tells what a press would do before any press
        self.first_day = week_start(clock.today())
        self.zone = "UTC"
        self.other_zone = "UTC"
        self._entries: list[CalendarEntry] = []
        self._blocks: list[Block] = []
        self.now: datetime | None = None

    def set_week(
        self,
        first_day: date,
        entries: Sequence[CalendarEntry],
        holidays: Mapping[date, Mapping[str, str]],
        body: Body,
        zone: str,
        today: date,
        now: datetime | None = None,
    ) -> None:
        self.first_day, self.body, self.zone, self.today, self.now = first_day, body, zone, today, now
        others = [side.timezone for side in body.sides if side.timezone != zone]
        self.other_zone = others[0] if others else zone
        self._entries = list(entries)
        self._set_holidays(holidays, body)
        self._dirty = True
        self.updateGeometry()
        self.update()
        self.changed.emit()

    # -- geometry --------------------------------------------------------------------
    @property
    def header_height(self) -> int:
        """Room above 00:00 inside the scrolled grid; the day names are in ``WeekHeader``, which stays put."""
        return PAD

    @property
    def title_height(self) -> int:
        """The header: the dates, and a line for each holiday of the busiest day (two at most)."""
        days = (self.first_day + timedelta(days=n) for n in range(7))
        lines = 1 + min(2, max(len(self._holidays.get(day, ())) for day in days))
        return PAD + self.line * lines + PAD

    @property
    def min_hour_height(self) -> int:
        # A two-hour session gets four lines (both times, title, venue); the grid scrolls to the working day.
        return 2 * self.line + 2

    def sizeHint(self) -> QSize:
        return QSize(900, self.header_height + 24 * (self.line * 2 + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * GUTTER + 7 * 60, self.header_height + 24 * self.min_hour_height)

    def hour_height(self) -> float:
        return max(self.min_hour_height, (self.height() - self.header_height) / 24)

    def day_rect(self, index: int) -> QRect:
        width = self.width() - 2 * GUTTER
        left = 2 * GUTTER + index * width // 7
        right = 2 * GUTTER + (index + 1) * width // 7
        return QRect(left, 0, right - left, self.height())

    def y_of(self, hours: float) -> int:
        return int(self.header_height + hours * self.hour_height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.changed.emit()

    def holidays_on(self, day: date) -> list[tuple[int, str]]:
        return list(self._holidays.get(day, ()))

    def blocks(self) -> list[Block]:
        if self._dirty:
            self._layout()
        return self._blocks

    def _segments(self) -> dict[int, list[tuple[float, float, CalendarEntry]]]:
        """Each session's hours on each day of the week it covers: one crossing midnight gives two."""
        tz = ZoneInfo(self.zone)
        per_day: dict[int, list[tuple[float, float, CalendarEntry]]] = {}
        for entry in self._entries:
            local = entry.session.start.astimezone(tz)
            start = local.hour + local.minute / 60
            remaining = entry.session.duration_minutes / 60
            index = (local.date() - self.first_day).days
            while remaining > 0 and index < 7:
                end = min(24.0, start + remaining)
                if index >= 0:
                    per_day.setdefault(index, []).append((start, end, entry))
                remaining -= end - start
                start, index = 0.0, index + 1
        return per_day

    def _layout(self) -> None:
        self._dirty = False
        blocks = []
        minimum = self.line + 4
        for index, items in self._segments().items():
            items.sort(key=lambda item: (item[0], -item[1]))
            lanes: list[float] = []  # the end of the last block in each lane
            placed: list[tuple[int, float, float, CalendarEntry]] = []
            for start, end, entry in items:
                lane = next((n for n, last in enumerate(lanes) if last <= start), len(lanes))
                shown_end = max(end, start + minimum / self.hour_height())
                if lane == len(lanes):
                    lanes.append(shown_end)
                else:
                    lanes[lane] = shown_end
                placed.append((lane, start, end, entry))
            column = self.day_rect(index)
            lane_width = (column.width() - 6) / max(1, len(lanes))
            for lane, start, end, entry in placed:
                top = self.y_of(start)
                height = max(minimum, self.y_of(end) - top)
                left = int(column.left() + 3 + lane * lane_width)
                rect = QRect(left, top + 1, int(lane_width) - 2, height - 2)
                blocks.append(Block(rect, entry, self.first_day + timedelta(days=index)))
        self._blocks = blocks

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        grid = blend_line(palette)
        muted = style.blend(text, base, 0.5)
        painter.fillRect(self.rect(), base)

        # Day columns: weekends and holidays tinted, hours outside the home working day shaded.
        for index in range(7):
            day = self.first_day + timedelta(days=index)
            column = self.day_rect(index)
            body_rect = QRect(column.left(), self.header_height, column.width(), self.height() - self.header_height)
            fill = style.blend(base, text, 0.06) if day.weekday() >= 5 else base
            holidays = self._holidays.get(day, [])
            if holidays:
                fill = style.blend(fill, style.SIDE_HOLIDAY_COLOURS[holidays[0][0]], 0.07)
            painter.fillRect(body_rect, fill)
            for start, end in ((0, WORKDAY[0]), (WORKDAY[1], 24)):
                painter.fillRect(
                    QRect(column.left(), self.y_of(start), column.width(), self.y_of(end) - self.y_of(start)),
                    style.blend(fill, text, 0.035),
                )
        # Gutters: each hour in the calendar's zone, and the same instant in the other capital.
        self._paint_gutters(painter, base, text, muted, window)
        # Hour lines.
        painter.setPen(QPen(grid, 1))
        for hour in range(25):
            y = self.y_of(hour)
            painter.drawLine(2 * GUTTER, y, self.width(), y)
        for index in range(8):
            x = self.day_rect(index).left() if index < 7 else self.width() - 1
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(GUTTER, self.header_height, GUTTER, self.height())
        first = self.first_day
        # The sessions.
        for block in self.blocks():
            lines = self._block_lines(block)
            paint_chip(painter, block.rect, block.entry, lines, palette, base, text, self.font(), self._bold)
            if block.entry.session.id == self.selected_session:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(block.rect.adjusted(0, 0, -1, -1))
        # Now.
        if self.now is not None:
            local = self.now.astimezone(ZoneInfo(self.zone))
            index = (local.date() - first).days
            if 0 <= index < 7:
                column = self.day_rect(index)
                y = self.y_of(local.hour + local.minute / 60)
                painter.setPen(QPen(style.SIDE_HOLIDAY_COLOURS[0], 2))
                painter.drawLine(column.left(), y, column.right(), y)
        if self._target is not None:
            paint_target(painter, self._target, palette.color(QPalette.ColorRole.Highlight))
        painter.end()

    def _paint_gutters(self, painter: QPainter, base: QColor, text: QColor, muted: QColor, window: QColor) -> None:
        home_tz, other_tz = ZoneInfo(self.zone), ZoneInfo(self.other_zone)
        painter.fillRect(QRect(0, self.header_height, 2 * GUTTER, self.height()), window)
        painter.setFont(self._small)
        line = self.line
        middle = datetime.combine(self.first_day + timedelta(days=3), time(0), tzinfo=home_tz)
        for hour in range(24):
            local = middle + timedelta(hours=hour)
            other = local.astimezone(other_tz)
            top = self.y_of(hour)
            height = self.y_of(hour + 1) - top
            for column, moment in ((0, local), (1, other)):
                working = WORKDAY[0] <= moment.hour < WORKDAY[1]
                rect = QRect(column * GUTTER, top, GUTTER, height)
                painter.fillRect(rect.adjusted(2, 0, -2, 0), style.blend(window, base, 0.85) if working else window)
                painter.setPen(text if working else muted)
                day_note = ""
                if column == 1 and other.date() != local.date():
                    day_note = "−1" if other.date() < local.date() else "+1"
                label = f"{moment:%H:%M}"
                painter.drawText(
                    QRect(rect.left() + 4, top, GUTTER - 8, min(height, line)),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    label,
                )
                if day_note:
                    painter.setPen(muted)
                    painter.drawText(
                        QRect(rect.left() + 4, top, GUTTER - 8, min(height, line)),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                        day_note,
                    )

    def _block_lines(self, block: Block) -> list[tuple[str, str]]:
        count = max(1, (block.rect.height() - 4) // self.line)
        return chip_lines(block.entry, block.day, count, block.rect.width() - 11, QFontMetrics(self.font()))

    # -- interaction -----------------------------------------------------------------
    def block_at(self, point: QPoint) -> Block | None:
        return next((block for block in reversed(self.blocks()) if block.rect.contains(point)), None)

    def block_of(self, session_id: int) -> Block | None:
        return next((block for block in self.blocks() if block.entry.session.id == session_id), None)

    def slot_at(self, point: QPoint) -> datetime | None:
        """The half hour under ``point`` (naive, in the calendar's zone), or None off the grid."""
        if point.y() < self.header_height or point.x() < 2 * GUTTER:
            return None
        index = next((n for n in range(7) if self.day_rect(n).contains(point)), None)
        if index is None:
            return None
        hours = (point.y() - self.header_height) / self.hour_height()
        half_hours = min(47, int(hours * 2))
        day = self.first_day + timedelta(days=index)
        return datetime.combine(day, time(half_hours // 2, 30 * (half_hours % 2)))

    def tooltip_at(self, point: QPoint) -> str:
        if self.body is None:
            return ""
        block = self.block_at(point)
        if block is not None:
            return style.session_tooltip(block.entry.session, self.body, block.entry.warnings)
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        self.select_session(block.entry.session.id if block and block.entry.session.id else 0)
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            self._drag.press(block.entry.session.id, point, RESIZE if self._at_edge(block, point) else MOVE)

    @staticmethod
    def _at_edge(block: Block, point: QPoint) -> bool:
        return point.y() >= block.rect.bottom() - RESIZE_EDGE

    def can_drag(self, block: Block) -> bool:
        """A held session stays where it took place; a read-only file moves nothing."""
        return not self.read_only and block.entry.session.status is not SessionStatus.HELD

    def hover_cursor(self, point: QPoint) -> Qt.CursorShape:
        """What a press at ``point`` would do: resize at a block's bottom edge, move on its body, else nothing."""
        block = self.block_at(point)
        if block is None or not self.can_drag(block):
            return Qt.CursorShape.ArrowCursor
        return Qt.CursorShape.SizeVerCursor if self._at_edge(block, point) else Qt.CursorShape.OpenHandCursor

    def _local_start(self, session_id: int) -> tuple[datetime, int] | None:
        """The session's start (naive, in the calendar's zone) and its minutes."""
        entry = next((e for e in self._entries if e.session.id == session_id), None)
        if entry is None:
            return None
        local = entry.session.start.astimezone(ZoneInfo(self.zone)).replace(tzinfo=None)
        return local, entry.session.duration_minutes

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        drag = self._drag.drag
        if drag is None and not event.buttons():
            self._show_hover_cursor(point)
        if not self._drag.moved(point) or drag is None:
            return super().mouseMoveEvent(event)
        known = self._local_start(drag.session_id)
        here, there = self.slot_at(drag.origin), self.slot_at(point)
        if known is None or here is None or there is None:
            self._target = self._drop = None
            self.update()
            return
        start, minutes = known
        if drag.mode == RESIZE:
            end = there + timedelta(minutes=30)
            minutes = max(30, int((end - start).total_seconds() // 60))
        else:
            start = start + (there - here)
        self._drop = (start, minutes)
        index = (start.date() - self.first_day).days
        hours = start.hour + start.minute / 60
        if 0 <= index < 7:
            column = self.day_rect(index)
            top = self.y_of(hours)
            bottom = self.y_of(min(24.0, hours + minutes / 60))
            self._target = QRect(column.left() + 2, top, column.width() - 4, max(self.line, bottom - top))
        else:
            self._target = None
        self.update()

    def _show_hover_cursor(self, point: QPoint) -> None:
        shape = self.hover_cursor(point)
        if shape == Qt.CursorShape.ArrowCursor:
            self.unsetCursor()
        elif self.cursor().shape() != shape:
            self.setCursor(shape)

    def leaveEvent(self, event: QEvent) -> None:
        if self._drag.drag is None:
            self.unsetCursor()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag.release()
        drop, self._drop, self._target = self._drop, None, None
        self._show_hover_cursor(event.position().toPoint())
        self.update()
        if drag is None or drop is None:
            return super().mouseReleaseEvent(event)
        known = self._local_start(drag.session_id)
        if known is None or known == drop:
            return
        if drag.mode == RESIZE:
            self.session_resized.emit(drag.session_id, drop[1])
        else:
            self.session_dropped.emit(drag.session_id, drop[0])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self.block_at(event.pos())
        session_id = block.entry.session.id if block is not None else None
        if session_id:
            self.select_session(session_id)
        self.context_requested.emit(session_id, self.slot_at(event.pos()), event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        if block is not None and block.entry.session.id is not None:
            self.session_activated.emit(block.entry.session.id)
            return
        slot = self.slot_at(point)
        if slot is not None:
            self.slot_activated.emit(slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag.drag is not None:
            self._drag.cancel()
            self._target = self._drop = None
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_session:
            self.session_activated.emit(self.selected_session)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            ordered = sorted(self.blocks(), key=lambda b: b.entry.session.start)
            ids = [b.entry.session.id for b in ordered if b.entry.session.id]
            if ids:
                step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
                index = ids.index(self.selected_session) + step if self.selected_session in ids else 0
                if 0 <= index < len(ids):
                    self.select_session(ids[index] or 0)
                else:
                    self.page_requested.emit(step)
            return
        super().keyPressEvent(event)

    def select_session(self, session_id: int) -> bool:
        found = any(block.entry.session.id == session_id for block in self.blocks())
        self.selected_session = session_id if found else None
        self.session_selected.emit(session_id if found else 0)
        self.update()
        return found

    def first_block_top(self) -> int:
        """Where to scroll so that the working day (or the first session) is in view."""
        tops = [block.rect.top() for block in self.blocks()]
        working = self.y_of(WORKDAY[0] - 1)
        return min([working, *tops]) if tops else working
