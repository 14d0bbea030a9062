"""Action items."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.dates import check_date, stored_in_range
from desktop_app.domain.notices import Notice
from desktop_app.errors import NotFound
from desktop_app.storage.rows import Readable, fetch_dicts

if TYPE_CHECKING:
    import sqlite_utils


def action_to_row(action: ActionItem) -> dict[str, Any]:
    if action.due is not None:
        check_date(action.due, "an action item due")
    row: dict[str, Any] = {
        "session_id": action.session_id,
        "agenda_item_id": action.agenda_item_id,
        "text": action.text,
        "owner": action.owner,
        "owner_side": action.owner_side,
        "due": action.due.isoformat() if action.due else None,
        "status": str(action.status),
    }
    if action.gid:  # a row written without one gets one from the database
        row["gid"] = action.gid
    return row


def action_from_row(row: dict[str, Any]) -> ActionItem:
    return ActionItem(
        id=row["id"],
        session_id=row["session_id"],
        agenda_item_id=row["agenda_item_id"],
        text=row["text"],
        owner=row["owner"],
        owner_side=row["owner_side"],
        due=date.fromisoformat(row["due"]) if row["due"] else None,
        status=ActionStatus(row["status"]),
        gid=row.get("gid") or "",
    )


def insert_actions(db: sqlite_utils.Database, actions: list[ActionItem]) -> None:
    db.table("action_items").insert_all(action_to_row(action) for action in actions)


def list_actions(db: Readable, *, open_only: bool = False) -> list[ActionItem]:
    where = " WHERE status = 'open'" if open_only else ""
    return [action_from_row(row) for row in fetch_dicts(db, f"SELECT * FROM action_items{where} ORDER BY due, id")]


# -- single rows and filtered lists, for the follow-up use cases ---------------------------


class ActionRow(NamedTuple):
    """An action item with the session it was agreed at, as lists of follow-ups show it."""

    action: ActionItem
    session_number: int | None
    session_title: str
    session_start_utc: str


def insert_action(db: sqlite_utils.Database, action: ActionItem) -> int:
    """Insert one action; it keeps ``action.id`` when that id is free (an undone delete coming back)."""
    row = action_to_row(action)
    if action.id is not None and not db.execute("SELECT 1 FROM action_items WHERE id = ?", [action.id]).fetchone():
        row["id"] = action.id
    table = db.table("action_items")
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def get_action(db: sqlite_utils.Database, action_id: int) -> ActionItem:
    rows = list(db.table("action_items").rows_where("id = ?", [action_id]))
    if not rows:
        raise NotFound(
            Notice(f"there is no action item {action_id}", "action_repository.no_action_item", action_id=action_id)
        )
    return action_from_row(rows[0])


def update_action(db: sqlite_utils.Database, action: ActionItem) -> None:
    if action.id is None:
        raise NotFound(Notice("the action item has not been saved yet", "action_repository.action_item_not_been"))
    db.table("action_items").update(action.id, action_to_row(action))


def delete_action(db: sqlite_utils.Database, action_id: int) -> None:
    db.execute("DELETE FROM action_items WHERE id = ?", [action_id])


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_actions(
    db: sqlite_utils.Database,
    *,
    open_only: bool = False,
    due_before: date | None = None,
    owner: str = "",
    owner_side: str = "",
    session_id: int | None = None,
    sessions_before: str | None = None,
) -> list[ActionRow]:
    """Action items with their session, oldest session first, then by due date.

    ``due_before`` keeps open items due before that day (overdue on it); ``owner`` is a
    substring, case-insensitive for Latin letters; ``sessions_before`` (UTC ISO text) keeps
    items of sessions that started before that moment.
    """
    where: list[str] = ["1 = 1"]
    args: list[object] = []
    if open_only or due_before is not None:
        where.append("a.status = 'open'")
    if due_before is not None:
        where.append("a.due IS NOT NULL AND a.due < ?")
        args.append(due_before.isoformat())
    if owner:
        where.append("a.owner LIKE ? ESCAPE '\\'")
        args.append(_like_pattern(owner))
    if owner_side:
        where.append("a.owner_side = ?")
        args.append(owner_side)
    if session_id is not None:
        where.append("a.session_id = ?")
        args.append(session_id)
    if sessions_before is not None:
        where.append("s.start_utc < ?")
        args.append(sessions_before)
    sql = f"""
        SELECT a.*, s.number AS session_number, s.title AS session_title, s.start_utc AS session_start_utc
        FROM action_items a JOIN sessions s ON s.id = a.session_id
        WHERE {" AND ".join([*where, stored_in_range("s.start_utc")])}
        ORDER BY s.start_utc, s.id, a.due IS NULL, a.due, a.id
    """
    return [
        ActionRow(action_from_row(row), row["session_number"], row["session_title"], row["session_start_utc"])
        for row in db.query(sql, args)
    ]


def session_actions(db: sqlite_utils.Database, session_id: int) -> list[ActionItem]:
    rows = db.table("action_items").rows_where("session_id = ?", [session_id], order_by="id")
    return [action_from_row(row) for row in rows]
