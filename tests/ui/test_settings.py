"""Window geometry and the chosen view survive a restart (in a settings file under tmp_path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_window(qtbot: QtBot, database: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_geometry_and_view_persist_across_two_windows(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    first = open_window(qtbot, database, settings)
    first.resize(770, 540)  # within the offscreen screen (800×600): restoreGeometry keeps windows on screen
    first.rail.select("people")
    first.close()

    second = open_window(qtbot, database, settings)
    assert (second.width(), second.height()) == (770, 540)
    assert second.current_view() == "people"
    assert second.stack.currentWidget() is second.views["people"]


def test_unknown_saved_view_falls_back_to_sessions(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    settings.setValue("main_window/view", "a view from a future version")
    main = open_window(qtbot, database, settings)
    assert main.current_view() == "sessions"
