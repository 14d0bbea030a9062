"""Verified backups through SQLite's backup API, their retention, and restore.

A backup is written to a temporary name, checked (integrity, owner, schema, row
counts against the live file), then renamed into place: a half-written or damaged
copy is never mistaken for a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain.notices import Notice, said
from desktop_app.errors import UserError
from desktop_app.storage import safefiles, sqlite_errors
from desktop_app.storage.fileformat import APPLICATION_ID
from desktop_app.storage.schema import AUDITED_TABLES

STAMP_FORMAT = "%Y%m%dT%H%M%S_%fZ"
PARTIAL = ".partial"  # a copy being written; with its journal, removed at the next open and by retention
LEFTOVER_AGE = timedelta(minutes=10)  # a partial this old belongs to no backup still running


class BackupFailed(UserError):
    """A backup could not be taken or failed its check; ``reason`` says why, without claims about the database."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def reason_of(exc: UserError) -> str:
    return exc.reason if isinstance(exc, BackupFailed) else said(exc)


def restore_copy_stem(stem: str) -> str:
    """Copies kept by a restore are named ``STEM.before-restore-STAMP.sqlite3`` beside the database."""
    return f"{stem}.before-restore"


KEEP_LAST = 10
KEEP_DAILY_FOR = timedelta(days=7)
KEEP_WEEKLY_FOR = timedelta(days=61)


def backup_name(stem: str, at: datetime) -> str:
    return f"{stem}-{at.astimezone(UTC).strftime(STAMP_FORMAT)}.sqlite3"


def _stamp_of(stem: str, path: Path) -> datetime | None:
    match = re.fullmatch(re.escape(stem) + r"-(\d{8}T\d{6}_\d{6}Z)\.sqlite3", path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)


def list_backups(directory: Path, stem: str) -> list[tuple[datetime, Path]]:
    """Backups of the database called ``stem`` in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = [(stamp, path) for path in directory.iterdir() if (stamp := _stamp_of(stem, path))]
    return sorted(found, reverse=True)


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in AUDITED_TABLES}


def copy_verified(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind ``source`` to ``target`` and prove the copy sound.

    The copy is a single self-contained file (rollback journal, not WAL) so it can be
    carried, opened or restored on its own.
    """
    partial = target.with_name(target.name + PARTIAL)
    _remove_partial(partial)

    def failed(reason: str) -> BackupFailed:
        return BackupFailed(
            Notice(f"the backup to {target} failed: {reason}", "backups.backup_failed", target=target, reason=reason),
            reason
            if str(target) in reason
            else Notice(f"{reason} ({target})", "backups.reason_at", reason=reason, target=target),
        )

    try:
        safefiles.create_private(partial)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            owner = copy.execute("PRAGMA application_id").fetchone()[0]
            same_version = (
                copy.execute("PRAGMA user_version").fetchone()[0] == source.execute("PRAGMA user_version").fetchone()[0]
            )
            same_rows = owner != APPLICATION_ID or _table_counts(copy) == _table_counts(source)
        finally:
            copy.close()
        if verdict != "ok" or owner != APPLICATION_ID or not same_version or not same_rows:
            raise failed(Notice(f"the copy failed its check ({verdict})", "backups.copy_failed_check", verdict=verdict))
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_directory(target.parent)
    except sqlite3.Error as exc:
        raise failed(sqlite_errors.describe(exc, target)) from exc
    except OSError as exc:
        raise failed(safefiles.describe_os_error(exc, target)) from exc
    finally:
        _remove_partial(partial)
    return target


# What SQLite may leave beside a copy it was writing: the copy takes the source's WAL mode, so a
# copy opened to be verified can have a -wal and a -shm as well as a rollback -journal.
_SIDECARS = ("", "-journal", "-wal", "-shm")


def _remove_partial(partial: Path) -> None:
    for suffix in _SIDECARS:
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _partials(directory: Path, stem: str) -> list[Path]:
    if not directory.is_dir():
        return []
    pattern = re.compile(re.escape(stem) + r"-\d{8}T\d{6}_\d{6}Z\.sqlite3\.partial(-journal|-wal|-shm)?")
    return [path for path in directory.iterdir() if pattern.fullmatch(path.name)]


def clean_leftovers(database: Path, backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Remove what interrupted backups and restores left (``.partial`` copies and their journals).

    Called by the writer that holds the lock, so no copy of this database is being written
    meanwhile by anyone but itself; ``now`` only spares partials younger than a few minutes.
    """
    removed = []
    for directory, stem in (
        (backups_dir, database.stem),
        (backups_dir, database.stem + "-before-upgrade"),
        (database.parent, restore_copy_stem(database.stem)),
    ):
        for path in _partials(directory, stem):
            if now is not None and _age(path, now) < LEFTOVER_AGE:
                continue
            _remove_partial(path)
            removed.append(path)
    return removed


def _age(path: Path, now: datetime) -> timedelta:
    try:
        return now - datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return timedelta(0)


def take_backup(source: sqlite3.Connection, directory: Path, stem: str, now: datetime | None = None) -> Path:
    """A new verified backup in ``directory``, then older ones pruned by the retention rule."""
    now = now or datetime.now(UTC)
    try:
        safefiles.make_private_dir(directory, tighten=False)
    except OSError as exc:
        problem = safefiles.describe_os_error(exc, directory)
        reason = Notice(f"cannot create the backup folder: {problem}", "backups.no_folder", problem=problem)
        raise BackupFailed(reason) from exc
    path = copy_verified(source, directory / backup_name(stem, now))
    prune(directory, stem, now)
    return path


def backups_to_keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """The last ten, plus the newest of each day for a week and of each week for two months."""
    newest_first = sorted(stamps, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    daily: dict[object, datetime] = {}
    weekly: dict[object, datetime] = {}
    for stamp in newest_first:
        age = now - stamp
        if age <= KEEP_DAILY_FOR:
            daily.setdefault(stamp.date(), stamp)
        if age <= KEEP_WEEKLY_FOR:
            weekly.setdefault(stamp.isocalendar()[:2], stamp)
    return keep | set(daily.values()) | set(weekly.values())


def prune(directory: Path, stem: str, now: datetime) -> list[Path]:
    existing = list_backups(directory, stem)
    keep = backups_to_keep([stamp for stamp, _ in existing], now)
    removed = []
    for stamp, path in existing:
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    for partial in _partials(directory, stem):  # an interrupted backup is never a backup to keep
        if _age(partial, now) >= LEFTOVER_AGE:
            _remove_partial(partial)
            removed.append(partial)
    return removed
