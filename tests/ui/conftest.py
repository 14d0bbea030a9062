"""Fixtures for the window tests: real database files in tmp_path, settings kept out of the user's home."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.settings import preferences
from desktop_app.ui.shell import recent_files
from desktop_app.ui.shell.main_window import MainWindow

# The offscreen platform cannot pass a window's size limits to a window manager and says so as a
# Qt warning each time a window shows; that is the test platform talking, not the app.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
# Nor raise a pop-up (a completer's list, a tool tip, a calendar) or let it grab the keyboard.
OFFSCREEN_POPUPS = r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


# Far in the future so that "next session" does not depend on the day the tests run.
BASE = datetime(2031, 3, 9, 1, 0, tzinfo=UTC)  # 10:00 in Seoul, 20:00 (the day before) in Washington


def sample_sessions() -> list[Session]:
    return [
        Session(
            title="Working group on supply chains",
            title_ko="공급망 실무그룹",
            start=BASE,
            timezone="Asia/Seoul",
            duration_minutes=120,
            host_side="ROK",
            venue_city="Seoul",
            venue_building="Ministry of Foreign Affairs",
            status=SessionStatus.CONFIRMED,
        ),
        Session(
            title="Senior officials' review",
            title_ko="고위급 점검 회의",
            start=BASE + timedelta(days=35, hours=14),
            timezone="America/New_York",
            duration_minutes=90,
            host_side="US",
            venue_city="Washington",
            format=SessionFormat.SENIOR,
        ),
        Session(
            title="Video check-in",
            start=BASE + timedelta(days=70),
            timezone="Asia/Seoul",
            duration_minutes=60,
            host_side="ROK",
            video_link="https://video.example/room",
            status=SessionStatus.POSTPONED,
        ),
    ]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A real database file with three sessions, one of them titled in Hangul."""
    path = tmp_path / "desk.sqlite3"
    with Workspace.open(path) as workspace:
        for session in sample_sessions():
            add_session(workspace, session)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    """Any dialog a test did not expect fails it instead of blocking on a modal loop."""
    calls: list[tuple[str, tuple[object, ...]]] = []

    def refuse(name: str) -> Callable[..., None]:
        def fake(*args: object) -> None:
            calls.append((name, args))
            raise AssertionError(f"unexpected dialog {name}{args[1:]}")

        return fake

    # Every question the shared dialogs module can ask, including ones added later.
    for name in dir(dialogs):
        if name.startswith(("show_", "ask_", "confirm_")) and callable(getattr(dialogs, name)):
            monkeypatch.setattr(dialogs, name, refuse(name))
    for module, name in (
        (preferences, "ask_preferences"),
        (preferences, "ask_backup_folder"),
        (recent_files, "show_missing"),
    ):
        monkeypatch.setattr(module, name, refuse(name))
    yield calls


@pytest.fixture
def window(qtbot: QtBot, database: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)  # closed (and its workspace with it) at the end of the test
    main.show()
    qtbot.waitExposed(main)
    return main
