"""The agenda editor's table: one row per item in order, start times in both capitals' zones.

The model is flat (positions are the truth; sub-items are indented by the view's delegate).
It never writes: ``setData`` hands the edit to the editor, whose undo command calls the
service and then gives the model the version as it is now (``set_agenda``). The model
compares ids to send the smallest honest signal: changed rows, inserted or removed rows,
or a layout change for a move.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.domain.agenda import AgendaItem
from desktop_app.services.agenda import TimedAgenda, TimedAgendaItem
from desktop_app.ui.agenda.formatting import clock_text
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # the AgendaItem behind the row
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 11
MIME_TYPE = "application/x-briefing-desk-agenda-item"

# Times first, as on a printed agenda; the presenter, last, takes what width is left.
NUMBER, START_FIRST, START_SECOND, MINUTES, TITLE, TITLE_KO, LEAD, PRESENTER = range(8)
COLUMN_COUNT = 8
EDITABLE_COLUMNS = {TITLE: "title", TITLE_KO: "title_ko", MINUTES: "minutes"}
_HEADERS = {  # English sources, shown through translate("AgendaItemModel", …)
    NUMBER: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "No."),
        QT_TRANSLATE_NOOP("AgendaItemModel", "Numbers follow the order and level; drag a row or use Tab / Shift+Tab"),
    ),
    TITLE: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaItemModel", "The item's title in English"),
    ),
    TITLE_KO: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "제목"),
        QT_TRANSLATE_NOOP("AgendaItemModel", "The item's title in Korean"),
    ),
    LEAD: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "Lead"),
        QT_TRANSLATE_NOOP("AgendaItemModel", "The side that leads the item"),
    ),
    PRESENTER: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "Presenter"),
        QT_TRANSLATE_NOOP("AgendaItemModel", "Who presents the item"),
    ),
    MINUTES: (
        QT_TRANSLATE_NOOP("AgendaItemModel", "Min"),
        QT_TRANSLATE_NOOP("AgendaItemModel", "Minutes planned for the item"),
    ),
}

# (item, field name, new value) → whether the edit was made
EditHandler = Callable[[AgendaItem, str, object], bool]


class AgendaItemModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimedAgendaItem] = []
        self._zones: list[str] = []
        self._zone_names: list[str] = ["", ""]
        self._days: dict[str, date] = {}
        self._sections: set[int] = set()  # ids of items that head sub-items
        self.locked = False
        self.edit_handler: EditHandler | None = None

    # -- filling -----------------------------------------------------------------------
    def set_agenda(self, agenda: TimedAgenda | None, capitals: Sequence[str] = ()) -> None:
        """Show ``agenda``; ``capitals`` are the two sides' zones (the session's own zone goes first)."""
        rows = list(agenda.items) if agenda else []
        zones: list[str] = []
        names: list[str] = ["", ""]
        days: dict[str, date] = {}
        if agenda is not None:
            start = agenda.session.start
            zones = sorted(dict.fromkeys(capitals), key=lambda zone: zone != agenda.session.timezone)[:2]
            for column, zone in enumerate(zones):
                local = start.astimezone(ZoneInfo(zone))
                days[zone] = local.date()
                names[column] = str(local.tzname())
        self.locked = bool(agenda and agenda.version and agenda.version.locked)
        headers_changed = names != self._zone_names
        self._zones, self._zone_names, self._days = zones, names, days
        self._replace_rows(rows)
        if headers_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, START_FIRST, START_SECOND)

    def _replace_rows(self, rows: list[TimedAgendaItem]) -> None:
        old_ids = [row.item.id for row in self._rows]
        new_ids = [row.item.id for row in rows]
        sections = _section_ids(rows)
        if old_ids == new_ids:
            changed = [r for r, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows, self._sections = rows, sections
            if changed:
                self._changed(min(changed), max(changed))
            return
        if len(set(old_ids)) == len(old_ids) and sorted(old_ids, key=str) == sorted(new_ids, key=str):
            self._permute(rows, sections)
            return
        inserted = _contiguous_difference(new_ids, old_ids)
        if inserted is not None:
            first, count = inserted
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._rows, self._sections = rows, sections
            self.endInsertRows()
            self._changed(0, len(rows) - 1)
            return
        removed = _contiguous_difference(old_ids, new_ids)
        if removed is not None:
            first, count = removed
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            self._rows, self._sections = rows, sections
            self.endRemoveRows()
            self._changed(0, len(rows) - 1)
            return
        self.beginResetModel()  # another version, or a change made elsewhere: no smaller signal is honest
        self._rows, self._sections = rows, sections
        self.endResetModel()

    def _permute(self, rows: list[TimedAgendaItem], sections: set[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_row = {row.item.id: index for index, row in enumerate(rows)}
        old_persistent = self.persistentIndexList()
        new_persistent = []
        for index in old_persistent:
            moved_to = new_row[self._rows[index.row()].item.id]
            new_persistent.append(self.index(moved_to, index.column()))
        self._rows, self._sections = rows, sections
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
        self._changed(0, len(rows) - 1)

    def _changed(self, first: int, last: int) -> None:
        if last >= first >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- reading -----------------------------------------------------------------------
    def items(self) -> list[AgendaItem]:
        return [row.item for row in self._rows]

    def timed(self, row: int) -> TimedAgendaItem:
        return self._rows[row]

    def row_of(self, item_id: int | None) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.item.id == item_id:
                return row
        return None

    def start_texts(self, row: int) -> list[str]:
        """The item's start in each zone, e.g. ["23:55 KST", "09:55 EST"], for the detail pane."""
        entry = self._rows[row]
        return [f"{self._clock(entry, zone)} {self._local(entry, zone).tzname()}" for zone in self._zones]

    def _local(self, entry: TimedAgendaItem, zone: str) -> datetime:
        return entry.local_starts.get(zone) or entry.start.astimezone(ZoneInfo(zone))

    def _clock(self, entry: TimedAgendaItem, zone: str) -> str:
        return clock_text(self._local(entry, zone), self._days[zone])

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        item, column = entry.item, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(entry, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(entry, column, text)
            return text
        if role == Qt.ItemDataRole.EditRole:
            if column in EDITABLE_COLUMNS:
                return getattr(item, EDITABLE_COLUMNS[column])
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (MINUTES, START_FIRST, START_SECOND):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and item.id in self._sections and column in (NUMBER, TITLE, TITLE_KO):
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_ROLE:
            return item
        if role == LEVEL_ROLE:
            return item.level
        return None

    def _text(self, entry: TimedAgendaItem, column: int) -> str:
        item = entry.item
        if column == NUMBER:
            return item.number
        if column == TITLE:
            return item.title
        if column == TITLE_KO:
            return item.title_ko
        if column == LEAD:
            return item.lead_side
        if column == PRESENTER:
            return entry.presenter
        if column == MINUTES:
            return str(item.minutes) if item.minutes or item.id not in self._sections else ""
        zone_index = column - START_FIRST
        if 0 <= zone_index < len(self._zones):
            return self._clock(entry, self._zones[zone_index])
        return ""

    def _tooltip(self, entry: TimedAgendaItem, column: int, text: str) -> str | None:
        if column in (START_FIRST, START_SECOND):
            return " · ".join(formatting.zoned(local) for local in entry.local_starts.values())
        return text or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section in (START_FIRST, START_SECOND):
            name = self._zone_names[section - START_FIRST]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Start {0}").format(name).strip()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("When the item starts, from the session start and the minutes above it")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("AgendaItemModel", _HEADERS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("AgendaItemModel", _HEADERS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in EDITABLE_COLUMNS and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE_COLUMNS:
            return False
        if self.edit_handler is None:
            return False
        item = self._rows[index.row()].item
        name = EDITABLE_COLUMNS[index.column()]
        if name == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        else:
            value = str(value)
        if getattr(item, name) == value:
            return False
        return self.edit_handler(item, name, value)

    # -- drag and drop -----------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].item.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        # The view's dropEvent handles drops (through the undo stack); nothing is written here.
        return False


def dragged_item_id(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(data.data(MIME_TYPE).data()).decode())
    except ValueError:
        return None


def _section_ids(rows: Sequence[TimedAgendaItem]) -> set[int]:
    """Items followed by sub-items: shown in bold, their minutes left to the sub-items."""
    ids = set()
    for current, following in itertools.pairwise(rows):
        if current.item.level == 0 and following.item.level > 0 and current.item.id is not None:
            ids.add(current.item.id)
    return ids


def _contiguous_difference(longer: list[int | None], shorter: list[int | None]) -> tuple[int, int] | None:
    """(first, count) when ``longer`` is ``shorter`` with one run of rows inserted; None otherwise."""
    count = len(longer) - len(shorter)
    if count <= 0:
        return None
    first = 0
    while first < len(shorter) and longer[first] == shorter[first]:
        first += 1
    if longer[:first] + longer[first + count :] == shorter:
        return first, count
    return None
