"""Calendar files shaped as Outlook, Google, Apple and HCL Notes write them, with the recurrence forms they use."""

from __future__ import annotations

from tests.exchange.ics_samples import OUTLOOK_VTIMEZONE, crlf


def outlook_open_ended() -> bytes:
    """Outlook 16: the session invitation and a standing weekly call "no end date", one week skipped."""
    return crlf(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        *OUTLOOK_VTIMEZONE,
        "BEGIN:VEVENT",
        "CLASS:PUBLIC",
        "CREATED:20261201T120000Z",
        "DTSTART;TZID=Eastern Standard Time:20270316T090000",
        "DTEND;TZID=Eastern Standard Time:20270316T120000",
        "DTSTAMP:20261201T120000Z",
        "LOCATION:Harry S Truman Building\\, Washington",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-us:Policy consultation (10th round)",
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E0080000000010TH-ROUND",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "CLASS:PUBLIC",
        "DTSTART;TZID=Eastern Standard Time:20270105T080000",
        "DTEND;TZID=Eastern Standard Time:20270105T083000",
        "DTSTAMP:20261201T120000Z",
        "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "EXDATE;TZID=Eastern Standard Time:20270112T080000",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-us:Desk officers' standing call",
        "UID:040000008200E00074C5B7101A82E00800000000STANDING-CALL",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def google_weekly() -> bytes:
    """Google Calendar: UTC stamps, X-WR-TIMEZONE, an open weekly series with one date moved and one cancelled."""
    return crlf(
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Korea desk",
        "X-WR-TIMEZONE:America/New_York",
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20270303T100000",
        "DTEND;TZID=America/New_York:20270303T110000",
        "RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=WE",
        "EXDATE;TZID=America/New_York:20270317T100000",
        "DTSTAMP:20261206T000000Z",
        "UID:3k1v9weekly@google.com",
        "CREATED:20261201T000000Z",
        "LAST-MODIFIED:20261201T000000Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Working-level sync",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20270325T140000",
        "DTEND;TZID=America/New_York:20270325T150000",
        "DTSTAMP:20261206T000000Z",
        "UID:3k1v9weekly@google.com",
        "RECURRENCE-ID;TZID=America/New_York:20270324T100000",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Working-level sync (moved to Thursday)",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def apple_forms() -> bytes:
    """Apple Calendar: "this and all following" changed, an extra date as a PERIOD, a date-only EXDATE."""
    return crlf(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Apple Inc.//macOS 15.1//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Seoul",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0900",
        "DTSTART:19880509T030000",
        "TZNAME:KST",
        "TZOFFSETTO:+0900",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:8E1F4C2A-APPLE-SERIES",
        "DTSTAMP:20261206T000000Z",
        "DTSTART;TZID=Asia/Seoul:20270104T140000",
        "DTEND;TZID=Asia/Seoul:20270104T150000",
        "RRULE:FREQ=WEEKLY;COUNT=8",
        "EXDATE;VALUE=DATE:20270111",
        "RDATE;VALUE=PERIOD:20270107T050000Z/20270107T070000Z",
        "SUMMARY:Consultation prep",
        "SEQUENCE:0",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:8E1F4C2A-APPLE-SERIES",
        "DTSTAMP:20261206T000000Z",
        "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Seoul:20270201T140000",
        "DTSTART;TZID=Asia/Seoul:20270201T160000",
        "DTEND;TZID=Asia/Seoul:20270201T170000",
        "SUMMARY:Consultation prep (later slot)",
        "SEQUENCE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    )


NOTES_ZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Eastern",
    "BEGIN:STANDARD",
    "DTSTART:19501105T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19500312T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def notes_repeating() -> bytes:
    """HCL Notes 12: its own zone with BYHOUR/BYMINUTE rules; a repeating meeting as an RDATE list, no RRULE."""
    return crlf(
        "BEGIN:VCALENDAR",
        "X-LOTUS-CHARSET:UTF-8",
        "VERSION:2.0",
        "PRODID:-//HCL Software//NONSGML HCL Notes 12.0//EN_C",
        "METHOD:REQUEST",
        *NOTES_ZONE,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Eastern:20270302T093000",
        "DTEND;TZID=Eastern:20270302T103000",
        "RDATE;TZID=Eastern:20270302T093000,20270316T093000,20270406T093000",
        "TRANSP:OPAQUE",
        "DTSTAMP:20261206T000000Z",
        "SEQUENCE:0",
        "CLASS:PUBLIC",
        "SUMMARY:Alliance coordination",
        "LOCATION:Room 6205",
        "UID:A1B2C3D4E5F60718-NOTES",
        "X-LOTUS-UPDATE-SEQ:1",
        "X-LOTUS-NOTESVERSION:2",
        "X-LOTUS-APPTTYPE:3",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def crm_export() -> bytes:
    """A CRM export: one event with a DTEND that has a leading space, and two good ones."""
    return crlf(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//salesforce.com//Calendar//EN",
        "BEGIN:VEVENT",
        "UID:00U5g00000AbCdE",
        "DTSTAMP:20261206T000000Z",
        "DTSTART:20270310T010000Z",
        "DTEND: 20270310T020000Z",
        "SUMMARY:Call with the embassy",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:00U5g00000AbCdF",
        "DTSTAMP:20261206T000000Z",
        "DTSTART:20270311T010000Z",
        "DTEND:20270311T020000Z",
        "SUMMARY:Briefing of the delegation",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:00U5g00000AbCdG",
        "DTSTAMP:20261206T000000Z",
        "DTSTART:20270312T010000Z",
        "DTEND:20270312T020000Z",
        "SUMMARY:Debrief",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def google_large(events: int = 2078) -> bytes:
    """A Google export of years of single events: more than is read at once."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "X-WR-TIMEZONE:Asia/Seoul",
    ]
    for n in range(events):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2020 + n // (28 * 12)
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART:{year}{month:02d}{day:02d}T010000Z",
            f"DTEND:{year}{month:02d}{day:02d}T020000Z",
            "DTSTAMP:20261206T000000Z",
            f"UID:g{n}@google.com",
            f"SUMMARY:Meeting {n}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return crlf(*lines)
