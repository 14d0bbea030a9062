"""Reading the calendar files counterparts really send, into plain values; nothing is written here.

Outlook invitations name Windows zones ("Eastern Standard Time") and carry their own
VTIMEZONE; Google exports times in UTC with the calendar's zone in X-WR-TIMEZONE;
both fold long Korean lines. The raw text is screened first (``ics_guard``), every
recurrence is expanded within the bounds of ``scheduling.recurrence``, and the whole
reading runs against a deadline, so any input is answered in well under two seconds.
"""

from __future__ import annotations

import hashlib
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.errors import InvalidInput
from desktop_app.exchange.ics_guard import screen
from desktop_app.exchange.ics_recurrence import Occurrence, occurrences_of

DEADLINE_SECONDS = 1.0  # reading only: a real file of 1,000 events takes a fifth of that
MAX_SESSIONS = 2000  # across the whole file, recurrences expanded
STATUS_FROM_ICAL = {"CANCELLED": "cancelled", "CONFIRMED": "confirmed", "TENTATIVE": "planned"}
OUR_STATUSES = ("planned", "confirmed", "held", "postponed", "cancelled")
# icalendar's own errors are ValueErrors; the rest come from values of the wrong shape.
MALFORMED = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


@dataclass(frozen=True)
class Incoming:
    """One session as the file describes it."""

    uid: str
    sequence: int
    title: str
    start: datetime  # UTC
    duration_minutes: int | None  # None: the file gives no end
    timezone: str | None  # an IANA zone when the file names one we know
    location: str | None
    status: str  # one of our SessionStatus values
    series_uid: str | None = None


@dataclass(frozen=True)
class IncomingSeries:
    uid: str
    title: str
    rule: str
    first_start: datetime  # naive wall-clock time in `timezone`
    timezone: str
    duration_minutes: int | None
    count: int | None
    until: datetime | None


@dataclass
class ReadCalendar:
    sessions: list[Incoming] = field(default_factory=list)
    series: list[IncomingSeries] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was passed over, for the report


class _Clock:
    def __init__(self, name: str) -> None:
        self.name = name
        self.limit = time.monotonic() + DEADLINE_SECONDS

    def check(self) -> None:
        if time.monotonic() > self.limit:
            raise InvalidInput(f"{self.name} takes too long to read; it is refused")


