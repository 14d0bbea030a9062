"""body setup, edit, show: the consultative body, its two sides, and which one is ours."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import EXIT_OK, UsageError, open_workspace

# (option suffix, SideChoice field, help) for --our-… and --their-…
_SIDE_FIELDS = (
    ("name", "name", "name in English"),
    ("name-ko", "name_ko", "name in Korean"),
    ("capital", "capital", "capital in English"),
    ("capital-ko", "capital_ko", "capital in Korean"),
    ("timezone", "timezone", "IANA time zone, e.g. Asia/Tokyo"),
    ("holidays", "holiday_country", "ISO country whose public holidays warn, e.g. JP"),
)


def _side_options(parser: argparse.ArgumentParser) -> None:
    for who in ("our", "their"):
        for suffix, _, text in _SIDE_FIELDS:
            parser.add_argument(f"--{who}-{suffix}", metavar="TEXT", help=f"{who} side's {text}")


def register(commands: Any) -> None:
    body = commands.add_parser("body", help="the consultative body, its two sides, and which one is ours")
    verbs = body.add_subparsers(dest="body_command", metavar="ACTION", required=True)

    setup = verbs.add_parser(
        "setup",
        help="set up an empty database: the body's name, our side and the counterpart side",
        description="A code this app knows (ROK, US) brings its name, capital, zone and holidays; "
        "any other code needs at least --our-name/--their-name and --our-timezone/--their-timezone.",
    )
    setup.add_argument("--name", required=True, help="the body's name in English")
    setup.add_argument("--name-ko", default="", help="the body's name in Korean")
    setup.add_argument("--our-side", required=True, metavar="CODE", help="the side whose desk uses this copy")
    setup.add_argument("--their-side", metavar="CODE", help="the counterpart (default: US; ROK when ours is US)")
    _side_options(setup)
    setup.add_argument("--json", action="store_true", help="print the body as JSON")
    setup.set_defaults(handler=cmd_body_setup)

    edit = verbs.add_parser("edit", help="change the body's names, its sides, or which side is ours")
    edit.add_argument("--name", help="the body's name in English")
    edit.add_argument("--name-ko", help="the body's name in Korean")
    edit.add_argument(
        "--our-side",
        metavar="CODE",
        help="which side is ours (the other code swaps them; a new code replaces ours)",
    )
    edit.add_argument("--their-side", metavar="CODE", help="a new code for the counterpart side")
    _side_options(edit)
    edit.add_argument("--uid", help="join the body of this UID (as shown by the other desk's 'body show')")
    edit.add_argument("--json", action="store_true", help="print the body as JSON")
    edit.set_defaults(handler=cmd_body_edit)

    show = verbs.add_parser("show", help="the body, its UID and its two sides")
    show.add_argument("--json", action="store_true", help="print {uid, name, name_ko, our_side, sides: […]}")
    show.set_defaults(handler=cmd_body_show)


def _choice(args: argparse.Namespace, who: str, code: str | None) -> Any:
    from desktop_app.services.body import SideChoice

    values = {field: getattr(args, f"{who}_{suffix.replace('-', '_')}") for suffix, field, _ in _SIDE_FIELDS}
    if code is None and all(value is None for value in values.values()):
        return None
    return SideChoice(code or "", **values)


def _print(body: Any, as_json: bool, verb: str) -> None:
    from desktop_app.services.body import body_document

    if as_json:
        print(json.dumps(body_document(body), ensure_ascii=False, indent=2))
        return
    ours, theirs = body.home, body.counterpart
    name_ko = f" ({body.name_ko})" if body.name_ko else ""
    if verb:
        print(f"{verb} body “{body.name}”{name_ko}: our side {ours.code} ({ours.name}), counterpart {theirs.code}")
        return
    print(f"{body.name}{name_ko}")
    print(f"  uid: {body.uid}")
    for side in body.sides:
        role = "our side" if side.code == body.home_side else "counterpart"
        holidays = f", holidays {side.holiday_country}" if side.holiday_country else ""
        capital = f", {side.capital}" if side.capital else ""
        print(f"  {side.code} ({role}): {side.name}{capital}, {side.timezone}{holidays}")


def cmd_body_setup(args: argparse.Namespace) -> int:
    from desktop_app.services.body import BodyChoice, SideChoice, setup_body

    ours = args.our_side.strip().upper()
    theirs = args.their_side or ("ROK" if ours == "US" else "US")
    with open_workspace(args) as workspace:
        choice = BodyChoice(
            name=args.name,
            name_ko=args.name_ko,
            ours=_choice(args, "our", ours) or SideChoice(ours),
            theirs=_choice(args, "their", theirs) or SideChoice(theirs),
        )
        _print(setup_body(workspace, choice), args.json, "set up")
    return EXIT_OK


def cmd_body_edit(args: argparse.Namespace) -> int:
    from desktop_app.services.body import edit_body

    with open_workspace(args) as workspace:
        ours = _choice(args, "our", args.our_side)
        theirs = _choice(args, "their", args.their_side)
        if ours is None and theirs is None and args.name is None and args.name_ko is None and args.uid is None:
            raise UsageError("say what to change (--name, --our-side, --their-timezone …)")
        _print(
            edit_body(workspace, name=args.name, name_ko=args.name_ko, ours=ours, theirs=theirs, uid=args.uid),
            args.json,
            "saved",
        )
    return EXIT_OK


def cmd_body_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        _print(workspace.body, args.json, "")
    return EXIT_OK
