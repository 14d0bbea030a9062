"""delegation list, add, remove, role, rsvp, order, copy-previous."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, open_workspace

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace

# Spelled out rather than read from the Role and Rsvp enums so that building the parser
# does not import the domain package; a test checks that they agree.
ROLES = ("head", "deputy", "member", "note-taker", "interpreter", "observer")
ANSWERS = ("invited", "confirmed", "declined", "tentative")


def register(commands: Any) -> None:
    delegation = commands.add_parser("delegation", help="the two delegations of a session")
    actions = delegation.add_subparsers(dest="delegation_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="both delegations in protocol order, with counts and warnings")
    listing.add_argument("session", help="the session's id or UID")
    listing.add_argument("--json", action="store_true", help="print a JSON object")
    listing.set_defaults(handler=cmd_delegation_list)

    add = actions.add_parser("add", help="seat a person in their side's delegation")
    add.add_argument("session", help="the session's id or UID")
    add.add_argument("person", help="the person's id or e-mail")
    add.add_argument("--role", choices=ROLES, default="member")
    add.add_argument("--rsvp", choices=ANSWERS, default="invited")
    add.set_defaults(handler=cmd_delegation_add)

    remove = actions.add_parser("remove", help="take a person out of a session")
    remove.add_argument("session")
    remove.add_argument("person")
    remove.set_defaults(handler=cmd_delegation_remove)

    role = actions.add_parser("role", help="change a delegate's role (a new head moves to the front)")
    role.add_argument("session")
    role.add_argument("person")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=cmd_delegation_role)

    rsvp = actions.add_parser("rsvp", help="record a delegate's answer")
    rsvp.add_argument("session")
    rsvp.add_argument("person")
    rsvp.add_argument("rsvp", choices=ANSWERS)
    rsvp.set_defaults(handler=cmd_delegation_rsvp)

    order = actions.add_parser("order", help="set one side's protocol order, head first")
    order.add_argument("session")
    order.add_argument("side", help="the side's code")
    order.add_argument("people", nargs="+", help="every member's id or e-mail, in the new order")
    order.set_defaults(handler=cmd_delegation_order)

    copy = actions.add_parser("copy-previous", help="copy both delegations of the previous session")
    copy.add_argument("session")
    copy.set_defaults(handler=cmd_delegation_copy_previous)


def _ids(workspace: Workspace, args: argparse.Namespace) -> tuple[int, int]:
    from desktop_app.services.people import find_person
    from desktop_app.services.sessions import find_session

    session = find_session(workspace, args.session)
    person = find_person(workspace, args.person)
    assert session.id is not None and person.id is not None  # read from the database
    return session.id, person.id


def _warn_overlaps(workspace: Workspace, session_id: int, person_id: int | None = None) -> None:
    from desktop_app.services.delegations import overlap_warnings

    for warning in overlap_warnings(workspace, session_id):
        if person_id is None or warning.person.id == person_id:
            print(f"warning: {warning.message}", file=sys.stderr)


def cmd_delegation_list(args: argparse.Namespace) -> int:
    from desktop_app.services.delegations import delegate_as_json, delegations, overlap_warnings
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None
        both = delegations(workspace, session.id)
        warnings = overlap_warnings(workspace, session.id)
    if args.json:
        document = {
            "session_id": session.id,
            "sides": {
                side.side.code: {
                    "counts": {"total": side.counts.total} | side.counts.by_rsvp,
                    "delegates": [delegate_as_json(d) for d in side.delegates],
                }
                for side in both.sides
            },
            "warnings": [w.message for w in warnings],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for side in both.sides:
        answers = ", ".join(f"{n} {answer}" for answer, n in sorted(side.counts.by_rsvp.items()))
        print(f"{side.side.code} {side.side.name}: {side.counts.total}" + (f" ({answers})" if answers else ""))
        for d in side.delegates:
            seat = d.attendance
            print(f"  {seat.protocol_order + 1:>2}. {d.person.display_name}  {seat.role}, {seat.rsvp}")
    for warning in warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    return EXIT_OK


def cmd_delegation_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.attendance import Role, Rsvp
    from desktop_app.services.delegations import add_to_delegation

    with open_workspace(args) as workspace:
        session_id, person_id = _ids(workspace, args)
        added = add_to_delegation(workspace, session_id, person_id, role=Role(args.role), rsvp=Rsvp(args.rsvp))
        _warn_overlaps(workspace, session_id, person_id)
    print(f"added person {person_id} to session {session_id} as {added.role}, place {added.protocol_order + 1}")
    return EXIT_OK


def cmd_delegation_remove(args: argparse.Namespace) -> int:
    from desktop_app.services.delegations import remove_from_delegation

    with open_workspace(args) as workspace:
        session_id, person_id = _ids(workspace, args)
        remove_from_delegation(workspace, session_id, person_id)
    print(f"removed person {person_id} from session {session_id}")
    return EXIT_OK


def cmd_delegation_role(args: argparse.Namespace) -> int:
    from desktop_app.domain.attendance import Role
    from desktop_app.services.delegations import set_role

    with open_workspace(args) as workspace:
        session_id, person_id = _ids(workspace, args)
        set_role(workspace, session_id, person_id, Role(args.role))
    print(f"person {person_id} is now {args.role} in session {session_id}")
    return EXIT_OK


def cmd_delegation_rsvp(args: argparse.Namespace) -> int:
    from desktop_app.domain.attendance import Rsvp
    from desktop_app.services.delegations import set_rsvp

    with open_workspace(args) as workspace:
        session_id, person_id = _ids(workspace, args)
        set_rsvp(workspace, session_id, person_id, Rsvp(args.rsvp))
    print(f"person {person_id} is {args.rsvp} for session {session_id}")
    return EXIT_OK


def cmd_delegation_order(args: argparse.Namespace) -> int:
    from desktop_app.services.delegations import reorder_delegation
    from desktop_app.services.people import find_person
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        ids = [find_person(workspace, key).id or 0 for key in args.people]
        assert session.id is not None
        reorder_delegation(workspace, session.id, args.side, ids)
    print(f"the {args.side} delegation of session {session.id} is in the new order")
    return EXIT_OK


def cmd_delegation_copy_previous(args: argparse.Namespace) -> int:
    from desktop_app.services.delegations import copy_previous_delegations
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None
        result = copy_previous_delegations(workspace, session.id)
        _warn_overlaps(workspace, session.id)
    for person in result.retired:
        print(f"note: {person.name} is retired and was left out", file=sys.stderr)
    for person in result.demoted_heads:
        print(f"note: {person.name} joins as member: the side already has a head", file=sys.stderr)
    source = f"#{result.source.number} {result.source.title}" if result.source.number else result.source.title
    print(f"copied {len(result.added)} people from {source}; {len(result.already_there)} were already there")
    return EXIT_OK
