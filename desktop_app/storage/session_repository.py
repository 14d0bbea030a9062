"""Sessions: rows to dataclasses and back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.dates import RANGE_TEXT, STORED_START_IN_RANGE, in_range
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session, SessionFormat, SessionMode, SessionStatus
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.storage.rows import Readable, fetch_dicts

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = (
    "uid",
    "number",
    "title",
    "title_ko",
    "timezone",
    "duration_minutes",
    "venue_city",
    "venue_building",
    "video_link",
    "host_side",
    "sequence",
    "notes",
    "series_id",
)


def session_to_row(session: Session) -> dict[str, Any]:
    row = {name: getattr(session, name) for name in _COLUMNS}
    row["start_utc"] = session.start.isoformat()
    row["format"] = str(session.format)
    row["status"] = str(session.status)
    row["mode"] = str(session.mode)
    return row


def _stored_start(row: dict[str, Any]) -> datetime:
    try:
        start = datetime.fromisoformat(row["start_utc"])
    except (TypeError, ValueError):
        start = None
    if start is None or start.tzinfo is None or not in_range(start):
        raise InvalidInput(
            Notice(
                f"session {row['id']} ({row.get('title', '')!r}) has an invalid start {row['start_utc']!r} "
                f"(outside {RANGE_TEXT}); correct or delete it",
                "session_repository.session_invalid_start_outside",
                session_id=row["id"],
                title=row.get("title", ""),
                start=row["start_utc"],
                range_text=RANGE_TEXT,
            )
        )
    return start


def session_from_row(row: dict[str, Any]) -> Session:
    return Session(
        id=row["id"],
        start=_stored_start(row),
        format=SessionFormat(row["format"]),
        status=SessionStatus(row["status"]),
        mode=SessionMode(row["mode"]),
        **{name: row[name] for name in _COLUMNS},
    )


def insert_session(db: sqlite_utils.Database, session: Session, *, keep_id: bool = False) -> int:
    """A new row; ``keep_id``: with the session's own id (an undone "create" done again)."""
    session.validate()
    table = db.table("sessions")
    row = session_to_row(session)
    if keep_id and session.id is not None:
        row["id"] = session.id
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def update_session(db: sqlite_utils.Database, session: Session) -> None:
    if session.id is None:
        raise NotFound(Notice("the session has not been saved yet", "session_repository.session_not_been_saved"))
    session.validate()
    db.table("sessions").update(session.id, session_to_row(session))


def get_session(db: Readable, session_id: int) -> Session:
    rows = fetch_dicts(db, "SELECT * FROM sessions WHERE id = ?", [session_id])
    if not rows:
        raise NotFound(
            Notice(f"there is no session {session_id}", "session_repository.no_session", session_id=session_id)
        )
    return session_from_row(rows[0])


def find_session(db: Readable, key: str) -> Session:
    """A session by id, UID or number in the series, as a user names it on the command line."""
    rows = fetch_dicts(db, "SELECT * FROM sessions WHERE uid = ?", [key])
    if not rows and key.isdigit():
        rows = fetch_dicts(db, "SELECT * FROM sessions WHERE id = ?", [int(key)])
    if not rows:
        raise NotFound(Notice(f"there is no session {key!r}", "session_repository.no_session_2", key=key))
    return session_from_row(rows[0])


def list_sessions(
    db: Readable,
    *,
    start: str | None = None,
    end: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[Session]:
    """Sessions in time order, optionally those starting in [start, end) (UTC ISO text), a window of them."""
    where: list[str] = [STORED_START_IN_RANGE]
    args: list[object] = []
    if start:
        where.append("start_utc >= ?")
        args.append(start)
    if end:
        where.append("start_utc < ?")
        args.append(end)
    sql = "SELECT * FROM sessions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY start_utc, id"
    if limit is not None or offset is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [-1 if limit is None else limit, offset or 0]
    return [session_from_row(row) for row in fetch_dicts(db, sql, args)]


def next_session_number(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT coalesce(max(number), 0) + 1 FROM sessions").fetchone()[0])


def find_by_uid(db: sqlite_utils.Database, uid: str) -> Session | None:
    rows = list(db.table("sessions").rows_where("uid = ?", [uid]))
    return session_from_row(rows[0]) if rows else None


def sessions_by_uid(db: sqlite_utils.Database, uids: list[str]) -> dict[str, Session]:
    """The sessions among ``uids`` that exist, by UID (an import looks them all up at once)."""
    found: dict[str, Session] = {}
    for chunk_start in range(0, len(uids), 500):  # keep under SQLite's bound-parameter limit
        chunk = uids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.table("sessions").rows_where(f"uid IN ({marks})", chunk):
            session = session_from_row(row)
            found[session.uid] = session
    return found


def series_sessions(db: sqlite_utils.Database, series_id: int) -> list[Session]:
    """The occurrences of a series in time order, moved and cancelled ones included."""
    rows = db.table("sessions").rows_where(
        f"series_id = ? AND {STORED_START_IN_RANGE}", [series_id], order_by="start_utc, id"
    )
    return [session_from_row(row) for row in rows]


def has_records(db: sqlite_utils.Database, session_id: int) -> bool:
    """Whether anything hangs on the session: agenda versions, delegates or action items."""
    for table in ("agenda_versions", "attendance", "action_items"):
        if db.execute(f"SELECT 1 FROM {table} WHERE session_id = ? LIMIT 1", [session_id]).fetchone():
            return True
    return False


def delete_session(db: sqlite_utils.Database, session_id: int) -> None:
    db.execute("DELETE FROM sessions WHERE id = ?", [session_id])


def invalid_sessions(db: Readable) -> list[str]:
    """One line for each stored session whose start lies outside the accepted range (never loaded)."""
    rows = db.execute(
        f"SELECT id, number, title, start_utc FROM sessions WHERE NOT {STORED_START_IN_RANGE} "
        "OR start_utc IS NULL ORDER BY id"
    ).fetchall()
    return [f"session {row[0]} ({row[2]!r}) has an invalid start {row[3]!r} (outside {RANGE_TEXT})" for row in rows]
