"""A read-only database shows a yellow bar saying so; a writable one shows none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_window(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> MainWindow:
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_read_only_shows_the_banner(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    window = open_window(qtbot, Workspace.open(database, read_only=True), settings)
    banner = window.read_only_banner
    assert banner.isVisible()
    assert banner.text().startswith("This database is open read-only: it was opened for reading only.")
    assert "changes are disabled" in banner.text()
    assert window.state_label.text() == "read-only"
    assert banner.geometry().bottom() < window.strip.geometry().top() + 1  # under the toolbar, above the strip


def test_searching_works_read_only(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    window = open_window(qtbot, Workspace.open(database, read_only=True), settings)
    window.search.setText("공급망")
    qtbot.waitUntil(lambda: window.search_box.results is not None)
    assert [hit.kind for hit in window.search_box.results.hits] == ["session"]  # type: ignore[union-attr]


def test_a_writable_file_shows_no_banner(window: MainWindow) -> None:
    assert not window.read_only_banner.isVisible()


def test_the_banner_follows_a_switch_of_file(qtbot: QtBot, window: MainWindow, database: Path) -> None:
    copy = database.with_name("copy.sqlite3")
    copy.write_bytes(database.read_bytes())
    window.replace_workspace(Workspace.open(copy, read_only=True))
    assert window.read_only_banner.isVisible()
    window.replace_workspace(Workspace.open(database))
    assert not window.read_only_banner.isVisible()


def test_an_unwritable_file_says_why(
    qtbot: QtBot, database: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened as the GUI opens it; the permission check is made to say no (root ignores chmod)."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    window = open_window(qtbot, Workspace.open(database), settings)
    assert window.read_only_banner.isVisible()
    assert "the file cannot be written" in window.read_only_banner.text()
