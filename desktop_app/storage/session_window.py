"""A window of sessions in a chosen order, and where one session falls in it, from the indexes.

The Sessions list reads the rows it shows, not the body's whole history: a count, a page
(``LIMIT``/``OFFSET`` over the order), a position (a count of the rows ordered before a
session). Every order ends in ``start_utc, id`` so that it is total and stable. A row dated
outside the range the app can show is never counted nor read (``check`` names it).
"""

from __future__ import annotations

from desktop_app.domain.dates import STORED_START_IN_RANGE
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session
from desktop_app.errors import NotFound
from desktop_app.storage.rows import Readable, fetch_dicts
from desktop_app.storage.session_repository import session_from_row

# The sort keys the list offers, as SQL expressions over ``sessions`` (never user text).
ORDERS: dict[str, tuple[str, ...]] = {
    "number": ("coalesce(number, 0)",),
    "start": (),
    "title": ("title",),
    "title_ko": ("title_ko",),
    "format": ("format",),
    "host": ("host_side",),
    "status": ("status",),
    "venue": ("venue_city", "venue_building"),
}


def _keys(order: str) -> tuple[str, ...]:
    try:
        return (*ORDERS[order], "start_utc", "id")
    except KeyError:
        raise ValueError(f"no such order {order!r}") from None


def count_sessions(db: Readable) -> int:
    return int(db.execute(f"SELECT count(*) FROM sessions WHERE {STORED_START_IN_RANGE}").fetchone()[0])


def session_page(db: Readable, order: str, *, descending: bool, offset: int, limit: int) -> list[Session]:
    """``limit`` sessions from ``offset`` in the order (0 is the first row)."""
    direction = " DESC" if descending else ""
    keys = ", ".join(key + direction for key in _keys(order))
    sql = f"SELECT * FROM sessions WHERE {STORED_START_IN_RANGE} ORDER BY {keys} LIMIT ? OFFSET ?"
    rows = fetch_dicts(db, sql, [limit, offset])
    return [session_from_row(row) for row in rows]


def session_position(db: Readable, order: str, session_id: int, *, descending: bool) -> int:
    """The row ``session_id`` takes in the order: how many sessions come before it."""
    keys = _keys(order)
    tuple_sql = "(" + ", ".join(keys) + ")"
    found = db.execute(
        f"SELECT {', '.join(keys)} FROM sessions WHERE id = ? AND {STORED_START_IN_RANGE}", [session_id]
    ).fetchone()
    if found is None:
        raise NotFound(Notice(f"there is no session {session_id}", "session_window.no_session", session_id=session_id))
    before = ">" if descending else "<"
    marks = "(" + ", ".join("?" * len(keys)) + ")"
    return int(
        db.execute(
            f"SELECT count(*) FROM sessions WHERE {STORED_START_IN_RANGE} AND {tuple_sql} {before} {marks}", list(found)
        ).fetchone()[0]
    )
