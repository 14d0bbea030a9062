"""The File menu: new, open, back up and restore the database the window works on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.errors import UserError
from desktop_app.services import maintenance
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@contextmanager
def _busy() -> Iterator[None]:
    # Backups and restores of a desk's database take well under a second; a wait cursor is enough.
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = self._action("&New…", self.new_database, QKeySequence.StandardKey.New)
        self.open_action = self._action("&Open…", self.open_database, QKeySequence.StandardKey.Open)
        self.backup_action = self._action("&Backup now", self.backup_now, QKeySequence("Ctrl+B"))
        self.restore_action = self._action("&Restore…", self.restore_backup, None)

    def _action(
        self, text: str, slot: Callable[[], object], key: QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def update_enabled(self) -> None:
        self.restore_action.setEnabled(not self.window.workspace.store.read_only)

    @property
    def _here(self) -> Path:
        return self.window.workspace.path.parent

    # -- actions -----------------------------------------------------------------
    def new_database(self) -> bool:
        path = dialogs.ask_new_database_path(self.window, self._here)
        if path is None:
            return False
        if path.exists():
            # Never replace a file from "New": it may be someone's only copy.
            dialogs.show_error(self.window, "New database", f"{path} already exists; use File → Open… to open it.")
            return False
        return self._switch_to(path, create=True)

    def open_database(self) -> bool:
        path = dialogs.ask_open_database_path(self.window, self._here)
        if path is None:
            return False
        return self._switch_to(path, create=False)

    def _switch_to(self, path: Path, *, create: bool) -> bool:
        if path.expanduser().absolute() == self.window.workspace.path:
            self.window.statusBar().showMessage(f"{path.name} is already open", 5000)
            return False
        try:
            with _busy():
                # Open the new file before letting go of the old one: a refused file leaves the window as it was.
                workspace = Workspace.open(path, create=create)
        except UserError as exc:
            dialogs.show_error(self.window, "Cannot open the database", str(exc))
            return False
        self.window.replace_workspace(workspace)
        self.window.statusBar().showMessage(f"Opened {workspace.path}", 5000)
        return True

    def backup_now(self) -> Path | None:
        try:
            with _busy():
                made = maintenance.backup_now(self.window.workspace)
        except UserError as exc:
            dialogs.show_error(self.window, "Backup failed", str(exc))
            return None
        self.window.set_state(f"backed up at {datetime.now():%H:%M}")
        self.window.statusBar().showMessage(f"Backed up to {made}", 8000)
        return made

    def restore_backup(self) -> Path | None:
        workspace = self.window.workspace
        start = workspace.store.backups_dir if workspace.store.backups_dir.is_dir() else self._here
        source = dialogs.ask_backup_file(self.window, start)
        if source is None or not dialogs.confirm_restore(self.window, source, workspace.path):
            return None
        try:
            with _busy():
                aside = maintenance.restore(workspace, source)
        except UserError as exc:
            dialogs.show_error(self.window, "Restore failed", str(exc))
            return None
        self.window.load_workspace()
        self.window.set_state(f"restored at {datetime.now():%H:%M}")
        self.window.statusBar().showMessage(f"Restored from {source.name}; the previous contents are kept at {aside}")
        return aside
