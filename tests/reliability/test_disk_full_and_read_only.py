"""A full disk rolls the whole action back with a clear message; a read-only file is opened read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.person import Person
from desktop_app.errors import ReadOnlyDatabase, UserError
from desktop_app.services import people
from desktop_app.services.demo import fill_sample_body
from desktop_app.services.search import check_search_index, rebuild_search_index, search
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import store
from tests.conftest import seoul_session, snapshot
from tests.old_versions import app_of_schema
from tests.search.conftest import fill

TABLES = ("sessions", "people", "attendance", "agenda_versions", "agenda_items", "action_items", "audit_log")


def counts(workspace: Workspace) -> dict[str, int]:
    conn = workspace.store.conn
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def fill_the_disk(workspace: Workspace, spare_pages: int = 2) -> None:
    """The file may grow by ``spare_pages`` pages, then the "disk" is full (SQLITE_FULL)."""
    conn = workspace.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_the_sample_body_on_a_full_disk_is_not_half_written(workspace: Workspace) -> None:
    before = counts(workspace)
    fill_the_disk(workspace)
    with pytest.raises(UserError, match="disk is full; the change was not saved and nothing was lost"):
        fill_sample_body(workspace)
    assert counts(workspace) == before
    assert check_search_index(workspace, thorough=True).sound
    assert search(workspace, "협의").hits == ()
    workspace.store.conn.execute("PRAGMA max_page_count = 1073741823")  # room again: the same action succeeds
    fill_sample_body(workspace)
    assert counts(workspace)["sessions"] > 0
    assert check_search_index(workspace, thorough=True).sound


def test_a_full_disk_while_the_index_grows(workspace: Workspace) -> None:
    """The row fits, its index entries do not: neither is kept."""
    fill(workspace)
    before = counts(workspace)
    hits_before = search(workspace, "exercises").hits
    fill_the_disk(workspace, spare_pages=1)
    biography = " ".join(f"연합훈련{n} 정책협의{n} exercise{n}" for n in range(3000))
    with pytest.raises(UserError, match="disk is full"):
        people.add_person(workspace, Person(name="PARK Ji-won", side="ROK", biography=biography))
    assert counts(workspace) == before
    assert search(workspace, "exercises").hits == hits_before
    assert search(workspace, "park").hits == ()
    assert check_search_index(workspace, thorough=True).sound


def test_a_full_disk_during_the_upgrade_that_builds_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the index of a large old file needs room; without it the file stays at version 2."""
    from desktop_app.errors import DatabaseRefused

    path = tmp_path / "old.sqlite3"
    with app_of_schema(2), Workspace.open(path) as workspace:
        fill(workspace)
        with workspace.store.transaction() as db:
            for n in range(300):
                db.execute(
                    "INSERT INTO people (name, side, biography) VALUES (?, 'US', ?)",
                    [f"Person {n}", " ".join(f"word{n}x{m} 정책{m}협의" for m in range(40))],
                )
    real_configure = store._configure

    def nearly_full(conn: sqlite3.Connection) -> None:
        real_configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")

    monkeypatch.setattr(store, "_configure", nearly_full)
    with pytest.raises(DatabaseRefused, match=r"disk is full\).*unchanged"):
        Workspace.open(path)
    monkeypatch.undo()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 302
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search_%'").fetchall()
    finally:
        conn.close()
    with Workspace.open(path) as workspace:  # with room again, the upgrade goes through
        assert search(workspace, "word7x3").hits[0].title == "Person 7"
        assert check_search_index(workspace, thorough=True).sound


# -- read-only ------------------------------------------------------------------------------------


def test_a_file_opened_read_only_refuses_every_change_and_stays_byte_identical(filled_db: Path) -> None:
    before = filled_db.read_bytes()
    with Workspace.open(filled_db, read_only=True) as workspace:
        assert workspace.store.read_only
        assert [hit.kind for hit in search(workspace, "정책협의").hits] == ["session"]
        with pytest.raises(ReadOnlyDatabase, match="read-only; nothing was changed"):
            add_session(workspace, seoul_session("Third"))
        with pytest.raises(ReadOnlyDatabase):
            people.add_person(workspace, Person(name="KIM Min-jun", side="ROK"))
        with pytest.raises(ReadOnlyDatabase):
            rebuild_search_index(workspace)
        assert check_search_index(workspace).sound
    assert filled_db.read_bytes() == before  # (SQLite may leave an empty -wal and an -shm beside it)


def test_a_file_that_cannot_be_written_opens_read_only(filled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a user without write permission sees it. (Tests run as root here, whom chmod does not stop,
    so the permission check itself is what is made to say no.)"""
    real_access = os.access

    def no_writing(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == filled_db:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store.os, "access", no_writing)
    before = filled_db.read_bytes()
    backups_before = sorted((filled_db.parent / "backups").iterdir())
    with Workspace.open(filled_db) as workspace:
        assert workspace.store.read_only
        assert workspace.store.lock is None  # a reader takes no writer lock
        with pytest.raises(ReadOnlyDatabase):
            add_session(workspace, seoul_session("Third"))
        assert search(workspace, "second").hits
    assert filled_db.read_bytes() == before
    assert sorted((filled_db.parent / "backups").iterdir()) == backups_before  # nothing to back up


def test_a_read_only_file_that_needs_the_upgrade_is_refused_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.errors import DatabaseRefused

    path = tmp_path / "old.sqlite3"
    with app_of_schema(2), Workspace.open(path) as workspace:
        add_session(workspace, seoul_session())
    before = snapshot(path)
    with pytest.raises(DatabaseRefused, match="needs an upgrade to this version but is read-only"):
        Workspace.open(path, read_only=True)
    assert snapshot(path) == before
