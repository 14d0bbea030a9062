"""The lock file beside the database: never followed through a link, never truncating a stranger's file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop_app.storage import lock as lock_module
from desktop_app.storage.lock import lock_path_for
from tests.reliability.hostile import cli, digest


def test_a_lock_that_is_a_symlink_never_touches_its_target(filled_db: Path, tmp_path: Path, capsys) -> None:
    precious = tmp_path / "thesis.txt"
    precious.write_text("years of work\n", encoding="utf-8")
    lock_path_for(filled_db).symlink_to(precious)
    before = digest(filled_db)
    line = cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert "symbolic link" in line and str(lock_path_for(filled_db)) in line
    assert precious.read_text(encoding="utf-8") == "years of work\n"
    assert lock_path_for(filled_db).is_symlink()
    assert digest(filled_db) == before


def test_a_dangling_symlink_lock_creates_nothing_at_its_target(filled_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "elsewhere" / "planted"
    target.parent.mkdir()
    lock_path_for(filled_db).symlink_to(target)
    cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert not target.exists()


def test_a_hard_linked_lock_is_refused(filled_db: Path, tmp_path: Path, capsys) -> None:
    precious = tmp_path / "notes.txt"
    precious.write_text("keep me\n", encoding="utf-8")
    os.link(precious, lock_path_for(filled_db))
    assert "hard link" in cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert precious.read_text(encoding="utf-8") == "keep me\n"


def test_a_file_that_is_not_a_lock_is_never_truncated(filled_db: Path, capsys) -> None:
    lock_path_for(filled_db).write_text("someone's shopping list\n", encoding="utf-8")
    assert "not a Briefing Desk lock file" in cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert lock_path_for(filled_db).read_text(encoding="utf-8") == "someone's shopping list\n"


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_lock_path_that_is_not_a_regular_file_is_named(filled_db: Path, capsys, kind: str) -> None:
    path = lock_path_for(filled_db)
    path.mkdir() if kind == "folder" else os.mkfifo(path)
    line = cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert str(path) in line and "not a regular file" in line


def test_a_full_disk_while_writing_the_lock_leaves_no_empty_lock(
    filled_db: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = lock_module._open_lock

    def opens_on_a_full_disk(path: Path):  # type: ignore[no-untyped-def]
        handle, created = real_open(path)

        class Full:
            def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
                return getattr(handle, name)

            def flush(self) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

        return Full(), created

    monkeypatch.setattr(lock_module, "_open_lock", opens_on_a_full_disk)
    line = cli(capsys, filled_db, "sessions", "list").refused_in_one_line()
    assert "is full" in line
    assert not lock_path_for(filled_db).exists()


def test_the_lock_file_is_private(filled_db: Path) -> None:
    from desktop_app.storage.store import Store

    with Store.open(filled_db):
        assert lock_path_for(filled_db).stat().st_mode & 0o777 == 0o600
