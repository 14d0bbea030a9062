"""Use cases on sessions."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.session import Session
from desktop_app.scheduling.timezones import local_times
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository, session_window


def list_sessions(workspace: Workspace) -> list[Session]:
    return session_repository.list_sessions(workspace.store.db)


def has_sessions(workspace: Workspace) -> bool:
    """Whether the body has any session at all (the Session menu greys out Edit/Move/… when not).
    Asked at start-up: through the bare connection, which needs no sqlite-utils."""
    return workspace.store.conn.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is not None


def accepted_years() -> str:
    """The years a date may lie in, as messages show them ("1900–2200")."""
    from desktop_app.domain.dates import RANGE_TEXT

    return RANGE_TEXT


def invalid_sessions(workspace: Workspace) -> list[str]:
    """Stored sessions the app cannot show (their date lies outside the accepted range), one line each."""
    return session_repository.invalid_sessions(workspace.store.conn)  # asked at start-up: the bare connection


def add_session(workspace: Workspace, session: Session) -> Session:
    with workspace.store.transaction() as db:
        if session.number is None:
            from dataclasses import replace

            session = replace(session, number=session_repository.next_session_number(db))
        session_id = session_repository.insert_session(db, session)
        return session_repository.get_session(db, session_id)


def session_as_json(session: Session, workspace: Workspace, warnings: list[str] | None = None) -> dict[str, Any]:
    """The object ``sessions list --json`` prints: the contract scripts rely on.

    ``warnings`` as computed for many sessions at once (``calendar_view.warnings_by_session``);
    when None they are worked out for this session alone.
    """
    if warnings is None:
        from desktop_app.services.calendar_view import warning_context

        warnings = warning_context(workspace, start=session.start, end=session.end).warnings(session)
    return {
        "id": session.id,
        "uid": session.uid,
        "number": session.number,
        "title": session.title,
        "title_ko": session.title_ko,
        "start": session.local_start().isoformat(),
        "end": session.end.astimezone(session.local_start().tzinfo).isoformat(),
        "timezone": session.timezone,
        "duration_minutes": session.duration_minutes,
        "venue": session.venue,
        "format": str(session.format),
        "mode": str(session.mode),
        "host_side": session.host_side,
        "status": str(session.status),
        "local_times": {zone: local.isoformat() for zone, local in local_times(session, workspace.body).items()},
        "series_id": session.series_id,
        "sequence": session.sequence,
        "warnings": list(warnings),
    }


def find_session(workspace: Workspace, key: str) -> Session:
    """A session as a user names it on the command line: by id, UID or number in the series."""
    return session_repository.find_session(workspace.store.conn, key)


def get_session(workspace: Workspace, session_id: int) -> Session:
    return session_repository.get_session(workspace.store.conn, session_id)


def warnings_of(workspace: Workspace, sessions: list[Session]) -> dict[int, list[str]]:
    """Each session's warnings (holidays, weekends, hours, double bookings), for a page of a list."""
    from desktop_app.services.calendar_view import warning_context

    if not sessions:
        return {}
    context = warning_context(workspace, start=min(s.start for s in sessions), end=max(s.end for s in sessions))
    return {s.id: context.warnings(s) for s in sessions if s.id is not None}


def count_sessions(workspace: Workspace) -> int:
    return session_window.count_sessions(workspace.store.conn)


def session_page(workspace: Workspace, order: str, *, descending: bool, offset: int, limit: int) -> list[Session]:
    """A window of the Sessions list in ``order`` (a key of ``storage.session_window.ORDERS``)."""
    return session_window.session_page(workspace.store.conn, order, descending=descending, offset=offset, limit=limit)


def session_position(workspace: Workspace, order: str, session_id: int, *, descending: bool) -> int:
    """The row the session takes in the Sessions list in ``order``; NotFound when it is gone."""
    return session_window.session_position(workspace.store.conn, order, session_id, descending=descending)
