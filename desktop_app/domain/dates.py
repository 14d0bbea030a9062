"""The one range of dates and times the app accepts, from every door.

Every date that enters — typed, from the window, from an .ics, a package, a CSV or XLSX
list — is checked here, so nothing is stored that the app cannot display or compute
with (Python's datetime overflows at year 9999 once a zone is applied; the calendar
views, the packet and the exports all do that).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
EARLIEST = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
END_OF_RANGE = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)  # the first instant outside the range


# For SQL over ISO text in UTC ("2027-03-09T01:00:00+00:00"): rows outside are never loaded as sessions.
def stored_in_range(column: str = "start_utc") -> str:
    """An SQL condition keeping rows whose ISO ``column`` lies in the range."""
    return f"({column} >= '{EARLIEST_YEAR:04d}' AND {column} < '{LATEST_YEAR + 1:04d}')"


STORED_START_IN_RANGE = stored_in_range()
RANGE_TEXT = f"{EARLIEST_YEAR}–{LATEST_YEAR}"


def in_range(value: date | datetime) -> bool:
    """Whether ``value`` (a date, or an aware or naive datetime read as UTC) lies in the range."""
    year = value.year
    if not EARLIEST_YEAR - 1 <= year <= LATEST_YEAR + 1:
        return False
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        try:
            return EARLIEST <= moment < END_OF_RANGE
        except OverflowError:
            return False
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def _shown(value: date | datetime) -> str:
    if not isinstance(value, datetime):
        return value.isoformat()
    if value.tzinfo is not None and EARLIEST_YEAR - 1 < value.year < 9999:
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    return value.isoformat(sep=" ", timespec="minutes")


def check_date(value: date | datetime, what: str = "a date") -> None:
    """Refuse ``value`` in one line when it lies outside the years the app can work with."""
    if not in_range(value):
        shown = _shown(value)
        raise InvalidInput(
            Notice(
                f"{what} {shown} is outside the years Briefing Desk accepts ({RANGE_TEXT})",
                "dates.outside_years_briefing_desk",
                what=what,
                shown=shown,
                range_text=RANGE_TEXT,
            )
        )


def check_year(year: int, what: str = "a date") -> None:
    """The same range for a year read from text before it becomes a date (an .ics, a CSV cell)."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise InvalidInput(
            Notice(
                f"{what} in the year {year} is outside the years Briefing Desk accepts ({RANGE_TEXT})",
                "dates.year_outside_years_briefing",
                what=what,
                year=year,
                range_text=RANGE_TEXT,
            )
        )
