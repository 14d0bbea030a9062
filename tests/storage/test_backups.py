"""Verified backups, their retention, automatic backup on close, and restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseRefused
from desktop_app.services.maintenance import restore
from desktop_app.services.sessions import add_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage.backups import backups_to_keep, list_backups
from desktop_app.storage.fileformat import inspect_database
from desktop_app.storage.store import Store
from tests.conftest import seoul_session


def test_a_backup_is_a_sound_standalone_copy(filled_db: Path) -> None:
    with Store.open(filled_db) as store:
        made = store.backup()
    assert made.parent == filled_db.parent / "backups"
    assert not list(made.parent.glob("*.partial"))
    inspect_database(made, thorough=True)
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_close_backs_up_only_when_something_changed(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        add_session(ws, seoul_session())
    first = list_backups(db_path.parent / "backups", db_path.stem)
    assert len(first) == 1
    with Workspace.open(db_path) as ws:
        list_sessions(ws)
    assert list_backups(db_path.parent / "backups", db_path.stem) == first


def test_retention_keeps_last_ten_then_daily_for_a_week_then_weekly_for_two_months() -> None:
    now = datetime(2027, 5, 1, 12, tzinfo=UTC)
    hourly_today = [now - timedelta(hours=h) for h in range(12)]  # 12:00 back to 01:00
    daily = [now - timedelta(days=d, hours=1) for d in range(1, 90)]
    kept = backups_to_keep(hourly_today + daily, now)
    assert set(hourly_today[:10]) <= kept
    assert hourly_today[11] not in kept  # an older one from today: today already has its newest
    assert all(now - timedelta(days=d, hours=1) in kept for d in range(1, 7))
    old = [s for s in kept if now - s > timedelta(days=8)]
    weeks = {s.isocalendar()[:2] for s in old}
    assert len(old) == len(weeks), "past a week, at most one per week"
    assert all(now - s <= timedelta(days=61) for s in kept)
    assert len(kept) < 30


def test_many_backups_are_pruned_on_disk(filled_db: Path) -> None:
    with Store.open(filled_db) as store:
        for _ in range(14):
            store.backup()
    assert len(list_backups(filled_db.parent / "backups", filled_db.stem)) == 10


def test_restore_brings_back_the_backup_and_keeps_the_current_file_aside(filled_db: Path) -> None:
    with Store.open(filled_db) as store:
        backup = store.backup()
    with Workspace.open(filled_db) as ws:
        add_session(ws, seoul_session("Added after the backup"))
        assert len(list_sessions(ws)) == 3
        aside = restore(ws, backup)
        assert len(list_sessions(ws)) == 2
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3
    kept.close()
    with Workspace.open(filled_db) as ws:
        assert len(list_sessions(ws)) == 2


def test_restore_refuses_a_file_that_is_not_ours(filled_db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all" * 10)
    with Workspace.open(filled_db) as ws:
        with pytest.raises(DatabaseRefused):
            restore(ws, bogus)
        assert len(list_sessions(ws)) == 2
