"""Dates and times as desk officers type them, in either language.

Dates: ISO ``2027-01-12``; Korean ``2027년 1월 12일``, ``1월 12일``, ``2027. 1. 12.`` (how Korean
software writes a date, and how the Korean window shows one); English ``12 Jan 2027``,
``Jan 12, 2027``, ``Tue 12 Jan 2027`` (how the English window shows one). A weekday written
beside the date is ignored. Numeric forms with slashes are read only when they cannot be
misread: ``1/12/2027`` is 12 January in Washington and 1 December in Europe, so it is refused.
A date typed without its year is the next such day, counting from a month back (so that
"12 Jan" typed in December means the coming January, and yesterday stays yesterday).

Times: ``10:00``, ``1000``, ``10``, ``9.30``, ``10시``, ``10시 30분``, ``오후 3시``, ``3pm``,
``3:30 PM``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from dateutil import parser as dateutil_parser

from desktop_app.domain.dates import EARLIEST_YEAR, LATEST_YEAR

FIRST_YEAR, LAST_YEAR = EARLIEST_YEAR, LATEST_YEAR  # the app's one accepted range (domain/dates.py)
_LOOK_BACK = timedelta(days=31)  # a year-less date this far in the past means next year's

_WEEKDAY_IN_PARENS = re.compile(r"\(\s*[^)]*\)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})\.?")
_KOREAN = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일?")
_SLASHED = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_HAS_MONTH_NAME = re.compile(r"[A-Za-z]{3,}")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:.h]\s*(\d{2}))?")
_COMPACT = re.compile(r"(\d{1,2})(\d{2})")
_KOREAN_TIME = re.compile(r"(오전|오후)?\s*(\d{1,2})\s*시\s*(?:(\d{1,2})\s*분|(반))?")
_MERIDIEM = re.compile(r"(a\.?m\.?|p\.?m\.?)$", re.IGNORECASE)


def _make(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, today: date) -> date | None:
    for year in (today.year, today.year + 1):
        found = _make(year, month, day)
        if found is not None and found >= today - _LOOK_BACK:
            return found
    return None


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` means, or None when it is not one (or could be read two ways)."""
    typed = _WEEKDAY_IN_PARENS.sub(" ", text).strip()
    if not typed:
        return None
    if match := _ISO.fullmatch(typed):
        return _make(*(int(part) for part in match.groups()))
    if match := _DOTTED.fullmatch(typed):
        return _make(*(int(part) for part in match.groups()))
    if match := _KOREAN.fullmatch(typed):
        year, month, day = match.groups()
        if year is None:
            return _without_year(int(month), int(day), today)
        return _make(int(year), int(month), int(day))
    if match := _SLASHED.fullmatch(typed):
        first, second, year = (int(part) for part in match.groups())
        if first <= 12 and second <= 12 and first != second:
            return None  # 1/12/2027: January or December, depending on who typed it
        day, month = (first, second) if first > 12 else (second, first)
        return _make(year, month, day)
    if not _HAS_MONTH_NAME.search(typed):
        return None
    return _english(typed, today)


def _english(typed: str, today: date) -> date | None:
    """'12 Jan 2027', 'Jan 12, 2027', 'Tue 12 Jan 2027', '12 January' — through dateutil."""
    if not _DAY_NUMBER.search(typed):
        return None  # "March" alone is a month, not a day
    try:
        parsed = dateutil_parser.parse(typed, default=datetime(today.year, 1, 1), dayfirst=True)
    except (ValueError, OverflowError):
        return None
    if parsed.time() != time(0):
        return None  # a time inside a date field is a mistake, not a date
    if not _YEAR.search(typed):
        return _without_year(parsed.month, parsed.day, today)
    return _make(parsed.year, parsed.month, parsed.day)


def _clock(hour: int, minute: int, meridiem: str | None = None) -> time | None:
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return time(hour, minute)
    return None


def parse_time(text: str) -> time | None:
    """The time of day ``text`` means, or None when it is not one."""
    typed = text.strip()
    if not typed:
        return None
    if match := _KOREAN_TIME.fullmatch(typed):
        half_day, hour, minute, half = match.groups()
        minutes = 30 if half else int(minute or 0)
        meridiem = {"오전": "am", "오후": "pm"}.get(half_day or "")
        return _clock(int(hour), minutes, meridiem)
    meridiem = None
    if match := _MERIDIEM.search(typed):
        meridiem = "pm" if match.group(1).lower().startswith("p") else "am"
        typed = typed[: match.start()].strip()
    if match := _COMPACT.fullmatch(typed):
        return _clock(int(match.group(1)), int(match.group(2)), meridiem)
    if match := _CLOCK.fullmatch(typed):
        return _clock(int(match.group(1)), int(match.group(2) or 0), meridiem)
    return None
