"""holidays list/add/remove/import: public holidays declared after the holiday rules were released."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands import EXIT_OK, open_workspace


def register(commands: Any) -> None:
    from desktop_app.commands.scheduling import calendar_day

    holidays = commands.add_parser("holidays", help="public holidays added by hand or from an .ics file")
    actions = holidays.add_subparsers(dest="holidays_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the holidays added, and how current the holiday data is")
    listing.set_defaults(handler=cmd_holidays_list)
    add = actions.add_parser("add", help="add a public holiday (a temporary holiday, an election day)")
    add.add_argument("date", type=calendar_day)
    add.add_argument("name")
    add.add_argument("--side", required=True, help="whose country keeps it: a side's code, e.g. ROK")
    add.set_defaults(handler=cmd_holidays_add)
    remove = actions.add_parser("remove", help="remove a holiday added by hand or imported")
    remove.add_argument("date", type=calendar_day)
    remove.add_argument("--side", required=True)
    remove.set_defaults(handler=cmd_holidays_remove)
    imp = actions.add_parser("import", help="every all-day event of an .ics file as a public holiday")
    imp.add_argument("file", type=Path)
    imp.add_argument("--side", required=True, help="whose country keeps them")
    imp.set_defaults(handler=cmd_holidays_import)


def cmd_holidays_list(args: argparse.Namespace) -> int:
    from desktop_app.services.calendar_holidays import holiday_data_status, list_added_holidays

    with open_workspace(args) as workspace:
        print(holiday_data_status(workspace))
        for holiday in list_added_holidays(workspace):
            print(f"{holiday.day:%Y-%m-%d}  {holiday.country}  {holiday.name}  ({holiday.source})")
    return EXIT_OK


def cmd_holidays_add(args: argparse.Namespace) -> int:
    from desktop_app.services.calendar_holidays import add_holiday

    with open_workspace(args) as workspace:
        changed = add_holiday(workspace, args.side, args.date, args.name)
    print(f"{'added' if changed else 'already there'}: {args.date:%Y-%m-%d} {args.name}")
    return EXIT_OK


def cmd_holidays_remove(args: argparse.Namespace) -> int:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.calendar_holidays import remove_holiday

    with open_workspace(args) as workspace:
        if not remove_holiday(workspace, args.side, args.date):
            raise InvalidInput(f"no holiday was added on {args.date:%Y-%m-%d} for {args.side}")
    print(f"removed {args.date:%Y-%m-%d}")
    return EXIT_OK


def cmd_holidays_import(args: argparse.Namespace) -> int:
    from desktop_app.services.calendar_holidays import import_holidays_ics

    with open_workspace(args) as workspace:
        result = import_holidays_ics(workspace, args.file, args.side)
    print(f"imported {args.file}: {result.added} holidays added, {result.unchanged} already there")
    for note in result.notes:
        print(f"note: {note}")
    return EXIT_OK
