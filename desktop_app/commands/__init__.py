"""The CLI's command groups. Each module adds its sub-commands with ``register(commands)``.

A handler takes the parsed arguments and returns an exit code; it raises ``UserError``
for a refused input and ``UsageError`` for a bad command line. Heavy modules are
imported inside the handlers so that ``--version`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


def database_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The database the user means, and whether it is the default one (first start fills it)."""
    import os

    from desktop_app.paths import DATABASE_ENV, default_database_path

    if args.db is not None:
        return Path(args.db).expanduser(), False
    return default_database_path(), DATABASE_ENV not in os.environ


def open_workspace(args: argparse.Namespace) -> Workspace:
    from desktop_app.services.workspace import Workspace, prepare_data_folder

    path, _ = database_path(args)
    if args.db is None:
        prepare_data_folder(path.parent)
    return Workspace.open(path)
