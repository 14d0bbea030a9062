"""One side's delegation to a session as a table: protocol order, head first; role and answer editable.

The model never writes. An edit (a role or answer chosen, rows dragged) is emitted as a
request; the Delegations tab runs the service and puts it on its undo stack, then hands
the model the delegation as it now is. ``set_delegates`` keeps selections on the same
people across that refresh.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.services.delegations import Delegate
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.widgets import semantic_colour, text_on
from desktop_app.ui.people.combo_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-briefing-desk-delegates"
# The title last: it is the longest and the least needed here (also in the tooltip), so it gives way first.
ORDER, NAME, ROLE, RSVP, TITLE = range(5)
HEADERS = (  # English sources, shown through translate("DelegationModel", …)
    "#",
    QT_TRANSLATE_NOOP("DelegationModel", "Name"),
    QT_TRANSLATE_NOOP("DelegationModel", "Role"),
    QT_TRANSLATE_NOOP("DelegationModel", "Answer"),
    QT_TRANSLATE_NOOP("DelegationModel", "Title"),
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 3

ROLE_LABELS = {  # English sources: ``role_label`` gives the interface language's
    Role.HEAD: QT_TRANSLATE_NOOP("DelegationModel", "Head of delegation"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("DelegationModel", "Deputy"),
    Role.MEMBER: QT_TRANSLATE_NOOP("DelegationModel", "Member"),
    Role.NOTE_TAKER: QT_TRANSLATE_NOOP("DelegationModel", "Note-taker"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("DelegationModel", "Interpreter"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("DelegationModel", "Observer"),
}
RSVP_LABELS = {
    Rsvp.INVITED: QT_TRANSLATE_NOOP("DelegationModel", "Invited"),
    Rsvp.CONFIRMED: QT_TRANSLATE_NOOP("DelegationModel", "Confirmed"),
    Rsvp.TENTATIVE: QT_TRANSLATE_NOOP("DelegationModel", "Tentative"),
    Rsvp.DECLINED: QT_TRANSLATE_NOOP("DelegationModel", "Declined"),
}


def role_label(role: Role) -> str:
    """ "Head of delegation" / "수석대표"."""
    return translate("DelegationModel", ROLE_LABELS[role])


def rsvp_label(rsvp: Rsvp) -> str:
    """ "Confirmed" / "참석 확정"."""
    return translate("DelegationModel", RSVP_LABELS[rsvp])


RSVP_COLOURS = {
    Rsvp.INVITED: QColor("#8a8a8a"),
    Rsvp.CONFIRMED: QColor("#2e9e44"),
    Rsvp.TENTATIVE: QColor("#e0a100"),
    Rsvp.DECLINED: QColor("#d0392b"),
}
# Amber that reads on light and dark palettes: a pale fill with dark text on top.
# On a light palette; data() asks semantic_colour / text_on for the application palette's own.
AMBER_FILL = QColor("#ffe7a8")


def display_name(name: str, name_ko: str, *, hangul_first: bool = False) -> str:
    """ "KIM Do-yoon  김도윤", or Hangul first "김도윤 (KIM Do-yoon)"; either alone when only one is known."""
    if not name_ko:
        return name
    if not name:
        return name_ko
    return f"{name_ko} ({name})" if hangul_first else f"{name}  {name_ko}"


def _grey() -> QColor:
    """Retired people's grey, read from the application palette now (it may have turned dark)."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


