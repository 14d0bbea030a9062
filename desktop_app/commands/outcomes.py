"""outcomes add, list: what each item of the version that counts came to, after the session."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace


def register(commands: Any) -> None:
    outcomes = commands.add_parser("outcomes", help="the outcome recorded against each agenda item of a session")
    verbs = outcomes.add_subparsers(dest="outcomes_command", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="record the outcome of an item of the version that counts")
    add.add_argument("session", help="the session's id or UID")
    add.add_argument("--item", required=True, metavar="NUMBER", help="the item's number (e.g. 2 or 2.1)")
    add.add_argument("--text", required=True, help="the outcome (shared with the counterpart)")
    add.set_defaults(handler=cmd_outcomes_add)
    listing = verbs.add_parser("list", help="every item of the version that counts, with its outcome")
    listing.add_argument("session", help="the session's id or UID")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_outcomes_list)


def _counting(workspace: Any, key: str) -> Any:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.agenda_versions import current_version
    from desktop_app.services.sessions import find_session

    session = find_session(workspace, key)
    assert session.id is not None  # read from the database
    version = current_version(workspace, session.id)
    if version is None:
        raise InvalidInput("this session has no agenda yet, so no outcomes")
    return version


def cmd_outcomes_add(args: argparse.Namespace) -> int:
    from desktop_app.services.agenda import record_outcome
    from desktop_app.services.agenda_drafting import item_by_number

    with open_workspace(args) as workspace:
        version = _counting(workspace, args.session)
        item = item_by_number(workspace, version, args.item)
        assert item.id is not None
        record_outcome(workspace, item.id, args.text)
    print(f"outcome of item {args.item} of '{version.label}' recorded")
    return EXIT_OK


def cmd_outcomes_list(args: argparse.Namespace) -> int:
    from desktop_app.services.agenda import list_items

    with open_workspace(args) as workspace:
        version = _counting(workspace, args.session)
        assert version.id is not None
        items = list_items(workspace, version.id)
    if args.json:
        rows = [{"number": i.number, "title": i.title, "title_ko": i.title_ko, "outcome": i.outcome} for i in items]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in items:
        outcome = " ".join(item.outcome.split()) or "-"
        print(f"{item.number:<5} {item.title or item.title_ko}: {outcome}")
    return EXIT_OK
