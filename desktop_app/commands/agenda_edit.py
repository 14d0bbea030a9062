"""agenda new, redline, item add|edit|move|delete: drafting our side's agenda on the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace

_FIELDS = (
    ("title", "--title", "the title in English (or the main language)"),
    ("title_ko", "--title-ko", "the title in Korean"),
    ("description", "--description", "the description both sides see"),
    ("talking_points", "--talking-points", "our talking points (internal: never sent)"),
    ("if_raised", "--if-raised", "our lines if the other side raises it (internal)"),
    ("internal_notes", "--notes", "our notes (internal)"),
)


def register(actions: Any) -> None:
    new = actions.add_parser("new", help="a new draft of ours, copied from the current version (or --from)")
    new.add_argument("session", help="the session's id or UID")
    new.add_argument("--from", dest="source", type=int, metavar="VERSION", help="the version number to copy")
    new.add_argument("--label", help='the label (default "ROK draft N" for our side)')
    new.set_defaults(handler=cmd_agenda_new)

    redline = actions.add_parser(
        "redline", help="version V2 against V1 as a Word document with tracked changes (for Word or LibreOffice)"
    )
    redline.add_argument("session", help="the session's id or UID")
    redline.add_argument("--from", dest="old", type=int, required=True, metavar="V1", help="the earlier version")
    redline.add_argument("--to", dest="new", type=int, required=True, metavar="V2", help="the later version")
    redline.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.docx")
    redline.set_defaults(handler=cmd_agenda_redline)

    item = actions.add_parser("item", help="add, edit, move or delete an item of our current draft")
    verbs = item.add_subparsers(dest="item_command", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="add an item (at the end, or after item NUMBER)")
    add.add_argument("session", help="the session's id or UID")
    _item_fields(add, title_required=True)
    add.add_argument("--after", metavar="NUMBER", help="the item it follows (e.g. 2 or 2.1)")
    add.set_defaults(handler=cmd_item_add)
    edit = verbs.add_parser("edit", help="change fields of item NUMBER")
    edit.add_argument("session", help="the session's id or UID")
    edit.add_argument("number", metavar="NUMBER", help="the item's number (e.g. 2 or 2.1)")
    _item_fields(edit, title_required=False)
    edit.set_defaults(handler=cmd_item_edit)
    move = verbs.add_parser("move", help="move item NUMBER (with its sub-items) to place POSITION")
    move.add_argument("session", help="the session's id or UID")
    move.add_argument("number", metavar="NUMBER")
    move.add_argument("--to", type=int, required=True, metavar="POSITION", help="1 for the first row")
    move.set_defaults(handler=cmd_item_move)
    delete = verbs.add_parser("delete", help="delete item NUMBER with its sub-items")
    delete.add_argument("session", help="the session's id or UID")
    delete.add_argument("number", metavar="NUMBER")
    delete.set_defaults(handler=cmd_item_delete)


def _item_fields(parser: argparse.ArgumentParser, *, title_required: bool) -> None:
    for name, flag, text in _FIELDS:
        parser.add_argument(flag, dest=name, required=title_required and name == "title", help=text)
    parser.add_argument("--minutes", type=int, help="the time allotted")
    parser.add_argument("--lead", help="the side that leads the item (its code)")
    parser.add_argument("--presenter", help="the presenter's name or id (see 'people list')")


def _changes(args: argparse.Namespace, workspace: Any) -> dict[str, Any]:
    from desktop_app.services.people import find_person

    changes: dict[str, Any] = {name: getattr(args, name) for name, _, _ in _FIELDS if getattr(args, name) is not None}
    if args.minutes is not None:
        changes["minutes"] = args.minutes
    if args.lead is not None:
        changes["lead_side"] = args.lead
    if args.presenter is not None:
        changes["presenter_id"] = find_person(workspace, args.presenter).id if args.presenter else None
    return changes


def _session_id(workspace: Any, key: str) -> int:
    from desktop_app.services.sessions import find_session

    session = find_session(workspace, key)
    assert session.id is not None  # read from the database
    return session.id


def cmd_agenda_new(args: argparse.Namespace) -> int:
    from desktop_app.services.agenda_drafting import new_draft

    with open_workspace(args) as workspace:
        version = new_draft(workspace, _session_id(workspace, args.session), source=args.source, label=args.label)
    print(f"started version {version.version} '{version.label}' (draft)")
    return EXIT_OK


def cmd_item_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.agenda import AgendaItem
    from desktop_app.services import agenda
    from desktop_app.services.agenda_drafting import index_after, our_draft

    with open_workspace(args) as workspace:
        draft = our_draft(workspace, _session_id(workspace, args.session))
        assert draft.id is not None
        item = replace(AgendaItem(draft.id, 0, "", ""), **_changes(args, workspace))
        change = agenda.add_item(workspace, item, at=index_after(workspace, draft, args.after))
    print(f"added item {change.item.number} to '{draft.label}'")
    return EXIT_OK


def cmd_item_edit(args: argparse.Namespace) -> int:
    from desktop_app.services import agenda
    from desktop_app.services.agenda_drafting import item_by_number, our_draft

    with open_workspace(args) as workspace:
        draft = our_draft(workspace, _session_id(workspace, args.session))
        item = item_by_number(workspace, draft, args.number)
        change = agenda.update_item(workspace, replace(item, **_changes(args, workspace)))
    print(f"item {change.item.number} of '{draft.label}' saved")
    return EXIT_OK


def cmd_item_move(args: argparse.Namespace) -> int:
    from desktop_app.services import agenda
    from desktop_app.services.agenda_drafting import item_by_number, our_draft

    with open_workspace(args) as workspace:
        draft = our_draft(workspace, _session_id(workspace, args.session))
        item = item_by_number(workspace, draft, args.number)
        assert item.id is not None
        moved = agenda.move_item(workspace, item.id, max(args.to, 1) - 1)
    print(f"moved to item {moved.item.number} of '{draft.label}'")
    return EXIT_OK


def cmd_item_delete(args: argparse.Namespace) -> int:
    from desktop_app.services import agenda
    from desktop_app.services.agenda_drafting import item_by_number, our_draft

    with open_workspace(args) as workspace:
        draft = our_draft(workspace, _session_id(workspace, args.session))
        item = item_by_number(workspace, draft, args.number)
        assert item.id is not None
        removal = agenda.delete_item(workspace, item.id)
    print(f"deleted item {args.number} of '{draft.label}' ({len(removal.removed)} rows)")
    return EXIT_OK


def cmd_agenda_redline(args: argparse.Namespace) -> int:
    from desktop_app.services.redline import write_agenda_redline

    with open_workspace(args) as workspace:
        written = write_agenda_redline(workspace, _session_id(workspace, args.session), args.old, args.new, args.output)
    print(f"wrote {written}")
    return EXIT_OK
