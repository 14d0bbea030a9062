"""package export/import: one session carried between the two offices in a .bdpkg file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, database_path, open_workspace

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace


def register(commands: Any) -> None:
    package = commands.add_parser(
        "package",
        help="session packages (.bdpkg) sent to and received from the counterpart office",
        description="A session package carries one session, both delegations and the shareable agenda "
        "versions, with the counterpart packet and the .ics (see docs/package-format.md).",
    )
    actions = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write a session's package for the counterpart office")
    export.add_argument("session", metavar="SESSION", help="the session's id or UID (see 'sessions list')")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.bdpkg", help="the package file")
    export.add_argument(
        "--beside", action="store_true", help="also write the counterpart packet (.docx) and the .ics beside it"
    )
    export.set_defaults(handler=cmd_package_export)

    importing = actions.add_parser(
        "import", help="take in a package from the counterpart office (one transaction; again changes nothing)"
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the .bdpkg file")
    importing.add_argument("--dry-run", action="store_true", help="check the package and say what would change")
    importing.add_argument("-v", "--verbose", action="store_true", help="list every change, not just the summary")
    importing.add_argument(
        "--keep",
        choices=("ours", "theirs"),
        help="settle every conflict (a field both desks changed) with our value or theirs; "
        "without it an import with conflicts stops and lists them",
    )
    importing.add_argument(
        "--take-suggestions",
        action="store_true",
        help="also take what the package says about our own people and delegation (listed as suggestions)",
    )
    importing.set_defaults(handler=cmd_package_import)


def _open_for_reading(args: argparse.Namespace) -> Workspace:
    """Read-only, as ``packet`` does (the window may hold the file); an older file is upgraded first."""
    from desktop_app.services.workspace import Workspace, needs_upgrade

    path, _ = database_path(args)
    if needs_upgrade(path):
        return open_workspace(args)
    return Workspace.open(path, read_only=True, create=False)


def cmd_package_export(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import export_package
    from desktop_app.services.sessions import find_session

    with _open_for_reading(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None
        result = export_package(workspace, session.id, args.output, beside=args.beside)
    print(result.summary())
    return EXIT_OK


def cmd_package_import(args: argparse.Namespace) -> int:
    from desktop_app.errors import UserError
    from desktop_app.services.packages import import_package, plan_text_lines, preview_import, read_package

    # The whole package is read and checked before the database is even opened: a refused
    # package leaves no trace anywhere, not even a lock file.
    package = read_package(args.file)
    path, _ = database_path(args)
    if args.dry_run and not path.exists():
        raise UserError(f"{path} does not exist; a dry run creates nothing (import without --dry-run to create it)")
    with open_workspace(args) as workspace:
        preview = preview_import(workspace, package, keep=args.keep)
        if preview.plan.unresolved:  # listed first, then refused in one line (exit 1), nothing written
            for conflict in preview.plan.unresolved:
                print(f"conflict: {conflict.line()}")
        take = range(len(preview.plan.suggestions)) if args.take_suggestions else ()
        result = preview if args.dry_run else import_package(workspace, package, keep=args.keep, take=take)
    print(result.summary(dry_run=args.dry_run))
    for suggestion in () if args.verbose else result.plan.suggestions:
        taken = args.take_suggestions and not args.dry_run
        print(f"suggestion ({'taken' if taken else 'not taken'}): {suggestion}")
    if args.verbose:
        for section in result.plan.sections():
            print(f"{section.heading.value}:")
            for line in plan_text_lines(section):
                print(f"  {line}")
    return EXIT_OK
