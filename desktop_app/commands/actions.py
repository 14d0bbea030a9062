"""actions list, add, edit, close."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace
from desktop_app.domain.dates import check_date


def _iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-03-31") from exc
    check_date(day, "the date")
    return day


def register(commands: Any) -> None:
    actions = commands.add_parser("actions", help="action items agreed at sessions, and their follow-up")
    verbs = actions.add_subparsers(dest="actions_command", metavar="ACTION", required=True)

    listing = verbs.add_parser("list", help="action items across the body, oldest session first")
    listing.add_argument("--open", action="store_true", help="only open items")
    listing.add_argument("--overdue", action="store_true", help="only open items past their due date")
    listing.add_argument("--owner", default="", help="owners whose name contains this text")
    listing.add_argument("--side", default="", help="owners of this side (its code, e.g. ROK)")
    listing.add_argument("--session", help="items of this session (id or UID)")
    listing.add_argument(
        "--carried-to", metavar="SESSION", help="open items of the sessions before this one (what it carries over)"
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_actions_list)

    add = verbs.add_parser("add", help="record an action item of a session")
    add.add_argument("session", help="the session's id or UID")
    add.add_argument("text", help="what is to be done")
    add.add_argument("--owner", default="", help="a person's name or an office")
    add.add_argument("--side", default="", help="the owner's side code")
    add.add_argument("--due", type=_iso_date, help="the due date, YYYY-MM-DD")
    add.set_defaults(handler=cmd_actions_add)

    edit = verbs.add_parser("edit", help="change an action item (its shared part travels to the counterpart)")
    edit.add_argument("id", type=int)
    edit.add_argument("--text", help="what is to be done")
    edit.add_argument("--owner", help="a person's name or an office")
    edit.add_argument("--side", help="the owner's side code")
    edit.add_argument("--due", type=_iso_date, help="the due date, YYYY-MM-DD")
    edit.add_argument("--no-due", action="store_true", help="no due date")
    edit.add_argument("--status", choices=["open", "done", "dropped"])
    edit.set_defaults(handler=cmd_actions_edit)

    close = verbs.add_parser("close", help="mark an action item done (or dropped)")
    close.add_argument("id", type=int)
    close.add_argument("--dropped", action="store_true", help="dropped rather than done")
    close.set_defaults(handler=cmd_actions_close)


def cmd_actions_list(args: argparse.Namespace) -> int:
    from desktop_app.services.actions import ActionFilter, action_as_json, carried_over, list_follow_ups
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        if args.carried_to:
            target = find_session(workspace, args.carried_to)
            assert target.id is not None  # read from the database
            follow_ups = carried_over(workspace, target.id)
        else:
            session_id = find_session(workspace, args.session).id if args.session else None
            filters = ActionFilter(
                open_only=args.open, overdue_only=args.overdue, owner=args.owner, side=args.side, session_id=session_id
            )
            follow_ups = list_follow_ups(workspace, filters)
        if args.json:
            print(json.dumps([action_as_json(f.action) for f in follow_ups], ensure_ascii=False, indent=2))
            return EXIT_OK
        for follow in follow_ups:
            action = follow.action
            mark = "OVERDUE" if follow.overdue else str(action.status)
            due = action.due.isoformat() if action.due else "-"
            owner = f"{action.owner} ({action.owner_side})" if action.owner_side else action.owner
            session = f"#{follow.session_number}" if follow.session_number else f"s{action.session_id}"
            text = " ".join(action.text.split())  # one line per item, whatever the text holds
            print(f"{action.id:>5}  {session:<5} {mark:<8} {due:<10}  {owner}: {text}")
    return EXIT_OK


def cmd_actions_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.actions import ActionItem
    from desktop_app.services.actions import add_action
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None  # read from the database
        action = add_action(
            workspace,
            ActionItem(session_id=session.id, text=args.text, owner=args.owner, owner_side=args.side, due=args.due),
        )
    print(f"added action item {action.id}")
    return EXIT_OK


def cmd_actions_close(args: argparse.Namespace) -> int:
    from desktop_app.domain.actions import ActionStatus
    from desktop_app.services.actions import close_action

    with open_workspace(args) as workspace:
        change = close_action(workspace, args.id, ActionStatus.DROPPED if args.dropped else ActionStatus.DONE)
    print(f"action item {change.action.id} is {change.action.status}")
    return EXIT_OK


def cmd_actions_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.domain.actions import ActionStatus
    from desktop_app.services.actions import get_action, update_action

    with open_workspace(args) as workspace:
        action = get_action(workspace, args.id)
        changes: dict[str, Any] = {}
        for name, value in (("text", args.text), ("owner", args.owner), ("owner_side", args.side)):
            if value is not None:
                changes[name] = value
        if args.due is not None or args.no_due:
            changes["due"] = None if args.no_due else args.due
        if args.status is not None:
            changes["status"] = ActionStatus(args.status)
        change = update_action(workspace, replace(action, **changes))
    print(f"action item {change.action.id} saved")
    return EXIT_OK
