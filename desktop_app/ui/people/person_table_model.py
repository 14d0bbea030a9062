"""The People directory as a table: one row per ``Person``, filtered and sorted here, fast.

Filtering uses ``domain.people_filter`` (every field, Hangul while it is being composed,
initial consonants) rather than a ``QSortFilterProxyModel``: a proxy calls back into Python
once per row per keystroke, and once per comparison when it sorts. Here a keystroke costs one
pass of the prepared filter and one list comprehension, then a layout change that keeps
the selection on the same people.

Rows are *slots*: positions in the list given to ``set_people``, which are also the filter's
rows. A person deleted (an add undone, a merge) leaves a tombstone until the next full load,
so the filter never has to be rebuilt for one row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop_app.domain.people_filter import PeopleFilter, sort_key
from desktop_app.domain.person import Person
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex

# Field of Person → (header, header tooltip): English sources, shown through translate("PersonTableModel", …).
# One for every field a contact list carries (``Person.LISTED_FIELDS``): a field added there without
# a header here stops the window at import, not quietly in a table that lacks it.
_HEADERS: dict[str, tuple[str, str]] = {
    "name": (
        QT_TRANSLATE_NOOP("PersonTableModel", "Name"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Name in roman letters, as on the passport"),
    ),
    "name_ko": (QT_TRANSLATE_NOOP("PersonTableModel", "이름"), QT_TRANSLATE_NOOP("PersonTableModel", "Name in Hangul")),
    "title": (
        QT_TRANSLATE_NOOP("PersonTableModel", "Title"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Title in English"),
    ),
    "title_ko": (
        QT_TRANSLATE_NOOP("PersonTableModel", "직함"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Title in Korean"),
    ),
    "organization": (
        QT_TRANSLATE_NOOP("PersonTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("PersonTableModel", "Organisation (in Korean on hover)"),
    ),
    "side": (
        QT_TRANSLATE_NOOP("PersonTableModel", "Side"),
        QT_TRANSLATE_NOOP("PersonTableModel", "The government the person serves"),
    ),
    "email": (QT_TRANSLATE_NOOP("PersonTableModel", "E-mail"), ""),
    "phone": (QT_TRANSLATE_NOOP("PersonTableModel", "Phone"), ""),
}
# Shown in the tooltip of its English twin's column rather than in a column of its own.
IN_TOOLTIP_OF = {"organization_ko": "organization"}

# (field of Person, header, header tooltip), in the declaration's order.
COLUMNS: tuple[tuple[str, str, str], ...] = tuple(
    (name, *_HEADERS[name]) for name in Person.LISTED_FIELDS if name not in IN_TOOLTIP_OF
)


def column_header(column: int) -> str:
    """The column's header in the interface language."""
    return translate("PersonTableModel", COLUMNS[column][1])


FIELDS = tuple(field for field, _header, _tip in COLUMNS)
# The columns the views size and the tooltips word by name; wherever the declaration puts them.
NAME, NAME_KO, TITLE, TITLE_KO, ORGANIZATION, SIDE, EMAIL, PHONE = (
    FIELDS.index(name) for name in ("name", "name_ko", "title", "title_ko", "organization", "side", "email", "phone")
)

PERSON_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the Person behind the row
PERSON_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3

# Beyond this many changed people a reload resets the model: cheaper than many small signals.
RESET_THRESHOLD = 200

_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _FONT, _ALIGNMENT, _TOOLTIP, PERSON_ROLE, PERSON_ID_ROLE))


def _first_difference(a: Sequence[int], b: Sequence[int]) -> int:
    for position, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return position
    return min(len(a), len(b))


