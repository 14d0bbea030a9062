"""The one source of "now" for everything that depends on the date: defaults, the sample body, views.

What counts as "today" decides which session is next, what is overdue, where the calendar opens
and what the sample body's dates are. Reading it in one place means it can be pinned: tests pin it
(so the suite passes on any date), and ``BRIEFING_DESK_NOW`` pins it for a whole run, subprocesses
included — for screenshots, demonstrations and reproducing what a user saw on a given day::

    BRIEFING_DESK_NOW=2027-01-12T09:00+09:00 briefing-desk sessions list

Timestamps that record when something happened on this machine (lock holder, backup file names,
the error log) stay on the system clock: they describe the file system, not the body's calendar.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache

from desktop_app.errors import UserError

NOW_ENV = "BRIEFING_DESK_NOW"


@lru_cache(maxsize=8)
def _parse(text: str) -> datetime:
    try:
        instant = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError(f"{NOW_ENV}={text!r} is not an ISO 8601 date and time (e.g. 2027-01-12T09:00+09:00)") from None
    if instant.tzinfo is None:
        raise UserError(f"{NOW_ENV}={text!r} needs a UTC offset (e.g. 2027-01-12T09:00+09:00)")
    return instant.astimezone(UTC)


def pinned() -> datetime | None:
    """The instant ``BRIEFING_DESK_NOW`` pins the clock to, or None when the clock runs."""
    text = os.environ.get(NOW_ENV, "")
    return _parse(text) if text.strip() else None


def now() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    return pinned() or datetime.now(UTC)


def today(zone: tzinfo | None = None) -> date:
    """Today's date in ``zone``; in the machine's local zone when None."""
    return now().astimezone(zone).date()


def local_now() -> datetime:
    """The current instant in the machine's local zone (for times shown to the user, e.g. "saved at 14:02")."""
    return now().astimezone()
