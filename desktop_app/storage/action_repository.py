"""Action items."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlite_utils

from desktop_app.domain.actions import ActionItem, ActionStatus


def action_to_row(action: ActionItem) -> dict[str, Any]:
    return {
        "session_id": action.session_id,
        "agenda_item_id": action.agenda_item_id,
        "text": action.text,
        "owner": action.owner,
        "owner_side": action.owner_side,
        "due": action.due.isoformat() if action.due else None,
        "status": str(action.status),
    }


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
    )


def insert_actions(db: sqlite_utils.Database, actions: list[ActionItem]) -> None:
    db.table("action_items").insert_all(action_to_row(action) for action in actions)


def list_actions(db: sqlite_utils.Database, *, open_only: bool = False) -> list[ActionItem]:
    where = "status = 'open'" if open_only else None
    return [action_from_row(row) for row in db.table("action_items").rows_where(where, order_by="due, id")]
