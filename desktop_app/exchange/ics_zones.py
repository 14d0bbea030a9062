"""What a calendar file's TZIDs and dates may be: never a guess.

A TZID is an IANA zone of the tz database (not "localtime", not a file path), a Windows
name, or one the file defines itself; anything else skips its event with a note naming
the zone (``ics_import``). Every date lies in the app's one accepted range.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from desktop_app.domain.dates import check_year


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def is_path_like(tzid: str) -> bool:
    """A TZID with ".." or "." steps or backslashes names a file, not a zone."""
    parts = tzid.replace("\\", "/").split("/")
    return "\\" in tzid or any(part in (".", "..") for part in parts)


def known_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone of the tz database (not "localtime", not a file path)."""
    return name in _zone_names()


def check_year_of(year: int, name: str) -> None:
    """A date of an event in the calendar ``name`` must lie in the years the app accepts (else it is skipped)."""
    check_year(year, "its date")
