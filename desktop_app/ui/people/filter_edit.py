"""A filter box that filters on what is being typed, including the syllable still being composed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class FilterEdit(QLineEdit):
    """``query_changed`` carries the text with the input method's pre-edit in place.

    A Korean input method holds the syllable being typed as pre-edit text, outside ``text()``:
    with ``textChanged`` alone, typing 김 would show nothing until the next syllable began.
    The people filter matches half-typed syllables, so the list narrows on every jamo.
    """

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preedit = ""
        self._last = ""
        self._composing = False
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self._text_changed)

    def query(self) -> str:
        text = self.text()
        if not self._preedit:
            return text
        at = self.cursorPosition()
        return text[:at] + self._preedit + text[at:]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._preedit = event.preeditString()  # before the base class commits: textChanged reads it
        self._composing = True
        try:
            super().inputMethodEvent(event)
        finally:
            self._composing = False
        self._changed()

    def _text_changed(self, _text: str) -> None:
        if not self._composing:
            self._preedit = ""  # cleared or set from code: whatever was being composed is gone
        self._changed()

    def _changed(self, *_args: object) -> None:
        query = self.query()
        if query != self._last:
            self._last = query
            self.query_changed.emit(query)
