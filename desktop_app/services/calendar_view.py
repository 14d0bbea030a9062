"""What the calendar and the session dialog read: sessions with both sides' times and warnings.

Read-only and cheap: one indexed query for the sessions of the range, one for who sits
in them, holidays from per-year tables. A month page of a 1,000-session body takes a
few milliseconds, well inside a frame.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop_app.domain.body import Body
from desktop_app.domain.session import Session
from desktop_app.scheduling.conflicts import Booking, ConflictIndex
from desktop_app.scheduling.holidays_calendar import holidays_between
from desktop_app.scheduling.timezones import local_times
from desktop_app.scheduling.warnings import session_warnings
from desktop_app.services.workspace import Workspace
from desktop_app.storage import booking_repository, session_repository


def booking_label(number: int | None, title: str) -> str:
    return f"#{number} “{title}”" if number else f"“{title}”"


@dataclass(frozen=True)
class WarningContext:
    """Everything warnings need, loaded once: the dialog keeps one while it is open."""

    body: Body
    index: ConflictIndex

    def warnings(self, session: Session, attendees: Collection[int] | None = None) -> list[str]:
        return session_warnings(session, self.body, index=self.index, attendees=attendees)


def warning_context(
    workspace: Workspace, *, start: datetime | None = None, end: datetime | None = None
) -> WarningContext:
    """Load the bookings (of [start, end), or all) that double-booking warnings compare against."""
    rows, names = booking_repository.booking_rows(workspace.store.db, start=start, end=end)
    bookings = [Booking(r.session_id, booking_label(r.number, r.title), r.start, r.end, r.person_ids) for r in rows]
    return WarningContext(workspace.body, ConflictIndex(bookings, names))


@dataclass(frozen=True)
class CalendarEntry:
    session: Session
    local_times: dict[str, datetime]  # each side's zone name (the session's own first) → its start there
    warnings: list[str]


@dataclass(frozen=True)
class CalendarRange:
    start: datetime
    end: datetime
    entries: list[CalendarEntry]
    holidays: dict[date, dict[str, str]]  # day → side code → holiday name, for days with any


def _bound(value: date | datetime, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(UTC)
    return datetime.combine(value, time(0), tzinfo=zone).astimezone(UTC)


def sessions_in_range(
    workspace: Workspace, start: date | datetime, end: date | datetime, *, zone: str | None = None
) -> CalendarRange:
    """Sessions starting in [start, end), each with its local times and warnings, and the holidays of those days.

    Dates (and naive datetimes) are read in ``zone``, the home side's by default, as the
    calendar shows them. Cancelled and postponed sessions are included (the calendar shows
    them struck through) but carry no warnings.
    """
    tz = ZoneInfo(zone or workspace.body.home.timezone)
    begin, finish = _bound(start, tz), _bound(end, tz)
    db = workspace.store.db
    sessions = session_repository.list_sessions(db, start=begin.isoformat(), end=finish.isoformat())
    context = warning_context(workspace, start=begin, end=finish + timedelta(days=7))
    entries = [CalendarEntry(s, local_times(s, workspace.body), context.warnings(s)) for s in sessions]
    # Holidays for every calendar day either side lives through in the range.
    first_day = min(begin.astimezone(side.zone).date() for side in workspace.body.sides)
    last_day = max((finish - timedelta(microseconds=1)).astimezone(side.zone).date() for side in workspace.body.sides)
    return CalendarRange(begin, finish, entries, holidays_between(workspace.body, first_day, last_day))


def warnings_by_session(workspace: Workspace, sessions: list[Session]) -> dict[int, list[str]]:
    """Warnings for many sessions at once (``sessions list``): one context for all of them."""
    context = warning_context(workspace)
    return {s.id: context.warnings(s) for s in sessions if s.id is not None}
