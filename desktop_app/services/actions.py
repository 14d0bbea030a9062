"""Use cases on action items: recording them after a session, closing them, and the
follow-up views (the body-wide list with filters, and what the next session carries over).

Undo pairs for the GUI:

    add_action(action)            undone by  delete_action(result.id)
    update_action / close_action  undone by  update_action(result.previous)
    delete_action(action_id)      undone by  add_action(result)  (the old id is kept when free)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import clock
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import SessionStatus
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.workspace import Workspace
from desktop_app.storage import action_repository as repo
from desktop_app.storage import session_repository
from desktop_app.storage.action_repository import ActionRow

if TYPE_CHECKING:
    import sqlite_utils

MAX_TEXT = 2000


@dataclass(frozen=True)
class ActionChange:
    previous: ActionItem
    action: ActionItem


@dataclass(frozen=True)
class FollowUp:
    """An action item as follow-up lists show it: with its session and whether it is overdue."""

    action: ActionItem
    session_number: int | None
    session_title: str
    session_start: datetime  # UTC
    overdue: bool


@dataclass(frozen=True)
class ActionFilter:
    """The filters of the action-items view; all of them together (empty means any)."""

    open_only: bool = False
    overdue_only: bool = False  # open and due before today
    owner: str = ""  # a part of the owner's name or office
    side: str = ""  # the owner's side code
    session_id: int | None = None


# -- recording -------------------------------------------------------------------------


def _check(db: sqlite_utils.Database, workspace: Workspace, action: ActionItem) -> ActionItem:
    text = action.text.strip()
    if not text:
        raise InvalidInput(
            Notice("an action item needs a text saying what is to be done", "actions.action_item_needs_text")
        )
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            Notice(
                f"an action item's text has at most {MAX_TEXT} characters",
                "actions.action_item_text_most",
                max_text=MAX_TEXT,
            )
        )
    if action.owner_side:
        workspace.body.side(action.owner_side)  # refuses a code that is not one of the two sides
    session_repository.get_session(db, action.session_id)
    if action.agenda_item_id is not None:
        sql = """SELECT 1 FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id
                 WHERE i.id = ? AND v.session_id = ?"""
        if not db.execute(sql, [action.agenda_item_id, action.session_id]).fetchone():
            raise NotFound(
                Notice(
                    f"agenda item {action.agenda_item_id} is not on this session's agenda",
                    "actions.agenda_item_not_session",
                    agenda_item_id=action.agenda_item_id,
                )
            )
    return replace(action, text=text, owner=action.owner.strip())


def add_action(workspace: Workspace, action: ActionItem) -> ActionItem:
    """Record an action item of a session (``action.id`` is kept when free: an undone delete)."""
    with workspace.store.transaction() as db:
        checked = _check(db, workspace, action)
        return repo.get_action(db, repo.insert_action(db, checked))


def get_action(workspace: Workspace, action_id: int) -> ActionItem:
    return repo.get_action(workspace.store.db, action_id)


def update_action(workspace: Workspace, action: ActionItem) -> ActionChange:
    if action.id is None:
        raise NotFound(Notice("the action item has not been saved yet", "actions.action_item_not_been"))
    with workspace.store.transaction() as db:
        previous = repo.get_action(db, action.id)
        checked = _check(db, workspace, action)
        repo.update_action(db, checked)
        return ActionChange(previous, checked)


def close_action(workspace: Workspace, action_id: int, status: ActionStatus = ActionStatus.DONE) -> ActionChange:
    """Mark an action done (or dropped); reopening is ``update_action`` with status open."""
    if status is ActionStatus.OPEN:
        raise InvalidInput(
            Notice("closing an action item makes it done or dropped, not open", "actions.closing_action_item_makes")
        )
    with workspace.store.transaction() as db:
        previous = repo.get_action(db, action_id)
        closed = replace(previous, status=status)
        repo.update_action(db, closed)
        return ActionChange(previous, closed)


def delete_action(workspace: Workspace, action_id: int) -> ActionItem:
    with workspace.store.transaction() as db:
        previous = repo.get_action(db, action_id)
        repo.delete_action(db, action_id)
        return previous


# -- follow-up views -------------------------------------------------------------------


def _follow_up(row: ActionRow, today: date) -> FollowUp:
    return FollowUp(
        action=row.action,
        session_number=row.session_number,
        session_title=row.session_title,
        session_start=datetime.fromisoformat(row.session_start_utc),
        overdue=row.action.is_overdue(today),
    )


def list_follow_ups(
    workspace: Workspace, filters: ActionFilter | None = None, today: date | None = None
) -> list[FollowUp]:
    """Action items across the body, oldest session first; overdue as of ``today``."""
    filters = filters or ActionFilter()
    today = today or clock.today()
    if filters.side:
        workspace.body.side(filters.side)
    rows = repo.query_actions(
        workspace.store.db,
        open_only=filters.open_only,
        due_before=today if filters.overdue_only else None,
        owner=filters.owner.strip(),
        owner_side=filters.side,
        session_id=filters.session_id,
    )
    return [_follow_up(row, today) for row in rows]


EXPORT_COLUMNS = ("session", "session_date", "text", "owner", "owner_side", "due", "status", "overdue")


def export_follow_ups(
    workspace: Workspace, path: Path, filters: ActionFilter | None = None, today: date | None = None
) -> int:
    """Write the action items ``list_follow_ups`` finds to ``path`` (.csv or .xlsx, by its suffix,
    atomically); returns the rows written. The session is named by its number and title, its date
    given in our capital."""
    from desktop_app.exchange.people_lists import write_table

    zone = workspace.body.home.zone
    rows = [
        [
            f"#{f.session_number} {f.session_title}" if f.session_number else f.session_title,
            f.session_start.astimezone(zone).date().isoformat(),
            f.action.text,
            f.action.owner,
            f.action.owner_side,
            f.action.due.isoformat() if f.action.due else "",
            str(f.action.status),
            "yes" if f.overdue else "",
        ]
        for f in list_follow_ups(workspace, filters, today)
    ]
    write_table(Path(path), EXPORT_COLUMNS, rows)
    return len(rows)


def carried_over(workspace: Workspace, session_id: int, today: date | None = None) -> list[FollowUp]:
    """Open action items of the sessions that started before this one: what its view (and
    later its packet) lists as still to do, overdue ones marked as of ``today``."""
    session = session_repository.get_session(workspace.store.db, session_id)
    rows = repo.query_actions(workspace.store.db, open_only=True, sessions_before=session.start.isoformat())
    return [_follow_up(row, today or clock.today()) for row in rows]


def action_as_json(action: ActionItem) -> dict[str, object]:
    """The object ``actions list --json`` prints: the contract scripts rely on."""
    return {
        "id": action.id,
        "session_id": action.session_id,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": str(action.status),
    }


# -- what a new action item of a session starts with --------------------------------------------

FALLBACK_DUE_DAYS = 28  # when no later session is planned: four weeks after this one


@dataclass(frozen=True)
class ActionDefaults:
    """A new action item's starting point: due when the two sides next meet, owners from the delegations."""

    due: date
    due_reason: str  # "next_session" or "four_weeks"
    next_session: int | None  # its number, when the due date is that session's day
    owners: tuple[tuple[str, str], ...]  # (name, side code) of this session's delegates, protocol order


def action_defaults(workspace: Workspace, session_id: int, *, today: date | None = None) -> ActionDefaults:
    """Due on the day of the next session to come after ``session_id`` (where it will be reported), in our
    capital; else four weeks after this session; never before ``today``."""
    from datetime import timedelta

    from desktop_app.services.delegations import delegations

    today = today or clock.today()
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    zone = workspace.body.home.zone
    # The next meeting still to come: after this session, and not one already held.
    from_day = datetime.combine(today, datetime.min.time(), tzinfo=zone).astimezone(session.end.tzinfo)
    later = [
        other
        for other in session_repository.list_sessions(db, start=max(session.end, from_day).isoformat())
        if other.id != session.id and other.status not in (SessionStatus.CANCELLED, SessionStatus.POSTPONED)
    ]
    if later:
        due, reason, number = later[0].start.astimezone(zone).date(), "next_session", later[0].number
    else:
        due, reason, number = (
            session.start.astimezone(zone).date() + timedelta(days=FALLBACK_DUE_DAYS),
            "four_weeks",
            None,
        )
    owners = tuple(
        (delegate.person.name, side.side.code)
        for side in delegations(workspace, session_id).sides
        for delegate in side.delegates
    )
    return ActionDefaults(max(due, today), reason, number, owners)
