"""What the window's undo needs of the scheduling actions: the rows as they were, and the way back.

Before a move, edit, postpone or cancel the window reads ``before(...)``: every session (and
series) the action may write. ``restore`` puts them back in one transaction, each session
with a higher sequence number (a calendar that received the change sees the undo as a newer
update), and deletes a series the action split off once nothing uses it. ``remove_created``
is the undo of "create": it deletes sessions (and their series) that nothing has been added
to since; with an agenda, delegates or action items it refuses (cancel the session instead);
``recreate`` is its redo, with the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.domain.series import Series
from desktop_app.domain.session import Session
from desktop_app.errors import UserError
from desktop_app.services.scheduling import Scope
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository


@dataclass(frozen=True)
class Snapshot:
    """Sessions and series as they were before an action."""

    sessions: tuple[Session, ...]
    series: tuple[Series, ...] = ()


def before(workspace: Workspace, session_id: int, scope: Scope = Scope.THIS) -> Snapshot:
    """What an action on ``session_id`` with ``scope`` may write: with a series, all of it (an edit of
    "this and the following" splits the series and changes its first part too)."""
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    if session.series_id is None:
        return Snapshot((session,))
    series = series_repository.get_series(db, session.series_id)
    members = session_repository.series_sessions(db, session.series_id)
    if scope is Scope.THIS:
        return Snapshot((session,), (series,))
    return Snapshot(tuple(members), (series,))


def restore(workspace: Workspace, snapshot: Snapshot) -> list[Session]:
    """Write the snapshot back; series made since (by a split) and used by none of it go."""
    kept_series = {series.id for series in snapshot.series}
    with workspace.store.transaction() as db:
        split_off: set[int] = set()
        written = []
        for old in snapshot.sessions:
            assert old.id is not None
            now = session_repository.get_session(db, old.id)
            if now.series_id is not None and now.series_id not in kept_series:
                split_off.add(now.series_id)
            restored = replace(old, sequence=max(now.sequence, old.sequence) + 1)
            session_repository.update_session(db, restored)
            written.append(restored)
        for series in snapshot.series:
            series_repository.update_series(db, series)
        for series_id in split_off:
            if not session_repository.series_sessions(db, series_id):
                series_repository.delete_series(db, series_id)
    return written


def remove_created(workspace: Workspace, session_ids: list[int], series_id: int | None = None) -> None:
    """Delete sessions just created (and their series), refused once anything was added to one."""
    with workspace.store.transaction() as db:
        for session_id in session_ids:
            session = session_repository.get_session(db, session_id)
            if session_repository.has_records(db, session_id):
                number = f"#{session.number} " if session.number else ""
                raise UserError(
                    f"session {number}“{session.title}” has an agenda, delegates or action items now; cancel it instead"
                )
            session_repository.delete_session(db, session_id)
        if series_id is not None:
            series_repository.delete_series(db, series_id)


def recreate(workspace: Workspace, snapshot: Snapshot) -> list[Session]:
    """Redo of a create that was undone: the same rows again, with their ids, UIDs and numbers."""
    with workspace.store.transaction() as db:
        for series in snapshot.series:
            series_repository.insert_series(db, series, keep_id=True)
        for session in snapshot.sessions:
            session_repository.insert_session(db, session, keep_id=True)
    return list(snapshot.sessions)
