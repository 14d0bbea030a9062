"""The friendly page shown for a view that a later version will build."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.workspace import Workspace


class PlaceholderView(QWidget):
    """Says what the view will hold, so an empty page is not mistaken for lost data."""

    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(self.tr("{0}\n\nThis view is coming in a later version of Briefing Desk.").format(promise))
        body.setWordWrap(True)
        # A readable measure that still shrinks with the window; wrapping needs the layout to hand the
        # label a width (not an alignment, which would size it by a guess and cut the text off).
        body.setMinimumWidth(200)
        body.setMaximumWidth(480)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(body, 100)  # takes the space first, up to its maximum; the stretches get the rest
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(centred)
        layout.addStretch(3)
        self.body_label = body

    def load(self, workspace: Workspace) -> None:
        """Nothing to load yet; present so every view answers the same call."""
