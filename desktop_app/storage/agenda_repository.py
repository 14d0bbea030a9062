"""Agenda versions and their items."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

import sqlite_utils

from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion

_ITEM_FIELDS = tuple(f.name for f in fields(AgendaItem) if f.name != "id")


def insert_version(db: sqlite_utils.Database, version: AgendaVersion) -> int:
    table = db.table("agenda_versions")
    table.insert(
        {
            "session_id": version.session_id,
            "version": version.version,
            "label": version.label,
            "proposed_by": version.proposed_by,
            "status": str(version.status),
            "created": version.created.isoformat(),
        }
    )
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def version_from_row(row: dict[str, Any]) -> AgendaVersion:
    return AgendaVersion(
        id=row["id"],
        session_id=row["session_id"],
        version=row["version"],
        label=row["label"],
        proposed_by=row["proposed_by"],
        status=AgendaStatus(row["status"]),
        created=datetime.fromisoformat(row["created"]),
    )


def list_versions(db: sqlite_utils.Database, session_id: int) -> list[AgendaVersion]:
    rows = db.table("agenda_versions").rows_where("session_id = ?", [session_id], order_by="version")
    return [version_from_row(row) for row in rows]


def insert_items(db: sqlite_utils.Database, items: list[AgendaItem]) -> None:
    db.table("agenda_items").insert_all({name: getattr(item, name) for name in _ITEM_FIELDS} for item in items)


def list_items(db: sqlite_utils.Database, version_id: int) -> list[AgendaItem]:
    rows = db.table("agenda_items").rows_where("version_id = ?", [version_id], order_by="position")
    return [AgendaItem(id=row["id"], **{name: row[name] for name in _ITEM_FIELDS}) for row in rows]


def current_versions(db: sqlite_utils.Database) -> dict[int, AgendaVersion]:
    """For each session, the version that counts: the agreed one, else the latest."""
    sql = """
        SELECT v.* FROM agenda_versions v
        WHERE v.id = (
            SELECT w.id FROM agenda_versions w WHERE w.session_id = v.session_id
            ORDER BY (w.status = 'agreed') DESC, w.version DESC LIMIT 1)
    """
    return {row["session_id"]: version_from_row(row) for row in db.query(sql)}
