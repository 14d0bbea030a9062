"""Preferences → Backups: where the verified copies go, beside the database or in a chosen folder.

The choice belongs to this officer on this machine (QSettings ``backups/folder``) and applies
to every database opened; whether the folder can be used is the service's to say when OK is pressed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.widgets import ReasonLabel
from desktop_app.ui.settings.page import Preferences, PreferencesPage


class BackupsPage(PreferencesPage):
    def __init__(self, default_backups: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_backups = default_backups
        self.beside_radio = QRadioButton(self.tr("Beside the database, in {0}").format(default_backups))
        self.beside_radio.setAccessibleName(self.tr("Back up beside the database"))
        self.folder_radio = QRadioButton(self.tr("In this folder:"))
        self.folder_radio.setAccessibleName(self.tr("Back up in a chosen folder"))
        self.folder_group = QButtonGroup(self)
        self.folder_group.addButton(self.beside_radio)
        self.folder_group.addButton(self.folder_radio)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("a full path, e.g. a shared drive"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.folder_radio.toggled.connect(self._folder_mode_changed)
        self.folder_edit.textChanged.connect(self._folder_mode_changed)
        self.folder_reason = ReasonLabel()
        self.folder_reason.setAccessibleName(self.tr("Backup folder problem"))
        about = QLabel(
            self.tr(
                "File → Backup now, and closing a database that changed, take a verified copy there. "
                "Kept: the last ten, one a day for a week and one a week for two months. "
                "This choice is yours on this computer; it applies to every database you open."
            )
        )
        about.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Where backups go</b>")))
        layout.addWidget(self.beside_radio)
        layout.addWidget(self.folder_radio)
        layout.addLayout(row)
        layout.addWidget(self.folder_reason)
        layout.addSpacing(6)
        layout.addWidget(about)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Backups")

    def load(self, current: Preferences) -> None:
        chosen = current.backup_folder
        self.folder_edit.setText(str(chosen) if chosen else "")
        (self.folder_radio if chosen else self.beside_radio).setChecked(True)
        self._folder_mode_changed()

    def save(self, chosen: Preferences) -> Preferences:
        text = self.folder_edit.text().strip()
        folder = Path(text).expanduser() if self.folder_radio.isChecked() and text else None
        return replace(chosen, backup_folder=folder)

    def check(self) -> str | None:
        if not self.folder_radio.isChecked():
            return None
        text = self.folder_edit.text().strip()
        if not text:
            return self.tr("Name the folder, or choose “Beside the database”.")
        if not Path(text).expanduser().is_absolute():
            return self.tr("The folder must be a full path, such as /home/you/backups.")
        return None

    def show_problem(self, problem: str) -> None:
        self.folder_reason.set_reason(problem)
        self.folder_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def widgets(self) -> list[QWidget]:
        return [self.beside_radio, self.folder_radio, self.folder_edit, self.choose_button]

    def _folder_mode_changed(self) -> None:
        custom = self.folder_radio.isChecked()
        self.folder_edit.setEnabled(custom)
        self.choose_button.setEnabled(custom)
        # An empty field is not yet a mistake: it is said only when OK is pressed.
        self.folder_reason.set_reason(self.check() if self.folder_edit.text().strip() else None)

    def _choose_folder(self) -> None:
        start = Path(self.folder_edit.text().strip() or self._default_backups.parent)
        folder = ask_backup_folder(self, start)
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self.folder_radio.setChecked(True)


# A module function, so that tests can replace the modal question.
def ask_backup_folder(parent: QWidget | None, start: Path) -> Path | None:
    title = QCoreApplication.translate("Preferences", "Choose the backup folder")
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None
