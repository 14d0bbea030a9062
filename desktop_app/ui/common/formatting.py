"""Dates, times and numbers as the window shows them, in the interface language.

English keeps the desk's compact form ("Tue 9 Mar 10:00 KST"); Korean writes dates the
Korean way with Qt's Korean names for months and weekdays ("3월 9일 (화) 10:00 KST").
Every place in ``desktop_app/ui`` that writes a date for the eye goes through here; the CLI
and the packets keep their own English forms (``desktop_app.scheduling.timezones``).
Clock times are 24-hour in both languages, and a zone keeps its abbreviation (KST, EST).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QLocale

from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.body import Body, Side
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.scheduling.timezones import local_times
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, is_korean, translate, ui_locale

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat
BOTH_SEPARATOR = " · "


# -- names -----------------------------------------------------------------------------------------
def weekday_short(day: date) -> str:
    """ "Tue" / "화"."""
    return ui_locale().dayName(day.isoweekday(), _SHORT) if is_korean() else f"{day:%a}"


def weekday_long(day: date) -> str:
    """ "Tuesday" / "화요일"."""
    return ui_locale().dayName(day.isoweekday(), _LONG) if is_korean() else f"{day:%A}"


def weekday_names_short(first_weekday: int = 0) -> list[str]:
    """The seven short day names from ``first_weekday`` (0 Monday … 6 Sunday), for a calendar's header."""
    monday = date(2024, 1, 1)  # a Monday
    return [weekday_short(monday + timedelta(days=(first_weekday + n) % 7)) for n in range(7)]


def month_year(day: date) -> str:
    """ "March 2031" / "2031년 3월": a month page's title."""
    return f"{day.year}년 {day.month}월" if is_korean() else f"{day:%B %Y}"


# -- dates -----------------------------------------------------------------------------------------
def day_month(day: date, *, year: bool = False) -> str:
    """ "9 Mar" / "3월 9일"; with ``year`` "9 Mar 2031" / "2031년 3월 9일"."""
    if is_korean():
        return f"{day.year}년 {day.month}월 {day.day}일" if year else f"{day.month}월 {day.day}일"
    return f"{day.day} {day:%b %Y}" if year else f"{day.day} {day:%b}"


def weekday_date(day: date, *, year: bool = False) -> str:
    """ "Tue 9 Mar [2031]" / "[2031년 ]3월 9일 (화)"."""
    if is_korean():
        return f"{day_month(day, year=year)} ({weekday_short(day)})"
    return f"{weekday_short(day)} {day_month(day, year=year)}"


def long_date(day: date) -> str:
    """ "Tuesday 9 March 2031" / "2031년 3월 9일 화요일"."""
    if is_korean():
        return f"{day_month(day, year=True)} {weekday_long(day)}"
    return f"{day:%A} {day.day} {day:%B %Y}"


def week_span(first: date, last: date) -> str:
    """ "1 – 7 Mar 2031", "26 Feb – 4 Mar 2031" / "2031년 3월 1일 – 7일", "2031년 2월 26일 – 3월 4일"."""
    if is_korean():
        if first.year != last.year:
            return f"{day_month(first, year=True)} – {day_month(last, year=True)}"
        end = f"{last.day}일" if first.month == last.month else day_month(last)
        return f"{day_month(first, year=True)} – {end}"
    if first.month != last.month:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} – {last.day} {last:%b %Y}"


def clock(moment: datetime) -> str:
    """ "10:00": 24-hour in both languages."""
    return f"{moment:%H:%M}"


def date_time(moment: datetime, *, weekday: bool = False, zone: bool = False) -> str:
    """ "9 Mar 2031 10:00" / "2031년 3월 9일 10:00" (the weekday and the zone's abbreviation on request)."""
    day = weekday_date(moment, year=True) if weekday else day_month(moment, year=True)
    tail = f" {moment.tzname()}" if zone and moment.tzname() else ""
    return f"{day} {clock(moment)}{tail}"


