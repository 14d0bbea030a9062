"""The month page: one painted widget, no widget per session, so a month change costs a query and a paint.

Days are the calendar's zone's days (the home side's); each session sits on its day there
and shows every side's time, the session's own zone first, with the day told where it is
not the cell's ("10:00 KST · 20:00 EST (prev. day)"). Holidays of both sides are named on
their days, weekends shaded, sessions with warnings amber with the reasons on hover.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
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

from desktop_app.domain.body import Body
from desktop_app.services.calendar_view import CalendarEntry
from desktop_app.ui.calendar.chips import blend_line, chip_lines, paint_chip
from desktop_app.ui.calendar.drag import paint_target
from desktop_app.ui.calendar.grid_base import PaintedGrid
from desktop_app.ui.common import formatting
from desktop_app.ui.sessions import style

# Both sides' calendars begin the week on Sunday.
FIRST_WEEKDAY = calendar.SUNDAY
PAD = 4


def visible_days(year: int, month: int, first_weekday: int = FIRST_WEEKDAY) -> tuple[date, int]:
    """The first day shown for the month and how many weeks the page needs (4 to 6)."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    last = date(year, month, calendar.monthrange(year, month)[1])
    weeks = ((last - start).days // 7) + 1
    return start, weeks


@dataclass
class Chip:
    """A session as drawn: where, and the lines it shows."""

    rect: QRect
    entry: CalendarEntry
    lines: list[tuple[str, str]]  # (kind, text): kind is "time", "title" or "venue"


@dataclass
class Cell:
    day: date
    rect: QRect
    holidays: list[tuple[int, str]]  # (side index, name)
    chips: list[Chip] = field(default_factory=list)
    hidden: list[CalendarEntry] = field(default_factory=list)
    more_rect: QRect | None = None


class MonthGrid(PaintedGrid):
    """Emits ``session_activated(id)`` on a double-click or Enter, ``day_activated(date)`` on an empty day."""

    session_activated = Signal(int)
    session_selected = Signal(int)  # 0 when the selection moves to a day without a session
    day_activated = Signal(object)
    day_selected = Signal(object)
    page_requested = Signal(int)  # -1 / +1: the keyboard walked off the page
    session_dropped = Signal(int, object, object)  # session id, the day it was on, the day it was dropped on
    context_requested = Signal(object, object, QPoint)  # session id or None, the day, the global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_day: date | None = None
        self._drag_day: date | None = None
        self.setMouseTracking(False)
        self.year, self.month = 2000, 1
        self.first_day, self.weeks = visible_days(2000, 1)
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._cells: list[Cell] = []
        self.selected_day: date | None = None

    # -- data ------------------------------------------------------------------------
    def set_page(
        self,
        year: int,
        month: int,
        entries: Sequence[CalendarEntry],
        holidays: Mapping[date, Mapping[str, str]],
        body: Body,
        zone_of_days: str,
        today: date,
    ) -> None:
        """Show ``year``-``month`` with ``entries`` placed on their days in ``zone_of_days``."""
        from zoneinfo import ZoneInfo

        self.year, self.month, self.body, self.today = year, month, body, today
        self.first_day, self.weeks = visible_days(year, month)
        tz = ZoneInfo(zone_of_days)
        by_day: dict[date, list[CalendarEntry]] = {}
        for entry in entries:
            by_day.setdefault(entry.session.start.astimezone(tz).date(), []).append(entry)
        self._by_day = by_day
        self._set_holidays(holidays, body)
        if self.selected_day is None or not self._on_page(self.selected_day):
            self.selected_day = today if self._on_page(today) and today.month == month else date(year, month, 1)
        self._dirty = True
        self.update()

    def _on_page(self, day: date) -> bool:
        return 0 <= (day - self.first_day).days < 7 * self.weeks

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=7 * self.weeks - 1)

    # -- layout ----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 70, 240)

    @property
    def header_height(self) -> int:
        return self.line + 2 * PAD

    def cells(self) -> list[Cell]:
        """The cells as laid out for the current size (laid out again only when something changed)."""
        if self._dirty:
            self._layout()
        return self._cells

    def _layout(self) -> None:
        self._dirty = False
        width, height = self.width(), self.height() - self.header_height
        cells = []
        line = self.line
        metrics = QFontMetrics(self.font())
        for index in range(7 * self.weeks):
            row, column = divmod(index, 7)
            left, right = column * width // 7, (column + 1) * width // 7
            top = self.header_height + row * height // self.weeks
            bottom = self.header_height + (row + 1) * height // self.weeks
            day = self.first_day + timedelta(days=index)
            cell = Cell(day, QRect(left, top, right - left, bottom - top), self._holidays.get(day, []))
            # The day number and the first holiday share the top line; a second holiday takes a line.
            used = PAD + line * max(1, len(cell.holidays))
            room = cell.rect.height() - used - PAD
            entries = self._by_day.get(day, [])
            inner = cell.rect.width() - 2 * PAD - 11
            # Each chip as tall as its text needs; all of them shortened alike when the day is crowded.
            wanted = [chip_lines(entry, day, 9, inner, metrics) for entry in entries]
            cap = next(
                (cap for cap in (9, 3, 2, 1) if sum(min(len(w), cap) * line + 6 for w in wanted) <= room),
                0,
            )
            shown = entries
            if entries and cap == 0:
                cap = 1
                fit = max(0, (room - line) // (line + 6))
                shown = entries[:fit]
                cell.hidden = entries[fit:]
            y = cell.rect.top() + used + 2
            for entry in shown:
                lines = chip_lines(entry, day, cap, inner, metrics)
                chip_height = len(lines) * line + 4
                rect = QRect(cell.rect.left() + PAD, y, cell.rect.width() - 2 * PAD, chip_height)
                cell.chips.append(Chip(rect, entry, lines))
                y += chip_height + 2
            if cell.hidden:
                cell.more_rect = QRect(cell.rect.left() + PAD, y, cell.rect.width() - 2 * PAD, line)
            cells.append(cell)
        self._cells = cells

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = blend_line(palette)
        painter.fillRect(self.rect(), base)
        self._paint_header(painter, palette)
        for cell in self.cells():
            self._paint_cell(painter, cell, palette, base, text, grid)
        target = self.cell_of(self._drop_day) if self._drop_day is not None else None
        if target is not None and self._drop_day != self._drag_day:
            paint_target(painter, target.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        painter.setFont(self._bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.fillRect(QRect(0, 0, self.width(), self.header_height), palette.color(QPalette.ColorRole.Window))
        width = self.width()
        names = formatting.weekday_names_short(FIRST_WEEKDAY)
        for column in range(7):
            name = names[column]
            rect = QRect(column * width // 7 + PAD, 0, width // 7 - 2 * PAD, self.header_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)

    def _paint_cell(
        self, painter: QPainter, cell: Cell, palette: QPalette, base: QColor, text: QColor, grid: QColor
    ) -> None:
        rect = cell.rect
        in_month = cell.day.month == self.month
        fill = base
        if cell.day.weekday() >= 5:
            fill = style.blend(base, text, 0.06)
        if cell.holidays:
            fill = style.blend(fill, style.SIDE_HOLIDAY_COLOURS[cell.holidays[0][0]], 0.07)
        if not in_month:
            fill = style.blend(fill, palette.color(QPalette.ColorRole.Window), 0.6)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        muted = style.blend(text, base, 0.55)
        line = self.line

        # The day number, ringed today; the first holiday beside it.
        number_rect = QRect(rect.left() + PAD, rect.top() + PAD, line + 6, line)
        painter.setFont(self._bold)
        if cell.day == self.today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(number_rect), line / 2, line / 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(text if in_month else muted)
        label = str(cell.day.day) if cell.day.day != 1 else formatting.day_month(cell.day)
        if cell.day.day == 1:
            number_rect.setWidth(QFontMetrics(self._bold).horizontalAdvance(label) + 8)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        x = number_rect.right() + PAD
        for row, (side_index, name) in enumerate(cell.holidays):
            left = x if row == 0 else rect.left() + PAD
            hol_rect = QRect(left, rect.top() + PAD + row * line, rect.right() - PAD - left, line)
            long, short = style.holiday_cell_text(name)
            shown = long if metrics.horizontalAdvance(long) <= hol_rect.width() else short
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, hol_rect.width())
            colour = style.readable(style.SIDE_HOLIDAY_COLOURS[side_index], palette)
            painter.setPen(colour if in_month else style.blend(colour, base, 0.4))
            painter.drawText(hol_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)

        for chip in cell.chips:
            self._paint_chip(painter, chip, palette, base, text)
        if cell.more_rect is not None:
            painter.setFont(self._small)
            painter.setPen(muted)
            painter.drawText(
                cell.more_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.tr("+{0} more").format(len(cell.hidden)),
            )
        if cell.day == self.selected_day and self.selected_session is None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_chip(self, painter: QPainter, chip: Chip, palette: QPalette, base: QColor, text: QColor) -> None:
        paint_chip(painter, chip.rect, chip.entry, chip.lines, palette, base, text, self.font(), self._bold)
        if chip.entry.session.id == self.selected_session:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    # -- finding what is under the mouse ----------------------------------------------
    def cell_at(self, point: QPoint) -> Cell | None:
        return next((cell for cell in self.cells() if cell.rect.contains(point)), None)

    def chip_of(self, session_id: int) -> Chip | None:
        return next((chip for cell in self.cells() for chip in cell.chips if chip.entry.session.id == session_id), None)

    def cell_of(self, day: date) -> Cell | None:
        return next((cell for cell in self.cells() if cell.day == day), None)

    def tooltip_at(self, point: QPoint) -> str:
        cell = self.cell_at(point)
        if cell is None or self.body is None:
            return ""
        chip = next((chip for chip in cell.chips if chip.rect.contains(point)), None)
        if chip is not None:
            return style.session_tooltip(chip.entry.session, self.body, chip.entry.warnings)
        lines = []
        for side_index, name in cell.holidays:
            side = self.body.sides[side_index]
            lines.append(self.tr("Public holiday in {0}: {1}").format(formatting.side_name(side), name))
        if cell.hidden:
            lines.append(self.tr("Also on this day:") if lines else self.tr("On this day:"))
            for entry in self._by_day.get(cell.day, []):
                first = next(iter(entry.local_times.values()))
                mark = f"{style.WARNING_SIGN} " if entry.warnings else ""
                lines.append(f"  {mark}{first:%H:%M} {first.tzname()} {entry.session.title}")
        return "\n".join(lines)

    # -- mouse and keys ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        cell = self.cell_at(point)
        if cell is None:
            return super().mousePressEvent(event)
        chip = next((chip for chip in cell.chips if chip.rect.contains(point)), None)
        self._select(cell.day, chip.entry.session.id if chip else None)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag.press(chip.entry.session.id if chip else None, point)
            self._drag_day = cell.day

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if not self._drag.moved(point):
            return super().mouseMoveEvent(event)
        cell = self.cell_at(point)
        self._drop_day = cell.day if cell is not None else None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag.release()
        day, origin = self._drop_day, self._drag_day
        self._drop_day = None
        self.update()
        if drag is None:
            return super().mouseReleaseEvent(event)
        if day is not None and origin is not None and day != origin:
            self.session_dropped.emit(drag.session_id, origin, day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        cell = self.cell_at(event.pos())
        if cell is None:
            return
        chip = next((chip for chip in cell.chips if chip.rect.contains(event.pos())), None)
        self._select(cell.day, chip.entry.session.id if chip else None)
        self.context_requested.emit(chip.entry.session.id if chip else None, cell.day, event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        cell = self.cell_at(point)
        if cell is None:
            return super().mouseDoubleClickEvent(event)
        chip = next((chip for chip in cell.chips if chip.rect.contains(point)), None)
        if chip is not None and chip.entry.session.id is not None:
            self.session_activated.emit(chip.entry.session.id)
        elif cell.more_rect is not None and cell.more_rect.contains(point) and cell.hidden:
            hidden_id = cell.hidden[0].session.id
            if hidden_id is not None:
                self.session_activated.emit(hidden_id)
        elif not cell.chips:
            self.day_activated.emit(cell.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps and not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            day = (self.selected_day or date(self.year, self.month, 1)) + timedelta(days=steps[key])
            self.select_day(day)
            if (day.year, day.month) != (self.year, self.month):
                self.page_requested.emit(1 if day > date(self.year, self.month, 1) else -1)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and modifiers & Qt.KeyboardModifier.AltModifier:
            self._cycle_session(1 if key == Qt.Key.Key_Down else -1)
            return
        if key == Qt.Key.Key_Escape and self._drag.drag is not None:
            self._drag.cancel()
            self._drop_day = None
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_session:
                self.session_activated.emit(self.selected_session)
            elif self.selected_day is not None:
                self.day_activated.emit(self.selected_day)
            return
        super().keyPressEvent(event)

    def select_day(self, day: date) -> None:
        entries = self._by_day.get(day, [])
        self._select(day, entries[0].session.id if entries else None)

    def select_session(self, session_id: int) -> bool:
        for day, entries in self._by_day.items():
            if any(entry.session.id == session_id for entry in entries):
                self._select(day, session_id)
                return True
        return False

    def _cycle_session(self, step: int) -> None:
        if self.selected_day is None:
            return
        ids = [entry.session.id for entry in self._by_day.get(self.selected_day, [])]
        if not ids:
            return
        index = ids.index(self.selected_session) if self.selected_session in ids else -step
        self._select(self.selected_day, ids[(index + step) % len(ids)])

    def _select(self, day: date, session_id: int | None) -> None:
        self.selected_day, self.selected_session = day, session_id
        self.day_selected.emit(day)
        self.session_selected.emit(session_id or 0)
        self.update()
