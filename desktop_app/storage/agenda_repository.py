"""Agenda versions and their items."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.notices import Notice
from desktop_app.errors import NotFound
from desktop_app.storage.rows import Readable, fetch_dicts

if TYPE_CHECKING:
    import sqlite_utils

_ITEM_FIELDS = tuple(f.name for f in fields(AgendaItem) if f.name != "id")


def new_gid() -> str:
    import uuid  # with platform, for writes only: a packet or the window's start reads without it

    return str(uuid.uuid4())


_SYNC_COLUMNS = ("gid", "base_gid", "agreed_by", "lineage")


def _has_ids(db: sqlite_utils.Database) -> bool:
    """Whether the file has the global-id columns (schema "two desks"); a file still being
    upgraded, or written as an earlier release did, has not, and its rows are written without."""
    known = getattr(db, "_briefing_desk_has_ids", None)
    if known is None:
        known = "gid" in {row[1] for row in db.execute("PRAGMA table_info(agenda_items)").fetchall()}
        if known:
            db._briefing_desk_has_ids = True  # type: ignore[attr-defined]  # settled once the columns exist
    return bool(known)


def _without_ids(db: sqlite_utils.Database, row: dict[str, Any]) -> dict[str, Any]:
    return row if _has_ids(db) else {name: value for name, value in row.items() if name not in _SYNC_COLUMNS}


def insert_version(db: sqlite_utils.Database, version: AgendaVersion) -> int:
    table = db.table("agenda_versions")
    table.insert(
        _without_ids(
            db,
            {
                "session_id": version.session_id,
                "version": version.version,
                "label": version.label,
                "proposed_by": version.proposed_by,
                "status": str(version.status),
                "created": version.created.isoformat(),
                "gid": version.gid or new_gid(),
                "base_gid": version.base_gid,
                "agreed_by": " ".join(version.agreed_by),
            },
        )
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
        gid=row.get("gid") or "",
        base_gid=row.get("base_gid") or "",
        agreed_by=tuple((row.get("agreed_by") or "").split()),
    )


def list_versions(db: Readable, session_id: int) -> list[AgendaVersion]:
    rows = fetch_dicts(db, "SELECT * FROM agenda_versions WHERE session_id = ? ORDER BY version", [session_id])
    return [version_from_row(row) for row in rows]


def _item_row(item: AgendaItem) -> dict[str, Any]:
    """The row of an item; one without a gid gets a new one, and starts its own lineage unless it has one."""
    row: dict[str, Any] = {name: getattr(item, name) for name in _ITEM_FIELDS}
    row["gid"] = item.gid or new_gid()
    row["lineage"] = item.lineage or row["gid"]
    return row


def insert_items(db: sqlite_utils.Database, items: list[AgendaItem]) -> None:
    db.table("agenda_items").insert_all(_without_ids(db, _item_row(item)) for item in items)


def find_version_by_gid(db: sqlite_utils.Database, gid: str) -> AgendaVersion | None:
    rows = list(db.table("agenda_versions").rows_where("gid = ?", [gid])) if gid else []
    return version_from_row(rows[0]) if rows else None


def list_items(db: Readable, version_id: int) -> list[AgendaItem]:
    rows = fetch_dicts(db, "SELECT * FROM agenda_items WHERE version_id = ? ORDER BY position", [version_id])
    return [item_from_row(row) for row in rows]


def current_versions(db: Readable) -> dict[int, AgendaVersion]:
    """For each session, the version that counts: the agreed one, else the latest."""
    sql = """
        SELECT v.* FROM agenda_versions v
        WHERE v.id = (
            SELECT w.id FROM agenda_versions w WHERE w.session_id = v.session_id
            ORDER BY (w.status = 'agreed') DESC, w.version DESC LIMIT 1)
    """
    return {row["session_id"]: version_from_row(row) for row in fetch_dicts(db, sql)}


def current_version(db: Readable, session_id: int) -> AgendaVersion | None:
    """The version that counts for one session (as ``current_versions``), read alone."""
    sql = """
        SELECT * FROM agenda_versions WHERE session_id = ?
        ORDER BY (status = 'agreed') DESC, version DESC LIMIT 1
    """
    rows = fetch_dicts(db, sql, [session_id])
    return version_from_row(rows[0]) if rows else None


# -- single rows, for the editing use cases -------------------------------------------------


def item_from_row(row: dict[str, Any]) -> AgendaItem:
    values: dict[str, Any] = {name: row[name] for name in _ITEM_FIELDS if name not in _SYNC_COLUMNS}
    values.update({name: row.get(name) or "" for name in _ITEM_FIELDS if name in _SYNC_COLUMNS})
    return AgendaItem(id=row["id"], **values)


def get_version(db: sqlite_utils.Database, version_id: int) -> AgendaVersion:
    rows = list(db.table("agenda_versions").rows_where("id = ?", [version_id]))
    if not rows:
        raise NotFound(
            Notice(
                f"there is no agenda version {version_id}", "agenda_repository.no_agenda_version", version_id=version_id
            )
        )
    return version_from_row(rows[0])


def find_version(db: sqlite_utils.Database, session_id: int, number: int) -> AgendaVersion:
    """A session's version by its number (1, 2, 3 …), as officers name them."""
    rows = list(db.table("agenda_versions").rows_where("session_id = ? AND version = ?", [session_id, number]))
    if not rows:
        raise NotFound(
            Notice(
                f"this session has no agenda version {number}",
                "agenda_repository.session_no_agenda_version",
                number=number,
            )
        )
    return version_from_row(rows[0])


