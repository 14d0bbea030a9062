"""Fixtures shared by every test: real database files on disk, never mocks of them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.clock import NOW_ENV
from desktop_app.domain.session import Session
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.pinned_clock import PINNED_NOW


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, logs or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BRIEFING_DESK_DB", raising=False)


def pytest_configure(config: pytest.Config) -> None:
    """Pin the clock before anything is collected: module-level dates, session fixtures and every
    process a test starts all see the same "now" (tests/pinned_clock.py)."""
    os.environ[NOW_ENV] = PINNED_NOW.isoformat()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "body.sqlite3"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    opened = Workspace.open(db_path)
    yield opened
    opened.close()


def seoul_session(title: str = "제1차 정책협의 (1st round)", **fields: object) -> Session:
    values: dict[str, object] = {
        "title": title,
        "start": datetime(2027, 3, 9, 1, 0, tzinfo=UTC),  # 10:00 in Seoul
        "timezone": "Asia/Seoul",
        "duration_minutes": 120,
        "host_side": "ROK",
        "venue_city": "Seoul",
    }
    values.update(fields)
    return Session(**values)  # type: ignore[arg-type]


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    """A closed database file holding two sessions."""
    with Workspace.open(db_path) as ws:
        add_session(ws, seoul_session())
        add_session(
            ws,
            seoul_session(
                "Second round",
                start=datetime(2027, 6, 8, 14, 0, tzinfo=UTC),
                timezone="America/New_York",
                host_side="US",
                venue_city="Washington",
            ),
        )
    return db_path


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file in the folder of ``path`` (the database, its -wal, lock, backups) with its bytes."""
    return {str(p.relative_to(path.parent)): p.read_bytes() for p in sorted(path.parent.rglob("*")) if p.is_file()}


def env_without_display() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env
