"""Dates, times and names as a packet prints them. Pure functions of their arguments."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop_app.domain.attendance import Role
from desktop_app.domain.body import Body

ROLE_LABELS = {
    Role.HEAD: "Head of delegation",
    Role.DEPUTY: "Deputy head",
    Role.MEMBER: "Member",
    Role.NOTE_TAKER: "Note-taker",
    Role.INTERPRETER: "Interpreter",
    Role.OBSERVER: "Observer",
}


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def zones(session_zone: str, body: Body) -> list[tuple[str, ZoneInfo]]:
    """(label, zone) for the session's own zone first, then each side's: the capitals' clocks.

    A session held in a third city (or one side's zone shared by both) is listed once.
    """
    labels = {side.timezone: side.capital or side.name for side in body.sides}
    result: list[tuple[str, ZoneInfo]] = []
    for name in [session_zone, *(side.timezone for side in body.sides)]:
        if all(zone.key != name for _, zone in result):
            result.append((labels.get(name) or name.rsplit("/", 1)[-1].replace("_", " "), ZoneInfo(name)))
    return result


def day_and_times(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """ "Tuesday 9 March 2027, 10:00–12:00 KST", naming the end's day when it falls on another."""
    begin, finish = start.astimezone(zone), end.astimezone(zone)
    text = f"{begin:%A} {begin.day} {begin:%B %Y}, {begin:%H:%M}"
    if finish.date() == begin.date():
        return f"{text}–{finish:%H:%M} {finish.tzname()}"
    return f"{text} – {finish:%a} {finish.day} {finish:%b} {finish:%H:%M} {finish.tzname()}"


def clock(moment: datetime, zone: ZoneInfo, first_day: date) -> str:
    """ "10:00", or "00:15 (+1)" when the item starts a day after the session did in that zone."""
    local = moment.astimezone(zone)
    shift = (local.date() - first_day).days
    return f"{local:%H:%M}" if shift == 0 else f"{local:%H:%M} ({shift:+d})"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


NON_BREAKING_HYPHEN = "\u2011"


def unbroken(text: str) -> str:
    """A name or an e-mail address that a line never breaks inside: "KANG Hyun‑woo" (U+2011)."""
    return text.replace("-", NON_BREAKING_HYPHEN)


def both(english: str, korean: str, joiner: str = "\n") -> str:
    """English, then Korean on its own line (or after ``joiner``) when there is Korean."""
    if korean and korean != english:
        return f"{english}{joiner}{korean}" if english else korean
    return english


def title_ko(title: str, organization: str) -> str:
    """Korean puts the organization first, without a comma: "외교부 북미국장" (once, if the title has it)."""
    if organization and organization in title:
        return title
    return joined(organization, title, sep=" ")


def joined(*parts: str, sep: str = ", ") -> str:
    return sep.join(part for part in parts if part)
