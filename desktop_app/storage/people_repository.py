"""People and their attendance in sessions."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.errors import NotFound
from desktop_app.storage.rows import Readable, fetch_dicts

if TYPE_CHECKING:
    import sqlite_utils

_PERSON_FIELDS = tuple(f.name for f in fields(Person) if f.name != "id")


def person_to_row(person: Person) -> dict[str, Any]:
    row = {name: getattr(person, name) for name in _PERSON_FIELDS}
    row["retired"] = int(person.retired)
    return row


def person_from_row(row: dict[str, Any]) -> Person:
    values = {name: row[name] for name in _PERSON_FIELDS}
    values["retired"] = bool(values["retired"])
    return Person(id=row["id"], **values)


def insert_person(db: sqlite_utils.Database, person: Person) -> int:
    person.validate()
    table = db.table("people")
    table.insert(person_to_row(person))
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def restore_person(db: sqlite_utils.Database, person: Person) -> None:
    """Put back a deleted row under its old id (undoing a merge), so references to it hold again."""
    if person.id is None:
        raise NotFound(Notice("the person has no id to restore", "people_repository.person_no_id_restore"))
    db.table("people").insert({"id": person.id, **person_to_row(person)})


def delete_person(db: sqlite_utils.Database, person_id: int) -> None:
    """Delete the row; the caller has moved or refused every reference first (foreign keys are on)."""
    db.execute("DELETE FROM people WHERE id = ?", [person_id])


def update_person(db: sqlite_utils.Database, person: Person) -> None:
    if person.id is None:
        raise NotFound(Notice("the person has not been saved yet", "people_repository.person_not_been_saved"))
    person.validate()
    db.table("people").update(person.id, person_to_row(person))


def get_person(db: Readable, person_id: int) -> Person:
    rows = fetch_dicts(db, "SELECT * FROM people WHERE id = ?", [person_id])
    if not rows:
        raise NotFound(Notice(f"there is no person {person_id}", "people_repository.no_person", person_id=person_id))
    return person_from_row(rows[0])


def list_people(db: Readable, *, include_retired: bool = True) -> list[Person]:
    where = "" if include_retired else " WHERE retired = 0"
    return [person_from_row(row) for row in fetch_dicts(db, f"SELECT * FROM people{where} ORDER BY name, id")]


def add_attendance(db: sqlite_utils.Database, attendance: Attendance) -> int:
    row = asdict(attendance)
    row.pop("id")
    row["role"], row["rsvp"] = str(attendance.role), str(attendance.rsvp)
    table = db.table("attendance")
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def delegation(db: Readable, session_id: int) -> list[tuple[Attendance, Person]]:
    """Everyone in the session, by side then protocol order (head first)."""
    sql = """
        SELECT a.id AS attendance_id, a.role, a.protocol_order, a.rsvp, p.*
        FROM attendance a JOIN people p ON p.id = a.person_id
        WHERE a.session_id = ?
        ORDER BY p.side, a.protocol_order, a.id
    """
    result = []
    for row in fetch_dicts(db, sql, [session_id]):
        attendance = Attendance(
            id=row["attendance_id"],
            session_id=session_id,
            person_id=row["id"],
            role=Role(row["role"]),
            protocol_order=row["protocol_order"],
            rsvp=Rsvp(row["rsvp"]),
        )
        result.append((attendance, person_from_row(row)))
    return result
