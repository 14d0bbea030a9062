"""Use cases on calendar files: export sessions to .ics, import an .ics from a counterpart.

Export writes atomically: a failed export leaves the target as it was. Import reads
and checks the whole file before it opens a transaction, then writes in one: a
refused file changes nothing, and importing the same file twice changes nothing the
second time (a session is matched by its UID, and equal values are not rewritten).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop_app import clock
from desktop_app.domain.agenda import AgendaVersion
from desktop_app.domain.body import Body
from desktop_app.domain.series import Series
from desktop_app.domain.session import Session, SessionStatus, split_venue
from desktop_app.errors import InvalidInput
from desktop_app.exchange.ics_guard import TooManyEvents
from desktop_app.exchange.ics_import import DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS, Incoming, ReadCalendar

__all__ = ["MAX_HORIZON_YEARS", "TooManyEvents"]  # for the window, which reaches the exchange through services only
from desktop_app.domain.notices import Notice
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, people_repository, series_repository, session_repository

if TYPE_CHECKING:  # the writer loads icalendar: only when a file is written
    import sqlite_utils

    from desktop_app.exchange.ics_export import SharedEvent

# -- export -------------------------------------------------------------------------------


def export_ics(workspace: Workspace, target: Path, session_keys: Sequence[str] = ()) -> int:
    """Write the sessions named by id or UID (all of them by default) to ``target``; return how many."""
    from desktop_app.exchange.atomic import atomic_write
    from desktop_app.exchange.ics_export import build_calendar

    db = workspace.store.db
    if session_keys:
        sessions = [session_repository.find_session(db, key) for key in dict.fromkeys(session_keys)]
    else:
        sessions = session_repository.list_sessions(db)
    versions = agenda_repository.current_versions(db)
    events = [_shared(db, workspace.body, session, versions) for session in sessions]
    data = build_calendar(
        events,
        name=workspace.body.name,
        stamp=clock.now().replace(microsecond=0),
        home_zone=workspace.body.home.timezone,
    )
    with atomic_write(Path(target)) as handle:
        handle.write(data)
    return len(events)


def _shared(
    db: sqlite_utils.Database, body: Body, session: Session, versions: Mapping[int, AgendaVersion]
) -> SharedEvent:
    """The shareable face of ``session``: no notes, talking points or internal notes, by construction."""
    from desktop_app.exchange.ics_export import SharedEvent, SharedPerson
    from desktop_app.scheduling.timezones import format_both

    assert session.id is not None
    people = people_repository.delegation(db, session.id)
    shared_people = tuple(
        SharedPerson(p.name, p.email, str(a.role), str(a.rsvp), p.side, p.organization) for a, p in people
    )
    heads = [sp for sp in shared_people if sp.side == body.home_side and sp.email]
    organizer = next((sp for sp in heads if sp.role == "head"), heads[0] if heads else None)
    version = versions.get(session.id)
    agenda: tuple[str, ...] = ()
    if version is not None and version.id is not None:
        items = agenda_repository.list_items(db, version.id)
        agenda = tuple(
            "  " * item.level + f"{item.number}. {item.title}" + (f" / {item.title_ko}" if item.title_ko else "")
            for item in items
        )
    details = [session.title_ko] if session.title_ko else []
    if session.number:
        details.append(f"Session {session.number} of {body.name}")
    details.append(f"Host: {body.side(session.host_side).name}" if session.host_side in body.side_codes else "")
    details.append(f"Time: {format_both(session, body)}")
    for code in body.side_codes:
        names = [f"{sp.name} ({sp.role})" for sp in shared_people if sp.side == code]
        if names:
            details.append(f"{body.side(code).name}: {', '.join(names)}")
    return SharedEvent(
        uid=session.uid,
        sequence=session.sequence,
        title=session.title,
        start=session.start,
        end=session.end,
        timezone=session.timezone,
        location=session.venue,
        status=str(session.status),
        details=tuple(line for line in details if line),
        agenda=agenda,
        organizer=organizer,
        attendees=shared_people,
    )


# -- import -------------------------------------------------------------------------------


@dataclass
class ImportReport:
    created: list[Session] = field(default_factory=list)
    updated: list[Session] = field(default_factory=list)
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)  # what was passed over, and why

    def summary(self) -> str:
        return f"{len(self.created)} created, {len(self.updated)} updated, {self.unchanged} unchanged"


@dataclass(frozen=True)
class ImportRange:
    """How much of a calendar file to read: a horizon for open-ended series, and optionally a date range."""

    horizon_years: int = DEFAULT_HORIZON_YEARS
    first_day: date | None = None  # inclusive, in the body's home zone
    last_day: date | None = None  # inclusive

    def horizon(self, now: datetime) -> datetime:
        if not 1 <= self.horizon_years <= MAX_HORIZON_YEARS:
            raise InvalidInput(
                Notice(
                    f"the horizon is 1 to {MAX_HORIZON_YEARS} years (not {self.horizon_years})",
                    "calendar_files.horizon_1_years_not",
                    max_horizon_years=MAX_HORIZON_YEARS,
                    horizon_years=self.horizon_years,
                )
            )
        now = now.astimezone(UTC)
        try:
            return now.replace(year=now.year + self.horizon_years)
        except ValueError:  # 29 February
            return now.replace(year=now.year + self.horizon_years, day=28)

    def window(self, zone: str) -> tuple[datetime, datetime] | None:
        if self.first_day is None and self.last_day is None:
            return None
        first = self.first_day or date(1900, 1, 1)
        last = self.last_day or date(2200, 12, 31)
        if last < first:
            raise InvalidInput(
                Notice(
                    f"the range ends ({last}) before it begins ({first})",
                    "calendar_files.range_ends_before_begins",
                    last=last,
                    first=first,
                )
            )
        tz = ZoneInfo(zone)
        begin = datetime.combine(first, time(), tz).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(), tz).astimezone(UTC)
        return begin, end


def import_ics(
    workspace: Workspace, source: Path, reading: ImportRange | None = None, *, now: datetime | None = None
) -> ImportReport:
    """Create or update sessions from ``source``; refuses (changing nothing) a file that is not fit.

    Open-ended series are read up to ``reading.horizon_years`` from ``now``; with a date
    range only the sessions in it are read (a file of more events than we read at once).
    """
    read = read_ics(workspace, source, reading, now=now)
    with workspace.store.transaction() as db:
        return write_ics(db, workspace.body, read)


def read_ics(
    workspace: Workspace, source: Path, reading: ImportRange | None = None, *, now: datetime | None = None
) -> ReadCalendar:
    """Read and check ``source`` (nothing is written); refuses a file that is not fit."""
    from desktop_app.exchange.ics_guard import read_bounded
    from desktop_app.exchange.ics_import import read_calendar

    reading = reading or ImportRange()
    source = Path(source)
    text = read_bounded(source)
    home = workspace.body.home.timezone
    return read_calendar(
        text,
        name=source.name,
        fallback_zone=home,
        horizon=reading.horizon(now or clock.now()),
        window=reading.window(home),
    )


def write_ics(db: sqlite_utils.Database, body: Body, read: ReadCalendar) -> ImportReport:
    """Create or update the sessions ``read`` holds, inside the caller's open transaction."""
    report = ImportReport(notes=list(read.notes))
    series_ids = {}
    for incoming_series in read.series:
        known = series_repository.find_series_by_uid(db, incoming_series.uid)
        if known is not None:
            series_ids[incoming_series.uid] = known.id
            continue
        series = Series(
            uid=incoming_series.uid,
            title=incoming_series.title,
            rule=incoming_series.rule,
            first_start=incoming_series.first_start,
            timezone=incoming_series.timezone,
            duration_minutes=incoming_series.duration_minutes or body.default_session_minutes,
            hosts=(body.counterpart.code,),
            count=incoming_series.count,
            until=incoming_series.until,
        )
        series_ids[incoming_series.uid] = series_repository.insert_series(db, series)
    existing = session_repository.sessions_by_uid(db, [s.uid for s in read.sessions])
    number = session_repository.next_session_number(db)
    for incoming in sorted(read.sessions, key=lambda s: s.start):
        series_id = series_ids.get(incoming.series_uid or "")
        current = existing.get(incoming.uid)
        if current is None:
            session = _new_session(body, incoming, series_id, number)
            number += 1
            session_repository.insert_session(db, session)
            report.created.append(session)
            continue
        updated = _updated(body, current, incoming)
        if updated is None:
            report.unchanged += 1
        elif incoming.sequence < current.sequence:
            older = f"sequence {incoming.sequence} < {current.sequence}"
            report.notes.append(
                Notice(
                    f"kept ours of “{current.title}”: the file's is older ({older})",
                    "calendar_files.kept_ours_file_older",
                    current_title=current.title,
                    older=older,
                )
            )
        else:
            updated = replace(updated, sequence=max(current.sequence + 1, incoming.sequence))
            session_repository.update_session(db, updated)
            report.updated.append(updated)
    return report


