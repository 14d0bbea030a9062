"""Small widget helpers of the agenda package."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose &-letter (Alt+letter) puts the focus in ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
