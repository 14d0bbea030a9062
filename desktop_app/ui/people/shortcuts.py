"""Shortcuts that act only while the focus is inside one view or tab.

A ``QAction`` shortcut is matched window-wide, so Ctrl+N in the People view would be
ambiguous with File → New (Qt then fires neither and warns). Here the host widget claims
the key through ``ShortcutOverride`` while the focus is inside it, and the key press that
follows triggers the action; elsewhere the window's own shortcut keeps working.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

EDITORS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class LocalShortcuts(QObject):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._keys: dict[str, QAction] = {}  # portable text → action
        host.installEventFilter(self)  # key events the focused child ignores propagate up to the host

    def watch(self, widget: QWidget) -> None:
        """Also see keys ``widget`` would use itself (a table's Ctrl+Up), before it does."""
        widget.installEventFilter(self)

    def add(self, action: QAction, *keys: str | QKeySequence.StandardKey) -> None:
        shown = []
        for key in keys:
            sequence = QKeySequence(key)
            if sequence.isEmpty():
                continue
            self._keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] = action
            shown.append(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        if shown:
            tip = action.toolTip() or action.text().replace("&", "")
            action.setToolTip(self.tr("{0} ({1})").format(tip, ", ".join(shown)))

    def action_for(self, event: QKeyEvent) -> QAction | None:
        key = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
        action = self._keys.get(key)
        if action is None or not action.isEnabled():
            return None
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if plain and isinstance(QApplication.focusWidget(), EDITORS):
            return None  # Delete in an open combo or text box edits that box, never the list behind it
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self.action_for(event) is not None:
                event.accept()
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self.action_for(event)
            if action is not None:
                action.trigger()
                return True
        return False
