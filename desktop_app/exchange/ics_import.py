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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.ics_guard import TooManyEvents, screen
from desktop_app.exchange.ics_recurrence import Expansion, Occurrence, TooManySessions, expand, horizon_wall
from desktop_app.exchange.ics_zones import check_year_of, is_path_like, known_zone

DEADLINE_SECONDS = 5.0  # reading only, a backstop behind the caps: 2,000 expanded occurrences take a second
MAX_SESSIONS = 2000  # across the whole file, recurrences expanded
DEFAULT_HORIZON_YEARS = 2  # an open-ended series is read this far ahead unless told otherwise
MAX_HORIZON_YEARS = 10
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
        # The reading thread's CPU time, not the clock: a busy machine must not refuse a good file,
        # while a file built to make the reader work hard runs out of it just the same.
        self.limit = time.thread_time() + DEADLINE_SECONDS

    def check(self) -> None:
        if time.thread_time() > self.limit:
            raise InvalidInput(
                Notice(
                    f"{self.name} takes too long to read; it is refused",
                    "ics_import.takes_too_long_read",
                    name=self.name,
                )
            )


def iana_zone(tzid: str) -> str | None:
    """The IANA name for a TZID as calendar programs write it: IANA, Windows, or "/vendor/Area/City"."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    cleaned = tzid.strip().strip('"').strip("/")
    if is_path_like(cleaned):
        return None
    candidates = [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    parts = cleaned.split("/")
    candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        if not candidate or len(candidate) > 64 or not known_zone(candidate):
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return candidate
    return None


Window = tuple[datetime, datetime]  # [from, until) in UTC: the range of a file that is read


def read_calendar(
    text: str,
    *,
    name: str,
    fallback_zone: str,
    horizon: datetime,
    window: Window | None = None,
) -> ReadCalendar:
    """Every session in ``text`` up to ``horizon`` (UTC), within ``window`` if given.

    Refuses (``InvalidInput``) only a file that is not a calendar or is hostile as a whole;
    an event that is broken or that we cannot represent is skipped with a note naming it.
    """
    import recurring_ical_events  # noqa: F401  (loaded before the deadline starts: it takes a while the first time)
    from icalendar import Calendar

    clock = _Clock(name)
    screened = screen(text, name, window=(window[0].date(), window[1].date()) if window else None)
    result = ReadCalendar(notes=list(screened.notes))
    limit = horizon
    if window is not None:
        limit = min(limit, window[1])
    # icalendar warns about guessed zone names; the guesses are ours to make (iana_zone).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            calendars = Calendar.from_ical(screened.text, multiple=True)
        except MALFORMED as exc:  # what the parser raises on a file that is not a calendar at all
            raise InvalidInput(
                Notice(
                    f"{name} is not a valid calendar ({str(exc)[:200]})",
                    "ics_import.not_valid_calendar",
                    name=name,
                    exc=str(exc)[:200],
                )
            ) from exc
        clock.check()
        for calendar in calendars:
            _read_one(calendar, _Reading(name, fallback_zone, clock, limit, window), result)
    return result


@dataclass(frozen=True)
class _Reading:
    name: str
    fallback_zone: str
    clock: _Clock
    horizon: datetime  # UTC
    window: Window | None


def _text(component: object, key: str) -> str | None:
    value = component.get(key)  # type: ignore[attr-defined]
    if value is None:
        return None
    if isinstance(value, list):  # a property given twice: the first counts
        value = value[0]
    return " ".join(str(value).split())


def _read_one(calendar: object, reading: _Reading, result: ReadCalendar) -> None:
    calendar_zone = iana_zone(_text(calendar, "X-WR-TIMEZONE") or "") or reading.fallback_zone
    method = (_text(calendar, "METHOD") or "").upper()
    zones = {str(tz.get("TZID")): tz for tz in calendar.walk("VTIMEZONE")}  # type: ignore[attr-defined]
    events = list(calendar.walk("VEVENT"))  # type: ignore[attr-defined]
    overrides: dict[str, list[object]] = {}
    masters: list[object] = []
    for event in events:
        (overrides.setdefault(_uid(event), []) if event.get("RECURRENCE-ID") else masters).append(event)
    reader = _EventReader(reading, calendar_zone, method, zones)
    seen: dict[str, Incoming] = {}
    reader.budget = lambda: MAX_SESSIONS - len(seen)

    def keep(incoming: Incoming, *, replace_older: bool = True) -> None:
        previous = seen.get(incoming.uid)
        if previous is None or (replace_older and incoming.sequence >= previous.sequence):
            seen[incoming.uid] = incoming
        if len(seen) > MAX_SESSIONS:
            raise TooManyEvents(_too_many(reading.name))

    for event in masters:
        reading.clock.check()
        for incoming in reader.tolerant(event, overrides.pop(_uid(event), []), result):
            keep(incoming)
    for orphans in overrides.values():  # moved occurrences whose series is not in the file
        for event in orphans:
            for incoming in reader.tolerant(event, [], result):
                keep(incoming, replace_older=False)
    result.sessions.extend(seen.values())


def _too_many(name: str) -> str:
    return Notice(
        f"{name} holds more than {MAX_SESSIONS:,} sessions once its series are expanded; "
        "import a date range of it (ics import --from/--until) or a nearer horizon (--horizon)",
        "ics_import.holds_more_sessions_once",
        name=name,
        max_sessions=MAX_SESSIONS,
    )


def _uid(event: object) -> str:
    uid = _text(event, "UID")
    if uid:
        return uid[:255]
    # No UID: derive one from what the event says, so importing it twice still finds it.
    basis = f"{_text(event, 'DTSTART') or ''}|{_text(event, 'SUMMARY') or ''}"
    return f"{hashlib.sha256(basis.encode()).hexdigest()[:32]}@imported.briefing-desk"


def _title(event: object) -> str:
    return (_text(event, "SUMMARY") or "(untitled)")[:500]


def _broken(event: object) -> str | None:
    """Why a property we read could not be parsed ("its DTEND is malformed: …"), or None."""
    for key, why in getattr(event, "errors", None) or []:
        said = " ".join(str(why).split())[:120]
        return Notice(f"its {key} is malformed ({said})", "ics_import.malformed", key=key, why=said)
    return None


class _EventReader:
    def __init__(self, reading: _Reading, calendar_zone: str, method: str, zones: dict[str, object]) -> None:
        self.reading, self.name, self.calendar_zone, self.method, self.zones = (
            reading,
            reading.name,
            calendar_zone,
            method,
            zones,
        )
        self._built: dict[str, tzinfo | None] = {}
        self.budget: Callable[[], int] = lambda: MAX_SESSIONS

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
        check_year_of(value.year, self.name)
        params = getattr(prop, "params", {})
        tzid = params.get("TZID")
        if tzid is not None:
            zone = iana_zone(str(tzid))
            if zone:
                tz: tzinfo = ZoneInfo(zone)
                return value.replace(tzinfo=tz).astimezone(UTC), zone, tz
            own = self._own_zone(str(tzid))  # a zone of the sender's own naming
            if own is not None:
                return value.replace(tzinfo=own).astimezone(UTC), None, own
            shown = " ".join(str(tzid).split())[:60]
            raise InvalidInput(
                Notice(
                    f"its time zone {shown!r} is neither a known zone nor defined in the file",
                    "ics_import.time_zone_neither_known",
                    shown=shown,
                )
            )
        if value.tzinfo is None:  # floating time: the calendar's zone
            tz = ZoneInfo(self.calendar_zone)
            return value.replace(tzinfo=tz).astimezone(UTC), self.calendar_zone, tz
        return value.astimezone(UTC), None, UTC  # UTC, as Google writes

    def tolerant(self, event: object, overrides: list[object], result: ReadCalendar) -> list[Incoming]:
        """``read``, with an event that cannot be read skipped and named in a note instead."""
        try:
            return list(self.read(event, overrides, result))
        except TooManySessions:
            raise TooManyEvents(_too_many(self.name)) from None
        except (InvalidInput, *MALFORMED) as exc:
            why = str(exc).removeprefix(f"the recurrence of “{_title(event)}”").strip(" :;")
            result.notes.append(
                Notice(
                    f"skipped “{_title(event)}”: {why or type(exc).__name__}",
                    "ics_import.skipped",
                    title=_title(event),
                    why=why or type(exc).__name__,
                )
            )
            return []

    def read(self, event: object, overrides: list[object], result: ReadCalendar) -> Iterable[Incoming]:
        title = _title(event)
        broken = _broken(event)
        if broken:
            raise InvalidInput(broken)
        if event.get("EXRULE") is not None:  # type: ignore[attr-defined]
            raise InvalidInput(
                Notice(
                    "it uses EXRULE, which RFC 5545 withdrew and Briefing Desk does not read",
                    "ics_import.uses_exrule_rfc_5545",
                )
            )
        start = self._moment(event.get("DTSTART"))  # type: ignore[attr-defined]
        if start is None:
            result.notes.append(
                Notice(
                    f"skipped “{title}”: an all-day event or one without a start time",
                    "ics_import.skipped_all_day_event",
                    title=title,
                )
            )
            return []
        instant, zone, tz = start
        minutes = self._minutes(event, instant)
        if minutes is not None and minutes > 7 * 24 * 60:
            result.notes.append(
                Notice(
                    f"skipped “{title}”: it lasts more than a week", "ics_import.skipped_lasts_more_week", title=title
                )
            )
            return []
        base = Incoming(
            uid=_uid(event),
            sequence=_sequence(event),
            title=title,
            start=instant,
            duration_minutes=minutes,
            timezone=zone,
            location=_text(event, "LOCATION"),
            status=_status(event, self.method),
        )
        if event.get("RRULE") is None and event.get("RDATE") is None:  # type: ignore[attr-defined]
            return [base] if self._in_window(instant) else []
        return self._series(event, base, tz, overrides, result)

    def _in_window(self, instant: datetime) -> bool:
        window = self.reading.window
        return window is None or window[0] <= instant < window[1]

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
        what = f"the recurrence of “{base.title}”"
        usable = []
        for override in overrides:
            broken = _broken(override)
            if broken:
                result.notes.append(
                    Notice(
                        f"passed over a changed date of “{base.title}”: {broken}",
                        "ics_import.passed_over_changed_date",
                        base_title=base.title,
                        broken=broken,
                    )
                )
            else:
                usable.append(override)
        window = self.reading.window
        expansion = expand(
            event,
            usable,
            list(self.zones.values()),
            what=what,
            calendar_zone=self.calendar_zone,
            horizon=self.reading.horizon,
            since=window[0] if window else None,
            budget=self.budget(),
        )
        self.reading.clock.check()
        if expansion.rule is not None:
            result.series.append(self._series_record(base, tz, expansion))
        if expansion.cut_at_horizon and (window is None or self.reading.horizon < window[1]):
            end = self.reading.horizon
            result.notes.append(
                Notice(
                    f"“{base.title}” repeats past {end:%Y-%m-%d}: imported up to then, "
                    "the horizon (ics import --horizon YEARS reads further)",
                    "ics_import.repeats_past_imported_up",
                    base_title=base.title,
                    end=format(end, "%Y-%m-%d"),
                )
            )
        if expansion.all_day:
            result.notes.append(
                Notice(
                    f"passed over {expansion.all_day} date(s) of “{base.title}” given without a time of day",
                    "ics_import.passed_over_date_given",
                    all_day=expansion.all_day,
                    base_title=base.title,
                )
            )
        found = []
        for occurrence in expansion.occurrences:
            if not self._in_window(occurrence.start):
                continue
            incoming = self._occurrence(base, occurrence)
            if incoming is not None:
                found.append(incoming)
        return found

    def _series_record(self, base: Incoming, tz: tzinfo, expansion: Expansion) -> IncomingSeries:
        rule = expansion.rule
        assert rule is not None
        first = base.start.astimezone(tz).replace(tzinfo=None)
        count, until = rule.count, None
        if expansion.cut_at_horizon:
            count, until = None, horizon_wall(self.reading.horizon, tz)
        elif rule.until is not None:
            until = _until(rule.until, tz)
        elif count is None:
            until = horizon_wall(self.reading.horizon, tz)
        return IncomingSeries(
            uid=base.uid,
            title=base.title,
            rule=rule.core,
            first_start=first,
            timezone=base.timezone or self.calendar_zone,
            duration_minutes=base.duration_minutes,
            count=count,
            until=until,
        )

    def _occurrence(self, base: Incoming, occurrence: Occurrence) -> Incoming | None:
        uid = f"{base.uid}_{occurrence.original:%Y%m%dT%H%M%SZ}"
        component = occurrence.component
        minutes = self._occurrence_minutes(component, occurrence.start)
        if minutes is not None and minutes > 7 * 24 * 60:
            return None
        return _replace(
            base,
            uid=uid,
            start=occurrence.start,
            series_uid=base.uid,
            title=_title(component),
            duration_minutes=minutes if minutes is not None else base.duration_minutes,
            location=_text(component, "LOCATION"),
            status=_status(component, self.method),
            sequence=max(base.sequence, _sequence(component)),
        )

    def _occurrence_minutes(self, component: object, start: datetime) -> int | None:
        end = getattr(component.get("DTEND"), "dt", None)  # type: ignore[attr-defined]
        if isinstance(end, datetime):
            moment = end.replace(tzinfo=ZoneInfo(self.calendar_zone)) if end.tzinfo is None else end
            return max(0, int((moment.astimezone(UTC) - start).total_seconds() // 60)) or None
        duration = getattr(component.get("DURATION"), "dt", None)  # type: ignore[attr-defined]
        if isinstance(duration, timedelta):
            return max(0, int(duration.total_seconds() // 60)) or None
        return None


def _until(raw: str, tz: tzinfo) -> datetime:
    """UNTIL as a wall-clock time in the event's zone (a date: the whole day; "…Z": UTC)."""
    from desktop_app.scheduling.recurrence import until_end_of

    try:
        if len(raw) == 8:
            return until_end_of(datetime.strptime(raw, "%Y%m%d").date())
        if raw.endswith("Z"):
            moment = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return moment.astimezone(tz).replace(tzinfo=None)
        return datetime.strptime(raw, "%Y%m%dT%H%M%S")
    except ValueError as exc:
        raise InvalidInput(Notice(f"UNTIL={raw} is not a date", "ics_import.until_not_date", raw=raw)) from exc


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
