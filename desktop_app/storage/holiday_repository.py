"""Rows of ``added_holidays``: the public holidays a user added or imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop_app.storage.rows import Readable

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class AddedHoliday:
    country: str  # ISO 3166 code: "KR"
    day: date
    name: str
    source: str  # "added by hand", or the file it was imported from
    added_at: datetime  # UTC


def list_added(db: Readable) -> list[AddedHoliday]:
    rows = db.execute("SELECT country, day, name, source, added_at FROM added_holidays ORDER BY day, country")
    return [
        AddedHoliday(country, date.fromisoformat(day), name, source, datetime.fromisoformat(added_at))
        for country, day, name, source, added_at in rows.fetchall()
    ]


def get(db: Readable, country: str, day: date) -> AddedHoliday | None:
    row = db.execute(
        "SELECT country, day, name, source, added_at FROM added_holidays WHERE country = ? AND day = ?",
        [country, day.isoformat()],
    ).fetchone()
    if row is None:
        return None
    return AddedHoliday(row[0], date.fromisoformat(row[1]), row[2], row[3], datetime.fromisoformat(row[4]))


def put(db: sqlite_utils.Database, holiday: AddedHoliday) -> bool:
    """Add ``holiday``, or rename the one on that day; False when it was there already, unchanged."""
    known = db.execute(
        "SELECT name FROM added_holidays WHERE country = ? AND day = ?", [holiday.country, holiday.day.isoformat()]
    ).fetchone()
    if known is not None and known[0] == holiday.name:
        return False
    db.execute(
        "INSERT INTO added_holidays (country, day, name, source, added_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (country, day) DO UPDATE SET name = excluded.name, source = excluded.source, "
        "added_at = excluded.added_at",
        [holiday.country, holiday.day.isoformat(), holiday.name, holiday.source, holiday.added_at.isoformat()],
    )
    return True


def remove(db: sqlite_utils.Database, country: str, day: date) -> bool:
    cursor = db.execute("DELETE FROM added_holidays WHERE country = ? AND day = ?", [country, day.isoformat()])
    return bool(cursor.rowcount)
