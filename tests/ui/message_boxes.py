"""Read the next message box the window shows, as the user sees it, then press its button."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


@dataclass
class SeenBoxes:
    """The boxes shown so far: (title, text) each."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    watching: bool = True

    def stop(self) -> None:
        self.watching = False

    @property
    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


def answer_boxes(qtbot: QtBot) -> SeenBoxes:
    """Every modal message box from now on is read and closed with a click on its default button, until ``stop``."""
    seen = SeenBoxes()

    def look() -> None:
        if not seen.watching:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.shown.append((box.windowTitle(), box.text()))
            button = box.defaultButton() or box.buttons()[0]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen
