"""The gate every calendar file passes before the ``icalendar`` parser sees it.

A file from outside may be anything: not a calendar, huge, thousands of events, or a
recurrence built to make a parser expand forever. These checks read the raw text
once, linearly, and refuse with a sentence saying why; only a file that passes is
parsed. ``icalendar`` itself builds every VTIMEZONE's rules while parsing, so the
rules inside time zones are checked here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.notices import Notice, said
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.recurrence import parse_rule
from desktop_app.storage.safefiles import require_regular_file

MAX_BYTES = 8 * 1024 * 1024  # a year's invitations are a few hundred kilobytes; a Google export a few MB
MAX_EVENTS = 1000  # read at once; a larger file is read for a date range
MAX_SCANNED_EVENTS = 50_000  # in the file at all, when only a range of it is read
MAX_COMPONENTS = 5000  # events, time zones and their parts, alarms
MAX_DEPTH = 6  # VCALENDAR > VEVENT > VALARM is 3; RFC 5545 never nests deeper than 4
MAX_LINE = 64 * 1024  # unfolded
MAX_KEPT_LINES = 30_000  # of the properties an import reads: about 20 per event
MAX_DATES = 5000  # listed in RDATE and EXDATE, across the file

# The components and properties an import reads; everything else is dropped unparsed.
_TIME_ZONE_PART = frozenset({"DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "RRULE", "RDATE"})
KEPT_PROPERTIES: dict[str, frozenset[str]] = {
    "VCALENDAR": frozenset({"VERSION", "PRODID", "METHOD", "CALSCALE", "X-WR-TIMEZONE"}),
    "VEVENT": frozenset(
        {
            "UID",
            "DTSTAMP",
            "DTSTART",
            "DTEND",
            "DURATION",
            "SUMMARY",
            "LOCATION",
            "STATUS",
            "SEQUENCE",
            "RRULE",
            "RDATE",
            "EXDATE",
            "RECURRENCE-ID",
            "EXRULE",
            "X-BRIEFING-DESK-STATUS",
        }
    ),
    "VTIMEZONE": frozenset({"TZID"}),
    "STANDARD": _TIME_ZONE_PART,
    "DAYLIGHT": _TIME_ZONE_PART,
}

_LINES = re.compile(r"\r\n|\n|\r")
_FOLD = re.compile(rb"(?:\r\n|\n|\r)[ \t]")
_FREQ = re.compile(r"(?:^|;)\s*FREQ\s*=\s*([A-Z]+)", re.IGNORECASE)


class TooManyEvents(InvalidInput):
    """A calendar holding more than is read at once: it can be read a date range at a time."""


@dataclass(frozen=True)
class Screened:
    """A file that passed: its text and what the scan counted."""

    text: str
    events: int  # kept for reading
    notes: list[str] = field(default_factory=list)  # what was passed over, for the report


def read_bounded(path: Path) -> str:
    """The unfolded text of ``path``; refused when too large, binary or not UTF-8. Never reads past the limit."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                Notice(
                    f"{path.name} is {size:,} bytes; Briefing Desk reads calendar files up to {_mb()}",
                    "ics_guard.bytes_briefing_desk_reads",
                    path_name=path.name,
                    size=size,
                    mb=_mb(),
                )
            )
        require_regular_file(path, "calendar file", InvalidInput)  # a pipe would hang the read
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError as exc:
        raise InvalidInput(
            Notice(f"{path} is a folder, not a calendar file", "ics_guard.folder_not_calendar_file", path=path)
        ) from exc
    except OSError as exc:
        raise InvalidInput(
            Notice(
                f"cannot read {path}: {exc.strerror or exc}",
                "ics_guard.cannot_read",
                path=path,
                exc=exc.strerror or exc,
            )
        ) from exc
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} is larger than {_mb()}, the most Briefing Desk reads",
                "ics_guard.larger_most_briefing_desk",
                path_name=path.name,
                mb=_mb(),
            )
        )
    if b"\x00" in data:
        raise InvalidInput(
            Notice(
                f"{path.name} is not a calendar (it is a binary file)",
                "ics_guard.not_calendar_binary_file",
                path_name=path.name,
            )
        )
    # Folds are undone on the bytes: RFC 5545 folds at 75 octets, and some senders (Google
    # among them) split a Korean character's UTF-8 bytes across two lines.
    data = _FOLD.sub(b"", data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            Notice(
                f"{path.name} is not a calendar (it is not UTF-8 text)",
                "ics_guard.not_calendar_not_utf",
                path_name=path.name,
            )
        ) from exc


