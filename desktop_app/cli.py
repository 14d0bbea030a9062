"""The ``briefing-desk`` command: the GUI by default, and the same services headless.

Contract: exit 0 when done; 1 when the input was refused, with one line ``error: …``
on stderr; 2 for bad usage. Nothing a user can cause prints a traceback; an
unexpected failure is logged to a file and named in one line.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import NoReturn

from desktop_app import APP_NAME, __version__
from desktop_app.commands import EXIT_REFUSED, EXIT_USAGE, UsageError
from desktop_app.errors import UserError

# Each module of desktop_app.commands adds its own sub-commands; add a new group here.
COMMAND_GROUPS = (
    "maintenance",
    "body",
    "sessions",
    "scheduling",
    "people",
    "delegations",
    "agenda",
    "actions",
    "outcomes",
    "packet",
    "package",
    "search",
)
GUI_GROUP = "maintenance"  # where ``gui`` (the default command) is defined
# The commands each group defines (tests/test_cli.py checks this against what the groups register):
# a command line naming one of them loads that group alone. Each group imports what its handlers
# need, and argparse builds every sub-command it is given, which a packet or the window's start
# would otherwise wait for.
GROUP_OF_COMMAND = {
    **dict.fromkeys(("gui", "demo", "check", "backup", "restore"), "maintenance"),
    "body": "body",
    "sessions": "sessions",
    **dict.fromkeys(("series", "ics", "holidays"), "scheduling"),
    "people": "people",
    "delegation": "delegations",
    "agenda": "agenda",
    "actions": "actions",
    "outcomes": "outcomes",
    "packet": "packet",
    "package": "package",
    "search": "search",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def groups_for(argv: Sequence[str]) -> Sequence[str]:
    """The command groups a command line needs: the named command's alone, the window's for none
    (``briefing-desk [--db X]``), and every group for anything else (``--help``, a mistyped command)."""
    words = list(argv)
    while words:
        if words[0] == "--db":
            words = words[2:]
        elif words[0].startswith("--db="):
            words = words[1:]
        else:
            break
    if not words:
        return (GUI_GROUP,)
    group = GROUP_OF_COMMAND.get(words[0])
    return (group,) if group is not None else COMMAND_GROUPS


def build_parser(groups: Sequence[str] = COMMAND_GROUPS) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing-desk",
        description=f"{APP_NAME}: plan a consultative body's sessions and brief its principal.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the database file (default: $BRIEFING_DESK_DB, else the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for group in groups:
        import_module(f"desktop_app.commands.{group}").register(commands)
    return parser


def _log_unexpected(exc: BaseException) -> Path | None:
    import traceback
    from datetime import datetime

    from desktop_app.paths import user_log_dir
    from desktop_app.services.workspace import append_to_log

    try:
        log = user_log_dir() / "errors.log"
        header = f"--- {datetime.now().isoformat()} {APP_NAME} {__version__} argv={sys.argv!r}\n"
        append_to_log(log, header + "".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        words = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(groups_for(words)).parse_args(words)
        if args.command is None:
            from desktop_app.commands.maintenance import cmd_gui

            return cmd_gui(args)
        code: int = args.handler(args)
        return code
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if os.environ.get("BRIEFING_DESK_DEBUG"):  # for support: what lay behind the refusal
            import traceback

            traceback.print_exception(exc, file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`briefing-desk sessions list | head`): nothing to tell anyone.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REFUSED
    except OSError as exc:
        if exc.errno not in _DISK_ERRORS:
            return _unexpected(exc)
        from desktop_app.services.workspace import describe_disk_error

        print(f"error: {describe_disk_error(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("error: interrupted; nothing was saved from the unfinished action", file=sys.stderr)
        return 130
    except Exception as exc:  # our bug: keep the details for the report, show one line
        return _unexpected(exc)


def run() -> NoReturn:
    """The ``briefing-desk`` command and ``python -m desktop_app``: ``main``, then the process ends.

    Without a window nothing is left to tear down but memory: once the output is flushed and the
    log closed, the process ends at once instead of freeing every object one by one (a packet's
    document tree, the modules) — about 15 ms of a packet's 190. Every file and the database are
    closed by then (each command closes its workspace). The window's process ends the usual way:
    Qt writes its settings as its objects are destroyed.
    """
    code = main()
    if "PySide6" in sys.modules:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away, or a stream is closed: nothing to tell
        pass
    import logging

    logging.shutdown()
    os._exit(code)


# A full disk, a read-only disk, no permission: the user's to fix, never "unexpected".
_DISK_ERRORS = frozenset({errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, getattr(errno, "EDQUOT", errno.ENOSPC)})


def _unexpected(exc: BaseException) -> int:
    log = _log_unexpected(exc)
    where = f"; details in {log}" if log else ""
    print(f"error: unexpected failure ({type(exc).__name__}: {exc}){where}", file=sys.stderr)
    return EXIT_REFUSED
