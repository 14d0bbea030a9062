"""Who sits in which session when: the rows behind double-booking warnings.

One query with the attendance joined in, so a calendar page or a dialog costs one
round trip however many sessions it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from desktop_app.domain.dates import stored_in_range


@dataclass(frozen=True)
class BookingRow:
    session_id: int
    number: int | None
    title: str
    start: datetime
    end: datetime
    person_ids: frozenset[int]


def booking_rows(
    db: sqlite_utils.Database, *, start: datetime | None = None, end: datetime | None = None
) -> tuple[list[BookingRow], dict[int, str]]:
    """Sessions going ahead that overlap [start, end) with the people not declining, and those people's names.

    A session lasts at most a week, so those starting up to a week before ``start`` are read too.
    """
    where, args = ["s.status NOT IN ('cancelled', 'postponed')", stored_in_range("s.start_utc")], []
    if start is not None:
        where.append("s.start_utc >= ?")
        args.append((start - timedelta(days=7)).isoformat())
    if end is not None:
        where.append("s.start_utc < ?")
        args.append(end.isoformat())
    sql = f"""
        SELECT s.id, s.number, s.title, s.start_utc, s.duration_minutes, a.person_id, p.name
        FROM sessions s
        LEFT JOIN attendance a ON a.session_id = s.id AND a.rsvp != 'declined'
        LEFT JOIN people p ON p.id = a.person_id
        WHERE {" AND ".join(where)}
        ORDER BY s.start_utc, s.id
    """
    sessions: dict[int, tuple[int | None, str, datetime, int]] = {}
    people: dict[int, set[int]] = {}
    names: dict[int, str] = {}
    for session_id, number, title, start_utc, minutes, person_id, name in db.execute(sql, args).fetchall():
        if session_id not in sessions:
            sessions[session_id] = (number, title, datetime.fromisoformat(start_utc), minutes)
            people[session_id] = set()
        if person_id is not None:
            people[session_id].add(person_id)
            names[person_id] = name
    rows = [
        BookingRow(sid, number, title, begin, begin + timedelta(minutes=minutes), frozenset(people[sid]))
        for sid, (number, title, begin, minutes) in sessions.items()
    ]
    return rows, names
