"""Attendance rows: who sits in which session. The rules live in services/delegations.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.notices import Notice
from desktop_app.errors import NotFound

if TYPE_CHECKING:
    import sqlite_utils


def attendance_from_row(row: dict[str, Any]) -> Attendance:
    return Attendance(
        id=row["id"],
        session_id=row["session_id"],
        person_id=row["person_id"],
        role=Role(row["role"]),
        protocol_order=row["protocol_order"],
        rsvp=Rsvp(row["rsvp"]),
    )


def insert_attendance(db: sqlite_utils.Database, attendance: Attendance) -> int:
    """Insert the row; an ``id`` that is set is kept (undo puts a removed row back as it was)."""
    row: dict[str, Any] = {
        "session_id": attendance.session_id,
        "person_id": attendance.person_id,
        "role": str(attendance.role),
        "protocol_order": attendance.protocol_order,
        "rsvp": str(attendance.rsvp),
    }
    if attendance.id is not None:
        row["id"] = attendance.id
    table = db.table("attendance")
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def find_attendance(db: sqlite_utils.Database, session_id: int, person_id: int) -> Attendance | None:
    rows = list(db.table("attendance").rows_where("session_id = ? AND person_id = ?", [session_id, person_id]))
    return attendance_from_row(rows[0]) if rows else None


def get_attendance(db: sqlite_utils.Database, attendance_id: int) -> Attendance:
    rows = list(db.table("attendance").rows_where("id = ?", [attendance_id]))
    if not rows:
        raise NotFound(
            Notice(
                f"there is no attendance record {attendance_id}",
                "attendance_repository.no_attendance_record",
                attendance_id=attendance_id,
            )
        )
    return attendance_from_row(rows[0])


def update_attendance(db: sqlite_utils.Database, attendance_id: int, **values: Any) -> None:
    row = {key: str(value) if isinstance(value, Role | Rsvp) else value for key, value in values.items()}
    db.table("attendance").update(attendance_id, row)


def delete_attendance(db: sqlite_utils.Database, attendance_id: int) -> None:
    db.execute("DELETE FROM attendance WHERE id = ?", [attendance_id])


def attendance_of_person(db: sqlite_utils.Database, person_id: int) -> list[Attendance]:
    rows = db.table("attendance").rows_where("person_id = ?", [person_id], order_by="id")
    return [attendance_from_row(row) for row in rows]


# Sessions that are not going to happen cannot clash with anything; nor can a declined invitation.
# The second attendance row is reached through attendance_by_person, so asking about one
# session costs a few index look-ups per delegate however many years the body holds.
_LIVE = "{s}.status NOT IN ('cancelled', 'postponed') AND {a}.rsvp != 'declined'"
_START = "CAST(strftime('%s', {s}.start_utc) AS INTEGER)"
_END = f"({_START} + {{s}}.duration_minutes * 60)"
_OVERLAP_SQL = f"""
    SELECT a.person_id, a.session_id, b.session_id AS other_session_id
    FROM attendance a
    JOIN sessions s ON s.id = a.session_id
    JOIN attendance b ON b.person_id = a.person_id AND b.session_id != a.session_id
    JOIN sessions t ON t.id = b.session_id
    WHERE {_LIVE.format(s="s", a="a")} AND {_LIVE.format(s="t", a="b")}
      AND {_START.format(s="s")} < {_END.format(s="t")} AND {_START.format(s="t")} < {_END.format(s="s")}
      AND {{where}}
    ORDER BY a.session_id, a.person_id, b.session_id
"""


def overlapping_attendance(
    db: sqlite_utils.Database, *, session_id: int | None = None, person_id: int | None = None
) -> list[tuple[int, int, int]]:
    """(person, session, other session) where the person sits in both and their [start, end) overlap.

    Times are compared as whole seconds since the epoch, so sessions back to back
    (one ends at 12:00, the next starts at 12:00) do not clash.
    """
    where, args = ["1"], []
    if session_id is not None:
        where.append("a.session_id = ?")
        args.append(session_id)
    if person_id is not None:
        where.append("a.person_id = ?")
        args.append(person_id)
    rows = db.execute(_OVERLAP_SQL.format(where=" AND ".join(where)), args).fetchall()
    return [(int(row[0]), int(row[1]), int(row[2])) for row in rows]
