"""The Agenda list: the period's sessions and holidays in date order, one row each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.domain.session import SessionStatus
from desktop_app.services.calendar_view import CalendarEntry
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.sessions import style

Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 10
DAY, TIMES, TITLE, VENUE, STATUS = range(5)
HEADERS = (  # English sources, shown through translate("AgendaModel", …)
    QT_TRANSLATE_NOOP("AgendaModel", "Day"),
    QT_TRANSLATE_NOOP("AgendaModel", "Time in both capitals"),
    QT_TRANSLATE_NOOP("AgendaModel", "Session"),
    QT_TRANSLATE_NOOP("AgendaModel", "Venue"),
    QT_TRANSLATE_NOOP("AgendaModel", "Status"),
)


@dataclass(frozen=True)
class AgendaRow:
    day: date
    entry: CalendarEntry | None = None  # None: a holiday row
    side_index: int = 0
    holiday: str = ""


def agenda_rows(
    entries: Sequence[CalendarEntry], holidays: Mapping[date, Mapping[str, str]], body: Body, zone: str
) -> list[AgendaRow]:
    tz = ZoneInfo(zone)
    rows = [
        AgendaRow(day, side_index=body.side_codes.index(code), holiday=name)
        for day, names in holidays.items()
        for code, name in names.items()
        if code in body.side_codes
    ]
    rows += [AgendaRow(entry.session.start.astimezone(tz).date(), entry) for entry in entries]
    return sorted(rows, key=lambda row: (row.day, row.entry is not None, row.entry.session.start if row.entry else 0))


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._body = DEFAULT_BODY

    def set_rows(self, rows: Sequence[AgendaRow], body: Body) -> None:
        self.beginResetModel()  # a new period replaces every row
        self._rows, self._body = list(rows), body
        self.endResetModel()

    def row_data(self, row: int) -> AgendaRow:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        return next(
            (n for n, row in enumerate(self._rows) if row.entry is not None and row.entry.session.id == session_id),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return translate("AgendaModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if self._rows[index.row()].entry is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if row.entry is None:
            return self._holiday_data(row, column, role)
        entry = row.entry
        session = entry.session
        palette = QGuiApplication.palette()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return formatting.weekday_date(row.day, year=True)
            if column == TIMES:
                mark = f"{style.WARNING_SIGN} " if entry.warnings else ""
                return mark + style.cell_times(entry.local_times, row.day)
            if column == TITLE:
                korean = f" · {session.title_ko}" if session.title_ko else ""
                number = f"#{session.number} " if session.number else ""
                return f"{number}{session.title}{korean}"
            if column == VENUE:
                return session.venue or self.tr("to be decided")
            return style.status_text(session.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return style.session_tooltip(session, self._body, entry.warnings)
        if role == Qt.ItemDataRole.BackgroundRole and entry.warnings:
            return style.amber_fill(palette)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.warnings and column == TIMES:
                return style.amber_text(palette)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return style.STATUS_COLOURS.get(session.status)
        if role == Qt.ItemDataRole.FontRole and column == TITLE:
            font = QFont(QGuiApplication.font())
            font.setStrikeOut(session.status is SessionStatus.CANCELLED)
            font.setItalic(session.status is SessionStatus.POSTPONED)
            return font
        if role == SESSION_ID_ROLE:
            return session.id
        return None

    def _holiday_data(self, row: AgendaRow, column: int, role: int) -> Any:
        side = self._body.sides[row.side_index]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return formatting.weekday_date(row.day, year=True)
            if column == TIMES:
                return self.tr("Public holiday — {0}").format(side.code)
            if column == TITLE:
                return style.holiday_cell_text(row.holiday)[0]
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Public holiday in {0}: {1}").format(formatting.side_name(side), row.holiday)
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.readable(style.SIDE_HOLIDAY_COLOURS[row.side_index], QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            font.setItalic(True)
            return font
        return None
