"""Checks on a database file that change nothing in it.

Everything here reads the 100-byte SQLite header directly or opens the file
read-only, so a refused file is left byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.notices import Notice, and_more
from desktop_app.errors import DatabaseRefused
from desktop_app.storage.migrations import SCHEMA_VERSION

APPLICATION_ID = 0x42524644  # "BRFD": marks the file as ours in `PRAGMA application_id`
SQLITE_MAGIC = b"SQLite format 3\x00"
# Every open runs ``quick_check`` on a file up to this size (a few milliseconds); a larger file
# gets it only after an unclean close. ``quick_check`` reads every page: 225 ms for thirty
# years of a body (180 MB), growing with the history, on every start.
QUICK_CHECK_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    page_count_valid: bool
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(100)
    except IsADirectoryError as exc:
        raise DatabaseRefused(
            Notice(f"{path} is a folder, not a database file", "fileformat.folder_not_database_file", path=path)
        ) from exc
    except OSError as exc:
        raise DatabaseRefused(
            Notice(f"cannot read {path}: {exc.strerror}", "fileformat.cannot_read", path=path, strerror=exc.strerror)
        ) from exc
    if not raw:
        raise DatabaseRefused(
            Notice(
                f"{path} is an empty file, not a Briefing Desk database",
                "fileformat.empty_file_not_briefing",
                path=path,
            )
        )
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(
            Notice(
                f"{path} is not a database (it is not an SQLite file)", "fileformat.not_database_not_sqlite", path=path
            )
        )
    page_size = int.from_bytes(raw[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = raw[24:28]
    version_valid_for = raw[92:96]
    return Header(
        page_size=page_size,
        page_count=int.from_bytes(raw[28:32], "big"),
        page_count_valid=change_counter == version_valid_for,
        user_version=int.from_bytes(raw[60:64], "big"),
        application_id=int.from_bytes(raw[68:72], "big"),
    )


def _has_live_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def readonly_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def inspect_database(path: Path, *, thorough: bool = False) -> Header:
    """Refuse ``path`` with a message saying why, unless it is a sound database of ours.

    ``thorough`` runs the full ``integrity_check`` (the ``check`` command, restore). Otherwise
    (every open) ``quick_check`` runs when the file is small (``QUICK_CHECK_LIMIT``) or a
    ``-wal`` file lies beside it: the last writer did not close cleanly (a crash, a power cut;
    a clean close removes it) or another process has the file open. A large file closed cleanly
    gets the header checks and its schema read instead; SQLite still checks each page as it reads
    it, the ``check`` command runs the full check, and every backup is checked in full.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise DatabaseRefused(
            Notice(
                f"{path} belongs to another application (it is an SQLite file, but not a Briefing Desk database)",
                "fileformat.belongs_another_application_sqlite",
                path=path,
            )
        )
    if header.user_version > SCHEMA_VERSION:
        raise DatabaseRefused(
            Notice(
                f"{path} was written by a newer version of Briefing Desk (schema {header.user_version}; "
                f"this version reads up to {SCHEMA_VERSION}); update Briefing Desk to open it",
                "fileformat.written_newer_version_briefing",
                path=path,
                user_version=header.user_version,
                schema_version=SCHEMA_VERSION,
            )
        )
    size = path.stat().st_size
    if header.page_count_valid and not _has_live_wal(path):
        expected = header.page_count * header.page_size
        if size < expected:
            raise DatabaseRefused(
                Notice(
                    f"{path} is damaged: it is truncated ({size} of {expected} bytes)",
                    "fileformat.damaged_truncated_bytes",
                    path=path,
                    size=size,
                    expected=expected,
                )
            )
    if thorough or size <= QUICK_CHECK_LIMIT or closed_uncleanly(path):
        problems = run_integrity_check(path, thorough=thorough)
    else:
        problems = read_schema(path)
    if problems:
        raise DatabaseRefused(
            Notice(f"{path} is damaged: {problems[0]}", "fileformat.damaged", path=path, problems=problems[0])
        )
    differences = run_schema_check(path, header.user_version)
    if differences:
        more = and_more(len(differences) - 1)
        raise DatabaseRefused(
            Notice(
                f"{path} is not a Briefing Desk database as this version writes it: {differences[0]}{more}; "
                "it was left unchanged",
                "fileformat.not_briefing_desk_database",
                path=path,
                differences=differences[0],
                more=more,
            )
        )
    return header


def closed_uncleanly(path: Path) -> bool:
    """A ``-wal`` file with pages in it beside ``path``: its last writer did not close it (or has it open now).

    An empty one is no sign: a read-only reader (``--db X sessions list`` on a read-only file, say)
    leaves it behind, having nothing to write back.
    """
    return _has_live_wal(path)


def _checking_uri(path: Path) -> str:
    uri = readonly_uri(path)
    if not path.with_name(path.name + "-wal").exists():
        # Nothing but the main file: read it as immutable so that SQLite does not leave
        # -shm/-wal files beside a file we may be about to refuse.
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_checking_uri(path), uri=True)


def read_schema(path: Path) -> list[str]:
    """The cheap check: SQLite parses the whole schema and reads the first page of each table."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        names = [str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            conn.execute(f'SELECT 1 FROM "{name.replace(chr(34), chr(34) * 2)}" LIMIT 1').fetchall()
        return []
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def run_schema_check(path: Path, version: int) -> list[str]:
    """How the schema of ``path`` differs from what the migrations make at ``version``; empty when exact."""
    from desktop_app.storage.schema_check import schema_differences

    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return schema_differences(conn, version)
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def run_integrity_check(path: Path, *, thorough: bool) -> list[str]:
    """The problems SQLite finds in ``path``, opened read-only; empty when sound."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        if rows == ["ok"]:
            rows = []
        if thorough and not rows:
            rows = [f"broken reference in {row[0]} row {row[1]}" for row in conn.execute("PRAGMA foreign_key_check")]
        return rows
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
