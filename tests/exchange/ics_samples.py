"""Calendar files as counterparts really send them, and hostile ones, written as raw bytes.

Lines are joined with CRLF and folded by hand where the senders fold, so the reader
meets what it will meet in the wild (Google splits a Korean character across a fold).
"""

from __future__ import annotations


def crlf(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


OUTLOOK_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Eastern Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16011104T020000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010311T020000",
    "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)

OUTLOOK_UID = (
    "040000008200E00074C5B7101A82E00800000000D0F1C6A3D9B5DA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
)


def outlook_invitation(*, sequence: int = 0, start: str = "20270316T090000", summary: str = "") -> bytes:
    """An Outlook 16 meeting request from Washington: Windows zone name, its own VTIMEZONE, an alarm."""
    return crlf(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "X-WR-TIMEZONE:Eastern Standard Time",
        *OUTLOOK_VTIMEZONE,
        "BEGIN:VEVENT",
        'ATTENDEE;CN="KIM Min-jun";RSVP=TRUE:mailto:minjun.kim@mofa.example.kr',
        'ATTENDEE;CN="Jane Carter";RSVP=TRUE:mailto:jane.carter@state.example.gov',
        "CLASS:PUBLIC",
        "CREATED:20270201T150000Z",
        "DESCRIPTION:Dear colleagues\\,\\n\\nPlease find attached the draft agenda for",
        "  the third round.\\n",
        'DTEND;TZID="Eastern Standard Time":' + start[:9] + "110000",
        "DTSTAMP:20270201T150000Z",
        'DTSTART;TZID="Eastern Standard Time":' + start,
        "LAST-MODIFIED:20270201T150000Z",
        "LOCATION:Department of State\\, Washington",
        'ORGANIZER;CN="Jane Carter":mailto:jane.carter@state.example.gov',
        "PRIORITY:5",
        f"SEQUENCE:{sequence}",
        "SUMMARY;LANGUAGE=en-us:" + (summary or "Working-level consultation (3rd round)"),
        "TRANSP:OPAQUE",
        "UID:" + OUTLOOK_UID[:71],
        " " + OUTLOOK_UID[71:],
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-CONFTYPE:0",
        "BEGIN:VALARM",
        "TRIGGER:-PT15M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def outlook_recurring() -> bytes:
    """A monthly Outlook series (second Tuesday, six times) with one date skipped and one moved."""
    return crlf(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *OUTLOOK_VTIMEZONE,
        "BEGIN:VEVENT",
        "RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=2TU",
        'EXDATE;TZID="Eastern Standard Time":20270511T090000',
        'DTSTART;TZID="Eastern Standard Time":20270309T090000',
        'DTEND;TZID="Eastern Standard Time":20270309T100000',
        "DTSTAMP:20270201T150000Z",
        "SUMMARY:Monthly video call",
        "UID:series-0001@state.example.gov",
        "SEQUENCE:0",
        "LOCATION:Microsoft Teams Meeting",
        "END:VEVENT",
        "BEGIN:VEVENT",
        'RECURRENCE-ID;TZID="Eastern Standard Time":20270413T090000',
        'DTSTART;TZID="Eastern Standard Time":20270414T090000',
        'DTEND;TZID="Eastern Standard Time":20270414T100000',
        "DTSTAMP:20270201T150000Z",
        "SUMMARY:Monthly video call (moved)",
        "UID:series-0001@state.example.gov",
        "SEQUENCE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    )


GOOGLE_TITLE = "제4차 한미 정책협의회 실무회의 — 한반도 정세 및 공조 방안 (4th round)"


def fold_octets(line: str, limit: int = 75) -> list[bytes]:
    """Fold as Google does: every 75 octets, even inside a UTF-8 character."""
    raw = line.encode("utf-8")
    chunks = [raw[:limit]] + [b" " + raw[i : i + limit - 1] for i in range(limit, len(raw), limit - 1)]
    return chunks


def google_export() -> bytes:
    """A Google Calendar export: times in UTC, the zone in X-WR-TIMEZONE, Korean folded mid-character."""
    head = crlf(
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:한미 정책협의",
        "X-WR-TIMEZONE:Asia/Seoul",
        "BEGIN:VEVENT",
        "DTSTART:20270915T010000Z",
        "DTEND:20270915T030000Z",
        "DTSTAMP:20270801T000000Z",
        "UID:7kukuqrfedlm2f9t2vhvb3t9lm@google.com",
        "CREATED:20270720T000000Z",
        "LAST-MODIFIED:20270720T000000Z",
        "LOCATION:Ministry of Foreign Affairs\\, Seoul",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    )
    summary = b"".join(chunk + b"\r\n" for chunk in fold_octets("SUMMARY:" + GOOGLE_TITLE))
    tail = crlf(
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20270920",
        "DTEND;VALUE=DATE:20270921",
        "UID:allday@google.com",
        "SUMMARY:Desk offsite",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Asia/Seoul:20271012T100000",
        "DTEND;TZID=Asia/Seoul:20271012T120000",
        "RRULE:FREQ=WEEKLY;INTERVAL=6;UNTIL=20271231T145959Z",
        "DTSTAMP:20270801T000000Z",
        "UID:6weekly@google.com",
        "SUMMARY:Six-weekly review",
        "STATUS:TENTATIVE",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    return head + summary + tail


def event(n: int, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:e{n}@x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270301T010000Z\r\n"
        f"DTEND:20270301T020000Z\r\nSUMMARY:Event {n}\r\n{extra}END:VEVENT\r\n"
    )


def calendar(*events: str, head: str = "") -> bytes:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{head}{''.join(events)}END:VCALENDAR\r\n".encode()


HOSTILE: dict[str, tuple[bytes, str]] = {  # refused whole: not a calendar, or hostile as a whole
    "plain text": (b"Dear colleagues, please find the schedule below.\n", "not a calendar"),
    "a png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary"),
    "latin-1 text": ("BEGIN:VCALENDAR\r\nSUMMARY:caf\xe9\r\nEND:VCALENDAR\r\n".encode("latin-1"), "UTF-8"),
    "oversize": (calendar(event(0, ("DESCRIPTION:" + "x" * 1000 + "\r\n") * 9000)), "up to 8 MB"),
    "thousands of events": (calendar(*(event(n) for n in range(5000))), "more than 1,000 events"),
    "expands too far in total": (
        calendar(*(event(n, "RRULE:FREQ=DAILY;COUNT=400\r\n") for n in range(10))),
        "more than 2,000 sessions",
    ),
    "nested deep": (
        b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 50_000 + b"END:X\r\n" * 50_000 + b"END:VCALENDAR\r\n",
        "deep",
    ),
    "unbalanced": (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n", "closes nothing open"),
    "one enormous line": (b"BEGIN:VCALENDAR\r\nX-A:" + b"a" * 1_500_000 + b"\r\nEND:VCALENDAR\r\n", "characters"),
}

EVIL_ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\n"
    "RRULE:FREQ=DAILY\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def _in_evil_zone(n: int) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:e{n}@x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Evil:20270301T010000\r\n"
        f"DTEND;TZID=Evil:20270301T020000\r\nSUMMARY:Event {n}\r\nEND:VEVENT\r\n"
    )


# One hostile or broken event among good ones: that event is skipped with a note naming it, the rest import.
SKIPPED: dict[str, tuple[str, str]] = {
    "secondly": (event(0, "RRULE:FREQ=SECONDLY;COUNT=100000000\r\n"), "SECONDLY"),
    "minutely": (event(0, "RRULE:FREQ=MINUTELY\r\n"), "MINUTELY"),
    "too many occurrences": (event(0, "RRULE:FREQ=DAILY;COUNT=100000\r\n"), "at most 500"),
    "impossible date": (event(0, "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=2\r\n"), "never happens"),
    "exrule": (event(0, "EXRULE:FREQ=DAILY;COUNT=2\r\n"), "EXRULE"),
    "zone rule not yearly": (EVIL_ZONE + _in_evil_zone(0), "'Evil'"),
    "unknown zone": (event(0).replace("DTSTART:20270301T010000Z", "DTSTART;TZID=Mars/Olympus:20270301T010000"), "Mars"),
    "a DTEND with a leading space": (event(0).replace("DTEND:", "DTEND: "), "DTEND is malformed"),
    "a date that is no date": (event(0).replace("DTSTART:20270301T010000Z", "DTSTART:20271345T010000Z"), "DTSTART"),
}