def date_edit_format(*, weekday: bool = True) -> str:
    """The display format of a ``QDateEdit``: "Tue 9 Mar 2031" / "2031. 3. 9. (화)" (without ``weekday``
    "9 Mar 2031" / "2031. 3. 9.")."""
    if is_korean():
        return "yyyy. M. d. (ddd)" if weekday else "yyyy. M. d."
    return "ddd d MMM yyyy" if weekday else "d MMM yyyy"


# -- a session's times -----------------------------------------------------------------------------
def zoned(local: datetime, *, year: bool = False) -> str:
    """ "Tue 9 Mar 10:00 KST" / "3월 9일 (화) 10:00 KST"."""
    return f"{weekday_date(local, year=year)} {clock(local)} {local.tzname()}"


def format_both(session: Session, body: Body) -> str:
    """ "Tue 9 Mar 10:00 KST · Mon 8 Mar 20:00 EST": the session's zone first, the day always."""
    return BOTH_SEPARATOR.join(zoned(local) for local in local_times(session, body).values())


def format_when(session: Session, body: Body) -> str:
    """As ``format_both`` with the year once: "Sun 9 Mar 2031 10:00 KST · Sat 8 Mar 20:00 EST"."""
    parts = [zoned(local, year=n == 0) for n, local in enumerate(local_times(session, body).values())]
    return BOTH_SEPARATOR.join(parts)


def span_both(session: Session, body: Body, *, separator: str = BOTH_SEPARATOR) -> str:
    """ "Tue 9 Mar 2027 10:00–12:00 KST · Mon 8 Mar 20:00–22:00 EST": each zone with its own day."""
    parts: list[str] = []
    for local in local_times(session, body).values():
        end = local + timedelta(minutes=session.duration_minutes)
        parts.append(f"{weekday_date(local, year=not parts)} {clock(local)}–{clock(end)} {end.tzname()}")
    return separator.join(parts)


def span_long(session: Session, body: Body, *, zone_names: bool = True) -> list[str]:
    """One line a zone: "Tuesday 9 March 2027, 10:00–12:00 KST (Asia/Seoul)".

    In Korean "2027년 3월 9일 화요일 10:00–12:00 KST (Asia/Seoul)"; without ``zone_names`` the
    IANA name is left off (and the abbreviation is the one at the end).
    """
    lines = []
    comma = "" if is_korean() else ","
    for zone, local in local_times(session, body).items():
        end = session.end.astimezone(local.tzinfo)
        times = f"{long_date(local)}{comma} {clock(local)}–{clock(end)}"
        lines.append(f"{times} {local.tzname()} ({zone})" if zone_names else f"{times} {end.tzname()}")
    return lines


def duration(minutes: int) -> str:
    """ "2 h 00 min", "45 min" / "2시간 00분", "45분"."""
    hours, rest = divmod(minutes, 60)
    if hours:
        return translate("Formatting", "{0} h {1:02d} min").format(hours, rest)
    return translate("Formatting", "{0} min").format(rest)


