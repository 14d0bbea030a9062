"""Ordered schema migrations. Version N is reached by running migration N-1 → N.

Each migration runs in one transaction together with the ``user_version`` bump, so a
crash leaves the file at the old version or the new one, never in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.storage.schema import schema_v1_statements
from desktop_app.storage.schema_briefs import schema_briefs_statements
from desktop_app.storage.schema_holidays import added_holidays_statements
from desktop_app.storage.schema_session_mode import session_mode_statements
from desktop_app.storage.schema_sync import schema_sync_statements
from desktop_app.storage.schema_v2 import schema_v2_statements
from desktop_app.storage.schema_v3 import SEARCH_TABLES, fill_statement, schema_v3_statements
from desktop_app.storage.schema_v4 import add_body_identity

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _create_schema_v1(db: sqlite_utils.Database) -> None:
    for statement in schema_v1_statements():
        db.execute(statement)


def _add_series(db: sqlite_utils.Database) -> None:
    for statement in schema_v2_statements():
        db.execute(statement)


def _add_search(db: sqlite_utils.Database) -> None:
    """The search index, built from the rows already there (a few seconds for ten years of sessions)."""
    for statement in schema_v3_statements():
        db.execute(statement)
    for spec in SEARCH_TABLES:
        db.execute(fill_statement(spec))


def _store_session_mode(db: sqlite_utils.Database) -> None:
    for statement in session_mode_statements():
        db.execute(statement)


def _add_holidays(db: sqlite_utils.Database) -> None:
    for statement in added_holidays_statements():
        db.execute(statement)


def _add_sync(db: sqlite_utils.Database) -> None:
    for statement in schema_sync_statements():
        db.execute(statement)


def _add_briefs(db: sqlite_utils.Database) -> None:
    for statement in schema_briefs_statements():
        db.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create the data model", _create_schema_v1),
    Migration(2, "series of sessions from a recurrence rule", _add_series),
    Migration(3, "full-text search over sessions, agendas, outcomes, action items and people", _add_search),
    Migration(4, "the body's UID, whether it was set up, and each side's holiday country", add_body_identity),
    Migration(5, "whether a session is in person or by video, stored", _store_session_mode),
    Migration(6, "public holidays added or imported by the user", _add_holidays),
    Migration(7, "two desks: global ids, lineage, agreement per side, change clocks", _add_sync),
    Migration(8, "the principal's brief for a session and our aim per agenda item", _add_briefs),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: sqlite_utils.Database) -> list[Migration]:
    current = user_version(db)
    return [migration for migration in MIGRATIONS if migration.version > current]


def migrate(db: sqlite_utils.Database) -> list[Migration]:
    """Bring ``db`` to ``SCHEMA_VERSION``; return the migrations that ran."""
    ran = []
    for migration in pending(db):
        with db.atomic():
            migration.apply(db)
            db.execute(f"PRAGMA user_version = {int(migration.version)}")
        ran.append(migration)
    return ran
