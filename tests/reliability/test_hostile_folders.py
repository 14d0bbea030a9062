"""Private files, read-only folders, full disks and pipes: what the user is told, and what is left."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage import backups, safefiles
from tests.reliability.hostile import cli, cli_process, digest


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_internal_is_private(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "home" / "BriefingDesk"
    monkeypatch.setenv("BRIEFING_DESK_DB", str(data / "desk.sqlite3"))
    monkeypatch.setattr("desktop_app.paths.user_data_dir", lambda: data)
    capsys.readouterr()
    from desktop_app.cli import main

    assert main(["sessions", "add", "--title", "R1", "--start", "2027-03-09 10:00", "--tz", "Asia/Seoul"]) == 0
    db = data / "desk.sqlite3"
    assert mode(db) == 0o600
    assert mode(db.parent / "backups") == 0o700
    assert {mode(p) for p in (db.parent / "backups").iterdir()} == {0o600}
    restored_from = next((db.parent / "backups").iterdir())
    assert main(["restore", str(restored_from)]) == 0
    (aside,) = data.glob("desk.before-restore-*.sqlite3")
    assert mode(aside) == 0o600
    packet = tmp_path / "internal.docx"
    assert main(["packet", "-o", str(packet), "1"]) == 0
    assert mode(packet) == 0o600


def test_the_wal_and_shm_are_private_while_open(filled_db: Path) -> None:
    from desktop_app.services.sessions import add_session
    from desktop_app.services.workspace import Workspace
    from tests.conftest import seoul_session

    previous = os.umask(0o022)
    try:
        with Workspace.open(filled_db) as workspace:
            add_session(workspace, seoul_session("While open"))
            beside = [filled_db.with_name(filled_db.name + suffix) for suffix in ("-wal", "-shm")]
            assert all(path.exists() for path in beside)
            assert {mode(path) for path in [filled_db, *beside]} == {0o600}
    finally:
        os.umask(previous)


def test_a_full_disk_anywhere_else_is_one_line_not_unexpected(
    filled_db: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "all.ics"))

    monkeypatch.setattr("desktop_app.exchange.ics_export.build_calendar", full)
    outcome = cli(capsys, filled_db, "ics", "export", "-o", str(tmp_path / "all.ics"))
    assert outcome.refused_in_one_line() == f"error: the disk is full (writing {tmp_path / 'all.ics'})"


def test_the_data_folder_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.workspace import prepare_data_folder

    folder = tmp_path / "data" / "BriefingDesk"
    prepare_data_folder(folder)
    assert mode(folder) == 0o700
    folder.chmod(0o755)
    prepare_data_folder(folder)  # an existing one of ours is tightened
    assert mode(folder) == 0o700


def test_files_for_the_counterpart_follow_the_umask(filled_db: Path, tmp_path: Path, capsys) -> None:
    previous = os.umask(0o022)
    try:
        assert cli(capsys, filled_db, "ics", "export", "-o", str(tmp_path / "all.ics")).code == 0
        assert cli(capsys, filled_db, "people", "export", "-o", str(tmp_path / "people.csv")).code == 0
    finally:
        os.umask(previous)
    assert mode(tmp_path / "all.ics") == 0o644
    assert mode(tmp_path / "people.csv") == 0o644


def test_the_error_log_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.cli import _log_unexpected

    monkeypatch.setattr("desktop_app.paths.user_log_dir", lambda: tmp_path / "log")
    log = _log_unexpected(RuntimeError("a bug"))
    assert log is not None and mode(log) == 0o600 and mode(log.parent) == 0o700


def test_a_fifo_as_the_database_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    for command in (["sessions", "list"], ["check"]):
        outcome = cli_process(fifo, *command, timeout=60)  # a hang would fail here, not pass slowly
        assert "not a regular file" in outcome.refused_in_one_line()


def test_a_backup_that_fails_after_the_commit_says_saved(filled_db: Path, capsys) -> None:
    shutil.rmtree(filled_db.parent / "backups")
    (filled_db.parent / "backups").write_text("not a folder", encoding="utf-8")
    outcome = cli(capsys, filled_db, "actions", "add", "1", "Kept", "--due", "2027-05-01")
    text = outcome.refused_in_one_line()
    assert text.startswith("error: saved; but the backup failed: ")
    assert "unchanged" not in text
    conn = sqlite3.connect(filled_db)
    assert conn.execute("SELECT count(*) FROM action_items WHERE text = 'Kept'").fetchone()[0] == 1
    conn.close()


def test_a_full_disk_during_the_backup_names_the_full_disk(
    filled_db: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safefiles, "create_private", full)
    text = cli(capsys, filled_db, "actions", "add", "1", "Reply").refused_in_one_line()
    assert text.startswith("error: saved; but the backup failed: the disk is full")


def test_interrupted_backups_are_removed_at_the_next_open(filled_db: Path, capsys) -> None:
    folder = filled_db.parent / "backups"
    stem = filled_db.stem
    planted = [
        folder / f"{stem}-20270101T000000_000000Z.sqlite3.partial",
        folder / f"{stem}-20270101T000000_000000Z.sqlite3.partial-journal",
        folder / f"{stem}-before-upgrade-20270101T000000_000000Z.sqlite3.partial",
        filled_db.parent / f"{stem}.before-restore-20270101T000000_000000Z.sqlite3.partial",
        # a copy opened to be verified takes the source's WAL mode: its -wal and -shm go too
        filled_db.parent / f"{stem}.before-restore-20270101T000000_000000Z.sqlite3.partial-wal",
        filled_db.parent / f"{stem}.before-restore-20270101T000000_000000Z.sqlite3.partial-shm",
    ]
    unrelated = folder / "someone-else-20270101T000000_000000Z.sqlite3.partial"
    for path in [*planted, unrelated]:
        path.write_bytes(b"half a copy")
    assert cli(capsys, filled_db, "sessions", "list").code == 0
    assert not any(path.exists() for path in planted)
    assert unrelated.exists()


def test_retention_removes_old_partials_too(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2027, 3, 1, tzinfo=UTC)
    old = tmp_path / "desk-20270101T000000_000000Z.sqlite3.partial"
    old.write_bytes(b"x")
    stamp = (now - timedelta(hours=1)).timestamp()
    os.utime(old, (stamp, stamp))
    assert old in backups.prune(tmp_path, "desk", now)
    assert not old.exists()


def _readable_by_others(path: Path) -> bool:
    """Whether another user can reach ``path``: every folder above it lets others through."""
    return all(folder.stat().st_mode & stat.S_IXOTH for folder in (path, *path.parents))


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid")
    or os.geteuid() != 0
    or shutil.which("setpriv") is None
    # the other user runs this checkout and its interpreter: a checkout in a private folder is out of reach
    or not _readable_by_others(Path(__file__).resolve().parent)
    or not _readable_by_others(Path(sys.executable).parent),
    reason="needs root, setpriv and a checkout other users can read, to run a command as a user who cannot write",
)


@needs_root
def test_a_database_in_a_read_only_folder_opens_read_only(filled_db: Path, tmp_path_factory) -> None:
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="briefing-desk-shared-"))  # pytest's own folder is 0700
    shared = tmp_path / "shared"
    shared.mkdir()
    db = shared / "desk.sqlite3"
    shutil.copyfile(filled_db, db)
    shared.chmod(0o755)
    db.chmod(0o644)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    outbox.chmod(0o777)
    tmp_path.chmod(0o755)
    before = digest(db)

    def as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "HOME": str(outbox), "XDG_STATE_HOME": str(outbox)}
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "desktop_app"]
        return subprocess.run([*command, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=120)

    listed = as_nobody("sessions", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Second round" in listed.stdout
    assert as_nobody("search", "round").returncode == 0
    assert as_nobody("ics", "export", "-o", str(outbox / "all.ics")).returncode == 0
    assert as_nobody("packet", "-o", str(outbox / "p.docx"), "1").returncode == 0
    refused = as_nobody("sessions", "add", "--title", "X", "--start", "2027-05-01 10:00", "--tz", "UTC")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "read-only" in refused.stderr and str(shared) in refused.stderr
    assert digest(db) == before
    assert sorted(p.name for p in shared.iterdir()) == ["desk.sqlite3"]
    shutil.rmtree(tmp_path)


def test_a_backup_folder_the_user_names_keeps_its_mode(filled_db: Path, tmp_path: Path, capsys) -> None:
    shared = tmp_path / "team-backups"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    made = cli(capsys, filled_db, "backup", "--to", str(shared))
    assert made.code == 0, made.err
    assert mode(shared) == 0o755
    assert {mode(path) for path in shared.iterdir()} == {0o600}
    fresh = tmp_path / "new-backups"
    assert cli(capsys, filled_db, "backup", "--to", str(fresh)).code == 0
    assert mode(fresh) == 0o700
