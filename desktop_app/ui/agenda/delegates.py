"""Editors for long text in a table cell: an outcome runs to a paragraph or two."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 5


class ParagraphDelegate(QStyledItemDelegate):
    """A few lines to write in. Enter saves, as in every other cell; Shift+Enter starts a new line;
    Tab and a click elsewhere save too; Esc puts the text back. The editor says so while empty."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        hint = self.tr("Enter saves · Shift+Enter starts a new line · Esc cancels")
        editor.setPlaceholderText(hint)
        editor.setToolTip(hint)
        editor.installEventFilter(self)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if plain_enter:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setPlainText("" if value is None else str(value))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined,unused-ignore]
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * EDITOR_LINES + 12))
        editor.setGeometry(rect)
