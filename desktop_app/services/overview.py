"""What the main window shows at a glance: the next session and where its agenda stands.

Read-only use cases; the GUI calls them on every reload, so they stay cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop_app import clock
from desktop_app.domain.agenda import AgendaVersion
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, session_repository

# A session still running counts as "next"; none lasts longer than a week (Session.validate).
_LONGEST_SESSION = timedelta(days=7)
_NOT_HAPPENING = (SessionStatus.CANCELLED, SessionStatus.POSTPONED)
_BATCH = 16


@dataclass(frozen=True)
class NextSession:
    """The session the desk is working towards, and the agenda version that counts for it."""

    session: Session
    agenda: AgendaVersion | None
    running: bool  # it has started and not ended yet


def next_session(workspace: Workspace, now: datetime | None = None) -> NextSession | None:
    """The first session not over at ``now`` that is still going to happen; None when there is none.

    >>> next_session(workspace)  # doctest: +SKIP
    NextSession(session=Session(title='14th session', ...), agenda=AgendaVersion(...), running=False)
    """
    now = (now or clock.now()).astimezone(UTC)
    db = workspace.store.conn  # plain reads: the strip is on the start-up path
    since = (now - _LONGEST_SESSION).isoformat()
    offset = 0
    while True:  # a few at a time: the strip is on the start-up path, the future may hold years
        candidates = session_repository.list_sessions(db, start=since, limit=_BATCH, offset=offset)
        for session in candidates:
            if session.end > now and session.status not in _NOT_HAPPENING and session.id is not None:
                agenda = agenda_repository.current_version(db, session.id)
                return NextSession(session=session, agenda=agenda, running=session.start <= now)
        if len(candidates) < _BATCH:
            return None
        offset += _BATCH
