"""The directory of people: add, edit, retire, merge. One transaction per action.

Every action returns what it changed, so the GUI's undo stack can put it back:

- ``add_person`` → undo with ``delete_unused_person``;
- ``update_person`` / ``retire_person`` / ``reinstate_person`` → a ``PersonEdit``; undo with
  ``update_person(workspace, edit.before.id, **edit.undo_changes())``, redo with ``redo_changes()``;
- ``merge_people`` → a ``MergeResult``; undo with ``undo_merge``.

People are never deleted once a session names them: retiring hides them from pickers
while past sessions still show who attended.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from desktop_app.domain.attendance import Attendance
from desktop_app.domain.body import Body
from desktop_app.domain.duplicates import DuplicateIndex, Match
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import attendance_repository, people_repository, session_repository

if TYPE_CHECKING:
    import sqlite_utils

TEXT_FIELDS = tuple(f.name for f in fields(Person) if f.type in ("str", str))
EDITABLE_FIELDS = frozenset((*TEXT_FIELDS, "retired"))


def clean_text(value: str) -> str:
    """Trimmed and composed (NFC): Hangul pasted from some systems arrives decomposed."""
    return unicodedata.normalize("NFC", value.strip())


def clean_person(person: Person, body: Body) -> Person:
    """``person`` with tidy text, checked: a name, a well-formed e-mail, one of the body's sides."""
    cleaned: dict[str, Any] = {name: clean_text(getattr(person, name)) for name in TEXT_FIELDS}
    person = replace(person, **cleaned)
    person.validate()
    body.side(person.side)  # refuses an unknown side, naming the two known ones
    return person


@dataclass(frozen=True)
class PersonEdit:
    """One person before and after an action."""

    before: Person
    after: Person

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(
            name for name in sorted(EDITABLE_FIELDS) if getattr(self.before, name) != getattr(self.after, name)
        )

    def undo_changes(self) -> dict[str, Any]:
        return {name: getattr(self.before, name) for name in self.changed_fields}

    def redo_changes(self) -> dict[str, Any]:
        return {name: getattr(self.after, name) for name in self.changed_fields}


def list_people(workspace: Workspace, *, include_retired: bool = True) -> list[Person]:
    """Everyone on file, by name; retired people too unless asked (past sessions name them)."""
    return people_repository.list_people(workspace.store.db, include_retired=include_retired)


def get_person(workspace: Workspace, person_id: int) -> Person:
    return people_repository.get_person(workspace.store.db, person_id)


