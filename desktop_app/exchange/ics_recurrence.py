"""A recurring event of a calendar file expanded into its occurrences, within bounds.

The rule is read by ``scheduling.recurrence`` (strictly, refusing what could run
away) and expanded on wall-clock time in the event's zone, as RFC 5545 says; RDATE
adds dates, EXDATE takes them away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from desktop_app.errors import InvalidInput
from desktop_app.scheduling.recurrence import MAX_OCCURRENCES, expand, parse_rule, until_end_of

if TYPE_CHECKING:
    from desktop_app.exchange.ics_import import Incoming, IncomingSeries

Moment = Callable[[object], "tuple[datetime, str | None, tzinfo] | None"]


@dataclass(frozen=True)
class Occurrence:
    original: datetime  # the instant the rule gives (what RECURRENCE-ID names), UTC
    start: datetime  # where it is now, UTC


def _until(raw: str | None, tz: tzinfo) -> datetime | None:
    """UNTIL as a wall-clock time in the event's zone (a date: the whole day; "…Z": UTC)."""
    if raw is None:
        return None
    if len(raw) == 8:
        return until_end_of(datetime.strptime(raw, "%Y%m%d").date())
    if raw.endswith("Z"):
        moment = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return moment.astimezone(tz).replace(tzinfo=None)
    return datetime.strptime(raw, "%Y%m%dT%H%M%S")


def _dates(event: object, key: str, moment: Moment) -> set[datetime]:
    """The instants listed in every ``key`` (RDATE, EXDATE) property; dates and periods are passed over."""
    value = event.get(key)  # type: ignore[attr-defined]
    lists = value if isinstance(value, list) else [value] if value is not None else []
    found = set()
    for listed in lists:
        for item in getattr(listed, "dts", []):
            read = moment(item)
            if read is not None:
                found.add(read[0])
    return found


def occurrences_of(
    event: object, base: Incoming, tz: tzinfo, what: str, moment: Moment, calendar_zone: str
) -> tuple[list[Occurrence], IncomingSeries]:
    from desktop_app.exchange.ics_import import IncomingSeries

    prop = event.get("RRULE")  # type: ignore[attr-defined]
    if isinstance(prop, list):
        raise InvalidInput(f"{what} has more than one RRULE; it is refused")
    rule = parse_rule(prop.to_ical().decode("utf-8", "replace"), what=what)
    first = base.start.astimezone(tz).replace(tzinfo=None)
    try:
        until = _until(rule.until, tz)
    except ValueError as exc:
        raise InvalidInput(f"{what}: UNTIL={rule.until} is not a date") from exc
    walls = expand(rule.core, first, count=rule.count, until=until, what=what)
    instants = {wall.replace(tzinfo=tz).astimezone(UTC) for wall in walls}
    instants |= _dates(event, "RDATE", moment)
    instants -= _dates(event, "EXDATE", moment)
    if len(instants) > MAX_OCCURRENCES:
        raise InvalidInput(f"{what} has more than {MAX_OCCURRENCES} sessions; Briefing Desk reads at most that many")
    series = IncomingSeries(
        uid=base.uid,
        title=base.title,
        rule=rule.core,
        first_start=first,
        timezone=base.timezone or calendar_zone,
        duration_minutes=base.duration_minutes,
        count=rule.count,
        until=until,
    )
    return [Occurrence(instant, instant) for instant in sorted(instants)], series
