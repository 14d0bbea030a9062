"""agenda show, versions, diff, status (new and item: ``agenda_edit.py``)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, open_workspace

if TYPE_CHECKING:
    from desktop_app.domain.agenda import AgendaVersion
    from desktop_app.domain.agenda_diff import WordOp
    from desktop_app.services.agenda import TimedAgenda


def register(commands: Any) -> None:
    agenda = commands.add_parser("agenda", help="a session's agenda, its versions and what changed between them")
    actions = agenda.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="the timed agenda in both capitals' zones")
    show.add_argument("session", help="the session's id or UID")
    show.add_argument("--version", type=int, help="the version number (default: the agreed one, else the latest)")
    show.add_argument("--json", action="store_true", help="print a JSON array of items")
    show.set_defaults(handler=cmd_agenda_show)

    versions = actions.add_parser("versions", help="every version of the agenda, who proposed it, its status")
    versions.add_argument("session", help="the session's id or UID")
    versions.add_argument("--json", action="store_true", help="print a JSON array")
    versions.set_defaults(handler=cmd_agenda_versions)

    diff = actions.add_parser("diff", help="items added, removed, moved and reworded between two versions")
    diff.add_argument("session", help="the session's id or UID")
    diff.add_argument("old", type=int, metavar="V1", help="the earlier version's number")
    diff.add_argument("new", type=int, metavar="V2", help="the later version's number")
    diff.add_argument("--internal", action="store_true", help="compare talking points and notes too")
    diff.add_argument("--json", action="store_true", help="print a JSON object")
    diff.set_defaults(handler=cmd_agenda_diff)

    status = actions.add_parser("status", help="move a version along draft → proposed → agreed")
    status.add_argument("session", help="the session's id or UID")
    status.add_argument("version", type=int, help="the version number")
    status.add_argument("status", choices=["draft", "proposed", "agreed"])
    status.add_argument("--reopen", action="store_true", help="take an agreed version back to proposed")
    status.set_defaults(handler=cmd_agenda_status)

    from desktop_app.commands import agenda_edit

    agenda_edit.register(actions)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _describe(version: AgendaVersion) -> str:
    return f'version {version.version} "{version.label}" ({version.proposed_by}, {version.status})'


def _print_timed(agenda: TimedAgenda) -> None:
    session = agenda.session
    number = f"#{session.number} " if session.number else ""
    if agenda.version is None:
        print(f"{number}{session.title}: no agenda yet (start a draft, or copy the last session's)")
        return
    print(f"{number}{session.title} — {_describe(agenda.version)}")
    session_day = session.local_start().date()
    for entry in agenda.items:
        item = entry.item
        times = " · ".join(
            f"{local:%a} {local:%H:%M} {local.tzname()}"
            if local.date() != session_day
            else f"{local:%H:%M} {local.tzname()}"
            for local in entry.local_starts.values()
        )
        indent = "  " * item.level
        title = " / ".join(part for part in (item.title, item.title_ko) if part)
        lead = ", ".join(part for part in (item.lead_side, entry.presenter) if part)
        print(f"{indent}{item.number:<6} {times}  {item.minutes:>3} min  {title}" + (f"  [{lead}]" if lead else ""))
    print(f"Total {agenda.total_minutes} of {session.duration_minutes} minutes.")
    if agenda.warning:
        print(f"warning: {agenda.warning}")


def cmd_agenda_show(args: argparse.Namespace) -> int:
    from desktop_app.services.actions import carried_over
    from desktop_app.services.agenda import agenda_with_times
    from desktop_app.services.agenda_json import timed_item_as_json
    from desktop_app.services.agenda_versions import find_version
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None  # read from the database
        version_id = None
        if args.version is not None:
            version_id = find_version(workspace, session.id, args.version).id
        agenda = agenda_with_times(workspace, session.id, version_id)
        if args.json:
            print(_dumps([timed_item_as_json(entry) for entry in agenda.items]))
            return EXIT_OK
        _print_timed(agenda)
        open_items = carried_over(workspace, session.id)
        if open_items:
            print("Open action items from earlier sessions:")
            for follow in open_items:
                action = follow.action
                mark = "OVERDUE " if follow.overdue else ""
                due = f"due {action.due.isoformat()}" if action.due else "no due date"
                owner = f"{action.owner} ({action.owner_side})" if action.owner_side else action.owner
                text = " ".join(action.text.split())  # one line per item, whatever the text holds
                print(f"  {mark}{due}  {owner}: {text}  [session {follow.session_number or '-'}]")
    return EXIT_OK


def cmd_agenda_versions(args: argparse.Namespace) -> int:
    from desktop_app.services.agenda_json import version_as_json
    from desktop_app.services.agenda_versions import list_versions
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None  # read from the database
        versions = list_versions(workspace, session.id)
        if args.json:
            print(_dumps([version_as_json(version) for version in versions]))
            return EXIT_OK
        if not versions:
            print("no agenda versions yet")
        for version in versions:
            created = version.created.astimezone(session.local_start().tzinfo)
            side = version.proposed_by
            print(f"v{version.version:<3} {version.status:<9} {side:<4} {created:%Y-%m-%d %H:%M}  {version.label}")
    return EXIT_OK


def _words(words: tuple[WordOp, ...]) -> str:
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[word.op].format(word.text) for word in words)


def cmd_agenda_diff(args: argparse.Namespace) -> int:
    from desktop_app.services.agenda_json import diff_as_json
    from desktop_app.services.agenda_versions import compare, find_version
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None  # read from the database
        old, new = find_version(workspace, session.id, args.old), find_version(workspace, session.id, args.new)
        assert old.id is not None and new.id is not None  # read from the database
        result = compare(workspace, old.id, new.id, include_internal=args.internal)
        if args.json:
            print(_dumps(diff_as_json(result.diff)))
            return EXIT_OK
        diff = result.diff
        print(f"{_describe(old)} → {_describe(new)}")
        if diff.is_empty:
            print("no changes")
        for item in diff.added:
            print(f"+ {item.number:<6} {item.title or item.title_ko}")
        for item in diff.removed:
            print(f"- {item.number:<6} {item.title or item.title_ko}")
        for moved in diff.moved:
            print(f"~ {moved.old.number} → {moved.new.number}  {moved.new.title or moved.new.title_ko}")
        for changed in diff.changed:
            print(f"* {changed.new.number:<6} {changed.new.title or changed.new.title_ko}")
            for change in changed.changes:
                print(f"    {change.field}: {_words(change.words)}")
    return EXIT_OK


def cmd_agenda_status(args: argparse.Namespace) -> int:
    from desktop_app.domain.agenda import AgendaStatus
    from desktop_app.services.agenda_versions import find_version, set_status
    from desktop_app.services.sessions import find_session

    with open_workspace(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None  # read from the database
        version = find_version(workspace, session.id, args.version)
        assert version.id is not None  # read from the database
        change = set_status(workspace, version.id, AgendaStatus(args.status), reopen=args.reopen)
        print(f"{_describe(change.version)}")
        if change.superseded is not None:
            print(f"superseded: {_describe(change.superseded)}")
    return EXIT_OK
