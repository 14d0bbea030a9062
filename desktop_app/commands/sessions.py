"""sessions list."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace


def register(commands: Any) -> None:
    sessions = commands.add_parser("sessions", help="the sessions of the body")
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every session in time order")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_sessions_list)


def cmd_sessions_list(args: argparse.Namespace) -> int:
    from desktop_app.scheduling.timezones import format_both
    from desktop_app.services.sessions import list_sessions, session_as_json

    with open_workspace(args) as workspace:
        sessions = list_sessions(workspace)
        if args.json:
            print(json.dumps([session_as_json(s, workspace) for s in sessions], ensure_ascii=False, indent=2))
        else:
            for s in sessions:
                number = f"#{s.number}" if s.number else "-"
                print(f"{s.id:>5}  {number:<5} {s.status:<10} {format_both(s, workspace.body)}  {s.title}")
    return EXIT_OK
