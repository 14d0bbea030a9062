"""A combo box editor whose choices come from the model (``CHOICES_ROLE``), committed on choosing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

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

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the longest choice inside a combo box, arrow and frame included ("Member ▾", not "Mem ▾")."""
        base = super().sizeHint(option, index)
        labels = [str(label) for label, _value in _data(index, CHOICES_ROLE) or []]
        if not labels:
            return base
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        longest = max(metrics.horizontalAdvance(label) for label in labels)
        combo = QStyleOptionComboBox()
        combo.fontMetrics = metrics  # type: ignore[attr-defined]
        widget = option.widget if hasattr(option, "widget") else None  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        needed = style.sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, combo, QSize(longest, metrics.height()), widget
        )
        return QSize(max(base.width(), needed.width()), base.height())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