def _minutes(body: Body, incoming: Incoming) -> int:
    minutes = incoming.duration_minutes
    return max(5, minutes) if minutes else body.default_session_minutes


def _host(body: Body, location: str | None, zone: str | None) -> str:
    """The side whose capital the location names, else whose zone the file uses, else the counterpart."""
    text = (location or "").casefold()
    for side in body.sides:
        if side.capital and side.capital.casefold() in text:
            return side.code
    for side in body.sides:
        if zone and side.timezone == zone:
            return side.code
    return body.counterpart.code


def _new_session(body: Body, incoming: Incoming, series_id: int | None, number: int) -> Session:
    host = _host(body, incoming.location, incoming.timezone)
    zone = incoming.timezone or body.side(host).timezone
    building, city, link = split_venue(incoming.location or "")
    return Session(
        uid=incoming.uid,
        sequence=incoming.sequence,
        number=number,
        title=incoming.title,
        start=incoming.start,
        timezone=zone,
        duration_minutes=_minutes(body, incoming),
        host_side=host,
        venue_city=city,
        venue_building=building,
        video_link=link,
        status=SessionStatus(incoming.status),
        series_id=series_id,
    )


def _updated(body: Body, current: Session, incoming: Incoming) -> Session | None:
    """``current`` with the file's values, or None when they are the same.

    Our zone is kept (it says where the session is planned); so are the venue fields
    when the file gives no LOCATION, and the length when it gives no end.
    """
    values: dict[str, object] = {
        "title": incoming.title,
        "start": incoming.start,
        "status": SessionStatus(incoming.status),
    }
    if incoming.duration_minutes:
        values["duration_minutes"] = _minutes(body, incoming)
    if incoming.location is not None and incoming.location != current.venue:
        values["venue_building"], values["venue_city"], values["video_link"] = split_venue(incoming.location)
    if all(getattr(current, key) == value for key, value in values.items()):
        return None
    return replace(current, **values)  # type: ignore[arg-type]
