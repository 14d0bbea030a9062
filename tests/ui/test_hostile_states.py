"""The window on a database holding a session dated in year 9999, and on a backup that fails at close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_far_session_does_not_crash_the_window_and_is_named(
    qtbot: QtBot, database: Path, settings: QSettings
) -> None:
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("UPDATE sessions SET start_utc = '9999-12-31T23:00:00+00:00' WHERE id = 1")
        (title,) = conn.execute("SELECT title FROM sessions WHERE id = 1").fetchone()
    conn.close()
    window = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.invalid_rows_banner
    assert banner.isVisible()
    assert banner.text().startswith("1 session(s) are not shown")
    assert "1900–2200" in banner.text() and title in banner.text()
    assert not window.read_only_banner.isVisible()
    model = window.sessions_view.model
    shown = {
        model.index(row, column).data() for row in range(model.rowCount()) for column in range(model.columnCount())
    }
    assert title not in shown
    window.close()


def test_a_sound_database_shows_no_such_bar(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    window = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.invalid_rows_banner.isVisible()
    window.close()


def test_a_backup_that_fails_on_close_says_the_data_was_saved(
    qtbot: QtBot, database: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from desktop_app.services.sessions import add_session
    from desktop_app.ui.common import dialogs
    from tests.conftest import seoul_session

    window = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    add_session(window.workspace, seoul_session("Saved before the backup"))
    shutil.rmtree(database.parent / "backups", ignore_errors=True)
    (database.parent / "backups").write_text("a file in the way", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    window.close()
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Backup on close failed"
    assert message.startswith("saved; but the backup failed: ") and "unchanged" not in message
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM sessions WHERE title = 'Saved before the backup'").fetchone()[0] == 1
    conn.close()
