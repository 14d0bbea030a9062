"""How a session is drawn in the month and week grids: its lines, its chip, the grid's line colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.domain.session import SessionStatus
from desktop_app.services.calendar_view import CalendarEntry
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.sessions import style


def show_tooltip(widget: QWidget, event: QEvent, tooltip_at: Callable[[QPoint], str]) -> bool:
    """A grid's ``event`` for tool tips: the text under the pointer, or none. True when handled."""
    if event.type() != QEvent.Type.ToolTip:
        return False
    tip = tooltip_at(event.pos())  # type: ignore[attr-defined]
    if tip:
        QToolTip.showText(event.globalPos(), tip, widget)  # type: ignore[attr-defined]
    else:
        QToolTip.hideText()
        event.ignore()
    return True


def blend_line(palette: QPalette) -> QColor:
    return style.blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.18)


def chip_lines(
    entry: CalendarEntry, day: date, max_lines: int, width: int, metrics: QFontMetrics
) -> list[tuple[str, str]]:
    """What a session shows in at most ``max_lines`` lines ``width`` wide: times, title, venue.

    The times take one line when it is wide enough, else one line per zone; with one line
    there is room only for the first time and the title.
    """
    session = entry.session
    mark = f"{style.WARNING_SIGN} " if entry.warnings else ""
    venue = ("venue", session.venue or translate("MonthGrid", "venue to be decided"))
    title = ("title", session.title)
    if max_lines <= 1:
        first = next(iter(entry.local_times.values()))
        return [("title", f"{mark}{first:%H:%M} {session.title}")]
    whole = mark + style.cell_times(entry.local_times, day)
    if metrics.horizontalAdvance(whole) <= width:
        return [("time", whole), title, venue][:max_lines]
    split = [
        ("time", (mark if n == 0 else "") + style.cell_times({zone: local}, day))
        for n, (zone, local) in enumerate(entry.local_times.items())
    ]
    if max_lines > len(split):
        return [*split, title, venue][:max_lines]
    return [("time", mark + style.cell_times(entry.local_times, day, compact=True)), title]


def paint_chip(
    painter: QPainter,
    rect: QRect,
    entry: CalendarEntry,
    lines: Sequence[tuple[str, str]],
    palette: QPalette,
    base: QColor,
    text: QColor,
    font: QFont,
    bold: QFont,
) -> None:
    """A session: a status bar at the left, its lines, amber when it has warnings. Shared with the week."""
    session = entry.session
    status_colour = style.STATUS_COLOURS.get(session.status, style.STATUS_COLOURS[SessionStatus.PLANNED])
    inactive = session.status in (SessionStatus.CANCELLED, SessionStatus.POSTPONED)
    fill = style.amber_fill(palette) if entry.warnings else style.blend(base, status_colour, 0.16)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(style.AMBER, 1.5) if entry.warnings else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), status_colour)
    line = style.line_height(font)
    left = rect.left() + 8
    width = rect.width() - 11
    colour = style.blend(text, base, 0.45) if inactive else text
    for index, (kind, content) in enumerate(lines):
        top = rect.top() + 2 + index * line
        if top + line > rect.bottom() + 2:
            break
        chosen = QFont(bold if kind == "title" else font)
        if kind == "title":
            chosen.setStrikeOut(session.status is SessionStatus.CANCELLED)
            chosen.setItalic(session.status is SessionStatus.POSTPONED)
        painter.setFont(chosen)
        painter.setPen(style.amber_text(palette) if kind == "time" and entry.warnings else colour)
        shown = QFontMetrics(chosen).elidedText(content, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(left, top, width, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )
