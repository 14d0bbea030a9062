"""Warnings about when a session is planned: never silent, never blocking.

Pure and cheap (holidays come from per-year tables, conflicts from a prebuilt index),
because the session dialog asks on every keystroke and the calendar for every cell.

>>> session_warnings(session, body)  # doctest: +SKIP
['Sun 7 Feb 2027 is a public holiday in Republic of Korea: Korean New Year (설날)', ...]
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop_app.domain.body import Body, Side
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.scheduling.conflicts import ConflictIndex
from desktop_app.scheduling.holidays_calendar import side_holiday

WORKDAY_START = time(8, 0)
WORKDAY_END = time(19, 0)
# A session that is not going to happen at its date cannot clash with anything.
NOT_HAPPENING = frozenset({SessionStatus.CANCELLED, SessionStatus.POSTPONED})
_MAX_DAYS_CHECKED = 8  # a session lasts at most a week


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _moment(local: datetime) -> str:
    return f"{_day(local.date())} {local:%H:%M} {local.tzname()}"


def _local_days(local_start: datetime, local_end: datetime) -> list[date]:
    last = max(local_start, local_end - timedelta(microseconds=1)).date()
    length = min((last - local_start.date()).days + 1, _MAX_DAYS_CHECKED)
    return [local_start.date() + timedelta(days=n) for n in range(length)]


def _holiday_warnings(days: list[date], side: Side) -> list[str]:
    found: list[str] = []
    for day in days:
        holiday = side_holiday(side, day)
        if holiday:
            english = f"{_day(day)} is a public holiday in {side.name}: {holiday}"
            found.append(Notice(english, "holiday", day=day, side=side.code, holiday=holiday))
    return found


def _clock_warnings(local_start: datetime, local_end: datetime, place: str, side: str | None) -> list[str]:
    """Weekend and working hours, as lived in ``place`` (the zone of the two datetimes; ``side``'s capital)."""
    found: list[str] = []
    weekend = [day for day in _local_days(local_start, local_end) if day.weekday() >= 5]
    if weekend:
        starts_then = local_start.date() == weekend[0]
        when = _moment(local_start) if starts_then else _day(weekend[0])
        found.append(
            Notice(
                f"on a weekend in {place}: {when}",
                "weekend",
                place=place,
                side=side,
                start=local_start if starts_then else None,
                day=weekend[0],
            )
        )
    day_end = datetime.combine(local_start.date(), WORKDAY_END, tzinfo=local_start.tzinfo)
    if local_start.time() < WORKDAY_START or local_end > day_end:
        english = (
            f"outside {WORKDAY_START:%H:%M}–{WORKDAY_END:%H:%M} in {place}: "
            f"{_moment(local_start)}–{local_end:%H:%M} {local_end.tzname()}"
        )
        found.append(
            Notice(
                english,
                "hours",
                place=place,
                side=side,
                start=local_start,
                end=local_end,
                day_start=WORKDAY_START,
                day_end=WORKDAY_END,
            )
        )
    return found


def side_warnings(start: datetime, end: datetime, side: Side) -> list[str]:
    """Holiday, weekend and working-hours warnings for [start, end) as ``side`` lives it at home."""
    local_start, local_end = start.astimezone(side.zone), end.astimezone(side.zone)
    days = _local_days(local_start, local_end)
    return _holiday_warnings(days, side) + _clock_warnings(local_start, local_end, side.capital or side.name, side.code)


def time_warnings(start: datetime, end: datetime, body: Body, *, venue_zone: str | None = None) -> list[str]:
    """Warnings for [start, end): the session's own calendar facts, no people.

    By video (``venue_zone`` None) each delegation sits in its own capital, so each side's
    holidays, weekend and working hours count. In person both delegations sit in one city:
    the weekend and hours there count — 10:00 in Seoul is no late evening for a US delegation
    that is in Seoul — and the holidays of both countries on that city's dates (a delegation
    abroad on its own holiday, an office at home closed).
    """
    if venue_zone is None:
        return [warning for side in body.sides for warning in side_warnings(start, end, side)]
    zone = ZoneInfo(venue_zone)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    days = _local_days(local_start, local_end)
    found = [warning for side in body.sides for warning in _holiday_warnings(days, side)]
    host = next((side for side in body.sides if side.timezone == venue_zone and side.capital), None)
    place = host.capital if host else venue_zone
    return found + _clock_warnings(local_start, local_end, place, host.code if host else None)


def session_warnings(
    session: Session,
    body: Body,
    *,
    index: ConflictIndex | None = None,
    attendees: Collection[int] | None = None,
) -> list[str]:
    """Every warning about ``session``: holidays, weekends, working hours (see ``time_warnings``), double bookings.

    ``attendees`` are the people the dialog has in the session (by person id); when None,
    those the index holds for ``session.id``. A cancelled or postponed session has none.
    """
    if session.status in NOT_HAPPENING:
        return []
    venue_zone = None if session.is_video else session.timezone
    found = time_warnings(session.start, session.end, body, venue_zone=venue_zone)
    if index is not None:
        people = attendees if attendees is not None else index.people_of(session.id)
        found += [c.message() for c in index.conflicts(session.start, session.end, people, exclude=session.id)]
    return found