# -- the domain's words ----------------------------------------------------------------------------
# Each as a label ("Planned", for a column or a list) and as a word in a sentence ("planned").
_SESSION_STATUS = {
    SessionStatus.PLANNED: (QT_TRANSLATE_NOOP("Labels", "Planned"), QT_TRANSLATE_NOOP("Labels", "planned")),
    SessionStatus.CONFIRMED: (QT_TRANSLATE_NOOP("Labels", "Confirmed"), QT_TRANSLATE_NOOP("Labels", "confirmed")),
    SessionStatus.HELD: (QT_TRANSLATE_NOOP("Labels", "Held"), QT_TRANSLATE_NOOP("Labels", "held")),
    SessionStatus.POSTPONED: (QT_TRANSLATE_NOOP("Labels", "Postponed"), QT_TRANSLATE_NOOP("Labels", "postponed")),
    SessionStatus.CANCELLED: (QT_TRANSLATE_NOOP("Labels", "Cancelled"), QT_TRANSLATE_NOOP("Labels", "cancelled")),
}
_SESSION_FORMAT = {
    SessionFormat.WORKING: (QT_TRANSLATE_NOOP("Labels", "Working"), QT_TRANSLATE_NOOP("Labels", "working")),
    SessionFormat.SENIOR: (QT_TRANSLATE_NOOP("Labels", "Senior"), QT_TRANSLATE_NOOP("Labels", "senior")),
    SessionFormat.MINISTERIAL: (
        QT_TRANSLATE_NOOP("Labels", "Ministerial"),
        QT_TRANSLATE_NOOP("Labels", "ministerial"),
    ),
}
_AGENDA_STATUS = {
    AgendaStatus.DRAFT: (QT_TRANSLATE_NOOP("Labels", "Draft"), QT_TRANSLATE_NOOP("Labels", "draft")),
    AgendaStatus.PROPOSED: (QT_TRANSLATE_NOOP("Labels", "Proposed"), QT_TRANSLATE_NOOP("Labels", "proposed")),
    AgendaStatus.AGREED: (QT_TRANSLATE_NOOP("Labels", "Agreed"), QT_TRANSLATE_NOOP("Labels", "agreed")),
}
_ACTION_STATUS = {
    ActionStatus.OPEN: (QT_TRANSLATE_NOOP("Labels", "Open"), QT_TRANSLATE_NOOP("Labels", "open")),
    ActionStatus.DONE: (QT_TRANSLATE_NOOP("Labels", "Done"), QT_TRANSLATE_NOOP("Labels", "done")),
    ActionStatus.DROPPED: (QT_TRANSLATE_NOOP("Labels", "Dropped"), QT_TRANSLATE_NOOP("Labels", "dropped")),
}


def _word(words: Mapping[Any, tuple[object, object]], value: object, lower: bool) -> str:
    pair = words.get(value)
    if pair is None:  # a value newer than this table: its own text, untranslated
        return str(value) if lower else str(value).capitalize()
    return translate("Labels", str(pair[1] if lower else pair[0]))


def side_name(side: Side) -> str:
    """ "Republic of Korea" / "대한민국": a side by its name in the interface language."""
    return (side.name_ko or side.name) if is_korean() else side.name


def side_both(side: Side) -> str:
    """ "Republic of Korea (대한민국)" / "대한민국 (Republic of Korea)": the interface language first."""
    first, second = side_name(side), side.name if is_korean() else side.name_ko
    return f"{first} ({second})" if second and second != first else first


def capital_name(side: Side) -> str:
    """ "Seoul" / "서울"."""
    return (side.capital_ko or side.capital) if is_korean() else side.capital


def session_status(status: SessionStatus, *, lower: bool = False) -> str:
    """ "Planned" / "예정" (``lower``: "planned", for a sentence)."""
    return _word(_SESSION_STATUS, status, lower)


def session_format(value: SessionFormat, *, lower: bool = False) -> str:
    """ "Working" / "실무급"."""
    return _word(_SESSION_FORMAT, value, lower)


def agenda_status(status: AgendaStatus, *, lower: bool = False) -> str:
    """ "Proposed" / "제안됨"."""
    return _word(_AGENDA_STATUS, status, lower)


def action_status(status: ActionStatus, *, lower: bool = False) -> str:
    """ "Open" / "진행 중"."""
    return _word(_ACTION_STATUS, status, lower)


def match_reason(reason: str) -> str:
    """Why two records look like one person ("same e-mail"), in the interface language."""
    from desktop_app.domain.duplicates import SAME_EMAIL, SAME_NAME_AND_ORGANIZATION  # the People view's

    reasons = {
        SAME_EMAIL: QT_TRANSLATE_NOOP("Labels", "same e-mail"),
        SAME_NAME_AND_ORGANIZATION: QT_TRANSLATE_NOOP("Labels", "same name and organisation"),
    }
    return translate("Labels", str(reasons[reason])) if reason in reasons else reason


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st (English: the Korean messages use the plain number)."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def session_name(number: int) -> str:
    """ "14th session" / "제14차 회의"."""
    return translate("Formatting", "{ordinal} session").format(ordinal=ordinal(number), number=number)


# -- numbers ---------------------------------------------------------------------------------------
def number(value: int) -> str:
    """ "1,234" in the interface's locale."""
    return ui_locale().toString(value)


def joined(parts: Iterable[str]) -> str:
    """A list in running text: "a, b, c" (Korean uses the same comma)."""
    return ", ".join(parts)
