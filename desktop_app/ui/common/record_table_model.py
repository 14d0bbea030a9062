"""A read-only table model over a list of frozen dataclasses, described by its columns.

Subclasses only declare columns; the Qt plumbing (roles, headers, reset on reload)
lives here once. Sorting goes through ``SORT_ROLE`` so a proxy sorts dates and
numbers by value, not by the text shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the dataclass behind the row

_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        RECORD_ROLE,
    )
)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], int | str] | None = None  # the text when None
    tooltip: Callable[[T], str | None] | None = None
    decoration: Callable[[T], Any] | None = None  # a QColor or QIcon, or None
    header_tooltip: str = ""
    numeric: bool = False  # right-aligned
    free_text: bool = False  # a title or a name: the first to give way when the window is narrow


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records, columns are ``Column`` specs; nothing is editable."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[T] = []
        # The text of each cell once computed (times in two zones are not free): a paint asks for it
        # again and again, the filter too. Forgotten whenever the rows change, however they change.
        self._texts: dict[tuple[int, int], str] = {}
        for signal in (self.modelReset, self.dataChanged, self.layoutChanged, self.rowsInserted, self.rowsRemoved):
            signal.connect(self._forget_texts)

    def _forget_texts(self, *_args: object) -> None:
        self._texts.clear()

    # -- filling ---------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        # A reload from the database replaces everything, so a reset is the honest signal here.
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def _row_total(self) -> int:
        return len(self._records)

    def records(self) -> list[T]:
        return list(self._records)

    def column_spec(self, section: int) -> Column[T]:
        return self._columns[section]

    # -- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._row_total():
            return None
        if role not in _ROLES:  # a paint asks for a dozen roles a cell; most are not ours
            return None
        try:
            record = self.record(index.row())
        except IndexError:  # a row read lazily that another writer deleted since the count: blank until reload
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = column.text(record)
            return text
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.decoration(record) if column.decoration else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
