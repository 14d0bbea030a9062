"""The preview of a people list before it is imported: every row, its problems, its likely duplicates.

Nothing is written here. The dialog returns the officer's choice for each likely duplicate;
the view then calls ``import_people`` (all or nothing) and puts the result on its undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.body import Body
from desktop_app.services.people_io import OnDuplicate, PeopleListPreview
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.widgets import follow_palette, semantic_colour
from desktop_app.ui.people.combo_delegate import CHOICES_ROLE, ComboDelegate
from desktop_app.ui.people.person_dialog import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex
# On a light palette; the dialog asks semantic_colour(...) for the palette's own.
PROBLEM_COLOUR = semantic_colour("error", QPalette(QColor("#000000"), QColor("#ffffff")))
DUPLICATE_COLOUR = QColor("#9a6700")  # amber dark enough to read as text


MAX_UNKNOWN_SHOWN = 12  # columns named in the note; the tooltip has them all


@dataclass(frozen=True)
class ImportChoice:
    preview: PeopleListPreview
    decisions: dict[int, OnDuplicate]  # line → what to do with a likely duplicate


def choice_label(choice: OnDuplicate, known_name: str) -> str:
    if choice is OnDuplicate.MERGE:
        return translate("ImportPreview", "Update {0} with this row").format(known_name)
    if choice is OnDuplicate.ADD:
        return translate("ImportPreview", "Add as a new person")
    return translate("ImportPreview", "Skip this row")


class ImportPreviewModel(QAbstractTableModel):
    """One row per row of the file: its line, its cells, what was found, and the choice for a duplicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview: PeopleListPreview | None = None
        self._decisions: dict[int, OnDuplicate] = {}

    def set_preview(self, preview: PeopleListPreview, decisions: dict[int, OnDuplicate] | None = None) -> None:
        self.beginResetModel()
        self._preview = preview
        earlier = decisions or {}
        self._decisions = {d.line: earlier.get(d.line, OnDuplicate.MERGE) for d in preview.duplicates}
        self.endResetModel()

    def decisions(self) -> dict[int, OnDuplicate]:
        return dict(self._decisions)

    @property
    def header(self) -> tuple[str, ...]:
        return self._preview.table.header if self._preview else ()

    @property
    def check_column(self) -> int:
        return 1 + len(self.header)

    @property
    def choice_column(self) -> int:
        return 2 + len(self.header)

    def line(self, row: int) -> int:
        assert self._preview is not None
        return self._preview.table.rows[row].line

    def row_of_line(self, line: int) -> int | None:
        if self._preview is None:
            return None
        for row, table_row in enumerate(self._preview.table.rows):
            if table_row.line == line:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._preview is None else len(self._preview.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._preview is None else 3 + len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Line")
        if section == self.check_column:
            return self.tr("Check")
        if section == self.choice_column:
            return self.tr("If already known")
        return self.header[section - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        preview = self._preview
        if preview is None or not index.isValid() or not 0 <= index.row() < len(preview.table.rows):
            return None
        table_row = preview.table.rows[index.row()]
        line, column = table_row.line, index.column()
        problems = preview.problems.get(line, ())
        duplicate = preview.duplicate_of(line)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(line)
            if column == self.check_column:
                if problems:
                    return "; ".join(notices.words(problems))
                if duplicate is not None:
                    known = duplicate.match.known
                    return self.tr("Likely {0} (no. {1}): {2}").format(
                        known.display_name, known.id, formatting.match_reason(duplicate.match.reason)
                    )
                return self.tr("New")
            if column == self.choice_column:
                if duplicate is None:
                    return None
                return choice_label(self._decisions[line], duplicate.match.known.name)
            cells = table_row.cells
            return cells[column - 1] if column - 1 < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if problems:
                return QBrush(semantic_colour("error"))  # the application palette, read now
            if duplicate is not None and column in (self.check_column, self.choice_column):
                return QBrush(semantic_colour("warning_text"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == self.choice_column and duplicate is not None:
            if role == Qt.ItemDataRole.EditRole:
                return self._decisions[line]
            if role == CHOICES_ROLE:
                return [(choice_label(choice, duplicate.match.known.name), choice) for choice in OnDuplicate]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if (
            index.column() == self.choice_column
            and self._preview is not None
            and self._preview.duplicate_of(self.line(index.row())) is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self._decisions[self.line(index.row())] = OnDuplicate(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class ImportPreviewDialog(QDialog):
    """Import stays disabled while any line has a problem, and says why in words."""

    def __init__(
        self,
        preview: PeopleListPreview,
        body: Body,
        *,
        rebuild: Callable[[str | None], PeopleListPreview] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people from {0}").format(preview.source))
        self.resize(1100, 640)
        self._rebuild = rebuild
        self.preview = preview

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.read_as = QLabel()  # the layout and encoding found, and what each column was read as
        self.read_as.setWordWrap(True)
        self.ask_side = QLabel()
        self.ask_side.setWordWrap(True)
        self.ask_side.setStyleSheet(ERROR_STYLE)
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        follow_palette(self.unknown, lambda palette: f"color: {semantic_colour('warning_text', palette).name()};")
        self.header_problems = QLabel()
        self.header_problems.setWordWrap(True)
        self.header_problems.setStyleSheet(ERROR_STYLE)

        self.side = QComboBox()
        # Not None: PySide6 6.12 returns an invalid QVariant as a None it does not own (a refcount bug).
        self.side.addItem(self.tr("no side (each row names its own)"), "")
        for side in body.sides:
            self.side.addItem(f"{formatting.side_name(side)} ({side.code})", side.code)
        self.side.setToolTip(
            self.tr("The side of every row whose side cell is empty, or of the whole list if it has none")
        )
        side_row = QHBoxLayout()
        side_label = QLabel(self.tr("Rows without a &side belong to:"))
        side_label.setBuddy(self.side)
        side_row.addWidget(side_label)
        side_row.addWidget(self.side)
        side_row.addStretch(1)
        self.side.setEnabled(rebuild is not None)
        self.side.currentIndexChanged.connect(self._side_changed)

        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.delegate = ComboDelegate(self.table)

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.read_as)
        layout.addWidget(self.header_problems)
        layout.addWidget(self.unknown)
        layout.addLayout(side_row)
        layout.addWidget(self.ask_side)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._show(preview)

    def _side_changed(self) -> None:
        if self._rebuild is not None:
            self._show(self._rebuild(self.side.currentData() or None), self.model.decisions())

    def _show(self, preview: PeopleListPreview, decisions: dict[int, OnDuplicate] | None = None) -> None:
        self.preview = preview
        self.model.set_preview(preview, decisions)
        self.table.setItemDelegateForColumn(self.model.choice_column, self.delegate)
        rows = len(preview.table.rows)
        bad_lines = sorted(preview.problems)
        bad_rows = [line for line in bad_lines if self.model.row_of_line(line) is not None]
        parts = [self.tr("1 row") if rows == 1 else self.tr("{0} rows").format(rows)]
        if preview.ok:
            new = len(preview.rows) - len(preview.duplicates)
            parts.append(self.tr("{0} new").format(new))
            if preview.duplicates:
                parts.append(
                    self.tr("{0} likely already known — choose for each below").format(len(preview.duplicates))
                )
        else:
            parts.append(
                self.tr("{0} with problems").format(len(bad_rows))
                if bad_rows
                else self.tr("the list cannot be read as it is")
            )
        self.summary.setText(f"<b>{preview.source}</b>: " + " · ".join(parts))

        header_texts = [
            text for line, texts in preview.problems.items() if self.model.row_of_line(line) is None for text in texts
        ]
        self.header_problems.setText(
            "\n".join(self.tr("Line 1 (the header): {0}").format(notices.word(t)) for t in header_texts)
        )
        self.header_problems.setVisible(bool(header_texts))
        shown = ", ".join(preview.unknown_columns[:MAX_UNKNOWN_SHOWN])
        if len(preview.unknown_columns) > MAX_UNKNOWN_SHOWN:  # Outlook's export has 80 columns we do not read
            shown += self.tr(" and {0} more").format(len(preview.unknown_columns) - MAX_UNKNOWN_SHOWN)
        self.unknown.setText(
            self.tr("Columns not imported (not known): {0}").format(shown) if preview.unknown_columns else ""
        )
        self.unknown.setToolTip(", ".join(preview.unknown_columns))
        self.unknown.setVisible(bool(preview.unknown_columns))
        read = [f"{header} → {field}" for header, field in preview.read_as if field]
        self.read_as.setText(
            self.tr("Read as {0}. Columns: {1}").format(preview.layout, "; ".join(read)) if preview.layout else ""
        )
        self.read_as.setVisible(bool(preview.layout))
        self.ask_side.setText(
            self.tr("The list does not say which side its people are on: choose the side above.")
            if preview.needs_side
            else ""
        )
        self.ask_side.setVisible(preview.needs_side)

        if preview.ok:
            self.reason.setText("")
            count = len(preview.rows)
            self.import_button.setText(
                self.tr("Import 1 person") if count == 1 else self.tr("Import {0} people").format(count)
            )
            self.import_button.setEnabled(True)
        else:
            lines = ", ".join(str(line) for line in bad_lines[:20]) + (" …" if len(bad_lines) > 20 else "")
            which = (
                self.tr("Import is off: line {0} has problems (in red above).")
                if len(bad_lines) == 1
                else self.tr("Import is off: lines {0} have problems (in red above).")
            )
            self.reason.setText(
                which.format(lines)
                + " "
                + self.tr(
                    "A list is imported whole or not at all, so that no one is half-imported: correct the file "
                    "and open it again."
                )
            )
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(False)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            limit = 460 if column == self.model.check_column else 280
            header.resizeSection(column, min(header.sectionSize(column), limit))
        for row in range(self.model.rowCount()):
            index = self.model.index(row, self.model.choice_column)
            if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.table.openPersistentEditor(index)

    def choice(self) -> ImportChoice:
        return ImportChoice(self.preview, self.model.decisions())
