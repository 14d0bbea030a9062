"""Databases crafted to pass as ours: refused by restore and check, and never modified by opening them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.fileformat import APPLICATION_ID
from desktop_app.storage.lock import lock_path_for
from tests.reliability.hostile import cli, digest, folder_digest

TRAP = """CREATE TRIGGER wipe_after_insert AFTER INSERT ON sessions BEGIN
    DELETE FROM attendance; UPDATE agenda_items SET talking_points = '';
END"""


def _crafted(source: Path, target: Path, *statements: str) -> Path:
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return target


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        ((TRAP,), "unexpected trigger wipe_after_insert"),
        (("CREATE VIEW everyone AS SELECT * FROM people",), "unexpected view everyone"),
        (("CREATE INDEX people_by_name ON people(name)",), "unexpected index people_by_name"),
        (("ALTER TABLE people ADD COLUMN secret TEXT",), "changed table people"),
        (("CREATE TABLE extra (x)",), "unexpected table extra"),
    ],
    ids=["trigger", "view", "index", "column", "table"],
)
def test_restore_refuses_a_file_with_anything_extra(
    filled_db: Path, tmp_path: Path, capsys, statements: tuple[str, ...], named: str
) -> None:
    crafted = _crafted(filled_db, tmp_path / "crafted.sqlite3", *statements)
    crafted_bytes = crafted.read_bytes()
    before = digest(filled_db)
    line = cli(capsys, filled_db, "restore", str(crafted)).refused_in_one_line()
    assert named in line
    assert digest(filled_db) == before
    assert crafted.read_bytes() == crafted_bytes
    assert named in cli(capsys, crafted, "check").refused_in_one_line()
    assert named in cli(capsys, crafted, "sessions", "list").refused_in_one_line()
    assert crafted.read_bytes() == crafted_bytes
    assert not lock_path_for(crafted).exists()
    assert not crafted.with_name(crafted.name + "-wal").exists()


def test_a_missing_trigger_is_named(filled_db: Path, tmp_path: Path, capsys) -> None:
    conn = sqlite3.connect(filled_db)
    (name,) = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1").fetchone()
    conn.close()
    crafted = _crafted(filled_db, tmp_path / "less.sqlite3", f'DROP TRIGGER "{name}"')
    assert f"missing trigger {name}" in cli(capsys, crafted, "check").refused_in_one_line()


def test_a_file_with_our_id_but_no_tables_is_refused_and_left_unchanged(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "hollow.sqlite3"
    conn = sqlite3.connect(empty)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE x (y)")
    conn.execute("DROP TABLE x")
    conn.close()
    snapshot = folder_digest(tmp_path)
    assert "no Briefing Desk tables" in cli(capsys, empty, "check").refused_in_one_line()
    assert "no Briefing Desk tables" in cli(capsys, empty, "sessions", "list").refused_in_one_line()
    assert folder_digest(tmp_path) == snapshot
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hollow.sqlite3"]
