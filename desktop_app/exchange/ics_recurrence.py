"""A repeating event of a calendar file expanded into its occurrences, as RFC 5545 means it.

The expansion itself is ``recurring_ical_events`` (over icalendar and dateutil): RRULE,
RDATE in its DATE, DATE-TIME and PERIOD forms (with or without an RRULE, as Notes sends
repeating meetings), EXDATE in every value form, and RECURRENCE-ID overrides including
RANGE=THISANDFUTURE. Around it stay our bounds: the rule is checked strictly first
(``scheduling.recurrence.parse_rule``, which refuses what could run away), at most
``MAX_OCCURRENCES`` are read, and nothing past the horizon: an open-ended series, the
default in Outlook and Google, is read up to the horizon with a note saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.recurrence import MAX_OCCURRENCES, Rule, parse_rule


class TooManySessions(InvalidInput):
    """The file as a whole expands past what we read: refused whole, not skipped event by event."""


@dataclass(frozen=True)
class Occurrence:
    original: datetime  # the instant the rule gives (what RECURRENCE-ID names), UTC
    start: datetime  # where it is now, UTC
    component: Any  # the event as it is on that date: the master's values or an override's


@dataclass(frozen=True)
class Expansion:
    occurrences: list[Occurrence]
    rule: Rule | None  # None: dates listed in RDATE only
    cut_at_horizon: bool  # the series goes on past the horizon (or has no end at all)
    all_day: int = 0  # occurrences given as dates only (an RDATE or a change with VALUE=DATE): not sessions


def _instant(value: object, calendar_zone: str) -> datetime | None:
    """A DTSTART/RECURRENCE-ID value in UTC; None for a date (all day)."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # floating time: the calendar's zone
        return value.replace(tzinfo=ZoneInfo(calendar_zone)).astimezone(UTC)
    return value.astimezone(UTC)


def checked_rule(event: Any, what: str) -> Rule | None:
    """The event's RRULE, checked; None when it has none. Refuses (``InvalidInput``) what we do not read."""
    if event.get("EXRULE") is not None:
        raise InvalidInput(
            Notice(f"{what} uses EXRULE, which RFC 5545 withdrew", "ics_recurrence.uses_exrule_rfc_5545", what=what)
        )
    prop = event.get("RRULE")
    if prop is None:
        return None
    if isinstance(prop, list):
        raise InvalidInput(Notice(f"{what} has more than one RRULE", "ics_recurrence.more_rrule", what=what))
    return parse_rule(prop.to_ical().decode("utf-8", "replace"), what=what)


def expand(
    master: Any,
    overrides: list[Any],
    zones: list[Any],
    *,
    what: str,
    calendar_zone: str,
    horizon: datetime,
    since: datetime | None = None,
    budget: int = MAX_OCCURRENCES,
) -> Expansion:
    """Every occurrence of ``master`` (with its ``overrides``) from ``since`` up to ``horizon`` (both UTC).

    ``budget`` is how many sessions the file may still hold: past it ``TooManySessions``.
    """
    import recurring_ical_events
    from icalendar import Calendar

    rule = checked_rule(master, what)
    calendar = Calendar()
    for part in (*zones, master, *overrides):
        calendar.add_component(part)
    first = master.get("DTSTART").dt
    if not isinstance(first, datetime):
        raise InvalidInput(Notice(f"{what} is an all-day series", "ics_recurrence.all_day_series", what=what))
    start = since or (_instant(first, calendar_zone) or horizon) - timedelta(days=1)
    query = recurring_ical_events.of(calendar)
    shifts = _future_shifts(overrides, calendar_zone)
    found: list[Occurrence] = []
    cut = False
    all_day = 0
    # The library walks in time order: read one more than we keep, and stop at the horizon.
    cap = min(MAX_OCCURRENCES, budget)
    for component in islice(query.after(_aware(start, first)), cap + 1):
        moved = _instant(component.get("DTSTART").dt, calendar_zone)
        if moved is None:
            all_day += 1  # a date without a time in a timed series: not a session, but said so
            continue
        if moved > horizon:
            cut = True
            break
        if len(found) == budget:
            raise TooManySessions(
                Notice(
                    f"it holds too many sessions once its series are expanded ({what})",
                    "ics_recurrence.holds_too_many_sessions",
                    what=what,
                )
            )
        if len(found) == MAX_OCCURRENCES:
            raise InvalidInput(
                Notice(
                    f"{what} has more than {MAX_OCCURRENCES} sessions before the horizon; "
                    "import a shorter range (ics import --from/--until or --horizon)",
                    "ics_recurrence.more_sessions_before_horizon",
                    what=what,
                    max_occurrences=MAX_OCCURRENCES,
                )
            )
        found.append(Occurrence(_original(component, moved, shifts, calendar_zone), moved, component))
    return Expansion(found, rule, cut, all_day)


def _aware(moment: datetime, first: datetime) -> datetime | date:
    """``moment`` in the form the library compares with ``first`` (floating stays floating)."""
    return moment.replace(tzinfo=None) if first.tzinfo is None else moment


def _future_shifts(overrides: list[Any], calendar_zone: str) -> dict[datetime, timedelta]:
    """RANGE=THISANDFUTURE overrides: their RECURRENCE-ID → how far they move every later occurrence."""
    shifts = {}
    for override in overrides:
        rid = override.get("RECURRENCE-ID")
        if rid is None or str(rid.params.get("RANGE", "")).upper() != "THISANDFUTURE":
            continue
        original = _instant(rid.dt, calendar_zone)
        moved = _instant(override.get("DTSTART").dt, calendar_zone) if override.get("DTSTART") else None
        if original is not None and moved is not None:
            shifts[original] = moved - original
    return shifts


def _original(component: Any, moved: datetime, shifts: dict[datetime, timedelta], calendar_zone: str) -> datetime:
    """The instant the rule gave this occurrence: it names the occurrence, however far it moved."""
    rid = component.get("RECURRENCE-ID")
    original = _instant(rid.dt, calendar_zone) if rid is not None else None
    if original is None:
        return moved
    shift = shifts.get(original)
    if shift is not None and moved - shift != original:  # a later occurrence that a THISANDFUTURE change moved
        return moved - shift
    return original


def horizon_wall(horizon: datetime, tz: tzinfo) -> datetime:
    """The horizon as a wall-clock time in ``tz``: the end a series read up to it is given."""
    return horizon.astimezone(tz).replace(tzinfo=None, microsecond=0)