class DelegationModel(QAbstractTableModel):
    role_requested = Signal(int, object)  # person id, Role
    rsvp_requested = Signal(int, object)  # person id, Rsvp
    order_requested = Signal(str, list)  # side code, every person id of the side in the new order

    def __init__(self, side: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._delegates: list[Delegate] = []
        self.hangul_first = False  # the name as "김도윤 (KIM Do-yoon)" rather than "KIM Do-yoon  김도윤"
        self._warnings: dict[int, str] = {}  # person id → overlap warning, in words
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- filling -------------------------------------------------------------------------
    def set_delegates(self, delegates: Sequence[Delegate], warnings: Mapping[int, str] | None = None) -> None:
        """The side's delegation as it now is; rows that stay keep their selection."""
        new = list(delegates)
        self._warnings = dict(warnings or {})
        old_ids = self.person_ids()
        new_ids = [d.attendance.person_id for d in new]
        if old_ids == new_ids:
            self._delegates = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(HEADERS) - 1))
            return
        if not old_ids or not new_ids:
            self.beginResetModel()
            self._delegates = new
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = {pid: row for row, pid in enumerate(new_ids)}
        moved = []
        for index in persistent:
            row = where.get(old_ids[index.row()]) if 0 <= index.row() < len(old_ids) else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self._delegates = new
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def delegate(self, row: int) -> Delegate:
        return self._delegates[row]

    def delegates(self) -> list[Delegate]:
        return list(self._delegates)

    def person_ids(self) -> list[int]:
        return [d.attendance.person_id for d in self._delegates]

    def row_of(self, person_id: int) -> int | None:
        ids = self.person_ids()
        return ids.index(person_id) if person_id in ids else None

    def has_head(self) -> bool:
        return bool(self._delegates) and self._delegates[0].attendance.role is Role.HEAD

    # -- moving --------------------------------------------------------------------------
    def move_people(self, person_ids: Sequence[int], to_row: int) -> bool:
        """Ask for ``person_ids`` to sit before ``to_row`` (a drop). Nobody moves above the head."""
        moving = [pid for pid in self.person_ids() if pid in set(person_ids)]
        if not moving or (self.has_head() and self._delegates[0].attendance.person_id in moving):
            return False
        ids = self.person_ids()
        to_row = max(1 if self.has_head() else 0, min(to_row, len(ids)))
        before = [pid for pid in ids[:to_row] if pid not in moving]
        after = [pid for pid in ids[to_row:] if pid not in moving]
        order = before + moving + after
        if order == ids:
            return False
        self.order_requested.emit(self.side, order)
        return True

    def move_row(self, from_row: int, to_row: int) -> bool:
        """Move one delegate so that it ends at ``to_row`` (0 = first); the keyboard's and the tests' way."""
        if not 0 <= from_row < len(self._delegates):
            return False
        pid = self._delegates[from_row].attendance.person_id
        return self.move_people([pid], to_row + 1 if to_row > from_row else to_row)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._delegates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("DelegationModel", HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._delegates):
            return None
        delegate = self._delegates[index.row()]
        attendance, person = delegate.attendance, delegate.person
        column = index.column()
        warning = self._warnings.get(attendance.person_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ORDER:
                return str(index.row() + 1)
            if column == NAME:
                name = display_name(person.name, person.name_ko, hangul_first=self.hangul_first)
                return f"⚠ {name}" if warning else name
            if column == TITLE:
                return person.title or person.title_ko
            if column == ROLE:
                return role_label(attendance.role)
            if column == RSVP:
                return rsvp_label(attendance.rsvp)
        if role == Qt.ItemDataRole.EditRole:
            if column == ROLE:
                return attendance.role
            if column == RSVP:
                return attendance.rsvp
            return None
        if role == CHOICES_ROLE:
            if column == ROLE:
                return [(role_label(value), value) for value in ROLE_LABELS]
            if column == RSVP:
                return [(rsvp_label(value), value) for value in RSVP_LABELS]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [person.display_name]
            if person.title or person.title_ko:
                lines.append(" · ".join(v for v in (person.title, person.title_ko) if v))
            if person.organization or person.organization_ko:
                lines.append(" · ".join(v for v in (person.organization, person.organization_ko) if v))
            if person.retired:
                lines.append(self.tr("Retired since: stays here for the record"))
            if warning:
                lines.append(warning)
            if column in (ROLE, RSVP):
                lines.append(self.tr("Double-click or F2 to change"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and warning:
            return semantic_colour("warning_fill")
        if role == Qt.ItemDataRole.ForegroundRole:
            if warning:
                return text_on("warning_fill")
            return _grey() if person.retired else None
        if role == Qt.ItemDataRole.FontRole:
            if attendance.role is Role.HEAD and column in (NAME, ROLE):
                return self._bold
            return self._italic if person.retired else None
        if role == Qt.ItemDataRole.DecorationRole and column == RSVP:
            return RSVP_COLOURS[attendance.rsvp]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ORDER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == PERSON_ID_ROLE:
            return attendance.person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in (ROLE, RSVP):
            flags |= Qt.ItemFlag.ItemIsEditable
        if not (index.row() == 0 and self.has_head()):
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # the head stays first
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._delegates):
            return False
        pid = self._delegates[index.row()].attendance.person_id
        if index.column() == ROLE:
            self.role_requested.emit(pid, Role(value))
            return True
        if index.column() == RSVP:
            self.rsvp_requested.emit(pid, Rsvp(value))
            return True
        return False

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [self._delegates[row].attendance.person_id for row in rows if row < len(self._delegates)]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps({"side": self.side, "person_ids": ids}).encode()))
        return data

    def _decode(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        if not isinstance(payload, dict) or payload.get("side") != self.side:
            return None  # a delegate does not change sides by a drag
        ids = payload.get("person_ids")
        return [pid for pid in ids if isinstance(pid, int)] if isinstance(ids, list) else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._decode(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        ids = self._decode(data)
        if action != Qt.DropAction.MoveAction or ids is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._delegates)
        # The move is asked for, not done here; after an accepted move the view tries removeRows on the
        # dragged rows, which this model refuses (Qt's default), so nothing is removed twice.
        return self.move_people(ids, row)
