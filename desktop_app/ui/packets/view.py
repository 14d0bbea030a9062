"""The Packets view on the rail: the packet panel for any session, the next one preselected."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.packets.panel import PacketPanel


class PacketsView(QWidget):
    """Reads the workspace only while shown: the window reloads every view after each edit, and
    working out a packet's sections reads much of the database (0.1 s on a body of 1,000 sessions)."""

    def __init__(
        self, navigator: Navigator | None = None, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Briefing packets"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "The principal's Word packet for a session: choose the edition, check what it will hold, "
                "generate it and open it."
            )
        )
        intro.setWordWrap(True)
        self.panel = PacketPanel(navigator, settings=settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.panel, 1)
        self._workspace: Workspace | None = None
        self._stale = False

    def load(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        if self._workspace is None or self._workspace.store.closed:
            return
        self._stale = False
        self.panel.load(self._workspace)
