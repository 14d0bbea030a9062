"""Backup now runs on a worker thread with a busy bar, into the folder the preferences name."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.errors import UserError
from desktop_app.services import maintenance
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.settings.preferences import PreferencesDialog
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

Answer = Callable[[Callable[[PreferencesDialog], None]], list[PreferencesDialog]]


def back_up(window: MainWindow, qtbot: QtBot) -> Path | None:
    with qtbot.waitSignal(window.file_actions.backup_finished, timeout=10_000) as finished:
        assert window.file_actions.backup_now() is not None
    made = finished.args[0]
    assert made is None or isinstance(made, Path)
    return made


def test_backup_runs_in_the_worker_with_a_busy_bar_then_says_when(
    window: MainWindow, database: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = maintenance.backup_file

    def recording(database: Path, directory: Path) -> Path:
        threads.append(threading.current_thread())
        return original(database, directory)

    monkeypatch.setattr(maintenance, "backup_file", recording)
    with qtbot.waitSignal(window.file_actions.backup_finished, timeout=10_000) as finished:
        window.file_actions.backup_now()
        # Until the worker reports back (on the event loop), the window shows it is busy.
        assert window.file_actions.busy_bar.isVisible()
        assert window.state_label.text() == "backing up…"
        assert not window.file_actions.backup_action.isEnabled()
        assert window.file_actions.backup_now() is None  # one at a time

    made = finished.args[0]
    assert threads and threads[0] is not threading.main_thread()
    assert made.parent == database.parent / "backups" and made.exists()
    assert window.state_label.text().startswith("backed up at ")
    assert not window.file_actions.busy_bar.isVisible()
    assert window.file_actions.backup_action.isEnabled()
    assert not window.workspace.store.changed_since_backup  # closing will not take the same backup again
    Workspace.open(made, read_only=True).close()


def test_backup_folder_preference_is_used_by_backup_now_and_by_the_next_window(
    window: MainWindow, qtbot: QtBot, database: Path, settings: QSettings, tmp_path: Path, answer_preferences: Answer
) -> None:
    elsewhere = tmp_path / "shared-drive" / "desk-backups"
    elsewhere.parent.mkdir()

    def fill(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(2)
        dialog.folder_radio.setChecked(True)
        dialog.folder_edit.setText(str(elsewhere))

    answer_preferences(fill)
    window.preferences_action.trigger()
    assert settings.value("backups/folder") == str(elsewhere)

    made = back_up(window, qtbot)
    assert made is not None and made.parent == elsewhere
    window.close()

    again = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(again)
    assert again.workspace.store.backups_dir == elsewhere  # the choice belongs to this machine, not one file


def test_a_folder_that_cannot_be_made_is_refused_in_the_dialog(window: MainWindow, answer_preferences: Answer) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        dialog.folder_radio.setChecked(True)
        dialog.folder_edit.setText("relative/path")

    built = answer_preferences(fill)
    window.preferences_action.trigger()
    assert "full path" in built[0].folder_reason.text()
    assert window.workspace.store.backups_dir == window.workspace.path.parent / "backups"


def test_a_failed_backup_says_why_and_puts_the_state_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(database: Path, directory: Path) -> Path:
        raise UserError("the disk is full")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(maintenance, "backup_file", refuse)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    assert back_up(window, qtbot) is None
    assert shown == [("Backup failed", "the disk is full")]
    assert window.state_label.text() == "saved"
    assert not window.file_actions.busy_bar.isVisible()