def iana_zone(tzid: str) -> str | None:
    """The IANA name for a TZID as calendar programs write it: IANA, Windows, or "/vendor/Area/City"."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    cleaned = tzid.strip().strip('"').strip("/")
    candidates = [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    parts = cleaned.split("/")
    candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        if not candidate or len(candidate) > 64:
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return candidate
    return None


def read_calendar(text: str, *, name: str, fallback_zone: str) -> ReadCalendar:
    """Every session in ``text``; refuses (``InvalidInput``) anything hostile or malformed."""
    from icalendar import Calendar

    clock = _Clock(name)
    screened = screen(text, name)
    result = ReadCalendar()
    # icalendar warns about guessed zone names; the guesses are ours to make (iana_zone).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            calendars = Calendar.from_ical(screened.text, multiple=True)
            clock.check()
            for calendar in calendars:
                _read_one(calendar, name, fallback_zone, clock, result)
        except MALFORMED as exc:  # what the parser and its lazily parsed values raise on bad input
            raise InvalidInput(f"{name} is not a valid calendar ({str(exc)[:200]})") from exc
    return result


def _text(component: object, key: str) -> str | None:
    value = component.get(key)  # type: ignore[attr-defined]
    if value is None:
        return None
    if isinstance(value, list):  # a property given twice: the first counts
        value = value[0]
    return " ".join(str(value).split())


def _read_one(calendar: object, name: str, fallback_zone: str, clock: _Clock, result: ReadCalendar) -> None:
    calendar_zone = iana_zone(_text(calendar, "X-WR-TIMEZONE") or "") or fallback_zone
    method = (_text(calendar, "METHOD") or "").upper()
    zones = {str(tz.get("TZID")): tz for tz in calendar.walk("VTIMEZONE")}  # type: ignore[attr-defined]
    events = list(calendar.walk("VEVENT"))  # type: ignore[attr-defined]
    overrides: dict[str, list[object]] = {}
    masters: list[object] = []
    for event in events:
        (overrides.setdefault(_uid(event), []) if event.get("RECURRENCE-ID") else masters).append(event)
    reader = _EventReader(name, calendar_zone, method, zones, clock)
    seen: dict[str, Incoming] = {}
    for event in masters:
        clock.check()
        for incoming in reader.read(event, overrides.pop(_uid(event), []), result):
            previous = seen.get(incoming.uid)
            if previous is None or incoming.sequence >= previous.sequence:
                seen[incoming.uid] = incoming
            if len(seen) > MAX_SESSIONS:
                raise InvalidInput(f"{name} holds more than {MAX_SESSIONS:,} sessions once its series are expanded")
    for orphans in overrides.values():  # moved occurrences whose series is not in the file
        for event in orphans:
            for incoming in reader.read(event, [], result):
                seen.setdefault(incoming.uid, incoming)
    result.sessions.extend(seen.values())


def _uid(event: object) -> str:
    uid = _text(event, "UID")
    if uid:
        return uid[:255]
    # No UID: derive one from what the event says, so importing it twice still finds it.
    basis = f"{_text(event, 'DTSTART') or ''}|{_text(event, 'SUMMARY') or ''}"
    return f"{hashlib.sha256(basis.encode()).hexdigest()[:32]}@imported.briefing-desk"


class _EventReader:
    def __init__(self, name: str, calendar_zone: str, method: str, zones: dict[str, object], clock: _Clock) -> None:
        self.name, self.calendar_zone, self.method, self.zones, self.clock = name, calendar_zone, method, zones, clock
        self._built: dict[str, tzinfo | None] = {}

    def _own_zone(self, tzid: str) -> tzinfo | None:
        """The zone this file defines under ``tzid``, built from its own VTIMEZONE.

        Built here rather than taken from the parser, whose cache is process-wide and
        would hand a later file the definition an earlier one gave under the same name.
        """
        if tzid not in self._built:
            component = self.zones.get(tzid)
            self._built[tzid] = component.to_tz(lookup_tzid=False) if component is not None else None  # type: ignore[attr-defined]
        return self._built[tzid]

    def _moment(self, prop: object) -> tuple[datetime, str | None, tzinfo] | None:
        """(instant in UTC, IANA zone or None, the tzinfo wall times are read in); None for a date."""
        value = getattr(prop, "dt", None)
        if not isinstance(value, datetime):
            return None
        params = getattr(prop, "params", {})
        tzid = params.get("TZID")
        if tzid:
            zone = iana_zone(str(tzid))
            if zone:
                tz: tzinfo = ZoneInfo(zone)
                return value.replace(tzinfo=tz).astimezone(UTC), zone, tz
            own = self._own_zone(str(tzid))  # a zone of the sender's own naming
            if own is not None:
                return value.replace(tzinfo=own).astimezone(UTC), None, own
        if value.tzinfo is None:  # floating time: the calendar's zone
            tz = ZoneInfo(self.calendar_zone)
            return value.replace(tzinfo=tz).astimezone(UTC), self.calendar_zone, tz
        return value.astimezone(UTC), None, UTC  # UTC, as Google writes

    def read(self, event: object, overrides: list[object], result: ReadCalendar) -> Iterable[Incoming]:
        title = _text(event, "SUMMARY") or "(untitled)"
        start = self._moment(event.get("DTSTART"))  # type: ignore[attr-defined]
        if start is None:
            result.notes.append(f"skipped “{title}”: an all-day event or one without a start time")
            return []
        instant, zone, tz = start
        minutes = self._minutes(event, instant)
        if minutes is not None and minutes > 7 * 24 * 60:
            result.notes.append(f"skipped “{title}”: it lasts more than a week")
            return []
        base = Incoming(
            uid=_uid(event),
            sequence=_sequence(event),
            title=title[:500],
            start=instant,
            duration_minutes=minutes,
            timezone=zone,
            location=_text(event, "LOCATION"),
            status=_status(event, self.method),
        )
        if event.get("RRULE") is None:  # type: ignore[attr-defined]
            return [base]
        return self._series(event, base, tz, overrides, result)

    def _minutes(self, event: object, instant: datetime) -> int | None:
        end = self._moment(event.get("DTEND")) if event.get("DTEND") is not None else None  # type: ignore[attr-defined]
        if end is not None:
            return max(0, int((end[0] - instant).total_seconds() // 60)) or None
        duration = getattr(event.get("DURATION"), "dt", None)  # type: ignore[attr-defined]
        if isinstance(duration, timedelta):
            return max(0, int(duration.total_seconds() // 60)) or None
        return None

    def _series(
        self, event: object, base: Incoming, tz: tzinfo, overrides: list[object], result: ReadCalendar
    ) -> list[Incoming]:
        what = f"the recurrence of “{base.title}” in {self.name}"
        moved = {}
        for override in overrides:
            original = self._moment(override.get("RECURRENCE-ID"))  # type: ignore[attr-defined]
            if original is not None:
                moved[original[0]] = override
        occurrences, series = occurrences_of(event, base, tz, what, self._moment, self.calendar_zone)
        self.clock.check()
        result.series.append(series)
        found = []
        for occurrence in occurrences:
            found.append(self._occurrence(base, occurrence, moved.pop(occurrence.original, None), result))
        for instant, override in moved.items():  # a moved occurrence that the rule does not produce
            found.append(self._occurrence(base, Occurrence(instant, instant), override, result))
        return [incoming for incoming in found if incoming is not None]

    def _occurrence(
        self, base: Incoming, occurrence: Occurrence, override: object | None, result: ReadCalendar
    ) -> Incoming | None:
        uid = f"{base.uid}_{occurrence.original:%Y%m%dT%H%M%SZ}"
        if override is None:
            return _replace(base, uid=uid, start=occurrence.start, series_uid=base.uid)
        read = list(self.read(override, [], result))
        if not read:
            return None
        return _replace(read[0], uid=uid, series_uid=base.uid)


def _replace(incoming: Incoming, **values: object) -> Incoming:
    return replace(incoming, **values)  # type: ignore[arg-type]


def _sequence(event: object) -> int:
    try:
        return max(0, min(int(str(event.get("SEQUENCE", 0))), 1_000_000))  # type: ignore[attr-defined]
    except ValueError:
        return 0


def _status(event: object, method: str) -> str:
    ours = (_text(event, "X-BRIEFING-DESK-STATUS") or "").lower()
    if ours in OUR_STATUSES:
        return ours
    if method == "CANCEL":
        return "cancelled"
    return STATUS_FROM_ICAL.get((_text(event, "STATUS") or "").upper(), "planned")
