"""Recurrence rules (RFC 5545 RRULE) read strictly and expanded within bounds.

The same checks guard a series an officer plans and a rule in a file from outside:
only the parts a session series needs are read, rules that can never produce a date
are refused before ``dateutil.rrule`` is asked (it would search to year 9999 first),
and an expansion stops at ``MAX_OCCURRENCES`` within ``WINDOW_YEARS``.

>>> expand("FREQ=MONTHLY;BYDAY=2TU", datetime(2027, 1, 12, 10), count=3, until=None)
[datetime(2027, 1, 12, 10, 0), datetime(2027, 2, 9, 10, 0), datetime(2027, 3, 9, 10, 0)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

MAX_OCCURRENCES = 500
WINDOW_YEARS = 5
MAX_INTERVAL = 1000  # a larger one makes dateutil walk months one by one before its first date
MAX_RULE_LENGTH = 500

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
TOO_FREQUENT = ("SECONDLY", "MINUTELY", "HOURLY")
PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"})
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_INTEGER = re.compile(r"^[+-]?\d{1,3}$")
_UNTIL = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February at its longest

PRESETS = {
    "weekly": "FREQ=WEEKLY",
    "monthly-weekday": "",  # filled from the first date: "the second Tuesday"
    "six-weeks": "FREQ=WEEKLY;INTERVAL=6",
    "quarterly": "FREQ=MONTHLY;INTERVAL=3",
}


@dataclass(frozen=True)
class Rule:
    """A checked RRULE: ``core`` is everything but COUNT and UNTIL, which are kept apart."""

    freq: str
    core: str
    count: int | None
    until: str | None  # the raw UNTIL value: its meaning depends on the event's DTSTART


def preset_rule(name_or_rule: str, first: datetime) -> str:
    """The RRULE text for a preset name, or ``name_or_rule`` itself when it is not one."""
    key = name_or_rule.strip().lower()
    if key == "monthly-weekday":
        nth = (first.day - 1) // 7 + 1
        return f"FREQ=MONTHLY;BYDAY={-1 if nth == 5 else nth}{WEEKDAYS[first.weekday()]}"
    return PRESETS.get(key) or name_or_rule.strip()


def _ints(key: str, value: str, low: int, high: int, what: str) -> list[int]:
    numbers = []
    for item in value.split(","):
        if not _INTEGER.match(item) or not low <= abs(int(item)) <= high or int(item) == 0:
            raise InvalidInput(
                Notice(
                    f"{what}: {key}={value} is not a list of numbers from {low} to {high}",
                    "recurrence.not_list_numbers",
                    what=what,
                    key=key,
                    value=value,
                    low=low,
                    high=high,
                )
            )
        numbers.append(int(item))
    return numbers


def parse_rule(text: str, *, what: str = "the recurrence rule") -> Rule:
    """Check an RRULE value ("FREQ=MONTHLY;BYDAY=2TU;COUNT=12") and refuse what we do not read."""
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text or len(text) > MAX_RULE_LENGTH:
        raise InvalidInput(Notice(f"{what} is empty or too long", "recurrence.empty_too_long", what=what))
    parts: dict[str, str] = {}
    for item in text.split(";"):
        key, sep, value = item.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not value:
            raise InvalidInput(
                Notice(f"{what}: {item!r} is not KEY=VALUE", "recurrence.not_key_value", what=what, item=item)
            )
        if key in parts:
            raise InvalidInput(Notice(f"{what} gives {key} twice", "recurrence.gives_twice", what=what, key=key))
        parts[key] = value
    freq = parts.get("FREQ", "")
    if freq in TOO_FREQUENT:
        raise InvalidInput(
            Notice(
                f"{what} repeats {freq} (FREQ={freq}); a series of sessions repeats daily at most",
                "recurrence.repeats_freq_series_sessions",
                what=what,
                freq=freq,
            )
        )
    if freq not in FREQUENCIES:
        raise InvalidInput(
            Notice(
                f"{what} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (it has {freq or 'none'})",
                "recurrence.needs_freq_daily_weekly",
                what=what,
                freq_given=freq or "none",
            )
        )
    unknown = sorted(set(parts) - PARTS)
    if unknown:
        raise InvalidInput(
            Notice(
                f"{what} uses {', '.join(unknown)}, which Briefing Desk does not read",
                "recurrence.uses_briefing_desk_does",
                what=what,
                unknown=", ".join(unknown),
            )
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise InvalidInput(
            Notice(
                f"{what} gives both COUNT and UNTIL (RFC 5545 allows one)",
                "recurrence.gives_both_count_until",
                what=what,
            )
        )
    if "INTERVAL" in parts:
        _ints("INTERVAL", parts["INTERVAL"], 1, MAX_INTERVAL, what)
    count = None
    if "COUNT" in parts:
        if not parts["COUNT"].isdigit() or int(parts["COUNT"]) < 1:
            raise InvalidInput(
                Notice(
                    f"{what}: COUNT={parts['COUNT']} is not a positive number",
                    "recurrence.count_not_positive_number",
                    what=what,
                    parts=parts["COUNT"],
                )
            )
        count = int(parts["COUNT"])
        if count > MAX_OCCURRENCES:
            raise InvalidInput(
                Notice(
                    f"{what} asks for {count} sessions; Briefing Desk plans at most {MAX_OCCURRENCES}",
                    "recurrence.asks_sessions_briefing_desk",
                    what=what,
                    count=count,
                    max_occurrences=MAX_OCCURRENCES,
                )
            )
    if "UNTIL" in parts and not _UNTIL.match(parts["UNTIL"]):
        raise InvalidInput(
            Notice(
                f"{what}: UNTIL={parts['UNTIL']} is not a date",
                "recurrence.until_not_date",
                what=what,
                parts=parts["UNTIL"],
            )
        )
    if "WKST" in parts and parts["WKST"] not in WEEKDAYS:
        raise InvalidInput(
            Notice(
                f"{what}: WKST={parts['WKST']} is not a weekday",
                "recurrence.wkst_not_weekday",
                what=what,
                parts=parts["WKST"],
            )
        )
    _check_can_happen(freq, parts, what)
    core = ";".join(f"{key}={value}" for key, value in parts.items() if key not in ("COUNT", "UNTIL"))
    return Rule(freq=freq, core=core, count=count, until=parts.get("UNTIL"))


def _check_can_happen(freq: str, parts: dict[str, str], what: str) -> None:
    """Refuse combinations that never (or almost never) produce a date.

    ``dateutil`` would look for the first one day by day up to year 9999, seconds of
    work; everything left after these checks matches within a few decades at worst.
    """
    months = _ints("BYMONTH", parts["BYMONTH"], 1, 12, what) if "BYMONTH" in parts else list(range(1, 13))
    weekdays: list[tuple[int | None, str]] = []
    for item in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else []:
        match = _BYDAY.match(item)
        if not match:
            raise InvalidInput(
                Notice(
                    f"{what}: BYDAY={parts['BYDAY']} is not a list of weekdays",
                    "recurrence.byday_not_list_weekdays",
                    what=what,
                    parts=parts["BYDAY"],
                )
            )
        weekdays.append((int(match.group(1)) if match.group(1) else None, match.group(2)))
    nths = [nth for nth, _ in weekdays if nth is not None]
    if nths:
        if freq not in ("MONTHLY", "YEARLY"):
            raise InvalidInput(
                Notice(
                    f"{what}: a numbered weekday ({parts['BYDAY']}) needs FREQ=MONTHLY or YEARLY",
                    "recurrence.numbered_weekday_needs_freq",
                    what=what,
                    parts=parts["BYDAY"],
                )
            )
        limit = 5 if freq == "MONTHLY" or "BYMONTH" in parts else 53
        if any(nth == 0 or abs(nth) > limit for nth in nths):
            raise InvalidInput(
                Notice(
                    f"{what}: BYDAY={parts['BYDAY']} asks for a weekday that no month has",
                    "recurrence.byday_asks_weekday_no",
                    what=what,
                    parts=parts["BYDAY"],
                )
            )
        if "BYMONTHDAY" in parts:
            raise InvalidInput(
                Notice(
                    f"{what} combines a numbered weekday with BYMONTHDAY, which Briefing Desk does not read",
                    "recurrence.combines_numbered_weekday_bymonthday",
                    what=what,
                )
            )
    days_in: dict[int, int] = {month: _MONTH_DAYS[month - 1] for month in months}
    if "BYMONTHDAY" in parts:
        monthdays = _ints("BYMONTHDAY", parts["BYMONTHDAY"], 1, 31, what)
        days_in = {month: sum(1 for d in monthdays if abs(d) <= _MONTH_DAYS[month - 1]) for month in months}
        if not any(days_in.values()):
            raise InvalidInput(
                Notice(
                    f"{what} never happens: no month has day {parts['BYMONTHDAY']}",
                    "recurrence.never_happens_no_month",
                    what=what,
                    parts=parts["BYMONTHDAY"],
                )
            )
    elif weekdays:
        per_month = sum(1 if nth is not None else 5 for nth, _ in weekdays)
        days_in = {month: per_month for month in months}
    if "BYSETPOS" in parts:
        if freq not in ("MONTHLY", "YEARLY"):
            raise InvalidInput(
                Notice(
                    f"{what}: BYSETPOS needs FREQ=MONTHLY or YEARLY",
                    "recurrence.bysetpos_needs_freq_monthly",
                    what=what,
                )
            )
        if freq == "MONTHLY":
            largest = max(days_in.values())
        elif "BYMONTH" in parts or "BYMONTHDAY" in parts or nths:
            largest = sum(days_in.values())
        else:
            largest = 53 * len(weekdays) if weekdays else 366
        _ints("BYSETPOS", parts["BYSETPOS"], 1, max(largest, 1), f"{what} (it never has that many dates)")


def _window_end(first: datetime) -> datetime:
    try:
        return first.replace(year=first.year + WINDOW_YEARS)
    except ValueError:  # 29 February
        return first.replace(year=first.year + WINDOW_YEARS, day=28)


def expand(
    core: str, first: datetime, *, count: int | None, until: datetime | None, what: str = "the series"
) -> list[datetime]:
    """The wall-clock times of a checked rule from ``first`` (naive), bounded.

    Refuses a rule that never ends, or that goes past ``MAX_OCCURRENCES`` or
    ``WINDOW_YEARS`` after ``first``, saying so; never returns a partial list.
    """
    from dateutil.rrule import rrule, rrulestr

    rule = parse_rule(core, what=what)
    count = count if count is not None else rule.count
    if count is None and until is None:
        raise InvalidInput(
            Notice(
                f"{what} never ends: give it an end date or a number of sessions "
                f"(at most {MAX_OCCURRENCES} within {WINDOW_YEARS} years)",
                "recurrence.never_ends_give_end",
                what=what,
                max_occurrences=MAX_OCCURRENCES,
                window_years=WINDOW_YEARS,
            )
        )
    if count is not None and until is not None:
        raise InvalidInput(
            Notice(
                f"{what} has both an end date and a number of sessions; give one",
                "recurrence.both_end_date_number",
                what=what,
            )
        )
    if count is not None and count > MAX_OCCURRENCES:
        raise InvalidInput(
            Notice(
                f"{what} asks for {count} sessions; Briefing Desk plans at most {MAX_OCCURRENCES}",
                "recurrence.asks_sessions_briefing_desk",
                what=what,
                count=count,
                max_occurrences=MAX_OCCURRENCES,
            )
        )
    first = first.replace(tzinfo=None, microsecond=0)
    limit = _window_end(first)
    parsed = rrulestr(f"RRULE:{rule.core}", dtstart=first)
    assert isinstance(parsed, rrule)  # one RRULE and no RDATE/EXDATE: never a set
    dateutil_rule = parsed.replace(count=count, until=until.replace(tzinfo=None) if until else None)
    found: list[datetime] = []
    bound = f"Briefing Desk plans at most {MAX_OCCURRENCES} sessions within {WINDOW_YEARS} years of the first"
    for occurrence in dateutil_rule:
        if occurrence > limit:
            raise InvalidInput(
                Notice(
                    f"{what} goes on past {limit.day} {limit:%b %Y}; {bound}",
                    "recurrence.goes_past",
                    what=what,
                    day=limit.day,
                    limit=format(limit, "%b %Y"),
                    bound=bound,
                )
            )
        if len(found) == MAX_OCCURRENCES:
            raise InvalidInput(
                Notice(
                    f"{what} has more than {MAX_OCCURRENCES} sessions; {bound}",
                    "recurrence.more_sessions",
                    what=what,
                    max_occurrences=MAX_OCCURRENCES,
                    bound=bound,
                )
            )
        found.append(occurrence)
    return found


def until_end_of(day: date) -> datetime:
    """An end date as the officer means it: the whole day is included."""
    return datetime(day.year, day.month, day.day, 23, 59, 59)


def describe(core: str, first: datetime) -> str:
    """The rule in words for lists and dialogs: "every 6 weeks", "monthly on the 2nd Tuesday"."""
    rule = parse_rule(core)
    parts = dict(item.split("=", 1) for item in rule.core.split(";"))
    interval = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[rule.freq]
    text = (
        f"every {interval} {unit}s"
        if interval > 1
        else {"DAILY": "daily", "WEEKLY": "weekly"}.get(rule.freq, f"{unit}ly")
    )
    if interval == 3 and rule.freq == "MONTHLY" and set(parts) == {"FREQ", "INTERVAL"}:
        text = "quarterly"
    match = _BYDAY.match(parts.get("BYDAY", ""))
    if match and match.group(1):
        nth = int(match.group(1))
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(nth, "th")
        ordinal = "last" if nth == -1 else f"{nth}{suffix}"
        text += f" on the {ordinal} {_WEEKDAY_NAMES[WEEKDAYS.index(match.group(2))]}"
    return f"{text}, from {first.day} {first:%b %Y} at {first:%H:%M}"
