"""VTIMEZONE components that Outlook, Google Calendar and Thunderbird all read.

Outlook reads one STANDARD and one DAYLIGHT sub-component with a yearly RRULE (the
form it writes itself) and misreads the RDATE lists that a transition-by-transition
definition uses. So a zone whose rule held steady over the exported years gets that
form; a zone whose rule changed in those years falls back to icalendar's exact
transition list; a zone without daylight saving gets a single STANDARD.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    at: datetime  # the instant, UTC
    offset_before: timedelta
    offset_after: timedelta
    name: str  # the abbreviation after it: "EDT"
    to_daylight: bool

    @property
    def wall(self) -> datetime:
        """The onset as RFC 5545 writes it: local time in the offset that was in force before."""
        return (self.at + self.offset_before).replace(tzinfo=None)


def _offset(zone: ZoneInfo, at: datetime) -> timedelta:
    return at.astimezone(zone).utcoffset() or timedelta(0)


def transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every change of offset in the years given: a daily scan, then the minute by bisection."""
    found = []
    day = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    before = _offset(zone, day)
    while day < end:
        following = day + timedelta(days=1)
        after = _offset(zone, following)
        if after != before:
            low, high = day, following  # offset(low) == before, offset(high) == after
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    break
                if _offset(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            found.append(Transition(high, before, after, local.tzname() or "", bool(local.dst())))
        before, day = after, following
    return found


def _by_day(wall: datetime) -> tuple[int, str, bool]:
    """(the nth weekday of the month, the weekday, whether it is also the last one)."""
    last = wall.day + 7 > calendar.monthrange(wall.year, wall.month)[1]
    return (wall.day - 1) // 7 + 1, _WEEKDAYS[wall.weekday()], last


def _yearly_rule(changes: list[Transition], years: int) -> dict[str, object] | None:
    """The RRULE that produces exactly ``changes`` (one a year), or None when they follow no such rule."""
    if len(changes) != years:
        return None
    walls = [change.wall for change in changes]
    shapes = {(w.month, w.time(), _by_day(w)[1]) for w in walls}
    details = {(c.offset_before, c.offset_after, c.name) for c in changes}
    if len(shapes) != 1 or len(details) != 1 or len({w.year for w in walls}) != years:
        return None
    nths = {_by_day(w)[0] for w in walls}
    if len(nths) == 1 and next(iter(nths)) <= 4:
        nth = next(iter(nths))
    elif all(_by_day(w)[2] for w in walls):
        nth = -1
    else:
        return None
    return {"FREQ": "YEARLY", "BYMONTH": walls[0].month, "BYDAY": f"{nth}{_by_day(walls[0])[1]}"}


def _component(change: Transition, rule: dict[str, object] | None) -> TimezoneStandard | TimezoneDaylight:
    part = TimezoneDaylight() if change.to_daylight else TimezoneStandard()
    part.add("DTSTART", change.wall)
    part.add("TZOFFSETFROM", change.offset_before)
    part.add("TZOFFSETTO", change.offset_after)
    if change.name:
        part.add("TZNAME", change.name)
    if rule:
        part.add("RRULE", rule)
    return part


def vtimezone(zone_name: str, first: date, last: date) -> Timezone:
    """A VTIMEZONE for ``zone_name`` valid for events between ``first`` and ``last``."""
    zone = ZoneInfo(zone_name)
    # From a year early: a January event needs the onset of the previous autumn.
    first_year, last_year = first.year - 1, last.year
    changes = transitions(zone, first_year, last_year)
    component = Timezone()
    component.add("TZID", zone_name)
    if not changes:
        local = datetime(first_year, 1, 1, tzinfo=UTC).astimezone(zone)
        standard = TimezoneStandard()
        standard.add("DTSTART", datetime(1970, 1, 1))
        standard.add("TZOFFSETFROM", local.utcoffset())
        standard.add("TZOFFSETTO", local.utcoffset())
        standard.add("TZNAME", local.tzname())
        component.add_component(standard)
        return component
    years = last_year - first_year + 1
    to_daylight = [c for c in changes if c.to_daylight]
    to_standard = [c for c in changes if not c.to_daylight]
    daylight_rule, standard_rule = _yearly_rule(to_daylight, years), _yearly_rule(to_standard, years)
    if daylight_rule is None or standard_rule is None:
        # The rule changed within these years: list every transition exactly instead.
        return Timezone.from_tzinfo(
            zone, tzid=zone_name, first_date=date(first_year, 1, 1), last_date=date(last_year, 12, 31)
        )
    component.add_component(_component(to_standard[0], standard_rule))
    component.add_component(_component(to_daylight[0], daylight_rule))
    return component
