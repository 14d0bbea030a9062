"""sessions add/edit/move/postpone/cancel, series add/list, ics export/import.

Warnings never block: they are printed as ``warning: …`` lines on stderr after the
change, so stdout stays what scripts read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, UsageError, open_workspace
from desktop_app.domain.dates import check_date

if TYPE_CHECKING:
    from desktop_app.domain.session import Session, SessionMode
    from desktop_app.services.scheduling import Scheduled
    from desktop_app.services.workspace import Workspace

FORMATS = ("working", "senior", "ministerial")
STATUSES = ("planned", "confirmed", "held", "postponed", "cancelled")
MODES = ("in-person", "video")


def wall_clock(text: str) -> datetime:
    """ "2027-03-09 10:00" as a naive wall-clock time (argparse type)."""
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            moment = datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
        check_date(moment, "the time")
        return moment
    raise argparse.ArgumentTypeError(f"{text!r} is not a time like '2027-03-09 10:00'")


def calendar_day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-12-31") from None
    check_date(day, "the date")
    return day


def _session_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--title", required=required)
    parser.add_argument("--title-ko", help="the title in Korean")
    parser.add_argument("--start", type=wall_clock, required=required, help='"YYYY-MM-DD HH:MM" in --tz')
    parser.add_argument("--tz", required=required, help="IANA zone the start is in, e.g. Asia/Seoul")
    parser.add_argument("--minutes", type=int, help="length (default: the body's default)")
    parser.add_argument("--venue", help='"Building, City", or a video link')
    parser.add_argument("--host", help="the hosting side's code (default: the side whose zone is --tz)")
    parser.add_argument("--format", choices=FORMATS)
    parser.add_argument(
        "--mode",
        choices=MODES,
        help="in-person (in the venue's city) or video (each delegation in its capital); default: by --venue",
    )
    parser.add_argument("--number", type=int, help="the session's number in the body (default: the next one)")
    parser.add_argument("--json", action="store_true", help="print the session(s) as JSON")


def add_session_actions(actions: Any) -> None:
    """The sub-commands of ``sessions`` that change a session (``sessions list`` lives in commands/sessions.py)."""
    add = actions.add_parser("add", help="plan a new session; warnings are printed, never blocking")
    _session_options(add, required=True)
    add.set_defaults(handler=cmd_sessions_add)

    edit = actions.add_parser("edit", help="change a session (--following: and the later ones of its series)")
    edit.add_argument("session", help="id or UID")
    _session_options(edit, required=False)
    edit.add_argument("--status", choices=STATUSES)
    edit.add_argument("--following", action="store_true", help="this and the following sessions of the series")
    edit.set_defaults(handler=cmd_sessions_edit)

    move = actions.add_parser("move", help="move a session to a new time (a postponed one is planned again)")
    move.add_argument("session", help="id or UID")
    move.add_argument("--start", type=wall_clock, required=True, help='"YYYY-MM-DD HH:MM"')
    move.add_argument("--tz", help="the zone of --start (default: the session's)")
    move.add_argument("--following", action="store_true", help="shift the following sessions of the series as well")
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=cmd_sessions_move)

    for name, helptext in (("postpone", "postpone (date to be fixed)"), ("cancel", "cancel; skips one in a series")):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("session", help="id or UID")
        action.add_argument("--following", action="store_true", help="this and the following sessions of the series")
        action.set_defaults(handler=cmd_sessions_status, status_action=name)


def register(commands: Any) -> None:
    series = commands.add_parser("series", help="series of sessions from a recurrence rule")
    series_actions = series.add_subparsers(dest="series_command", metavar="ACTION", required=True)
    add = series_actions.add_parser("add", help="plan a series: its sessions are created at once")
    add.add_argument("--title", required=True)
    add.add_argument("--title-ko")
    add.add_argument("--start", type=wall_clock, required=True, help="the first session, wall-clock time")
    add.add_argument("--tz", required=True, help="the zone of --start")
    add.add_argument("--minutes", type=int)
    add.add_argument(
        "--repeat",
        required=True,
        help="monthly-weekday (as the first: 'second Tuesday'), six-weeks, quarterly, weekly, or an RRULE",
    )
    end = add.add_mutually_exclusive_group(required=True)
    end.add_argument("--until", type=calendar_day, help="last day (inclusive)")
    end.add_argument("--count", type=int, help="number of sessions")
    add.add_argument("--hosts", default="", help="host rotation, e.g. ROK,US,video (default: the side of --tz)")
    add.add_argument("--video", default="", help="the link for video sessions")
    add.add_argument("--same-zone", action="store_true", help="keep every session in --tz, not the host capital's")
    add.add_argument("--format", choices=FORMATS)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_series_add)
    listing = series_actions.add_parser("list", help="every series and its rule")
    listing.set_defaults(handler=cmd_series_list)

    ics = commands.add_parser("ics", help="calendar files (.ics) for Outlook, Google Calendar, Thunderbird")
    ics_actions = ics.add_subparsers(dest="ics_command", metavar="ACTION", required=True)
    export = ics_actions.add_parser("export", help="write sessions to an .ics file (all by default)")
    export.add_argument("--session", action="append", default=[], metavar="ID", help="id or UID; repeatable")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=cmd_ics_export)
    importing = ics_actions.add_parser("import", help="create or update sessions from an .ics file")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--horizon", type=int, default=2, metavar="YEARS", help="read open-ended series this far ahead (default 2)"
    )
    importing.add_argument("--from", dest="first_day", type=calendar_day, metavar="DATE", help="only sessions from")
    importing.add_argument("--until", dest="last_day", type=calendar_day, metavar="DATE", help="… up to (inclusive)")
    importing.add_argument("--dry-run", action="store_true", help="say what the import would do; change nothing")
    importing.set_defaults(handler=cmd_ics_import)

    from desktop_app.commands import holidays

    holidays.register(commands)


# -- output ---------------------------------------------------------------------------------


def _print_sessions(workspace: Workspace, done: list[Scheduled], verb: str, as_json: bool) -> None:
    from desktop_app.scheduling.timezones import format_both
    from desktop_app.services.sessions import session_as_json

    if as_json:
        listed = [session_as_json(d.session, workspace, d.warnings) for d in done]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    for item in done:
        s = item.session
        if not as_json:
            number = f" (#{s.number})" if s.number else ""
            print(f"{verb} session {s.id}{number}: {format_both(s, workspace.body)}  {s.title}")
        for warning in item.warnings:
            print(f"warning: {_label(s)}{warning}", file=sys.stderr)


def _label(session: Session) -> str:
    return f"#{session.number}: " if session.number else ""


def _find(workspace: Workspace, key: str) -> Session:
    from desktop_app.services.sessions import find_session

    return find_session(workspace, key)


# -- sessions -------------------------------------------------------------------------------


def _mode(option: str | None) -> SessionMode | None:
    from desktop_app.domain.session import SessionMode

    return None if option is None else SessionMode(option.replace("-", "_"))


def cmd_sessions_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.session import SessionFormat, split_venue
    from desktop_app.services.scheduling import SessionDraft, create_session, default_host

    with open_workspace(args) as workspace:
        body = workspace.body
        building, city, link = split_venue(args.venue or "")
        draft = SessionDraft(
            title=args.title,
            title_ko=args.title_ko or "",
            local_start=args.start,
            timezone=args.tz,
            duration_minutes=args.minutes or body.default_session_minutes,
            host_side=args.host or default_host(body, args.tz),
            venue_city=city,
            venue_building=building,
            video_link=link,
            format=SessionFormat(args.format or "working"),
            mode=_mode(args.mode),
            number=args.number,
        )
        _print_sessions(workspace, [create_session(workspace, draft)], "added", args.json)
    return EXIT_OK


def cmd_sessions_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.domain.session import SessionFormat, SessionStatus, split_venue
    from desktop_app.services.scheduling import Scope, SessionDraft, edit_session

    with open_workspace(args) as workspace:
        session = _find(workspace, args.session)
        draft = SessionDraft.of(session)
        changes: dict[str, Any] = {}
        for option, name in (("title", "title"), ("title_ko", "title_ko"), ("start", "local_start")):
            if getattr(args, option) is not None:
                changes[name] = getattr(args, option)
        if args.tz is not None:
            changes["timezone"] = args.tz
        if args.minutes is not None:
            changes["duration_minutes"] = args.minutes
        if args.host is not None:
            changes["host_side"] = args.host
        if args.format is not None:
            changes["format"] = SessionFormat(args.format)
        if args.status is not None:
            changes["status"] = SessionStatus(args.status)
        if args.number is not None:
            if args.following:
                raise UsageError("--number names one session; it cannot apply to --following ones")
            changes["number"] = args.number
        if args.venue is not None:
            changes["venue_building"], changes["venue_city"], changes["video_link"] = split_venue(args.venue)
            changes["mode"] = None  # follows the new venue, unless --mode says
        if args.mode is not None:
            changes["mode"] = _mode(args.mode)
        if not changes:
            raise UsageError("say what to change (--title, --start, --minutes, --venue, --number …)")
        scope = Scope.FOLLOWING if args.following else Scope.THIS
        done = edit_session(workspace, session.id or 0, replace(draft, **changes), scope)
        _print_sessions(workspace, done, "saved", args.json)
    return EXIT_OK


def cmd_sessions_move(args: argparse.Namespace) -> int:
    from desktop_app.services.scheduling import Scope, move_session

    with open_workspace(args) as workspace:
        session = _find(workspace, args.session)
        scope = Scope.FOLLOWING if args.following else Scope.THIS
        done = move_session(workspace, session.id or 0, args.start, args.tz, scope)
        _print_sessions(workspace, done, "moved", args.json)
    return EXIT_OK


def cmd_sessions_status(args: argparse.Namespace) -> int:
    from desktop_app.services.scheduling import Scope, cancel_session, postpone_session

    action = cancel_session if args.status_action == "cancel" else postpone_session
    verb = "cancelled" if args.status_action == "cancel" else "postponed"
    with open_workspace(args) as workspace:
        session = _find(workspace, args.session)
        changed = action(workspace, session.id or 0, Scope.FOLLOWING if args.following else Scope.THIS)
        for s in changed:
            print(f"{verb} session {s.id}{f' (#{s.number})' if s.number else ''}: {s.title}")
        if not changed:
            print(f"session {session.id} was already {verb}")
    return EXIT_OK


# -- series ---------------------------------------------------------------------------------


def cmd_series_add(args: argparse.Namespace) -> int:
    from desktop_app.domain.session import SessionFormat
    from desktop_app.services.scheduling import default_host
    from desktop_app.services.series import SeriesDraft, create_series

    with open_workspace(args) as workspace:
        body = workspace.body
        hosts = tuple(h.strip() for h in args.hosts.split(",") if h.strip()) or (default_host(body, args.tz),)
        draft = SeriesDraft(
            title=args.title,
            title_ko=args.title_ko or "",
            rule=args.repeat,
            first_start=args.start,
            timezone=args.tz,
            duration_minutes=args.minutes or body.default_session_minutes,
            hosts=hosts,
            count=args.count,
            until=args.until,
            video_link=args.video,
            format=SessionFormat(args.format or "working"),
            host_local_time=not args.same_zone,
        )
        series, done = create_series(workspace, draft)
        if not args.json:
            print(f"added series {series.id}: {series.title}, {len(done)} sessions")
        _print_sessions(workspace, done, "added", args.json)
    return EXIT_OK


def cmd_series_list(args: argparse.Namespace) -> int:
    from desktop_app.scheduling.recurrence import describe
    from desktop_app.services.series import list_series

    with open_workspace(args) as workspace:
        for series in list_series(workspace):
            end = f"{series.count} sessions" if series.count else f"until {series.until:%Y-%m-%d}"
            rule = f"{describe(series.rule, series.first_start)} {series.timezone}"
            print(f"{series.id:>5}  {series.title}: {rule}; {end}; hosts {', '.join(series.hosts)}")
    return EXIT_OK


# -- calendar files -------------------------------------------------------------------------


def cmd_ics_export(args: argparse.Namespace) -> int:
    from desktop_app.services.calendar_files import export_ics

    with open_workspace(args) as workspace:
        count = export_ics(workspace, args.output, args.session)
    print(f"exported {count} session{'s' if count != 1 else ''} to {args.output}")
    return EXIT_OK


def cmd_ics_import(args: argparse.Namespace) -> int:
    from desktop_app.services.calendar_files import ImportRange, import_ics
    from desktop_app.services.calendar_import_preview import preview_ics_import
    from desktop_app.services.scheduling import with_warnings

    reading = ImportRange(args.horizon, args.first_day, args.last_day)
    with open_workspace(args) as workspace:
        if args.dry_run:
            report = preview_ics_import(workspace, args.file, reading)
            print(f"would import {args.file}: {report.summary()} (nothing changed)")
            for note in report.notes:
                print(f"note: {note}")
            return EXIT_OK
        report = import_ics(workspace, args.file, reading)
        print(f"imported {args.file}: {report.summary()}")
        for note in report.notes:
            print(f"note: {note}")
        touched = report.created + report.updated
        if touched:
            fresh = [_find(workspace, s.uid) for s in touched]
            for item in with_warnings(workspace, fresh):
                for warning in item.warnings:
                    print(f"warning: {_label(item.session)}{warning}", file=sys.stderr)
    return EXIT_OK
