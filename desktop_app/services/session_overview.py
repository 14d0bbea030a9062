"""What a session's Overview tab and the session dialog read beyond the session itself.

Read-only and cheap: the session's series in words, its warnings as they stand, and the
dialog's live warnings, which add to ``draft_warnings`` another session of the body at
the same time (a double booking of the desk even before anyone is seated in the new one).

>>> details = session_details(workspace, 12)  # doctest: +SKIP
>>> details.series, details.warnings  # doctest: +SKIP
('Working group: every 6 weeks, from 9 Mar 2027 at 10:00', ['… is a public holiday in …'])
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session
from desktop_app.scheduling.timezones import to_utc
from desktop_app.scheduling.warnings import NOT_HAPPENING
from desktop_app.services.calendar_view import WarningContext, warning_context
from desktop_app.services.scheduling import SessionDraft, draft_problems, draft_warnings, series_of
from desktop_app.services.sessions import get_session
from desktop_app.services.workspace import Workspace


@dataclass(frozen=True)
class SessionDetails:
    session: Session
    series: str | None  # "Working group: every 6 weeks, from …", None outside a series
    warnings: list[str]


def session_details(workspace: Workspace, session_id: int) -> SessionDetails:
    """The session, its series in words and its warnings (holidays, hours, double bookings)."""
    session = get_session(workspace, session_id)
    context = warning_context(workspace, start=session.start, end=session.end)
    return SessionDetails(session, series_of(workspace.store.db, session), context.warnings(session))


def _with_overlaps(
    context: WarningContext, found: list[str], start: datetime, end: datetime, exclude: int | None
) -> list[str]:
    for booking in context.index.overlapping(start, end, exclude=exclude):
        if not any(booking.label in warning for warning in found):
            english = f"double booking: session {booking.label} is at the same time"
            found.append(Notice(english, "double_booking_at", session=booking.label))
    return found


def planned_warnings(context: WarningContext, session: Session) -> list[str]:
    """A session's warnings (not saved yet, as a series preview plans it), with other sessions at its time."""
    found = context.warnings(session)
    if session.status in NOT_HAPPENING:
        return found
    return _with_overlaps(context, found, session.start, session.end, session.id)


def dialog_warnings(
    context: WarningContext,
    draft: SessionDraft,
    *,
    session_id: int | None = None,
    attendees: Collection[int] | None = None,
) -> list[str]:
    """What the session dialog shows in amber as the officer types: ``draft_warnings``, then overlaps.

    A person's conflict already names the other session, so an overlap is added only for
    sessions no conflict names.
    """
    found = draft_warnings(context, draft, session_id=session_id, attendees=attendees)
    if draft.status in NOT_HAPPENING or draft_problems(draft, context.body):
        return found
    start = to_utc(draft.local_start, draft.timezone, strict=False)
    return _with_overlaps(context, found, start, start + timedelta(minutes=draft.duration_minutes), session_id)
