"""A bar under the toolbar when the database holds sessions the app cannot show (dates out of range).

Such a row never reaches the views (it would overflow every date computation); the bar
says that it exists, how many there are, and names the first, so nothing is hidden silently.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.services.sessions import accepted_years, invalid_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.widgets import follow_palette
from desktop_app.ui.shell.read_only_banner import banner_style


class InvalidRowsBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invalid_rows_banner")
        follow_palette(self, banner_style)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, workspace: Workspace) -> None:
        """Visible, naming the first, exactly when ``workspace`` holds sessions dated out of range."""
        problems = invalid_sessions(workspace)
        if problems:
            self.setText(
                self.tr(
                    "{0} session(s) are not shown: their date lies outside the years Briefing Desk accepts ({1}). "
                    "First: {2}. Restore a backup or run 'briefing-desk check'."
                ).format(len(problems), accepted_years(), problems[0])
            )
        self.setVisible(bool(problems))
