"""One side's delegation on a session's Delegations tab: a heading with its counts, then the
delegates in protocol order (head first), with the role and the answer edited in place and rows
dragged to reorder. The tab holds one per side, ours first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.attendance import Rsvp
from desktop_app.domain.body import Side
from desktop_app.services.delegations import SideCounts
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.people.combo_delegate import ComboDelegate
from desktop_app.ui.people.delegation_model import NAME, ORDER, ROLE, RSVP, TITLE, DelegationModel


def heading_text(side: Side, counts: SideCounts) -> str:
    """ "Republic of Korea · 9 (7 confirmed)", with the declined named when there are any."""
    confirmed = counts.by_rsvp.get(str(Rsvp.CONFIRMED), 0)
    declined = counts.by_rsvp.get(str(Rsvp.DECLINED), 0)
    detail = translate("DelegationsTab", "{0} confirmed").format(confirmed)
    if declined:
        detail += translate("DelegationsTab", ", {0} declined").format(declined)
    return f"{formatting.side_name(side)} · {counts.total} ({detail})"


class SideColumn(QWidget):
    """One side: a heading with its counts, then the delegation in protocol order."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setToolTip(formatting.side_both(side))
        self.model = DelegationModel(side.code, self)
        self.table = QTableView()
        self.table.setObjectName(f"delegation_{side.code}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        self.delegate = ComboDelegate(self.table)
        self.table.setItemDelegateForColumn(ROLE, self.delegate)
        self.table.setItemDelegateForColumn(RSVP, self.delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Names, roles and answers whole; the title, last, takes the room left (its full text is in the tooltip).
        for column in (ORDER, NAME, ROLE, RSVP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.delegate(row).attendance.person_id for row in rows]

    def select_ids(self, person_ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        first = True
        for pid in person_ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            index = self.model.index(row, NAME)
            flags = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.ClearAndSelect if first else QItemSelectionModel.SelectionFlag.Select
            )
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
            else:
                selection.select(index, flags)
            first = False
