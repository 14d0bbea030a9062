"""Schema version 4: the body's identity and its sides' holidays.

- ``body.uid``: the UUID both desks of one body share; packages carry it, and a package of
  another body is refused. An existing database gets a fresh one (its counterpart desk
  adopts it from the first package it imports).
- ``body.set_up``: 1 once the desk chose the body's name and sides (first-run setup, a
  joined package, the sample body). A database that already holds sessions or people was
  set up by use; an empty one is offered the setup when next opened.
- ``sides.holiday_country``: the ISO 3166 country whose public holidays warn for that side.
  Existing databases migrate as they were used: ROK → KR, US → US, other codes unset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.body import new_body_uid

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_V4 = [
    "ALTER TABLE body ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE body ADD COLUMN set_up INTEGER NOT NULL DEFAULT 0 CHECK (set_up IN (0, 1))",
    "ALTER TABLE sides ADD COLUMN holiday_country TEXT NOT NULL DEFAULT ''",
    "UPDATE sides SET holiday_country = 'KR' WHERE code IN ('ROK', 'KOR', 'KR')",
    "UPDATE sides SET holiday_country = 'US' WHERE code IN ('US', 'USA')",
    """UPDATE body SET set_up = 1
        WHERE EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 FROM people)""",
]


def add_body_identity(db: sqlite_utils.Database) -> None:
    for statement in SCHEMA_V4:
        db.execute(statement)
    db.execute("UPDATE body SET uid = ? WHERE uid = ''", [new_body_uid()])  # a new file has no row yet
