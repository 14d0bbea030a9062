"""The core's warnings and problems, worded in the interface language.

The core returns ``Notice`` sentences (``desktop_app.domain.notices``): English, with a code and
the values they were made of. In the English window the sentence is shown as it is; in the Korean
window it is written again from its values — dates the Korean way, a side and its capital by
their Korean names from the body. A sentence without a code (or with one this table does not know)
is shown as the core wrote it.

A value that is itself a Notice (a reason inside a refusal) or a refusal is worded too, and
sentences the core joined (``joined``) are worded one by one. The refusals' templates live by
the part of the core that says them (``notices_desk``, ``notices_exchange``, ``notices_files``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from typing import Any

from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.body import Body
from desktop_app.domain.notices import Notice, said
from desktop_app.domain.session import SessionStatus
from desktop_app.ui.common import formatting, notices_desk, notices_exchange, notices_files
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, is_korean, translate

# The Korean sentences, by code; their values are filled in by the functions below.
_SCHEDULING = {
    "holiday": QT_TRANSLATE_NOOP("Notices", "{day} is a public holiday in {side}: {holiday}"),
    "weekend": QT_TRANSLATE_NOOP("Notices", "on a weekend in {place}: {when}"),
    "hours": QT_TRANSLATE_NOOP("Notices", "outside {day_start}–{day_end} in {place}: {start}–{end}"),
    "double_booking": QT_TRANSLATE_NOOP("Notices", "{person} is also in session {session}, which overlaps"),
    "person_overlap": QT_TRANSLATE_NOOP(
        "Notices", "{person} is also in “{title}” ({start}), which overlaps this session"
    ),
    "skipped_time": QT_TRANSLATE_NOOP("Notices", "{at} does not exist in {zone}: the clocks go forward then"),
    "repeated_time": QT_TRANSLATE_NOOP(
        "Notices", "{at} happens twice in {zone} (the clocks go back); the first one is meant"
    ),
    "no_title": QT_TRANSLATE_NOOP("Notices", "a session needs a title"),
    "double_booking_at": QT_TRANSLATE_NOOP("Notices", "double booking: session {session} is at the same time"),
    "series_no_title": QT_TRANSLATE_NOOP("Notices", "a series needs a title"),
    "series_no_end": QT_TRANSLATE_NOOP("Notices", "a series needs an end: an end date or a number of sessions"),
    "series_count": QT_TRANSLATE_NOOP("Notices", "a series has at least one session"),
    "series_no_host": QT_TRANSLATE_NOOP("Notices", "a series needs at least one host in its rotation"),
    "series_bad_host": QT_TRANSLATE_NOOP("Notices", "host “{host}” is neither a side ({sides}) nor a video turn"),
    "unknown_zone": QT_TRANSLATE_NOOP("Notices", "unknown time zone “{zone}” (use an IANA name such as Asia/Seoul)"),
    "length": QT_TRANSLATE_NOOP("Notices", "a session lasts between 5 minutes and a week"),
    "number_range": QT_TRANSLATE_NOOP("Notices", "a session number is between 1 and {most}"),
}
TEMPLATES = {**_SCHEDULING, **notices_desk.TEMPLATES, **notices_exchange.TEMPLATES, **notices_files.TEMPLATES}
JOINED = "joined"  # sentences said as one: worded each, joined as the core joined them
DERIVED = {"weekend": {"when"}}  # values written here from the others the core gives


def word(text: str, body: Body | None = None) -> str:
    """``text`` in the interface language (see the module's docstring); ``body`` names the sides."""
    if not is_korean() or not isinstance(text, Notice):
        return str(text)
    if text.code == JOINED:
        separator = str(text.params.get("separator", "; "))
        return separator.join(word(part, body) for part in text.params.get("parts", ()))
    if text.code not in TEMPLATES:
        return str(text)
    values = {name: _value(name, value, body) for name, value in text.params.items()}
    if text.code == "weekend":
        values["when"] = _moment(text.params["start"]) if text.params.get("start") else _day(text.params["day"])
    if text.code == "hours" and isinstance(text.params.get("end"), datetime):
        values["end"] = _clock_of(text.params["end"])  # the day is the start's
    try:
        return translate("Notices", str(TEMPLATES[text.code])).format(**values)
    except (KeyError, IndexError, ValueError):  # a catalogue entry out of step with its values
        return str(text)


def refusal(exc: BaseException, body: Body | None = None) -> str:
    """A refusal from the core (``InvalidInput`` and kin) in the interface language."""
    return word(said(exc), body)


def words(texts: Iterable[str], body: Body | None = None) -> list[str]:
    return [word(text, body) for text in texts]


def _value(name: str, value: Any, body: Body | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Notice):  # a reason inside the sentence
        return word(value, body)
    if isinstance(value, BaseException):
        return refusal(value, body)
    if (name == "side" or name.endswith("_side")) and isinstance(value, str) and body is not None:
        return _side_name(value, body)
    if name == "place" and isinstance(value, str) and body is not None:
        return _place_name(value, body)
    formatter = _FORMATS.get(type(value))
    return formatter(value) if formatter else str(value)


def _side_name(code: str, body: Body) -> str:
    side = next((side for side in body.sides if side.code == code), None)
    return (side.name_ko or side.name) if side else code


def _place_name(place: str, body: Body) -> str:
    side = next((side for side in body.sides if side.capital == place), None)
    return (side.capital_ko or side.capital) if side else place


def _day(day: date) -> str:
    return formatting.weekday_date(day, year=True)


def _moment(moment: datetime) -> str:
    return formatting.date_time(moment, weekday=True, zone=True)


def _clock_of(moment: datetime) -> str:
    return f"{formatting.clock(moment)} {moment.tzname() or ''}".strip()


_FORMATS: dict[type, Callable[[Any], str]] = {
    datetime: _moment,
    date: _day,
    time: lambda value: f"{value:%H:%M}",
    int: formatting.number,
    AgendaStatus: lambda value: formatting.agenda_status(value, lower=True),
    ActionStatus: lambda value: formatting.action_status(value, lower=True),
    SessionStatus: lambda value: formatting.session_status(value, lower=True),
}
