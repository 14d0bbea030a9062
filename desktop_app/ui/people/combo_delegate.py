"""A combo box editor whose choices come from the model (``CHOICES_ROLE``), committed on choosing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# data(index, CHOICES_ROLE) -> list of (label, value); data(index, EditRole) -> the current value
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


def _data(index: Index, role: int) -> Any:
    """The model's answer, asked of the model itself: ``index.data()`` in PySide6 6.12 returns an empty
    QVariant as a None it does not own, and enough of those crash the interpreter."""
    model = index.model()
    return model.data(index, role) if model is not None else None


class ComboDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in _data(index, CHOICES_ROLE) or []:
            combo.addItem(label, value)
        # Choosing is the whole edit: commit at once rather than wait for the focus to leave.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current: Any = _data(index, Qt.ItemDataRole.EditRole)
        for position in range(editor.count()):
            if editor.itemData(position) == current:
                editor.setCurrentIndex(position)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value is not None and value != _data(index, Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)
