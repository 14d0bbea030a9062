"""A tab that a later version fills; it says so instead of looking broken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.navigator import Navigator


class PlaceholderTab(QWidget):
    PROMISE = ""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        label = QLabel(
            self.tr("{0}\n\nThis part of the session page is coming in a later version.").format(self.PROMISE)
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def load(self, workspace: Workspace, session_id: int) -> None:
        """Nothing to show yet."""
