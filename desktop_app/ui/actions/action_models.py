"""Tables of the outcomes tab and the action-items view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop_app import clock
from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.agenda import AgendaItem
from desktop_app.services.actions import FollowUp
from desktop_app.ui.agenda.formatting import due_text, overdue_days, session_text
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.record_table_model import Column, RecordTableModel
from desktop_app.ui.common.widgets import semantic_colour

Index = QModelIndex | QPersistentModelIndex


def one_line(text: str) -> str:
    """Text written on several lines (English, then Korean) on one table line."""
    return "  ".join(part.strip() for part in text.splitlines() if part.strip())


def _status_text(follow_up: FollowUp) -> str:
    return formatting.action_status(follow_up.action.status)


def follow_up_columns(today: Callable[[], date], *, with_session: bool) -> list[Column[FollowUp]]:
    columns: list[Column[FollowUp]] = [
        Column(
            translate("ActionModels", "Action"),
            lambda f: one_line(f.action.text),
            tooltip=lambda f: f.action.text,
            free_text=True,
        ),
        Column(translate("ActionModels", "Owner"), lambda f: f.action.owner, tooltip=lambda f: f.action.owner or None),
        Column(translate("ActionModels", "Side"), lambda f: f.action.owner_side),
        Column(
            translate("ActionModels", "Due"),
            lambda f: due_text(f, today()),
            sort_key=lambda f: f.action.due.isoformat() if f.action.due else "9999",
            header_tooltip=translate("ActionModels", "Open items past their date are marked overdue, in red"),
        ),
        Column(translate("ActionModels", "Status"), _status_text, sort_key=lambda f: str(f.action.status)),
    ]
    if with_session:
        columns.append(
            Column(
                translate("ActionModels", "Session"),
                session_text,
                sort_key=lambda f: f.session_start.isoformat(),
                tooltip=lambda f: f"{session_text(f)} — {formatting.day_month(f.session_start, year=True)}",
            )
        )
    return columns


class FollowUpModel(RecordTableModel[FollowUp]):
    """Action items with their session; overdue ones in red, done ones in green."""

    def __init__(self, *, with_session: bool, parent: QObject | None = None) -> None:
        self.today: Callable[[], date] = clock.today
        super().__init__(follow_up_columns(lambda: self.today(), with_session=with_session), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            follow_up = self.record(index.row())
            if overdue_days(follow_up, self.today()):
                return QBrush(semantic_colour("error"))  # the application palette, read now
            if follow_up.action.status is ActionStatus.DONE and index.column() == 4:
                return QBrush(semantic_colour("success"))
            return None
        return super().data(index, role)

    def update_records(self, records: Sequence[FollowUp]) -> None:
        """The same rows with new values: ``dataChanged``; other rows: a reset (a reload)."""
        old = [f.action.id for f in self.records()]
        if old != [f.action.id for f in records] or not records:
            self.set_records(records)
            return
        self._records = list(records)
        self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, self.columnCount() - 1))

    def row_of(self, action_id: int | None) -> int | None:
        for row, follow_up in enumerate(self.records()):
            if follow_up.action.id == action_id:
                return row
        return None


NUMBER, ITEM, OUTCOME = range(3)


class OutcomeModel(QAbstractTableModel):
    """The agenda items of a version with their outcome; the outcome column is editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self.edit_handler: Callable[[AgendaItem, str], bool] | None = None

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        if [i.id for i in items] == [i.id for i in self._items] and items:
            self._items = list(items)
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, OUTCOME))
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == NUMBER:
                return item.number
            if column == ITEM:
                text = (
                    f"{item.title} / {item.title_ko}" if item.title and item.title_ko else item.title or item.title_ko
                )
                return ("    " + text) if item.level and role == Qt.ItemDataRole.DisplayRole else text
            if role == Qt.ItemDataRole.DisplayRole:
                return one_line(item.outcome)
            return item.outcome or (None if role == Qt.ItemDataRole.ToolTipRole else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME and not item.outcome:
            return None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NUMBER: self.tr("No."),
            ITEM: self.tr("Agenda item"),
            OUTCOME: self.tr("Outcome and decisions (double-click to edit)"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == OUTCOME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != OUTCOME:
            return False
        item = self._items[index.row()]
        text = str(value).strip()
        if text == item.outcome or self.edit_handler is None:
            return False
        return self.edit_handler(item, text)
