"""Checking, backing up and restoring the database file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.notices import Notice, and_more
from desktop_app.errors import DatabaseRefused, UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backups, sqlite_errors
from desktop_app.storage.fileformat import inspect_database, readonly_uri
from desktop_app.storage.safefiles import require_regular_file


def check_database(path: Path) -> None:
    """A full integrity check of ``path``, changing nothing; raises ``DatabaseRefused`` with the first problem."""
    if not path.exists():
        raise DatabaseRefused(Notice(f"{path} does not exist", "maintenance.does_not_exist", path=path))
    require_regular_file(path, "database file", DatabaseRefused)
    inspect_database(path, thorough=True)
    problems = _content_problems(path)
    if problems:
        more = and_more(len(problems) - 1)
        raise DatabaseRefused(
            Notice(
                f"{path} is sound as a file, but {problems[0]}{more}",
                "maintenance.sound_file_but",
                path=path,
                problems=problems[0],
                more=more,
            )
        )


def _content_problems(path: Path) -> list[str]:
    """Rows the app refuses to show: dates outside the accepted range."""
    from desktop_app.storage.fileformat import connect_read_only
    from desktop_app.storage.session_repository import invalid_sessions

    conn = connect_read_only(path)  # immutable when there is no WAL: check leaves no -shm or -wal behind
    try:
        return invalid_sessions(conn)
    finally:
        conn.close()


def backup_now(workspace: Workspace, directory: Path | None = None) -> Path:
    return workspace.store.backup(directory)


@dataclass(frozen=True)
class BackupJob:
    """A backup to take away from the window's thread: plain paths, no connection."""

    database: Path
    directory: Path
    changes: int  # the writer's change count when the job was planned (see ``record_backup``)


def plan_backup(workspace: Workspace, directory: Path | None = None) -> BackupJob:
    """On the thread that owns the workspace: what ``backup_file`` needs, as plain data."""
    return BackupJob(workspace.path, directory or workspace.store.backups_dir, workspace.store.conn.total_changes)


def backup_file(database: Path, directory: Path) -> Path:
    """A verified backup of the database at ``database`` into ``directory``, from any thread.

    It opens its own read-only connection (WAL lets it read while the window's connection
    writes) and holds one read transaction throughout, so the copy and the row counts it is
    checked against are the same snapshot even when a change is saved meanwhile::

        job = plan_backup(workspace)                       # the window's thread
        made = backup_file(job.database, job.directory)    # a worker thread
        record_backup(workspace, job, made)                # the window's thread again
    """
    try:
        conn = sqlite3.connect(readonly_uri(database), uri=True)
    except sqlite3.Error as exc:
        why = sqlite_errors.describe(exc, database)
        raise UserError(
            Notice(
                f"cannot read {database} to back it up: {why}",
                "maintenance.cannot_read_back_up",
                database=database,
                exc=why,
            )
        ) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
        return backups.take_backup(conn, directory, database.stem)
    except sqlite3.Error as exc:
        why = sqlite_errors.describe(exc, database)
        english = f"the backup of {database} failed: {why}; the database is unchanged"
        raise UserError(
            Notice(english, "maintenance.backup_failed_database_unchanged", database=database, exc=why)
        ) from exc
    finally:
        conn.close()


def record_backup(workspace: Workspace, job: BackupJob, made: Path) -> None:
    """Note a backup taken by ``backup_file`` for ``workspace``, so closing does not take it again.

    Changes saved after the job was planned are not in it: closing still backs those up.
    """
    if workspace.store.closed or workspace.path != job.database:
        return
    workspace.store.record_backup(made, job.changes)


def restore(workspace: Workspace, source: Path) -> Path:
    """Restore from ``source``; return where the previous contents were kept."""
    aside = workspace.store.restore_from(source)
    workspace.reload_body()
    return aside