def next_version_number(db: sqlite_utils.Database, session_id: int) -> int:
    sql = "SELECT coalesce(max(version), 0) + 1 FROM agenda_versions WHERE session_id = ?"
    return int(db.execute(sql, [session_id]).fetchone()[0])


def update_version(db: sqlite_utils.Database, version: AgendaVersion) -> None:
    """Write the label, side, status and agreeing sides (number, session, creation time and ids never change)."""
    if version.id is None:
        raise NotFound(Notice("the agenda version has not been saved yet", "agenda_repository.agenda_version_not_been"))
    row = {
        "label": version.label,
        "proposed_by": version.proposed_by,
        "status": str(version.status),
        "agreed_by": " ".join(version.agreed_by),
    }
    db.table("agenda_versions").update(version.id, _without_ids(db, row))


def delete_version(db: sqlite_utils.Database, version_id: int) -> None:
    db.execute("DELETE FROM agenda_versions WHERE id = ?", [version_id])  # its items go by ON DELETE CASCADE


def get_item(db: sqlite_utils.Database, item_id: int) -> AgendaItem:
    rows = list(db.table("agenda_items").rows_where("id = ?", [item_id]))
    if not rows:
        raise NotFound(
            Notice(f"there is no agenda item {item_id}", "agenda_repository.no_agenda_item", item_id=item_id)
        )
    return item_from_row(rows[0])


def insert_item(db: sqlite_utils.Database, item: AgendaItem) -> int:
    """Insert one item; it keeps ``item.id`` when that id is free (an undone delete coming back)."""
    row = _without_ids(db, _item_row(item))
    if item.id is not None and not db.execute("SELECT 1 FROM agenda_items WHERE id = ?", [item.id]).fetchone():
        row["id"] = item.id
    table = db.table("agenda_items")
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def update_item(db: sqlite_utils.Database, item: AgendaItem) -> None:
    if item.id is None:
        raise NotFound(Notice("the agenda item has not been saved yet", "agenda_repository.agenda_item_not_been"))
    db.table("agenda_items").update(item.id, _without_ids(db, {name: getattr(item, name) for name in _ITEM_FIELDS}))


def delete_items(db: sqlite_utils.Database, item_ids: list[int]) -> None:
    db.conn.executemany("DELETE FROM agenda_items WHERE id = ?", [(item_id,) for item_id in item_ids])


def save_order(db: sqlite_utils.Database, before: list[AgendaItem], after: list[AgendaItem]) -> None:
    """Write position, number and level of the items of ``before`` whose place changed in ``after``.

    Items only in ``after`` (being inserted) are left to their own insert.
    """
    old = {item.id: (item.position, item.number, item.level) for item in before if item.id is not None}
    for item in after:
        place = (item.position, item.number, item.level)
        if item.id in old and old[item.id] != place:
            db.execute("UPDATE agenda_items SET position = ?, number = ?, level = ? WHERE id = ?", [*place, item.id])


def presenter_names(db: sqlite_utils.Database, person_ids: set[int]) -> dict[int, str]:
    """Names in roman letters of the people presenting items, for views and comparisons."""
    if not person_ids:
        return {}
    ids = sorted(person_ids)
    marks = ", ".join("?" for _ in ids)
    return {row["id"]: row["name"] for row in db.query(f"SELECT id, name FROM people WHERE id IN ({marks})", ids)}


def action_links(db: sqlite_utils.Database, item_ids: list[int]) -> list[tuple[int, int]]:
    """(action id, agenda item id) of the action items recorded against these items."""
    if not item_ids:
        return []
    marks = ", ".join("?" for _ in item_ids)
    sql = f"SELECT id, agenda_item_id FROM action_items WHERE agenda_item_id IN ({marks}) ORDER BY id"
    return [(row[0], row[1]) for row in db.execute(sql, item_ids).fetchall()]


def relink_actions(db: sqlite_utils.Database, links: list[tuple[int, int]]) -> None:
    rows = [(item, action) for action, item in links]
    db.conn.executemany("UPDATE action_items SET agenda_item_id = ? WHERE id = ?", rows)
