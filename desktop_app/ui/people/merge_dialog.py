"""Merging two records of one person: both side by side, and what the kept record will hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.person import Person
from desktop_app.services.people import merge_preview
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.widgets import semantic_colour
from desktop_app.ui.people.person_dialog import ERROR_STYLE

# Field of Person → the English source of its label, shown through translate("MergeDialog", …):
# every field a person has but the id, so that a merge never hides what it keeps or drops.
_LABELS = {
    "name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "name_ko": QT_TRANSLATE_NOOP("MergeDialog", "이름"),
    "title": QT_TRANSLATE_NOOP("MergeDialog", "Title"),
    "title_ko": QT_TRANSLATE_NOOP("MergeDialog", "직함"),
    "organization": QT_TRANSLATE_NOOP("MergeDialog", "Organisation"),
    "organization_ko": QT_TRANSLATE_NOOP("MergeDialog", "기관"),
    "side": QT_TRANSLATE_NOOP("MergeDialog", "Side"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "biography": QT_TRANSLATE_NOOP("MergeDialog", "Biography"),
    "internal_notes": QT_TRANSLATE_NOOP("MergeDialog", "Internal notes"),
    "retired": QT_TRANSLATE_NOOP("MergeDialog", "Status"),
}
# (field, label source): the shareable fields, then ours.
FIELDS = tuple((name, _LABELS[name]) for name in (*Person.SHAREABLE_FIELDS, *Person.LOCAL_FIELDS) if name != "id")


@dataclass(frozen=True)
class MergeChoice:
    keep_id: int
    merge_id: int


def _full(person: Person, field: str) -> str:
    if field == "retired":
        return translate("MergeDialog", "retired") if person.retired else translate("MergeDialog", "active")
    return str(getattr(person, field))


def _text(person: Person, field: str) -> str:
    """The value on one line, shortened: the cell's tooltip holds all of it."""
    value = " ".join(_full(person, field).split())
    return value if len(value) <= 120 else value[:119] + "…"


def _filled(person: Person) -> int:
    return sum(1 for field, _label in FIELDS if field != "retired" and getattr(person, field))


class MergeDialog(QDialog):
    """Columns: the two records, then the result. Kept values are marked, lost ones struck through."""

    def __init__(self, first: Person, second: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert first.id is not None and second.id is not None  # both come from the directory
        self.setWindowTitle(self.tr("Merge two records"))
        self.resize(900, 520)
        self._people = (first, second)

        intro = QLabel(
            self.tr(
                "These two records are one person. The kept record takes the other's values where its own are "
                "empty; both sets of internal notes are kept. Sessions and agenda items move to the kept record, "
                "and the other record goes. Ctrl+Z undoes the merge."
            )
        )
        intro.setWordWrap(True)

        self.keep_first = QRadioButton(self.tr("Keep {0} (no. {1})").format(first.display_name, first.id))
        self.keep_second = QRadioButton(self.tr("Keep {0} (no. {1})").format(second.display_name, second.id))
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_second)
        # The fuller record is the likelier one to keep; on a tie, the older.
        if _filled(second) > _filled(first):
            self.keep_second.setChecked(True)
        else:
            self.keep_first.setChecked(True)
        choose = QHBoxLayout()
        choose.addWidget(self.keep_first)
        choose.addWidget(self.keep_second)
        choose.addStretch(1)

        self.table = QTableWidget(len(FIELDS), 3)
        self.table.setVerticalHeaderLabels([translate("MergeDialog", label) for _field, label in FIELDS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.keep_first.toggled.connect(self._fill)
        self._fill()

    def kept_and_merged(self) -> tuple[Person, Person]:
        first, second = self._people
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def choice(self) -> MergeChoice:
        keep, merge = self.kept_and_merged()
        assert keep.id is not None and merge.id is not None
        return MergeChoice(keep.id, merge.id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "table"):
            self._fill()  # the kept and lost colours follow the palette

    def _fill(self) -> None:
        keep, merge = self.kept_and_merged()
        first, _second = self._people
        after = merge_preview(keep, merge)
        kept_column, merged_column = (0, 1) if keep is first else (1, 0)
        self.table.setHorizontalHeaderLabels(
            [
                (self.tr("{0} (no. {1}) — kept") if p is keep else self.tr("{0} (no. {1}) — merged away")).format(
                    p.name, p.id
                )
                for p in self._people
            ]
            + [self.tr("After the merge")]
        )
        bold = QFont(self.font())
        bold.setBold(True)
        struck = QFont(self.font())
        struck.setStrikeOut(True)
        for row, (field, _label) in enumerate(FIELDS):
            full_after = _full(after, field)
            for column, person in ((kept_column, keep), (merged_column, merge)):
                full = _full(person, field)
                item = QTableWidgetItem(_text(person, field))
                item.setToolTip(full)
                kept = full == full_after or (field == "internal_notes" and full in full_after)
                if full and kept:
                    item.setForeground(QBrush(semantic_colour("success", self.palette())))
                elif full:
                    item.setFont(struck)
                    item.setForeground(QBrush(semantic_colour("muted", self.palette())))
                    item.setToolTip(self.tr("Not kept: {0}").format(full))
                self.table.setItem(row, column, item)
            result = QTableWidgetItem(_text(after, field))
            result.setFont(bold)
            result.setToolTip(full_after)
            if full_after and full_after != _full(keep, field):
                taken = (
                    self.tr("Both records' notes")
                    if field == "internal_notes"
                    else self.tr("Taken from {0}").format(merge.name)
                )
                result.setToolTip(f"{taken}:\n{full_after}")
            self.table.setItem(row, 2, result)
        if keep.side != merge.side:
            self.error.setText(
                self.tr(
                    "{0} is on the {1} side and {2} on the {3} side: "
                    "correct the side of one first if they really are the same person."
                ).format(keep.name, keep.side, merge.name, merge.side)
            )
            self.ok_button.setEnabled(False)
        else:
            self.error.setText("")
            self.ok_button.setEnabled(True)
