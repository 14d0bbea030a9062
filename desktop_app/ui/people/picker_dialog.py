"""Choosing people from the directory for a delegation, with the directory's fast filter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, Qt
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
from desktop_app.domain.person import Person
from desktop_app.ui.common import formatting
from desktop_app.ui.people.filter_edit import FilterEdit
from desktop_app.ui.people.person_table_model import EMAIL, NAME, PHONE, TITLE_KO, PersonTableModel


class PeoplePickerDialog(QDialog):
    """Retired people and those already seated are not offered; Enter or a double-click adds."""

    def __init__(
        self,
        people: Sequence[Person],
        body: Body,
        *,
        side: str | None = None,
        excluded_ids: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add people to the delegations"))
        self.resize(900, 560)
        self.model = PersonTableModel(self)
        self.model.set_people(people, {s.code: f"{s.name} {s.name_ko}" for s in body.sides})
        self.model.set_excluded_ids(excluded_ids)
        self.model.set_side_filter(side)

        self.filter_edit = FilterEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: name, 이름, ㄱㅁㅈ, title, organisation, e-mail…"))
        self.filter_edit.query_changed.connect(self.model.set_filter_text)
        self.side = QComboBox()
        # Not None: PySide6 6.12 returns an invalid QVariant as a None it does not own (a refcount bug).
        self.side.addItem(self.tr("Both sides"), "")
        for s in body.sides:
            self.side.addItem(formatting.side_both(s), s.code)
        self.side.setCurrentIndex(max(0, self.side.findData(side or "")))
        self.side.currentIndexChanged.connect(self._side_changed)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in (TITLE_KO, EMAIL, PHONE):
            self.table.hideColumn(column)  # a picker needs who and where, not how to reach them
        self._fit_columns()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        # Whatever changes the rows (filter, side, a reset) re-says what is offered.
        model = self.model
        for signal in (model.layoutChanged, model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_button)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.how = QLabel(self.tr("Ctrl+click or Shift+click to choose several; Enter or a double-click adds."))
        self.how.setEnabled(False)  # a quiet hint, in the palette's disabled text colour

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        bottom.addWidget(self.how, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.filter_edit.setFocus()
        self._update_button()

    def selected_ids(self) -> list[int]:
        """The chosen people, in the order shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [pid for pid in (self.model.person(row).id for row in rows) if pid is not None]

    def select_ids(self, person_ids: Iterable[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for pid in person_ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _side_changed(self, _index: int) -> None:
        self.model.set_side_filter(self.side.currentData() or None)
        self._fit_columns()  # sized while the other side's people (or no one) were shown, they would stay so
        self._update_button()

    def _fit_columns(self) -> None:
        if not self.model.rowCount():
            return  # fitted to headers alone, columns collapse; keep the widths until there are rows
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 80), 260))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()

    def _update_button(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        if count == 1:
            self.add_button.setText(self.tr("Add 1 person"))
        else:
            self.add_button.setText(self.tr("Add {0} people").format(count) if count else self.tr("Add"))
        self.add_button.setEnabled(count > 0)
        shown = self.model.rowCount()
        self.empty.setText(
            ""
            if shown
            else self.tr(
                "No one to offer: everyone who matches is already seated, retired, or on the other side. "
                "Add new people in the People view."
            )
        )
        self.empty.setVisible(not shown)