def _mb() -> str:
    return f"{MAX_BYTES // (1024 * 1024)} MB"


def unfolded_lines(text: str) -> list[str]:
    """Content lines with RFC 5545 folds undone, in one linear pass."""
    lines: list[str] = []
    for raw in _LINES.split(text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def _name(line: str) -> str:
    """The property name of a content line ("DTSTART" of "DTSTART;TZID=…:…")."""
    end = len(line)
    for mark in (";", ":"):
        position = line.find(mark)
        if 0 <= position < end:
            end = position
    return line[:end].strip().upper()


def _value(line: str) -> str:
    """The value of a content line whose parameters hold no quoted colon (RRULE never has any)."""
    return line.split(":", 1)[1] if ":" in line else ""


def screen(text: str, name: str = "the file", *, window: tuple[date, date] | None = None) -> Screened:
    """Refuse ``text`` unless it is a calendar of bounded size and shape; see the module docstring.

    What passes is cut down to the components and properties an import reads: the rest
    (attendees, descriptions, alarms, vendor extensions) is never parsed at all, which
    keeps the parser's work in proportion to what we use. A time zone whose rules we do
    not read is dropped with a note (the events in it are then skipped by the reader);
    with a ``window`` (from, until), single events starting well outside it are dropped
    unparsed, so a file of many years can be read a range at a time.
    """
    lines = unfolded_lines(text)
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise InvalidInput(
            Notice(
                f"{name} is not a calendar (it does not begin with BEGIN:VCALENDAR)",
                "ics_guard.not_calendar_does_not",
                name=name,
            )
        )
    stack: list[str] = []
    kept: list[str] = []
    block = _Block()  # the event or time zone being read: kept or dropped whole at its end
    notes: list[str] = []
    events = scanned = components = dates = 0
    skipping = 0  # depth inside a component we do not read
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            raise InvalidInput(
                Notice(
                    f"{name} has a line of {len(line):,} characters (line {number}); it is refused",
                    "ics_guard.line_characters_line_refused",
                    name=name,
                    count_line=len(line),
                    number=number,
                )
            )
        key = _name(line)
        if key == "BEGIN":
            stack.append(_value(line).strip().upper())
            components += 1
            scanned += stack[-1] == "VEVENT"
            if len(stack) > MAX_DEPTH:
                raise InvalidInput(
                    Notice(
                        f"{name} nests components {len(stack)} deep; it is not a calendar we read",
                        "ics_guard.nests_components_deep_not",
                        name=name,
                        count_stack=len(stack),
                    )
                )
            if scanned > (MAX_SCANNED_EVENTS if window else MAX_EVENTS):
                raise TooManyEvents(_too_many(name, window))
            if components > MAX_COMPONENTS * (MAX_SCANNED_EVENTS // MAX_EVENTS if window else 1):
                raise InvalidInput(
                    Notice(
                        f"{name} holds more than {MAX_COMPONENTS:,} components; it is refused",
                        "ics_guard.holds_more_components_refused",
                        name=name,
                        max_components=MAX_COMPONENTS,
                    )
                )
            skipping += bool(skipping) or stack[-1] not in KEPT_PROPERTIES
            if len(stack) == 2 and not skipping:
                block = _Block(stack[-1])
        elif key == "END":
            if not stack or stack[-1] != _value(line).strip().upper():
                raise InvalidInput(
                    Notice(
                        f"{name} is not a valid calendar (line {number}: {line[:40]!r} closes nothing open)",
                        "ics_guard.not_valid_calendar_line",
                        name=name,
                        number=number,
                        line=line[:40],
                    )
                )
            stack.pop()
            if skipping:
                skipping -= 1
                continue
        elif key in ("RRULE", "RDATE") and "VTIMEZONE" in stack:
            block.problem = block.problem or _zone_rule_problem(key, _value(line))
        elif key in ("RRULE", "RDATE") and stack[-1:] == ["VEVENT"]:
            block.repeats = True
        elif key == "DTSTART" and stack[-1:] == ["VEVENT"]:
            block.start = _start_date(line)
        if skipping or (key not in ("BEGIN", "END") and (not stack or key not in KEPT_PROPERTIES[stack[-1]])):
            continue  # not read: a property we do not use, or a stray line after the calendar
        if key in ("RDATE", "EXDATE"):
            dates += _value(line).count(",") + 1
            if dates > MAX_DATES:
                raise InvalidInput(
                    Notice(
                        f"{name} lists more than {MAX_DATES:,} dates in RDATE and EXDATE; it is refused",
                        "ics_guard.lists_more_dates_rdate",
                        name=name,
                        max_dates=MAX_DATES,
                    )
                )
        (block.lines if block.kind else kept).append(line)
        if key == "END" and len(stack) == 1 and block.kind:
            if block.kind == "VTIMEZONE" and block.problem:
                notes.append(
                    Notice(
                        f"passed over the time zone {block.tzid()!r}: {block.problem}",
                        "ics_guard.passed_over_time_zone",
                        tzid=block.tzid(),
                        problem=block.problem,
                    )
                )
            elif block.kind != "VEVENT" or _in_window(block, window):
                kept.extend(block.lines)
                events += block.kind == "VEVENT"
            block = _Block()
        if events > MAX_EVENTS:
            raise TooManyEvents(_too_many(name, window))
        if len(kept) + len(block.lines) > MAX_KEPT_LINES:
            raise InvalidInput(
                Notice(
                    f"{name} holds more than {MAX_KEPT_LINES:,} lines of event data; it is refused",
                    "ics_guard.holds_more_lines_event",
                    name=name,
                    max_kept_lines=MAX_KEPT_LINES,
                )
            )
    if stack:
        raise InvalidInput(
            Notice(
                f"{name} is not a valid calendar (it ends inside {stack[-1]})",
                "ics_guard.not_valid_calendar_ends",
                name=name,
                stack=stack[-1],
            )
        )
    return Screened(text="\r\n".join(kept) + "\r\n", events=events, notes=notes)


@dataclass
class _Block:
    kind: str = ""  # VEVENT or VTIMEZONE; "" outside one
    lines: list[str] = field(default_factory=list)
    problem: str = ""
    repeats: bool = False
    start: date | None = None

    def tzid(self) -> str:
        found = next((line for line in self.lines if _name(line) == "TZID"), "")
        return " ".join(_value(found).split())[:60]


def _too_many(name: str, window: tuple[date, date] | None) -> str:
    if window:
        return Notice(
            f"{name} holds more than {MAX_EVENTS:,} events from {window[0]} to {window[1]}; pick a shorter range",
            "ics_guard.holds_more_events_pick",
            name=name,
            max_events=MAX_EVENTS,
            window=window[0],
            window_2=window[1],
        )
    return Notice(
        f"{name} holds more than {MAX_EVENTS:,} events; Briefing Desk reads at most that many at once: "
        "import a date range of it (ics import --from/--until, or pick the range in the preview)",
        "ics_guard.holds_more_events_briefing",
        name=name,
        max_events=MAX_EVENTS,
    )


def _start_date(line: str) -> date | None:
    raw = line.rsplit(":", 1)[-1].strip()[:8]
    try:
        return datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        return None  # the reader says what is wrong with it


def _in_window(block: _Block, window: tuple[date, date] | None) -> bool:
    """Whether an event may fall in ``window``: a day's slack either side for the zones; a series always may."""
    if window is None or block.repeats or block.start is None:
        return True
    return window[0] - timedelta(days=1) <= block.start <= window[1] + timedelta(days=1)


_ZONE_PARTS = frozenset({"BYHOUR", "BYMINUTE", "BYSECOND"})  # a zone's change at "2:00" is often written so


def _zone_rule_problem(key: str, value: str) -> str:
    """Why a time zone's rule cannot be read safely, or "" when it can (a yearly rule, as zones use)."""
    if key == "RDATE":
        return ""
    match = _FREQ.search(value)
    freq = match.group(1).upper() if match else ""
    if freq != "YEARLY":
        return f"its rule is not yearly (FREQ={freq or 'none'})"
    parts = [part for part in value.split(";") if part.split("=", 1)[0].strip().upper() not in _ZONE_PARTS]
    for part in value.split(";"):
        name, _, numbers = part.partition("=")
        times = numbers.split(",")
        if name.strip().upper() in _ZONE_PARTS and not all(n.strip().isdigit() and int(n) < 60 for n in times):
            return f"its rule has {part.strip()!r}, which is not a time of day"
    try:
        parse_rule(";".join(parts), what="its rule")
    except InvalidInput as exc:
        return said(exc)
    return ""
