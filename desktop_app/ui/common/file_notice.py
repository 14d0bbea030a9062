"""The end of an export or a send: a status-bar message naming the file, with a "Show in folder" button.

The button stays while the message does (it goes with the next message, or after 20 seconds);
it opens the file's folder with the system's file manager (``reveal``, replaceable in tests).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QStatusBar

from desktop_app.ui.common.i18n import translate

SHOWN_FOR_MS = 20000


def reveal(folder: Path) -> bool:
    """Open ``folder`` in the system's file manager; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class FileNotice:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.button = QPushButton(translate("FileNotice", "Show in folder"))
        self.button.setObjectName("show_in_folder")
        self.button.setFlat(True)
        self.button.hide()
        self.button.clicked.connect(self._reveal)
        bar.addPermanentWidget(self.button)  # beside the message, which hides normal widgets
        bar.messageChanged.connect(self._message_changed)
        self.path: Path | None = None
        self._message = ""

    def show(self, message: str, path: Path) -> None:
        """``message`` in the status bar and a button that shows ``path`` in its folder."""
        self.path, self._message = path, message
        self.bar.showMessage(message, SHOWN_FOR_MS)
        self.button.setToolTip(str(path.parent if path.is_file() or not path.exists() else path))
        self.button.show()

    def _message_changed(self, text: str) -> None:
        if text != self._message:
            self.button.hide()

    def _reveal(self) -> None:
        if self.path is None:
            return
        folder = self.path if self.path.is_dir() else self.path.parent
        if not reveal(folder):
            self.bar.showMessage(translate("FileNotice", "No file manager to show {0}").format(folder), SHOWN_FOR_MS)
