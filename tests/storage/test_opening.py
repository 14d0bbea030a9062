"""Opening the file: a new one is complete, anything unsound is refused and left exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseRefused
from desktop_app.storage.fileformat import APPLICATION_ID
from desktop_app.storage.migrations import SCHEMA_VERSION
from desktop_app.storage.store import Store
from tests.conftest import snapshot


def test_a_missing_path_becomes_a_complete_new_database(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.created
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_new_database_needs_an_existing_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "x.sqlite3")
    assert not (tmp_path / "no").exists()


def _refused(path: Path, match: str) -> None:
    before = snapshot(path)
    with pytest.raises(DatabaseRefused, match=match):
        Store.open(path)
    assert snapshot(path) == before, "a refused file must be left byte-for-byte as it was"


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite3"
    path.write_bytes(bytes(range(256)) * 40)
    _refused(path, "not a database")


def test_an_empty_file_is_refused_not_filled(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    _refused(path, "empty file")


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    _refused(path, "another application")


def test_a_truncated_copy_is_refused_as_damaged(filled_db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "copy" / "truncated.sqlite3"
    damaged.parent.mkdir()
    data = filled_db.read_bytes()
    assert len(data) > 8192
    damaged.write_bytes(data[: len(data) // 2 + 100])
    _refused(damaged, "damaged")


def test_a_file_from_a_newer_version_is_refused(filled_db: Path) -> None:
    conn = sqlite3.connect(filled_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _refused(filled_db, "newer version")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseRefused, match="folder"):
        Store.open(folder)


def test_damage_inside_the_file_is_found(filled_db: Path) -> None:
    data = bytearray(filled_db.read_bytes())
    page = 4096
    # scribble over the second page (a b-tree page) but keep the header intact
    data[page : page + 200] = b"\xff" * 200
    filled_db.write_bytes(bytes(data))
    _refused(filled_db, "damaged")


def test_a_sound_copy_opens_with_its_data(filled_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere.sqlite3"
    shutil.copy(filled_db, copy)
    with Store.open(copy) as store:
        assert store.db["sessions"].count == 2
