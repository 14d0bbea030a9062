"""The Packet tab of a session's page: the packet panel with this session fixed."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.packets.panel import PacketPanel


class PacketTab(QWidget):
    def __init__(
        self, navigator: Navigator | None = None, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.panel = PacketPanel(navigator, settings=settings, fixed_session=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.panel)

    def load(self, workspace: Workspace, session_id: int) -> None:
        self.panel.load(workspace, session_id)
