"""gui, demo, check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands import EXIT_OK, UsageError, database_path, open_workspace


def register(commands: Any) -> None:
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--startup-benchmark", action="store_true", help="print startup_ms after the first paint and exit")
    gui.set_defaults(handler=cmd_gui)

    demo = commands.add_parser("demo", help="fill the database with the fictional sample body")
    demo.add_argument("--years", type=int, default=None, help="grow a large body over N years (for benchmarks)")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser("check", help="a full integrity check of the database")
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser("backup", help="take a verified backup now")
    backup.add_argument("--to", type=Path, help="the folder (default: 'backups' beside the database)")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=cmd_restore)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.shell.app import run_gui

    path, is_default = database_path(args)
    return run_gui(path, is_default=is_default, startup_benchmark=getattr(args, "startup_benchmark", False))


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import fill_large_body, fill_sample_body

    if args.years is not None and not 1 <= args.years <= 50:
        raise UsageError("--years takes a whole number from 1 to 50")
    with open_workspace(args) as workspace:
        if args.years is None:
            summary = fill_sample_body(workspace)
        else:
            summary = fill_large_body(workspace, years=args.years)
    print(summary)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import check_database

    path, _ = database_path(args)
    check_database(path.absolute())
    print(f"ok: {path} is sound")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import backup_now

    with open_workspace(args) as workspace:
        made = backup_now(workspace, args.to)
    print(f"backed up to {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import restore

    with open_workspace(args) as workspace:
        aside = restore(workspace, args.file)
        workspace.close(backup=False)
    print(f"restored from {args.file}; the previous contents are kept at {aside}")
    return EXIT_OK