def find_person(workspace: Workspace, key: str) -> Person:
    """A person as named on the command line: by id, or by e-mail when it is unique."""
    db = workspace.store.db
    if key.isdigit():
        return people_repository.get_person(db, int(key))
    matches = [p for p in people_repository.list_people(db) if p.email.casefold() == key.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UserError(
            Notice(
                f"{len(matches)} people have the e-mail {key!r}; name one by its id",
                "people.people_have_e_mail",
                count_matches=len(matches),
                key=key,
            )
        )
    raise UserError(
        Notice(
            f"there is no person {key!r} (give an id from 'people list' or an e-mail)",
            "people.no_person_give_id",
            key=key,
        )
    )


def likely_duplicates(workspace: Workspace, person: Person) -> list[Match]:
    """People already on file who are probably ``person`` (same e-mail, or same name and organisation)."""
    return DuplicateIndex(list_people(workspace)).find(person)


def add_person(workspace: Workspace, person: Person) -> Person:
    person = clean_person(replace(person, id=None), workspace.body)
    with workspace.store.transaction() as db:
        person_id = people_repository.insert_person(db, person)
        return people_repository.get_person(db, person_id)


def update_person(workspace: Workspace, person_id: int, **changes: Any) -> PersonEdit:
    """Change some fields of a person (``retired`` too); unknown field names are our bug."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable fields of a person: {sorted(unknown)}")
    with workspace.store.transaction() as db:
        before = people_repository.get_person(db, person_id)
        after = clean_person(replace(before, **changes), workspace.body)
        if after != before:
            people_repository.update_person(db, after)
        return PersonEdit(before, after)


def retire_person(workspace: Workspace, person_id: int) -> PersonEdit:
    """Hide a person from pickers; their past sessions keep them. Undo: ``reinstate_person``."""
    return update_person(workspace, person_id, retired=True)


def reinstate_person(workspace: Workspace, person_id: int) -> PersonEdit:
    return update_person(workspace, person_id, retired=False)


def _references(db: sqlite_utils.Database, person_id: int) -> int:
    sql = """SELECT (SELECT count(*) FROM attendance WHERE person_id = :id)
                  + (SELECT count(*) FROM agenda_items WHERE presenter_id = :id)"""
    return int(db.execute(sql, {"id": person_id}).fetchone()[0])


def delete_unused_person(workspace: Workspace, person_id: int) -> Person:
    """Delete a record no session or agenda names (undoing an add or an import); else refuse."""
    with workspace.store.transaction() as db:
        person = people_repository.get_person(db, person_id)
        if _references(db, person_id):
            raise UserError(
                Notice(
                    f"{person.name} is named in sessions or agendas; retire them instead",
                    "people.named_sessions_agendas_retire",
                    person_name=person.name,
                )
            )
        people_repository.delete_person(db, person_id)
        return person


def restore_deleted_person(workspace: Workspace, person: Person) -> Person:
    """Put back, under its old id, a record ``delete_unused_person`` removed (redoing an add).

    Keeping the id matters to an undo stack: later commands name the person by it.
    """
    person_id = person.id
    if person_id is None:
        raise InvalidInput(Notice("only a saved record can be put back", "people.only_saved_record_can"))
    person = clean_person(person, workspace.body)
    with workspace.store.transaction() as db:
        people_repository.restore_person(db, person)
        return people_repository.get_person(db, person_id)


def person_history(workspace: Workspace, person_id: int) -> list[tuple[Session, Attendance]]:
    """The sessions a person sat in (or is invited to), in time order: what retiring keeps."""
    db = workspace.store.db
    people_repository.get_person(db, person_id)  # a clear NotFound for a wrong id
    pairs = [
        (session_repository.get_session(db, a.session_id), a)
        for a in attendance_repository.attendance_of_person(db, person_id)
    ]
    return sorted(pairs, key=lambda pair: (pair[0].start, pair[0].id or 0))


# -- merging -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    """What ``merge_people`` did, with all ``undo_merge`` needs to put it back."""

    kept: PersonEdit
    merged: Person  # the deleted record, id included
    moved_attendance: tuple[int, ...]  # attendance ids now pointing at the kept person
    dropped_attendance: tuple[Attendance, ...]  # sessions where both sat: the kept row stays
    moved_presenter_items: tuple[int, ...]  # agenda item ids


def _merged_fields(keep: Person, merge: Person) -> Person:
    """``keep`` with the empty fields filled from ``merge``; internal notes of both are kept."""
    values: dict[str, Any] = {
        name: getattr(merge, name) for name in TEXT_FIELDS if not getattr(keep, name) and getattr(merge, name)
    }
    if keep.internal_notes and merge.internal_notes and merge.internal_notes not in keep.internal_notes:
        values["internal_notes"] = f"{keep.internal_notes}\n\n{merge.internal_notes}"
    values["retired"] = keep.retired and merge.retired  # active if either record was
    return replace(keep, **values)


def merge_preview(keep: Person, merge: Person) -> Person:
    """The record ``merge_people(keep.id, merge.id)`` would leave: what a merge dialog shows as kept."""
    return _merged_fields(keep, merge)


def merge_people(workspace: Workspace, keep_id: int, merge_id: int) -> MergeResult:
    """Fold the record ``merge_id`` into ``keep_id``: its sessions and agenda items move over, then it goes.

    Fields empty in the kept record are taken from the other; where both sat in one session
    the kept record's attendance stays. All in one transaction.
    """
    if keep_id == merge_id:
        raise InvalidInput(Notice("a record cannot be merged with itself", "people.record_cannot_merged_itself"))
    with workspace.store.transaction() as db:
        keep = people_repository.get_person(db, keep_id)
        merge = people_repository.get_person(db, merge_id)
        if keep.side != merge.side:
            raise InvalidInput(
                Notice(
                    f"{keep.name} ({keep.side}) and {merge.name} ({merge.side}) are on different sides; "
                    "correct the side of one first if they are the same person",
                    "people.different_sides_correct_side",
                    keep_name=keep.name,
                    keep_side=keep.side,
                    merge_name=merge.name,
                    merge_side=merge.side,
                )
            )
        kept_sessions = {a.session_id for a in attendance_repository.attendance_of_person(db, keep_id)}
        moved, dropped = [], []
        for attendance in attendance_repository.attendance_of_person(db, merge_id):
            assert attendance.id is not None  # read from the database
            if attendance.session_id in kept_sessions:
                attendance_repository.delete_attendance(db, attendance.id)
                dropped.append(attendance)
            else:
                attendance_repository.update_attendance(db, attendance.id, person_id=keep_id)
                moved.append(attendance.id)
        items = [row[0] for row in db.execute("SELECT id FROM agenda_items WHERE presenter_id = ?", [merge_id])]
        db.execute("UPDATE agenda_items SET presenter_id = ? WHERE presenter_id = ?", [keep_id, merge_id])
        after = _merged_fields(keep, merge)
        people_repository.delete_person(db, merge_id)
        people_repository.update_person(db, after)
        return MergeResult(PersonEdit(keep, after), merge, tuple(moved), tuple(dropped), tuple(items))


def undo_merge(workspace: Workspace, result: MergeResult) -> None:
    """Put both records back as they were before ``merge_people``."""
    merged_id = result.merged.id
    assert merged_id is not None and result.kept.before.id is not None  # both came from the database
    with workspace.store.transaction() as db:
        people_repository.restore_person(db, result.merged)
        for attendance_id in result.moved_attendance:
            attendance_repository.update_attendance(db, attendance_id, person_id=merged_id)
        for attendance in result.dropped_attendance:
            attendance_repository.insert_attendance(db, attendance)
        for item_id in result.moved_presenter_items:
            db.execute("UPDATE agenda_items SET presenter_id = ? WHERE id = ?", [merged_id, item_id])
        people_repository.update_person(db, result.kept.before)


def person_as_json(person: Person) -> dict[str, Any]:
    """The object ``people list --json`` prints. Internal notes stay out: output gets piped and pasted."""
    shared = {name: getattr(person, name) for name in Person.SHAREABLE_FIELDS}
    return {"id": person.id, **shared, "retired": person.retired}
