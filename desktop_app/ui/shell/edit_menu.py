"""The Edit menu: Undo/Redo over the window's one history; Cut/Copy/Paste/Select All on the focused text.

Undo and Redo name what they undo ("Undo Move 8th session"). While a text field has the focus
Ctrl+Z is the field's own (Qt gives the focused editor the key first); the menu items still
undo the window's last command. Cut, Copy, Paste and Select All act on the focused text
widget and are greyed out when there is none.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from desktop_app.ui.common.i18n import translate

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit


def focused_text() -> TextWidget | None:
    """The text field with the focus (a combo box's line edit counts), or None."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    return None


class EditMenu(QObject):
    def __init__(self, window: QWidget, menu: QMenu, history: QUndoStack) -> None:
        super().__init__(window)
        self.menu = menu
        self.undo_action = history.createUndoAction(window, translate("EditMenu", "&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = history.createRedoAction(window, translate("EditMenu", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.cut_action = self._text_action(translate("EditMenu", "Cu&t"), QKeySequence.StandardKey.Cut, "cut")
        self.copy_action = self._text_action(translate("EditMenu", "&Copy"), QKeySequence.StandardKey.Copy, "copy")
        self.paste_action = self._text_action(translate("EditMenu", "&Paste"), QKeySequence.StandardKey.Paste, "paste")
        self.select_all_action = self._text_action(
            translate("EditMenu", "Select &All"), QKeySequence.StandardKey.SelectAll, "selectAll"
        )
        menu.addSeparator()
        menu.aboutToShow.connect(self.update_enabled)

    def _text_action(self, text: str, key: QKeySequence.StandardKey, method: str) -> QAction:
        action = QAction(text, self.menu)
        action.setShortcut(QKeySequence(key))
        # The focused field handles these keys itself; the shortcut is shown, and works from the menu.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: self._on_text(method))
        self.menu.addAction(action)
        return action

    def _on_text(self, method: str) -> None:
        widget = focused_text()
        if widget is not None:
            getattr(widget, method)()

    def update_enabled(self) -> None:
        widget = focused_text()
        editable = widget is not None and not widget.isReadOnly()
        selected = widget is not None and _has_selection(widget)
        self.cut_action.setEnabled(editable and selected)
        self.copy_action.setEnabled(selected)
        self.paste_action.setEnabled(editable and bool(QApplication.clipboard().text()))
        self.select_all_action.setEnabled(widget is not None)


def _has_selection(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText()
    return widget.textCursor().hasSelection()
