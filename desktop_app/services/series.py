"""Use cases on series: plan one from a recurrence rule, and split one for "this and the following".

Exceptions stay simple: a moved occurrence is an edited session that keeps its
``series_id``; a skipped one is cancelled; "this and the following" ends the series
before the occurrence and starts a new one from it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop_app.domain.body import Body
from desktop_app.domain.notices import Notice
from desktop_app.domain.series import VIDEO, Series
from desktop_app.domain.session import Session, SessionFormat, SessionMode, new_uid
from desktop_app.scheduling.recurrence import expand, parse_rule, preset_rule, until_end_of
from desktop_app.scheduling.timezones import to_utc, wall_time
from desktop_app.services.scheduling import Scheduled, with_warnings
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository
from desktop_app.storage.schema_session_mode import VIDEO_VENUE  # the venue line of a video session with no link yet

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class SeriesDraft:
    """What the series dialog (or ``series add``) hands over.

    ``rule`` is an RRULE ("FREQ=MONTHLY;BYDAY=2TU") or a preset: "monthly-weekday" (the
    same weekday of the month as the first session: "the second Tuesday"), "six-weeks",
    "quarterly", "weekly". With ``host_local_time`` each session hosted by a side is at
    ``first_start``'s wall-clock time in that side's capital; video sessions, and all of
    them without it, are in ``timezone``.
    """

    title: str
    rule: str
    first_start: datetime  # naive wall-clock time
    timezone: str
    duration_minutes: int
    hosts: tuple[str, ...]
    count: int | None = None
    until: date | None = None
    title_ko: str = ""
    format: SessionFormat = SessionFormat.WORKING
    video_link: str = ""
    host_local_time: bool = True


def list_series(workspace: Workspace) -> list[Series]:
    """Every series of the body, as planned."""
    return series_repository.list_series(workspace.store.db)


def plan_series(body: Body, draft: SeriesDraft) -> tuple[Series, list[Session]]:
    """The series and its sessions, not saved: what the dialog previews. Refuses a rule out of bounds."""
    rule = parse_rule(preset_rule(draft.rule, draft.first_start), what="the series' rule")
    if rule.until:
        from desktop_app.errors import InvalidInput

        raise InvalidInput(
            Notice(
                "give the end of the series as an end date or a count, not as UNTIL in the rule",
                "series.give_end_series_end",
            )
        )
    series = Series(
        title=draft.title,
        rule=rule.core,
        first_start=draft.first_start.replace(tzinfo=None, second=0, microsecond=0),
        timezone=draft.timezone,
        duration_minutes=draft.duration_minutes,
        hosts=draft.hosts,
        count=draft.count if draft.count is not None else rule.count,
        until=until_end_of(draft.until) if draft.until else None,
        title_ko=draft.title_ko,
        format=draft.format,
        video_link=draft.video_link,
    )
    series.validate(body)
    walls = expand(series.rule, series.first_start, count=series.count, until=series.until, what="the series")
    return series, [_occurrence(series, body, index, wall, draft.host_local_time) for index, wall in enumerate(walls)]


def _occurrence(series: Series, body: Body, index: int, wall: datetime, host_local_time: bool) -> Session:
    host = series.host_for(index)
    values: dict[str, object] = {"venue_city": "", "venue_building": "", "video_link": ""}
    if host == VIDEO:
        zone, host_side = series.timezone, body.home_side
        values["video_link"] = series.video_link
        values["venue_building"] = "" if series.video_link else VIDEO_VENUE
    else:
        side = body.side(host)
        zone = side.timezone if host_local_time else series.timezone
        host_side, values["venue_city"] = host, side.capital
    return Session(
        title=series.title,
        title_ko=series.title_ko,
        start=to_utc(wall, zone, strict=False),  # a time the clocks skip lands an hour later (RFC 5545)
        timezone=zone,
        duration_minutes=series.duration_minutes,
        host_side=host_side,
        format=series.format,
        mode=SessionMode.VIDEO if host == VIDEO else SessionMode.IN_PERSON,
        **values,  # type: ignore[arg-type]
    )


def create_series(workspace: Workspace, draft: SeriesDraft) -> tuple[Series, list[Scheduled]]:
    series, sessions = plan_series(workspace.body, draft)
    with workspace.store.transaction() as db:
        series_id = series_repository.insert_series(db, series)
        number = session_repository.next_session_number(db)
        created = []
        for offset, session in enumerate(sessions):
            session = replace(session, series_id=series_id, number=number + offset)
            created.append(session_repository.get_session(db, session_repository.insert_session(db, session)))
        series = series_repository.get_series(db, series_id)
    return series, with_warnings(workspace, created)


# What an edit of "this and the following" carries to every later occurrence.
_CARRIED = (
    "title",
    "title_ko",
    "duration_minutes",
    "venue_city",
    "venue_building",
    "video_link",
    "format",
    "host_side",
    "status",
    "notes",
    "timezone",
)


def edit_following(db: sqlite_utils.Database, original: Session, edited: Session) -> list[Session]:
    """Apply the edit of ``original`` to it and every later occurrence of its series, splitting the series.

    Changed fields are copied; a changed time shifts every later session by the same
    wall-clock amount in its own zone (10:00 → 14:00 stays 14:00 across daylight saving).
    """
    assert original.series_id is not None
    series = series_repository.get_series(db, original.series_id)
    members = session_repository.series_sessions(db, series.id or 0)
    index = next(i for i, member in enumerate(members) if member.id == original.id)
    changes = {name: getattr(edited, name) for name in _CARRIED if getattr(edited, name) != getattr(original, name)}
    shift = wall_time(edited.start, edited.timezone) - wall_time(original.start, original.timezone)
    template = {k: v for k, v in changes.items() if k in ("title", "title_ko", "duration_minutes", "format")}
    first_start = wall_time(edited.start, series.timezone)
    if index == 0:
        series_id = series.id
        series_repository.update_series(db, replace(series, first_start=first_start, **template))
    else:
        series_id = series_repository.insert_series(db, _tail(series, index, first_start, template))
        series_repository.update_series(db, _head(series, index, original))
    written = []
    for member in members[index:]:
        if member.id == original.id:
            updated = replace(edited, series_id=series_id)
        else:
            zone = changes.get("timezone", member.timezone)
            start = to_utc(wall_time(member.start, member.timezone) + shift, str(zone), strict=False)
            updated = member.changed(**changes, start=start, series_id=series_id)
        session_repository.update_session(db, updated)
        written.append(updated)
    return written


def _head(series: Series, index: int, original: Session) -> Series:
    """The series cut short before its ``index``-th occurrence."""
    if series.count is not None:
        return replace(series, count=index)
    return replace(series, until=wall_time(original.start, series.timezone) - timedelta(seconds=1))


def _tail(series: Series, index: int, first_start: datetime, template: dict[str, object]) -> Series:
    """A new series from the ``index``-th occurrence on, its host rotation carried on where it was."""
    count = series.count - index if series.count is not None else None
    return replace(
        series,
        id=None,
        uid=new_uid(),
        first_start=first_start,
        hosts=series.rotated(index),
        count=count,
        **template,  # type: ignore[arg-type]
    )
