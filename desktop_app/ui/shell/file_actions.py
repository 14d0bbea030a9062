"""The File menu: new, open (and open recent), back up and restore the database the window works on.

Backup now runs on a worker thread (``workers.run_task``) from its own read-only connection,
with a busy bar in the status bar: the window stays usable while a large file is copied and
verified. Restore replaces the contents through the window's own writer connection, which
belongs to the main thread, so it runs there behind a busy bar and a wait cursor: restoring
a desk's database takes well under a second, and handing the file to a worker would mean
closing it (and letting go of its writer lock) in between.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressBar

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services import maintenance
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.workers import Progress, TaskHandle, run_task
from desktop_app.ui.settings.stored import apply_backup_folder
from desktop_app.ui.shell.recent_files import RecentFilesMenu

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


@contextmanager
def _busy() -> Iterator[None]:
    # Opening and restoring a desk's database take well under a second; a wait cursor is enough.
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class FileActions(QObject):
    backup_finished = Signal(object)  # the backup's Path, or None when it failed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Ctrl+N belongs to "New session", what a desk officer makes daily; a new database is rare.
        self.new_action = self._action(self.tr("&New database…"), self.new_database, QKeySequence("Ctrl+Alt+N"))
        self.open_action = self._action(self.tr("&Open…"), self.open_database, QKeySequence.StandardKey.Open)
        self.backup_action = self._action(self.tr("&Backup now"), self.backup_now, QKeySequence("Ctrl+B"))
        self.restore_action = self._action(self.tr("&Restore…"), self.restore_backup, None)
        self.recent = RecentFilesMenu(lambda: self.window.settings, self._open_recent, window)

        # The busy bar: beside the state label ("backing up…"), only while long work runs.
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setRange(0, 0)  # no steps to count: a busy bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(window.fontMetrics().height())
        self.busy_bar.hide()
        window.statusBar().insertPermanentWidget(1, self.busy_bar)
        self.backup_task: TaskHandle | None = None
        self.last_backup: Path | None = None
        self._state_before_backup = ""
        # The file the window opened with was prepared by the window itself (its backup folder, its
        # place in Open recent), before these menus were built: the list above already shows it.

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
        menu.addMenu(self.recent.menu)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def update_enabled(self) -> None:
        self.restore_action.setEnabled(not self.window.workspace.store.read_only)
        self.backup_action.setEnabled(not self.backup_running)

    def _prepare(self, workspace: Workspace) -> None:
        """What every database opened in the window gets: this machine's backup folder, a place in Open recent."""
        apply_backup_folder(self.window.settings, workspace)
        self.recent.remember(workspace.path)

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
            dialogs.show_error(
                self.window,
                self.tr("New database"),
                self.tr("{0} already exists; use File → Open… to open it.").format(path),
            )
            return False
        return self._switch_to(path, create=True)

    def open_database(self) -> bool:
        path = dialogs.ask_open_database_path(self.window, self._here)
        if path is None:
            return False
        return self._switch_to(path, create=False)

    def _open_recent(self, path: Path) -> bool:
        return self._switch_to(path, create=False)

    def _switch_to(self, path: Path, *, create: bool) -> bool:
        if path.expanduser().absolute() == self.window.workspace.path:
            self.window.statusBar().showMessage(self.tr("{0} is already open").format(path.name), 5000)
            return False
        try:
            with _busy():
                # Open the new file before letting go of the old one: a refused file leaves the window as it was.
                workspace = Workspace.open(path, create=create)
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Cannot open the database"), notices.refusal(exc))
            return False
        self._prepare(workspace)
        self.window.replace_workspace(workspace)
        self.window.statusBar().showMessage(self.tr("Opened {0}").format(workspace.path), 5000)
        from desktop_app.ui.settings.first_run import offer_setup

        offer_setup(self.window)  # a new (or never set up) empty database: its body's name and sides first
        return True

    # -- backup and restore ------------------------------------------------------
    @property
    def backup_running(self) -> bool:
        return self.backup_task is not None and self.backup_task.running

    def _show_busy(self, text: str) -> None:
        self.busy_bar.setToolTip(text)
        self.busy_bar.show()
        self.window.set_state(text)

    def _hide_busy(self) -> None:
        self.busy_bar.hide()

    def backup_now(self) -> TaskHandle | None:
        """Start a verified backup in the background; ``backup_finished`` tells when it is done."""
        if self.backup_running:
            self.window.statusBar().showMessage(self.tr("A backup is being taken already"), 5000)
            return None
        workspace = self.window.workspace
        job = maintenance.plan_backup(workspace)
        self._state_before_backup = self.window.state_label.text()
        self._show_busy(self.tr("backing up…"))
        self.backup_action.setEnabled(False)

        def copy(_cancel: threading.Event, _progress: Progress) -> Path:
            return maintenance.backup_file(job.database, job.directory)  # only paths cross to the worker

        self.backup_task = run_task(
            copy,
            lambda made: self._backed_up(workspace, job, made),
            self._backup_failed,
            context=self.window,
        )
        return self.backup_task

    def _backed_up(self, workspace: Workspace, job: maintenance.BackupJob, made: Path) -> None:
        self._hide_busy()
        self.update_enabled()
        maintenance.record_backup(workspace, job, made)  # closing need not take the same backup again
        self.last_backup = made
        if workspace is self.window.workspace:
            self.window.set_state(self.tr("backed up at {0}").format(f"{clock.local_now():%H:%M}"))
        self.window.navigator.file_written.emit(self.tr("Backed up to {0}").format(made), made)  # "Show in folder"
        self.backup_finished.emit(made)

    def _backup_failed(self, error: BaseException) -> None:
        self._hide_busy()
        self.update_enabled()
        self.window.set_state(self._state_before_backup)
        self.backup_finished.emit(None)
        if isinstance(error, UserError):
            dialogs.show_error(self.window, self.tr("Backup failed"), notices.refusal(error))
        else:  # our bug: the crash dialog, with its traceback
            sys.excepthook(type(error), error, error.__traceback__)

    def restore_backup(self) -> Path | None:
        workspace = self.window.workspace
        start = workspace.store.backups_dir if workspace.store.backups_dir.is_dir() else self._here
        source = dialogs.ask_backup_file(self.window, start)
        if source is None or not dialogs.confirm_restore(self.window, source, workspace.path):
            return None
        state = self.window.state_label.text()
        self._show_busy(self.tr("restoring…"))
        self.window.statusBar().showMessage(self.tr("Restoring from {0}…").format(source.name))
        # Paint the bar and the message before the main thread is busy (no input is taken meanwhile).
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            with _busy():
                aside = maintenance.restore(workspace, source)
        except UserError as exc:
            self.window.set_state(state)
            self.window.statusBar().clearMessage()
            dialogs.show_error(self.window, self.tr("Restore failed"), notices.refusal(exc))
            return None
        finally:
            self._hide_busy()
        self.window.load_workspace()
        self.window.set_state(self.tr("restored at {0}").format(f"{clock.local_now():%H:%M}"))
        self.window.statusBar().showMessage(
            self.tr("Restored from {0}; the previous contents are kept at {1}").format(source.name, aside)
        )
        return aside
