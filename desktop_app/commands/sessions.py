"""sessions list, and the sessions actions of commands/scheduling.py (argparse takes one "sessions" group)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace, scheduling


def register(commands: Any) -> None:
    sessions = commands.add_parser("sessions", help="the sessions of the body")
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every session in time order")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_sessions_list)
    scheduling.add_session_actions(actions)


def cmd_sessions_list(args: argparse.Namespace) -> int:
    from desktop_app.scheduling.timezones import format_both
    from desktop_app.services.calendar_view import warnings_by_session
    from desktop_app.services.sessions import invalid_sessions, list_sessions, session_as_json

    with open_workspace(args) as workspace:
        sessions = list_sessions(workspace)
        if args.json:
            warnings = warnings_by_session(workspace, sessions)
            listed = [session_as_json(s, workspace, warnings.get(s.id or 0, [])) for s in sessions]
            print(json.dumps(listed, ensure_ascii=False, indent=2))
        else:
            for s in sessions:
                number = f"#{s.number}" if s.number else "-"
                print(f"{s.id:>5}  {number:<5} {s.status:<10} {format_both(s, workspace.body)}  {s.title}")
        for problem in invalid_sessions(workspace):
            print(f"warning: {problem}; it is not listed (see 'briefing-desk check')", file=sys.stderr)
    return EXIT_OK
