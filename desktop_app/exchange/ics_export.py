"""Sessions as an iCalendar file (RFC 5545) through the ``icalendar`` library.

The writer takes ``SharedEvent`` values, which hold only what may leave the office:
a session's notes, the agenda's talking points and a person's internal notes are not
fields of it, so no code path here can put them in a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from desktop_app import APP_NAME, __version__
from desktop_app.exchange.vtimezone import vtimezone

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
STATUS_PROPERTY = "X-BRIEFING-DESK-STATUS"  # our exact status, so our own file reads back unchanged
# planned and postponed sessions are not firm: calendars show them as tentative.
ICAL_STATUS = {
    "planned": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}
ICAL_ROLE = {"head": "CHAIR", "observer": "OPT-PARTICIPANT", "note-taker": "NON-PARTICIPANT"}
ICAL_PARTSTAT = {"invited": "NEEDS-ACTION", "confirmed": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE"}
MAX_LINE_OCTETS = 75


@dataclass(frozen=True)
class SharedPerson:
    name: str
    email: str
    role: str  # attendance role: "head", "member" …
    rsvp: str
    side: str
    organization: str = ""


@dataclass(frozen=True)
class SharedEvent:
    """The shareable face of a session."""

    uid: str
    sequence: int
    title: str
    start: datetime  # aware
    end: datetime
    timezone: str
    location: str
    status: str  # our SessionStatus value
    details: tuple[str, ...]  # description lines before the agenda: Korean title, both sides' times …
    agenda: tuple[str, ...]  # "1. Title / 제목", current agreed (else latest) version
    organizer: SharedPerson | None
    attendees: tuple[SharedPerson, ...]


def _address(person: SharedPerson, *, attendee: bool) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = vText(person.name)
    if attendee:
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = ICAL_ROLE.get(person.role, "REQ-PARTICIPANT")
        address.params["PARTSTAT"] = ICAL_PARTSTAT.get(person.rsvp, "NEEDS-ACTION")
        address.params["RSVP"] = "FALSE"  # a published calendar, not an invitation asking for replies
    return address


def _description(event: SharedEvent) -> str:
    lines = list(event.details)
    if event.agenda:
        lines += ["", "Agenda:", *event.agenda]
    return "\n".join(lines).strip()


def _event(shared: SharedEvent, stamp: datetime) -> Event:
    event = Event()
    zone = ZoneInfo(shared.timezone)
    event.add("UID", shared.uid)
    event.add("SEQUENCE", shared.sequence)
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", shared.start.astimezone(zone))
    event.add("DTEND", shared.end.astimezone(zone))
    event.add("SUMMARY", shared.title)
    if shared.location:
        event.add("LOCATION", shared.location)
    description = _description(shared)
    if description:
        event.add("DESCRIPTION", description)
    event.add("STATUS", ICAL_STATUS[shared.status])
    event.add(STATUS_PROPERTY, shared.status)
    event.add("TRANSP", "TRANSPARENT" if shared.status == "cancelled" else "OPAQUE")
    if shared.organizer and shared.organizer.email:
        event.add("ORGANIZER", _address(shared.organizer, attendee=False))
    for person in shared.attendees:
        if person.email:  # an ATTENDEE is an address; people without one are listed in the description
            event.add("ATTENDEE", _address(person, attendee=True))
    return event


def build_calendar(events: Sequence[SharedEvent], *, name: str, stamp: datetime, home_zone: str) -> bytes:
    """The whole file: a VTIMEZONE for every zone an event uses, then the events in time order."""
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", name)
    calendar.add("X-WR-TIMEZONE", home_zone)
    if events:
        first = min(e.start for e in events).date()
        last = max(e.end for e in events).date() + timedelta(days=1)
        for zone in sorted({e.timezone for e in events}):
            calendar.add_component(vtimezone(zone, first, last))
    for shared in sorted(events, key=lambda e: (e.start, e.uid)):
        calendar.add_component(_event(shared, stamp))
    data: bytes = calendar.to_ical()
    check_folding(data)
    return data


def check_folding(data: bytes) -> None:
    """Raise if a line is longer than 75 octets or a fold split a UTF-8 character (our bug if so)."""
    for line in data.split(b"\r\n"):
        if len(line) > MAX_LINE_OCTETS:
            raise AssertionError(f"an exported line is {len(line)} octets long")
        line.decode("utf-8")  # a split character fails to decode on its own line
