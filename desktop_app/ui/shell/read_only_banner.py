"""A yellow bar under the toolbar while the database is open read-only, saying why."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.services.workspace import Workspace, on_read_only_medium
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.widgets import follow_palette, is_dark, semantic_colour, text_on


def banner_style(palette: QPalette) -> str:
    """Yellow with dark text on a light palette; a dark amber tint under the normal light text on a dark one."""
    fill, text = semantic_colour("banner", palette).name(), text_on("banner", palette).name()
    border = semantic_colour("warning", palette).name() if is_dark(palette) else "#e0c860"
    return f"QLabel {{ background: {fill}; color: {text}; border-bottom: 1px solid {border}; padding: 6px 10px; }}"


STYLE = banner_style(QPalette(QColor("#000000"), QColor("#ffffff")))  # on a light palette


def read_only_reason(workspace: Workspace) -> str:
    path = workspace.path
    if on_read_only_medium(path):
        return translate("ReadOnlyBanner", "it is on a read-only disk or share")
    if not os.access(path, os.W_OK):
        return translate("ReadOnlyBanner", "the file cannot be written (check its permissions or the medium it is on)")
    if not os.access(path.parent, os.W_OK):
        return translate("ReadOnlyBanner", "its folder {0} cannot be written").format(path.parent)
    return translate("ReadOnlyBanner", "it was opened for reading only")


class ReadOnlyBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        follow_palette(self, banner_style)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, workspace: Workspace) -> None:
        """Visible, with the reason, exactly when ``workspace`` is read-only."""
        if workspace.store.read_only:
            self.setText(
                self.tr("This database is open read-only: {0}. You can look and search; changes are disabled.").format(
                    read_only_reason(workspace)
                )
            )
        self.setVisible(workspace.store.read_only)
