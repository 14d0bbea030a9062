"""An action interrupted halfway — a migration, a backup, an export — leaves the earlier file as it was."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseRefused, UserError
from desktop_app.services.maintenance import backup_now
from desktop_app.services.search import check_search_index
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backups, fileformat, migrations, search_index
from tests.old_versions import app_of_schema

# -- migration --------------------------------------------------------------------------------


def _version_2_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database as the previous release wrote it (schema 2, no search index), with a session in it."""
    from tests.search.conftest import fill

    with app_of_schema(2), Workspace.open(path) as workspace:
        fill(workspace)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (RuntimeError("a bug halfway through the index"), DatabaseRefused),
        # Inside an SQL function SQLite turns it into an error: refused, like any failed upgrade.
        (KeyboardInterrupt(), (DatabaseRefused, KeyboardInterrupt)),
        (MemoryError(), MemoryError),
    ],
    ids=["error", "ctrl-c", "out-of-memory"],
)
def test_a_migration_interrupted_while_it_builds_the_index_leaves_version_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException,
    expected: type[BaseException] | tuple[type[BaseException], ...],
) -> None:
    path = tmp_path / "old.sqlite3"
    _version_2_file(path, monkeypatch)
    before = path.read_bytes()
    calls = {"n": 0}
    real = search_index.hangul_bigrams

    def dies_on_the_fifth_row(*texts: str | None) -> str:
        calls["n"] += 1
        if calls["n"] == 5:
            raise failure
        return real(*texts)

    monkeypatch.setattr(search_index, "hangul_bigrams", dies_on_the_fifth_row)
    with pytest.raises(expected):
        Workspace.open(path)
    assert calls["n"] == 5
    assert path.read_bytes() == before or _same_rows(path, before, tmp_path)
    assert not path.with_name(path.name + ".lock").exists() or _lock_is_free(path)
    monkeypatch.undo()
    with Workspace.open(path) as workspace:  # the next start upgrades it properly
        assert workspace.store.schema_version == migrations.SCHEMA_VERSION
        assert check_search_index(workspace, thorough=True).sound
    assert len(list((tmp_path / "backups").glob("old-before-upgrade-*"))) == 2


def _lock_is_free(path: Path) -> bool:
    from desktop_app.storage.lock import WriterLock

    WriterLock(path).acquire().release()
    return True


def _same_rows(path: Path, before: bytes, tmp_path: Path) -> bool:
    """WAL mode may checkpoint on close; what matters is the content: version 2, no index, same rows."""
    earlier = tmp_path / "earlier.sqlite3"
    earlier.write_bytes(before)
    dumps = []
    for candidate in (earlier, path):
        conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
            dumps.append(list(conn.iterdump()))
        finally:
            conn.close()
    return dumps[0] == dumps[1]


# -- backup -----------------------------------------------------------------------------------


@pytest.fixture
def with_one_backup(filled_db: Path) -> tuple[Workspace, Path]:
    workspace = Workspace.open(filled_db)
    first = backup_now(workspace)
    return workspace, first


@pytest.mark.parametrize(
    ("where", "failure", "expected"),
    [
        ("_table_counts", KeyboardInterrupt(), KeyboardInterrupt),  # Ctrl+C after the copy, before its check
        ("_table_counts", RuntimeError("power cut"), RuntimeError),
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), UserError),  # the copy cannot be flushed
        ("replace", OSError(errno.EIO, "Input/output error"), UserError),  # the rename into place fails
    ],
)
def test_an_interrupted_backup_leaves_the_database_and_earlier_backups(
    with_one_backup: tuple[Workspace, Path],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    failure: BaseException,
    expected: type[BaseException],
) -> None:
    workspace, first = with_one_backup
    earlier_backups = sorted(p.name for p in first.parent.iterdir())
    with workspace.store.transaction() as db:
        db.execute("UPDATE sessions SET notes = 'changed after the first backup'")
    first_bytes = first.read_bytes()
    rows_before = workspace.store.conn.execute("SELECT id, title, notes FROM sessions ORDER BY id").fetchall()

    def fail(*_args: object, **_kwargs: object) -> None:
        raise failure

    if where == "_table_counts":
        monkeypatch.setattr(backups, "_table_counts", fail)
    else:
        monkeypatch.setattr(backups.os, where, fail)
    with pytest.raises(expected):
        backup_now(workspace)
    monkeypatch.undo()

    assert sorted(p.name for p in first.parent.iterdir()) == earlier_backups  # no .partial, no half backup
    assert first.read_bytes() == first_bytes
    assert workspace.store.conn.execute("SELECT id, title, notes FROM sessions ORDER BY id").fetchall() == rows_before
    assert fileformat.run_integrity_check(workspace.path, thorough=True) == []
    made = backup_now(workspace)  # and the next backup works
    assert made != first and made.exists()
    workspace.close(backup=False)


# -- exports ----------------------------------------------------------------------------------


def _export_ics(workspace: Workspace, target: Path) -> None:
    from desktop_app.services.calendar_files import export_ics

    export_ics(workspace, target)


def _export_csv(workspace: Workspace, target: Path) -> None:
    from desktop_app.services.people_io import export_people

    export_people(workspace, target)


def _export_xlsx(workspace: Workspace, target: Path) -> None:
    from desktop_app.services.people_io import export_people

    export_people(workspace, target)


def _export_packet(workspace: Workspace, target: Path) -> None:
    from desktop_app.services.packets import generate_packet

    generate_packet(workspace, 1, target)


EXPORTS: dict[str, tuple[str, Callable[[Workspace, Path], None]]] = {
    "ics": ("calendar.ics", _export_ics),
    "csv": ("people.csv", _export_csv),
    "xlsx": ("people.xlsx", _export_xlsx),
    "packet": ("packet.docx", _export_packet),
}


@pytest.fixture
def body_with_people(db_path: Path) -> Workspace:
    from tests.search.conftest import fill

    workspace = Workspace.open(db_path)
    fill(workspace)
    return workspace


@pytest.mark.parametrize("kind", sorted(EXPORTS))
@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()], ids=["disk-full", "ctrl-c"]
)
def test_an_interrupted_export_leaves_the_earlier_file(
    body_with_people: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, failure: BaseException
) -> None:
    """The data is written to a temporary file; the failure comes as it is flushed to disk."""
    name, export = EXPORTS[kind]
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    export(body_with_people, target)  # the earlier, complete file
    earlier = target.read_bytes()

    def fail(_fd: int) -> None:
        assert [p for p in out.iterdir() if p.name.endswith(".partial")], "interrupted while the copy is written"
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises((UserError, OSError, KeyboardInterrupt)):
        export(body_with_people, target)
    monkeypatch.undo()
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in out.iterdir()) == [name]
    body_with_people.close(backup=False)


def test_an_exception_inside_the_packet_writer_leaves_the_earlier_packet(
    body_with_people: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.briefing import docx_writer

    target = tmp_path / "packet.docx"
    _export_packet(body_with_people, target)
    earlier = target.read_bytes()

    def half_written(_content: object, path: Path, **_kwargs: object) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise RuntimeError("python-docx failed halfway")

    monkeypatch.setattr(docx_writer, "write_packet", half_written)
    with pytest.raises(RuntimeError, match="halfway"):
        _export_packet(body_with_people, target)
    assert target.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    body_with_people.close(backup=False)