class PersonTableModel(QAbstractTableModel):
    """The directory (or a picker's part of it) as rows; read-only: edits go through services."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._gone: set[int] = set()  # slots of people deleted since the last full load
        self._slot_of: dict[int, int] = {}  # person id → slot
        self._side_names: dict[str, str] = {}
        self._filter = PeopleFilter()
        self._query = ""
        self._show_retired = False
        self._side: str | None = None
        self._excluded: frozenset[int] = frozenset()
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every slot, in sort order
        self._rows: list[int] = []  # the slots shown, in display order
        self._base: list[int] | None = None  # slots passing every test but the query, in sort order
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- filling -------------------------------------------------------------------------
    def set_people(self, people: Iterable[Person], side_names: Mapping[str, str] | None = None) -> None:
        """Everything anew (a workspace opened): the one place a reset is the honest signal."""
        self.beginResetModel()
        if side_names is not None:
            self._side_names = dict(side_names)
        self._people = list(people)
        self._gone = set()
        self._slot_of = {p.id: slot for slot, p in enumerate(self._people) if p.id is not None}
        self._filter = PeopleFilter(self._people, self._side_names)
        self._order = self._sorted_slots()
        self._base = None
        self._rows = self._visible_slots()
        self.endResetModel()

    def sync_people(self, people: Iterable[Person]) -> int:
        """Bring the rows in line with ``people`` (a reload) with row-level signals; returns how many changed."""
        incoming = list(people)
        ids = {p.id for p in incoming}
        removed = [slot for pid, slot in self._slot_of.items() if slot not in self._gone and pid not in ids]
        changed = [
            p
            for p in incoming
            if p.id is None
            or p.id not in self._slot_of
            or self._slot_of[p.id] in self._gone
            or self._people[self._slot_of[p.id]] != p
        ]
        count = len(removed) + len(changed)
        if count == 0:
            return 0
        if count > RESET_THRESHOLD:
            self.set_people(incoming)
            return count
        self._gone.update(removed)
        touched = {self._store(person) for person in changed}
        self._update(touched)
        return count

    def upsert(self, person: Person) -> None:
        """One person added, restored or changed: an inserted row, a changed row, or a move."""
        slot = self._store(person)
        self._update({slot})

    def remove_person(self, person_id: int) -> None:
        slot = self._slot_of.get(person_id)
        if slot is None or slot in self._gone:
            return
        self._gone.add(slot)
        self._base = None
        self._show(self._visible_slots())

    def _store(self, person: Person) -> int:
        slot = self._slot_of.get(person.id) if person.id is not None else None
        if slot is None:
            self._people.append(person)
            slot = self._filter.append(person)
            if person.id is not None:
                self._slot_of[person.id] = slot
        else:
            self._people[slot] = person
            self._filter.replace(slot, person)
            self._gone.discard(slot)
        return slot

    def _update(self, touched: set[int]) -> None:
        self._order = self._sorted_slots()
        self._base = None
        self._show(self._visible_slots(), touched)

    # -- what is shown -------------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Narrow the rows to what matches ``text``; returns once the views have been told."""
        if text == self._query:
            return
        self._query = text
        self._show(self._visible_slots())

    def filter_text(self) -> str:
        return self._query

    def set_show_retired(self, show: bool) -> None:
        if show != self._show_retired:
            self._show_retired = show
            self._base = None
            self._show(self._visible_slots())

    def show_retired(self) -> bool:
        return self._show_retired

    def set_side_filter(self, side: str | None) -> None:
        """Only one side's people (a picker opened from one delegation); ``None`` for both."""
        if side != self._side:
            self._side = side
            self._base = None
            self._show(self._visible_slots())

    def set_excluded_ids(self, person_ids: Iterable[int]) -> None:
        """People not to offer (already in the delegation)."""
        excluded = frozenset(person_ids)
        if excluded != self._excluded:
            self._excluded = excluded
            self._base = None
            self._show(self._visible_slots())

    def _sorted_slots(self) -> list[int]:
        people = self._people
        key = sort_key(FIELDS[self._sort_column])
        by_name = sorted(range(len(people)), key=lambda s: (people[s].name.casefold(), people[s].id or 0))
        keyed = [(key(people[s]), s) for s in by_name]
        filled = [pair for pair in keyed if not pair[0][0]]
        empty = [pair[1] for pair in keyed if pair[0][0]]
        filled.sort(key=lambda pair: pair[0], reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [slot for _key, slot in filled] + empty  # empty values last either way

    def _visible_slots(self) -> list[int]:
        """The rows to show: the prepared base (cached until sort or toggles change), narrowed by the query."""
        base = self._base
        if base is None:
            people, gone, excluded, side = self._people, self._gone, self._excluded, self._side
            show_retired = self._show_retired
            base = self._base = [
                s
                for s in self._order
                if s not in gone
                and (show_retired or not people[s].retired)
                and (side is None or people[s].side == side)
                and (not excluded or people[s].id not in excluded)
            ]
        if not self._query.strip():
            return list(base)
        matches = set(self._filter.rows(self._query))
        return [s for s in base if s in matches]

    def _show(self, new: list[int], touched: set[int] | None = None) -> None:
        """Move from the rows shown to ``new`` with the smallest honest signal."""
        old = self._rows
        if new != old:
            at = _first_difference(old, new)
            if len(new) == len(old) + 1 and new[:at] == old[:at] and new[at + 1 :] == old[at:]:
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows = new
                self.endInsertRows()
            elif len(new) == len(old) - 1 and new[:at] == old[:at] and new[at:] == old[at + 1 :]:
                self.beginRemoveRows(QModelIndex(), at, at)
                self._rows = new
                self.endRemoveRows()
            else:
                self._relayout(new)
        if touched:
            where = {slot: row for row, slot in enumerate(self._rows) if slot in touched}
            last = len(COLUMNS) - 1
            for row in where.values():
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _relayout(self, new: list[int]) -> None:
        """A filter or sort change: persistent indexes (selection, current) follow their people."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        persistent = self.persistentIndexList()
        self._rows = new
        if persistent:
            where = {slot: row for row, slot in enumerate(new)}
            moved = []
            for index in persistent:
                row = where.get(old[index.row()]) if 0 <= index.row() < len(old) else None
                moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- reading -------------------------------------------------------------------------
    def person(self, row: int) -> Person:
        return self._people[self._rows[row]]

    def row_of(self, person_id: int) -> int | None:
        slot = self._slot_of.get(person_id)
        if slot is None or slot in self._gone:
            return None
        try:
            return self._rows.index(slot)
        except ValueError:
            return None

    def visible_people(self) -> list[Person]:
        return [self._people[slot] for slot in self._rows]

    def all_people(self) -> list[Person]:
        """Everyone loaded (retired too), whatever the filter."""
        return [p for slot, p in enumerate(self._people) if slot not in self._gone]

    def total_count(self) -> int:
        return len(self._people) - len(self._gone)

    def retired_count(self) -> int:
        return sum(1 for slot, p in enumerate(self._people) if p.retired and slot not in self._gone)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each repaint: plain ints, the usual answer first.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        person = self._people[self._rows[row]]
        if role == _DISPLAY:
            return getattr(person, FIELDS[index.column()])
        if role == _FOREGROUND:
            # read now, not at build: it follows the palette when the system switches to dark
            return (
                QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
                if person.retired
                else None
            )
        if role == _FONT:
            return self._italic if person.retired else None
        if role == _ALIGNMENT:
            return _ALIGN
        if role == _TOOLTIP:
            return self._tooltip(person, index.column())
        if role == PERSON_ROLE:
            return person
        return person.id  # PERSON_ID_ROLE

    def _tooltip(self, person: Person, column: int) -> str | None:
        if column == NAME:
            text = person.display_name
        elif column in (TITLE, TITLE_KO):
            text = " · ".join(value for value in (person.title, person.title_ko) if value)
        elif column == ORGANIZATION:
            text = " · ".join(value for value in (person.organization, person.organization_ko) if value)
        elif column == SIDE:
            text = self._side_names.get(person.side, person.side)
        else:
            text = getattr(person, FIELDS[column])
        if person.retired:
            if text:
                text = self.tr("{0}\nRetired: kept for the sessions they attended").format(text)
            else:
                text = self.tr("Retired")
        return text or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = COLUMNS[section][2]
            return translate("PersonTableModel", tip) if tip else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_slots()
        self._base = None
        new = self._visible_slots()
        if new != self._rows:
            self._relayout(new)
