"""The Agenda tab of a session's page: the agenda editor with its version bar."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.editor import AgendaEditor
from desktop_app.ui.common.navigator import Navigator


class AgendaTab(QWidget):
    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.editor = AgendaEditor(navigator)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.editor)

    def load(self, workspace: Workspace, session_id: int) -> None:
        self.editor.load(workspace, session_id)
