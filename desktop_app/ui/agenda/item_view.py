"""The agenda editor's list: a tree view over the flat item model.

Sub-items are indented by the delegate; Tab and Shift+Tab indent and outdent the current
item; a dragged row drops *between* rows and asks the editor to move it there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop_app.domain.agenda_rules import MAX_ITEM_MINUTES
from desktop_app.ui.agenda.item_model import (
    EDITABLE_COLUMNS,
    ITEM_ROLE,
    LEAD,
    LEVEL_ROLE,
    MINUTES,
    NUMBER,
    PRESENTER,
    START_FIRST,
    START_SECOND,
    TITLE,
    TITLE_KO,
    dragged_item_id,
)

INDENT = 22  # pixels a sub-item's number and titles move right
Index = QModelIndex | QPersistentModelIndex


class IndentDelegate(QStyledItemDelegate):
    """Moves a sub-item's number and titles right, so that the outline reads at a glance;
    minutes are typed in a spin box that allows a whole day (Qt's default stops at 99)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_ITEM_MINUTES)
            spin.setFrame(False)
            return spin
        return super().createEditor(parent, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() in (NUMBER, TITLE, TITLE_KO) and index.data(LEVEL_ROLE):
            option.rect.adjust(INDENT, 0, 0, 0)  # type: ignore[attr-defined,unused-ignore]


class AgendaTree(QTreeView):
    """``indent``/``outdent`` on Tab/Shift+Tab; ``dropped(item_id, row)`` when a row is dropped
    before ``row`` (the row count for the end). ``unlock``, when set, is asked before an edit
    starts in a locked version and returns the index to edit instead (None: no edit)."""

    indent = Signal()
    outdent = Signal()
    dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unlock: Callable[[QModelIndex], QModelIndex | None] | None = None
        self.is_locked: Callable[[], bool] = lambda: False
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(IndentDelegate(self))
        self.setToolTip("")

    # -- keys ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent saw it; here it indents instead.
        if event.type() == QEvent.Type.KeyPress and self.state() != QAbstractItemView.State.EditingState:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
                self.indent.emit()
                return True
            if event.key() == Qt.Key.Key_Backtab or (
                event.key() == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
            ):
                self.outdent.emit()
                return True
        return super().event(event)

    # -- editing a locked version ----------------------------------------------------------
    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        if (
            trigger == QAbstractItemView.EditTrigger.EditKeyPressed
            and index.isValid()
            and index.column() not in EDITABLE_COLUMNS
        ):
            index = index.model().index(index.row(), TITLE)  # F2 on a row edits its title
        wants_edit = trigger == QAbstractItemView.EditTrigger.AllEditTriggers or bool(trigger & self.editTriggers())
        if (
            wants_edit
            and index.isValid()
            and index.column() in EDITABLE_COLUMNS
            and self.unlock is not None
            and self.is_locked()
            and self.state() != QAbstractItemView.State.EditingState
        ):
            unlocked = self.unlock(QModelIndex(index))  # type: ignore[arg-type,unused-ignore]
            if unlocked is None or not unlocked.isValid():
                return False
            self.setCurrentIndex(unlocked)
            return super().edit(unlocked, QAbstractItemView.EditTrigger.AllEditTriggers, event)  # type: ignore[arg-type]
        return super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt accepts no event

    # -- drops -----------------------------------------------------------------------------
    def dropEvent(self, event: QDropEvent) -> None:
        item_id = dragged_item_id(event.mimeData())
        model = self.model()
        known = item_id is not None and any(
            model.index(row, 0).data(ITEM_ROLE).id == item_id for row in range(model.rowCount())
        )
        if item_id is None or not known or event.source() not in (self, None):
            event.ignore()  # only rows of this agenda are moved here
            return
        # The move goes through the editor (a service call and an undo command). The drag then
        # reports a move, and the view asks the model to remove the dragged rows: the model
        # keeps QAbstractItemModel's removeRows, which refuses, so nothing else happens.
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.dropped.emit(item_id, self.drop_row(event.position().toPoint().y()))

    def drop_row(self, y: int) -> int:
        """The row a drop at height ``y`` (viewport coordinates) goes before."""
        model = self.model()
        index = self.indexAt(QPoint(1, y))
        if not index.isValid():
            return model.rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if y > rect.center().y() else 0)


def fit_columns(tree: QTreeView, metrics: QFontMetrics) -> None:
    """Widths for the agenda's columns in ``metrics``' font: the number, both start times (a
    weekday may precede the clock), the minutes and the lead fixed to their text; the titles
    share what is left, so that the times and the lead never scroll out of sight."""
    header = tree.header()
    header.setStretchLastSection(False)
    header_text = tree.model().headerData
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    samples = ("Wed 00:00", "수 00:00", str(header_text(START_FIRST, horizontal, display)))
    clock = max(metrics.horizontalAdvance(sample) for sample in samples) + 14
    fixed = {
        NUMBER: metrics.horizontalAdvance("00.00") + 34,
        START_FIRST: clock,
        START_SECOND: clock,
        MINUTES: max(metrics.horizontalAdvance(str(header_text(MINUTES, horizontal, display))), 20) + 26,
        LEAD: max(metrics.horizontalAdvance(str(header_text(LEAD, horizontal, display))), 30) + 22,
        PRESENTER: 120,
    }
    for column, width in fixed.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    for column in (TITLE, TITLE_KO):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
