"""The ``briefing-desk`` command: the GUI by default, and the same services headless.

Contract: exit 0 when done; 1 when the input was refused, with one line ``error: …``
on stderr; 2 for bad usage. Nothing a user can cause prints a traceback; an
unexpected failure is logged to a file and named in one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing-desk", description=f"{APP_NAME}: plan a consultative body's sessions and brief its principal."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the database file (default: $BRIEFING_DESK_DB, else the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--startup-benchmark", action="store_true", help="print startup_ms after the first paint and exit")

    demo = commands.add_parser("demo", help="fill the database with the fictional sample body")
    demo.add_argument("--years", type=int, default=None, help="grow a large body over N years (for benchmarks)")

    commands.add_parser("check", help="a full integrity check of the database")

    backup = commands.add_parser("backup", help="take a verified backup now")
    backup.add_argument("--to", type=Path, help="the folder (default: 'backups' beside the database)")

    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    restore.add_argument("file", type=Path)

    sessions = commands.add_parser("sessions", help="the sessions of the body")
    session_commands = sessions.add_subparsers(
        dest="sessions_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    listing = session_commands.add_parser("list", help="every session in time order")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


# -- commands ----------------------------------------------------------------------
def _database_path(args: argparse.Namespace) -> tuple[Path, bool]:
    import os

    from desktop_app.paths import DATABASE_ENV, default_database_path

    if args.db is not None:
        return args.db.expanduser(), False
    return default_database_path(), DATABASE_ENV not in os.environ


def _open(args: argparse.Namespace):
    from desktop_app.services.workspace import Workspace

    path, _ = _database_path(args)
    if args.db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return Workspace.open(path)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.app import run_gui

    path, is_default = _database_path(args)
    return run_gui(path, is_default=is_default, startup_benchmark=args.startup_benchmark)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import fill_large_body, fill_sample_body

    if args.years is not None and not 1 <= args.years <= 50:
        raise UsageError("--years takes a whole number from 1 to 50")
    with _open(args) as workspace:
        if args.years is None:
            summary = fill_sample_body(workspace)
        else:
            summary = fill_large_body(workspace, years=args.years)
    print(summary)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import check_database

    path, _ = _database_path(args)
    check_database(path.absolute())
    print(f"ok: {path} is sound")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import backup_now

    with _open(args) as workspace:
        made = backup_now(workspace, args.to)
    print(f"backed up to {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import restore

    with _open(args) as workspace:
        aside = restore(workspace, args.file)
        workspace.close(backup=False)
    print(f"restored from {args.file}; the previous contents are kept at {aside}")
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    from desktop_app.scheduling.timezones import format_both
    from desktop_app.services.sessions import list_sessions, session_as_json

    with _open(args) as workspace:
        sessions = list_sessions(workspace)
        if args.json:
            print(json.dumps([session_as_json(s, workspace) for s in sessions], ensure_ascii=False, indent=2))
        else:
            for s in sessions:
                print(f"{s.id:>5}  #{s.number or '-':<4} {s.status:<10} {format_both(s, workspace.body)}  {s.title}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "sessions": cmd_sessions,
}


def _log_unexpected(exc: BaseException) -> Path | None:
    import traceback
    from datetime import datetime

    from desktop_app.paths import user_log_dir

    try:
        directory = user_log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        log = directory / "errors.log"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()} {APP_NAME} {__version__} argv={sys.argv!r}\n")
            handle.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            args.command, args.startup_benchmark = "gui", False
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("error: interrupted; nothing was saved from the unfinished action", file=sys.stderr)
        return 130
    except Exception as exc:  # our bug: keep the details for the report, show one line
        log = _log_unexpected(exc)
        where = f"; details in {log}" if log else ""
        print(f"error: unexpected failure ({type(exc).__name__}: {exc}){where}", file=sys.stderr)
        return EXIT_REFUSED
