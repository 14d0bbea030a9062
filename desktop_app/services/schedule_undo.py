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

import sqlite_utils

from desktop_app.domain.notices import Notice
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
    with workspace.store.transaction() as db:
        return _restore(db, snapshot)


def _restore(db: sqlite_utils.Database, snapshot: Snapshot) -> list[Session]:
    kept_series = {series.id for series in snapshot.series}
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


def snapshot_all(workspace: Workspace) -> Snapshot:
    """Every session and series: what an import is measured against."""
    db = workspace.store.db
    return Snapshot(tuple(session_repository.list_sessions(db)), tuple(series_repository.list_series(db)))


def import_changes(workspace: Workspace, before: Snapshot) -> tuple[Snapshot, Snapshot, Snapshot]:
    """After an import measured against ``before``: (the rows it changed, as they were; as they are
    now; what it created, sessions and series)."""
    now = snapshot_all(workspace)
    old = {session.id: session for session in before.sessions}
    old_series = {series.id for series in before.series}
    changed_ids = [s.id for s in now.sessions if s.id in old and old[s.id] != s]
    was = Snapshot(tuple(old[i] for i in changed_ids))
    is_now = Snapshot(tuple(s for s in now.sessions if s.id in changed_ids))
    created = Snapshot(
        tuple(s for s in now.sessions if s.id not in old),
        tuple(series for series in now.series if series.id not in old_series),
    )
    return was, is_now, created


def remove_created(workspace: Workspace, session_ids: list[int], series_id: int | None = None) -> None:
    """Delete sessions just created (and their series), refused once anything was added to one."""
    remove_and_restore(workspace, session_ids, [series_id] if series_id is not None else [], Snapshot(()))


def remove_and_restore(workspace: Workspace, session_ids: list[int], series_ids: list[int], snapshot: Snapshot) -> None:
    """One transaction: delete what an action created (refused as ``remove_created`` is) and write
    back what it changed (``restore``): the undo of an import."""
    with workspace.store.transaction() as db:
        for session_id in session_ids:
            session = session_repository.get_session(db, session_id)
            if session_repository.has_records(db, session_id):
                number = f"#{session.number} " if session.number else ""
                raise UserError(
                    Notice(
                        f"session {number}“{session.title}” has an agenda, delegates or action items now; cancel it "
                        "instead",
                        "schedule_undo.session_agenda_delegates_action",
                        number=number,
                        session_title=session.title,
                    )
                )
            session_repository.delete_session(db, session_id)
        for series_id in series_ids:
            series_repository.delete_series(db, series_id)
        _restore(db, snapshot)


def recreate(workspace: Workspace, snapshot: Snapshot, changed: Snapshot | None = None) -> list[Session]:
    """Redo of a create that was undone: the same rows again, with their ids, UIDs and numbers (and,
    for an import, the rows it changed written as it left them), in one transaction."""
    with workspace.store.transaction() as db:
        for series in snapshot.series:
            series_repository.insert_series(db, series, keep_id=True)
        for session in snapshot.sessions:
            session_repository.insert_session(db, session, keep_id=True)
        if changed is not None:
            _restore(db, changed)
    return list(snapshot.sessions)
