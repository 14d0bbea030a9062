"""File menu: new, open (and refusing a bad file), backup now, restore."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def record_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    return shown


def test_open_refused_file_shows_the_error_and_keeps_the_current_database(
    window: MainWindow, tmp_path: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(4096))
    before = garbage.read_bytes()
    monkeypatch.setattr(dialogs, "ask_open_database_path", lambda parent, start: garbage)
    shown = record_errors(monkeypatch)

    assert window.file_actions.open_database() is False

    assert len(shown) == 1 and "not a database" in shown[0]
    assert window.workspace.path == database and not window.workspace.store.closed
    assert window.sessions_view.visible_row_count() == 3
    assert garbage.read_bytes() == before  # a refused file is left exactly as it was


def test_open_switches_to_another_database(
    window: MainWindow, tmp_path: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite3"
    Workspace.open(other).close()
    old = window.workspace
    monkeypatch.setattr(dialogs, "ask_open_database_path", lambda parent, start: other)

    assert window.file_actions.open_database() is True

    assert old.store.closed
    assert window.workspace.path == other
    assert window.sessions_view.showing_empty_state
    assert window.windowTitle() == "other.sqlite3"


def test_open_the_file_already_open_does_nothing(
    window: MainWindow, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = window.workspace
    monkeypatch.setattr(dialogs, "ask_open_database_path", lambda parent, start: database)
    assert window.file_actions.open_database() is False
    assert window.workspace is current and not current.store.closed


def test_new_creates_an_empty_database_and_switches_to_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_new_database_path", lambda parent, start: tmp_path / "fresh.sqlite3")
    assert window.file_actions.new_database() is True
    assert (tmp_path / "fresh.sqlite3").exists()
    assert window.workspace.path == tmp_path / "fresh.sqlite3"
    assert list_sessions(window.workspace) == []


def test_new_never_replaces_an_existing_file(
    window: MainWindow, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "keep-me.sqlite3"
    existing.write_text("someone's notes")
    monkeypatch.setattr(dialogs, "ask_new_database_path", lambda parent, start: existing)
    shown = record_errors(monkeypatch)
    assert window.file_actions.new_database() is False
    assert "already exists" in shown[0]
    assert existing.read_text() == "someone's notes"
    assert window.workspace.path == database


def test_backup_now_makes_a_file_and_says_when(window: MainWindow, database: Path, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.file_actions.backup_finished, timeout=10_000) as finished:
        assert window.file_actions.backup_now() is not None  # runs on a worker thread
    made = finished.args[0]
    assert made is not None and made.exists()
    assert made.parent == database.parent / "backups"
    assert window.state_label.text().startswith("backed up at ")
    assert window.statusBar().currentMessage() == f"Backed up to {made}"
    assert window.file_notice.button.isVisible()  # "Show in folder": the backups folder
    assert window.file_notice.path == made
    Workspace.open(made, read_only=True).close()  # the backup is itself a sound database


def test_restore_brings_back_the_backup_and_keeps_the_current_contents(
    window: MainWindow, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.sqlite3"
    Workspace.open(empty).close()
    asked: list[Path] = []
    monkeypatch.setattr(dialogs, "ask_backup_file", lambda parent, start: empty)
    monkeypatch.setattr(dialogs, "confirm_restore", lambda parent, source, db: asked.append(source) or True)

    aside = window.file_actions.restore_backup()

    assert asked == [empty]
    assert aside is not None and aside.exists()
    assert window.sessions_view.showing_empty_state  # the views were reloaded
    with Workspace.open(aside, read_only=True) as kept:
        assert len(list_sessions(kept)) == 3


def test_restore_cancelled_changes_nothing(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_backup_file", lambda parent, start: tmp_path / "whatever.sqlite3")
    monkeypatch.setattr(dialogs, "confirm_restore", lambda parent, source, db: False)
    assert window.file_actions.restore_backup() is None
    assert window.sessions_view.visible_row_count() == 3


def test_closing_the_window_closes_the_database(window: MainWindow) -> None:
    workspace = window.workspace
    window.close()
    assert workspace.store.closed
