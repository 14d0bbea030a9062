"""SQLite's failures in one sentence each, told apart by error code, never by message text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.storage.safefiles import read_only_reason

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


# The failures that are the machine's, not ours: the user can act on them (free the disk, close
# the other program, copy the file elsewhere). Anything else from SQLite is a bug of ours.
ENVIRONMENTAL = frozenset(
    {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL,
     SQLITE_CANTOPEN, SQLITE_NOTADB}
)  # fmt: skip


def primary_code(exc: sqlite3.Error) -> int | None:
    """The primary result code (``SQLITE_IOERR`` for ``SQLITE_IOERR_WRITE``); None for a non-SQLite error."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def error_name(exc: sqlite3.Error) -> str:
    """The extended result code's name, e.g. ``SQLITE_CONSTRAINT_FOREIGNKEY``; "" when SQLite gave none."""
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_environmental(exc: sqlite3.Error) -> bool:
    return primary_code(exc) in ENVIRONMENTAL


def is_busy(exc: sqlite3.Error) -> bool:
    return primary_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_damaged(exc: sqlite3.Error) -> bool:
    return primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def is_foreign_key_violation(exc: sqlite3.Error) -> bool:
    """A row still refers to the one changed or removed (``SQLITE_CONSTRAINT_FOREIGNKEY``)."""
    return error_name(exc) == "SQLITE_CONSTRAINT_FOREIGNKEY"


def is_disk_full(exc: sqlite3.Error) -> bool:
    return primary_code(exc) == SQLITE_FULL


def is_read_only(exc: sqlite3.Error) -> bool:
    return primary_code(exc) == SQLITE_READONLY


def describe(exc: sqlite3.Error, path: Path) -> str:
    """What went wrong with the database at ``path``, for the user."""
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return Notice(f"the disk is full (writing {path})", "sqlite_errors.disk_full_writing", path=path)
    if code == SQLITE_READONLY:
        return read_only_reason(path)
    if code == SQLITE_CANTOPEN:
        return Notice(
            f"{path} cannot be opened ({read_only_reason(path)})",
            "sqlite_errors.cannot_opened",
            path=path,
            read_only_reason_path=read_only_reason(path),
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Notice(
            f"{path} is busy in another program; try again", "sqlite_errors.busy_another_program_try", path=path
        )
    if code == SQLITE_NOMEM:
        return Notice("there is not enough memory", "sqlite_errors.not_enough_memory")
    if code == SQLITE_IOERR:
        return Notice(
            f"the disk holding {path} failed to read or write ({exc})",
            "sqlite_errors.disk_holding_failed_read",
            path=path,
            exc=exc,
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return Notice(f"{path} is damaged ({exc})", "sqlite_errors.damaged", path=path, exc=exc)
    return Notice(f"{path}: {exc}", "sqlite_errors.text", path=path, exc=exc)
