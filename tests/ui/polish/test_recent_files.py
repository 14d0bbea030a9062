"""File → Open recent: updated on every open, missing files greyed and dropped when chosen, Clear list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.shell import recent_files
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def entries(window: MainWindow) -> list[tuple[str, bool]]:
    recent = window.file_actions.recent
    recent.rebuild()  # as when the menu opens
    return [(Path(action.data()).name, bool(action.property("missing"))) for action in recent.file_actions()]


def make_database(path: Path) -> Path:
    Workspace.open(path).close()
    return path


def test_the_open_database_is_listed_and_the_menu_is_in_file(window: MainWindow, database: Path) -> None:
    assert recent_files.read_recent(window.settings) == [database]
    file_menu = window.menuBar().actions()[0].menu()
    assert window.file_actions.recent.menu.menuAction() in file_menu.actions()
    assert entries(window) == [(database.name, False)]


def test_opening_puts_the_file_first(
    window: MainWindow, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_database(tmp_path / "other.sqlite3")
    monkeypatch.setattr(dialogs, "ask_open_database_path", lambda parent, start: other)
    assert window.file_actions.open_database()
    assert recent_files.read_recent(window.settings) == [other, database]

    first = window.file_actions.recent.file_actions()[1]  # the previous database, by the menu
    first.trigger()
    assert window.workspace.path == database
    assert recent_files.read_recent(window.settings) == [database, other]


def test_a_missing_file_is_greyed_then_dropped_with_a_message(
    window: MainWindow, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = make_database(tmp_path / "gone.sqlite3")
    recent_files.remember(window.settings, gone)
    gone.unlink()
    assert entries(window) == [("gone.sqlite3", True), (database.name, False)]

    told: list[Path] = []
    monkeypatch.setattr(recent_files, "show_missing", lambda parent, path: told.append(path))
    window.file_actions.recent.file_actions()[0].trigger()

    assert told == [gone]
    assert recent_files.read_recent(window.settings) == [database]
    assert entries(window) == [(database.name, False)]
    assert window.workspace.path == database  # nothing else happened


def test_the_list_keeps_eight_without_duplicates(settings: QSettings, tmp_path: Path) -> None:
    paths = [tmp_path / f"db{n}.sqlite3" for n in range(10)]
    for path in paths:
        recent_files.remember(settings, path)
    recent_files.remember(settings, paths[5])
    kept = recent_files.read_recent(settings)
    assert len(kept) == 8
    assert kept[0] == paths[5] and kept.count(paths[5]) == 1
    assert paths[0] not in kept and paths[1] not in kept


def test_a_single_entry_survives_the_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = QSettings(str(path), QSettings.Format.IniFormat)
    recent_files.remember(first, tmp_path / "only.sqlite3")
    del first
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert recent_files.read_recent(again) == [tmp_path / "only.sqlite3"]


def test_clear_list(window: MainWindow) -> None:
    recent = window.file_actions.recent
    recent.clear_action.trigger()
    assert recent_files.read_recent(window.settings) == []
    assert recent.file_actions() == []
    assert not recent.clear_action.isEnabled()
    assert next(a.text() for a in recent.menu.actions() if not a.isSeparator()) == "No recent databases"
