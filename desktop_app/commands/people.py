"""people list, add, edit, retire, merge, import, export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace

# Command-line option → Person field, shared by add and edit.
_FIELD_OPTIONS = {
    "name_ko": "the name in Hangul",
    "title": "the title in English",
    "title_ko": "the title in Korean",
    "organization": "ministry or agency",
    "organization_ko": "ministry or agency in Korean",
    "email": "e-mail address",
    "phone": "telephone",
    "biography": "a short biography (shareable)",
    "internal_notes": "notes that never leave the office",
}


def _field_options(parser: argparse.ArgumentParser) -> None:
    for name, text in _FIELD_OPTIONS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, help=text)


def register(commands: Any) -> None:
    people = commands.add_parser("people", help="the directory of people and delegation lists")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="everyone on file, by name")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--filter", default="", help="only people matching these words (any field, Hangul too)")
    listing.add_argument("--active", action="store_true", help="leave out retired people")
    listing.set_defaults(handler=cmd_people_list)

    add = actions.add_parser("add", help="add a person")
    add.add_argument("name", help="the name in roman letters, as on the passport: 'KIM Min-jun'")
    add.add_argument("--side", required=True, help="the side's code, e.g. ROK or US")
    _field_options(add)
    add.set_defaults(handler=cmd_people_add)

    edit = actions.add_parser("edit", help="change some fields of a person")
    edit.add_argument("person", help="an id or an e-mail")
    edit.add_argument("--name", help="the name in roman letters")
    edit.add_argument("--side", help="the side's code")
    _field_options(edit)
    edit.set_defaults(handler=cmd_people_edit)

    retire = actions.add_parser("retire", help="retire a person (past sessions keep them)")
    retire.add_argument("person", help="an id or an e-mail")
    retire.set_defaults(handler=cmd_people_retire)

    merge = actions.add_parser("merge", help="fold a duplicate record into the one to keep")
    merge.add_argument("keep", help="the record to keep (id or e-mail)")
    merge.add_argument("duplicate", help="the record that goes (id or e-mail)")
    merge.set_defaults(handler=cmd_people_merge)

    imp = actions.add_parser("import", help="add or update people from a .csv, .xlsx or .vcf list (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check the list and show what would happen")
    imp.add_argument("--side", help="the side of rows without one (a list sent by one side)")
    imp.add_argument(
        "--on-duplicate",
        choices=("merge", "add", "skip"),
        default="merge",
        help="a row that is probably a known person (same e-mail, or same name and organisation): "
        "update them (default), add a new record anyway, or skip the row",
    )
    imp.set_defaults(handler=cmd_people_import)

    export = actions.add_parser("export", help="write the directory or a session's delegations to .csv or .xlsx")
    export.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, FILE.xlsx or FILE.vcf")
    export.add_argument(
        "--layout",
        choices=("briefing-desk", "outlook", "google"),
        default="briefing-desk",
        help="CSV columns: ours (default), or those Outlook's or Google Contacts' importer maps by itself",
    )
    export.add_argument("--session", help="only this session's delegations (id or UID), with roles")
    export.set_defaults(handler=cmd_people_export)


def _changes(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: value for name in names if (value := getattr(args, name, None)) is not None}


def cmd_people_list(args: argparse.Namespace) -> int:
    from desktop_app.domain.people_filter import PeopleFilter
    from desktop_app.services.people import list_people, person_as_json

    with open_workspace(args) as workspace:
        people = list_people(workspace, include_retired=not args.active)
        if args.filter:
            sides = {side.code: f"{side.name} {side.name_ko}" for side in workspace.body.sides}
            people = PeopleFilter(people, sides).people(args.filter)
    if args.json:
        print(json.dumps([person_as_json(p) for p in people], ensure_ascii=False, indent=2))
    else:
        for p in people:
            retired = "  (retired)" if p.retired else ""
            title = " — ".join(part for part in (p.title, p.organization) if part)
            print(f"{p.id:>5}  {p.side:<4} {p.display_name}{f', {title}' if title else ''}{retired}")
    return EXIT_OK


def cmd_people_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.person import Person
    from desktop_app.services.people import add_person, likely_duplicates

    with open_workspace(args) as workspace:
        person = Person(name=args.name, side=args.side, **_changes(args, tuple(_FIELD_OPTIONS)))
        for match in likely_duplicates(workspace, person):
            print(f"warning: {match.reason} as {match.known.id} {match.known.name}", file=sys.stderr)
        added = add_person(workspace, person)
    print(f"added {added.id} {added.display_name}")
    return EXIT_OK


def cmd_people_edit(args: argparse.Namespace) -> int:
    from desktop_app.services.people import find_person, update_person

    with open_workspace(args) as workspace:
        person = find_person(workspace, args.person)
        assert person.id is not None
        edit = update_person(workspace, person.id, **_changes(args, ("name", "side", *_FIELD_OPTIONS)))
    changed = ", ".join(edit.changed_fields) or "nothing changed"
    print(f"edited {edit.after.id} {edit.after.display_name}: {changed}")
    return EXIT_OK


def cmd_people_retire(args: argparse.Namespace) -> int:
    from desktop_app.services.people import find_person, person_history, retire_person

    with open_workspace(args) as workspace:
        person = find_person(workspace, args.person)
        assert person.id is not None
        retire_person(workspace, person.id)
        sessions = len(person_history(workspace, person.id))
    print(f"retired {person.id} {person.display_name}; the {sessions} session(s) they sat in keep them")
    return EXIT_OK


def cmd_people_merge(args: argparse.Namespace) -> int:
    from desktop_app.services.people import find_person, merge_people

    with open_workspace(args) as workspace:
        keep, duplicate = find_person(workspace, args.keep), find_person(workspace, args.duplicate)
        assert keep.id is not None and duplicate.id is not None
        result = merge_people(workspace, keep.id, duplicate.id)
    moved = len(result.moved_attendance) + len(result.dropped_attendance)
    print(f"merged {duplicate.id} into {keep.id} {result.kept.after.display_name}; {moved} session(s) moved")
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace) -> int:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.people_io import OnDuplicate, import_people, preview_people_file

    with open_workspace(args) as workspace:
        preview = preview_people_file(workspace, args.file, default_side=args.side)
        if args.dry_run:
            print(f"{args.file.name}: read as {preview.layout}")
            for line in preview.columns_report():
                print(f"  column {line}")
        if preview.unknown_columns:
            names = ", ".join(repr(name) for name in preview.unknown_columns)
            print(f"note: columns not read: {names}", file=sys.stderr)
        if preview.needs_side and args.side is None:
            codes = ", ".join(side.code for side in workspace.body.sides)
            print(f"note: the list does not say which side its people are on; give it with --side ({codes})")
        if not preview.ok:
            raise InvalidInput(preview.error_message())
        choice = OnDuplicate(args.on_duplicate)
        for duplicate in preview.duplicates:
            known = duplicate.match.known
            print(
                f"line {duplicate.line}: {duplicate.row.name} is probably {known.id} {known.name} "
                f"({duplicate.match.reason}): {choice}",
                file=sys.stderr,
            )
        if args.dry_run:
            print(f"{args.file.name}: {len(preview.rows)} rows are fine; nothing was imported (dry run)")
            return EXIT_OK
        result = import_people(workspace, preview, on_duplicate=choice)
    print(result.summary(args.file.name))
    return EXIT_OK


def cmd_people_export(args: argparse.Namespace) -> int:
    from desktop_app.services.people_io import export_people
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session_id = find_session(workspace, args.session).id if args.session else None
        count = export_people(workspace, args.output, session_id=session_id, layout=args.layout)
    print(f"wrote {count} people to {args.output}")
    return EXIT_OK
