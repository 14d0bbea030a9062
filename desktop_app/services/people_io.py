"""Importing a delegation list into the directory, and exporting the directory or a session's list.

The GUI calls ``preview_people_file`` (in a worker: it reads the file), shows the preview,
lets the officer decide each likely duplicate, then calls ``import_people``. The CLI does
the same in one go with one decision for every duplicate.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.domain.attendance import Role
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput, UserError
from desktop_app.exchange.people_layouts import export_rows
from desktop_app.exchange.people_lists import (
    EXPORT_COLUMNS,
    SESSION_EXPORT_COLUMNS,
    ImportPreview,
    build_preview,
    export_table,
    read_table,
    write_table,
)
from desktop_app.exchange.tables import Table
from desktop_app.services.people import PersonEdit, clean_person
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository

# Fields a list may bring: the shareable ones (never internal notes), but not the side: a person
# does not change government.
_LIST_FIELDS = tuple(name for name in Person.SHAREABLE_FIELDS if name != "side")


# What the GUI names these by: it reaches exchange/ only through services.
PeopleListPreview = ImportPreview
PeopleListTable = Table


class OnDuplicate(enum.StrEnum):
    MERGE = "merge"  # the list's filled-in values update the known person (the newer list wins)
    ADD = "add"  # a new record anyway: two people who share a name and a ministry
    SKIP = "skip"  # leave the known person alone and drop the row


@dataclass(frozen=True)
class ImportResult:
    added: tuple[Person, ...]
    updated: tuple[PersonEdit, ...]  # undo: ``undo_import``
    skipped_lines: tuple[int, ...]

    def summary(self, source: str) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated"]
        if self.skipped_lines:
            parts.append(f"{len(self.skipped_lines)} skipped as already known")
        return f"imported {source}: " + ", ".join(parts)


def preview_people_file(workspace: Workspace, path: Path, *, default_side: str | None = None) -> ImportPreview:
    """Read and check a list; nothing is written. ``default_side`` fills rows without a side."""
    path = Path(path)
    table = read_table(path)
    known = people_repository.list_people(workspace.store.db)
    return build_preview(table, workspace.body, known, source=path.name, default_side=default_side)


def _merged(known: Person, row: Person) -> Person:
    """The known person with every value the list fills in; an empty cell never blanks a field.

    A retired person named on a new list is back at the table, so they are reinstated.
    """
    values = {name: getattr(row, name) for name in _LIST_FIELDS if getattr(row, name)}
    return replace(known, retired=False, **values)


def read_people_list(path: Path) -> PeopleListTable:
    """Read a .csv or .xlsx list, bounded and checked, touching no database: fit for a worker thread.

    The GUI reads here off the main thread, then builds the preview with ``preview_people_table``.
    """
    return read_table(Path(path))


def preview_people_table(
    workspace: Workspace, table: PeopleListTable, *, source: str, default_side: str | None = None
) -> ImportPreview:
    """``preview_people_file`` for a list already read: check every row, look for the people known."""
    known = people_repository.list_people(workspace.store.db)
    return build_preview(table, workspace.body, known, source=source, default_side=default_side)


def import_people(
    workspace: Workspace,
    preview: ImportPreview,
    *,
    on_duplicate: OnDuplicate = OnDuplicate.MERGE,
    decisions: Mapping[int, OnDuplicate] | None = None,
) -> ImportResult:
    """Apply a preview in one transaction; refused whole if any line has a problem.

    ``decisions`` (line → choice) overrides ``on_duplicate`` for single lines, as the
    GUI's preview lets the officer choose row by row.
    """
    if not preview.ok:
        raise InvalidInput(preview.error_message())
    decisions = decisions or {}
    added: list[Person] = []
    updated: list[PersonEdit] = []
    skipped: list[int] = []
    with workspace.store.transaction() as db:
        for row in preview.rows:
            person = clean_person(row.person, workspace.body)
            duplicate = preview.duplicate_of(row.line)
            choice = decisions.get(row.line, on_duplicate) if duplicate else OnDuplicate.ADD
            if choice is OnDuplicate.SKIP:
                skipped.append(row.line)
            elif choice is OnDuplicate.MERGE and duplicate is not None and duplicate.match.known.id is not None:
                # read again: an earlier row of this list may have updated the same person
                before = people_repository.get_person(db, duplicate.match.known.id)
                after = clean_person(_merged(before, person), workspace.body)
                if after != before:
                    people_repository.update_person(db, after)
                    updated.append(PersonEdit(before, after))
            else:
                person_id = people_repository.insert_person(db, person)
                added.append(replace(person, id=person_id))
    return ImportResult(tuple(added), tuple(updated), tuple(skipped))


def undo_import(workspace: Workspace, result: ImportResult) -> None:
    """Take back an import in one transaction: the people it added go, the ones it updated revert.

    Refused (and nothing changed) once an added person sits in a session: retire them instead.
    """
    with workspace.store.transaction() as db:
        for person in result.added:
            assert person.id is not None  # set by import_people
            if db.execute("SELECT 1 FROM attendance WHERE person_id = ?", [person.id]).fetchone():
                raise UserError(
                    Notice(
                        f"{person.name} now sits in a session; the import can no longer be undone",
                        "people_io.now_sits_session_import",
                        person_name=person.name,
                    )
                )
            people_repository.delete_person(db, person.id)
        for edit in reversed(result.updated):
            people_repository.update_person(db, edit.before)


def redo_import(workspace: Workspace, result: ImportResult) -> None:
    """Apply again an import that ``undo_import`` took back: the same people under the same ids.

    An undo stack redoes with this rather than a new import, so commands after it still name
    the right records.
    """
    with workspace.store.transaction() as db:
        for person in result.added:
            people_repository.restore_person(db, person)
        for edit in result.updated:
            people_repository.update_person(db, edit.after)


EXPORT_LAYOUTS = ("briefing-desk", "outlook", "google")


def export_people(
    workspace: Workspace, path: Path, *, session_id: int | None = None, layout: str = "briefing-desk"
) -> int:
    """Write the directory (people not retired) or one session's delegations; returns the rows written.

    Only shareable columns leave: biography and internal notes never do. A session's list
    is both delegations in protocol order, with each person's role. ``layout`` "outlook"
    or "google" writes those programs' contact CSV columns, which their importers map by
    themselves; a .vcf target writes vCards.
    """
    if layout not in EXPORT_LAYOUTS:
        raise InvalidInput(
            Notice(
                f"the layout is one of {', '.join(EXPORT_LAYOUTS)} (not {layout!r})",
                "people_io.layout_not",
                export_layouts=", ".join(EXPORT_LAYOUTS),
                layout=layout,
            )
        )
    path = Path(path)
    db = workspace.store.db
    header: Sequence[str]
    if session_id is None:
        people = people_repository.list_people(db, include_retired=False)
        header, rows = EXPORT_COLUMNS, export_table(people)
    else:
        from desktop_app.services.delegations import delegations

        sides = delegations(workspace, session_id).sides
        people = [delegate.person for side in sides for delegate in side.delegates]
        roles: dict[int, Role] = {d.attendance.person_id: d.attendance.role for side in sides for d in side.delegates}
        header, rows = SESSION_EXPORT_COLUMNS, export_table(people, roles)
    names = {side.code: side.name for side in workspace.body.sides}
    if path.suffix.lower() in (".vcf", ".vcard"):
        from desktop_app.exchange.vcard import write_vcards

        return write_vcards(path, people, names)
    if layout != "briefing-desk":
        if path.suffix.lower() != ".csv":
            raise InvalidInput(
                Notice(
                    f"the {layout.capitalize()} layout is a CSV file: export to a .csv",
                    "people_io.layout_csv_file_export",
                    layout_name=layout.capitalize(),
                )
            )
        header, rows = export_rows(layout, people, names)
    write_table(path, header, rows)
    return len(rows)
