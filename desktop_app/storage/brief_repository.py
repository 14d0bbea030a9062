"""Session briefs and item aims: rows to dataclasses and back (tables from ``schema_briefs``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop_app.briefing.brief import SessionBrief
from desktop_app.storage.rows import Readable
from desktop_app.storage.schema_briefs import BRIEF_COLUMNS

if TYPE_CHECKING:
    import sqlite_utils


def get_brief(db: Readable, session_id: int) -> SessionBrief:
    """The session's brief; an empty one when none was written."""
    columns = ", ".join(BRIEF_COLUMNS)
    row = db.execute(f"SELECT {columns} FROM session_briefs WHERE session_id = ?", [session_id]).fetchone()
    if row is None:
        return SessionBrief()
    return SessionBrief(**dict(zip(BRIEF_COLUMNS, row, strict=True)))


def save_brief(db: sqlite_utils.Database, session_id: int, brief: SessionBrief) -> None:
    values = asdict(brief)
    db.table("session_briefs").upsert({"session_id": session_id, **values}, pk="session_id")


def save_aim(db: sqlite_utils.Database, agenda_item_id: int, aim: str) -> None:
    if aim.strip():
        db.table("item_aims").upsert({"agenda_item_id": agenda_item_id, "aim": aim}, pk="agenda_item_id")
    else:
        db.execute("DELETE FROM item_aims WHERE agenda_item_id = ?", [agenda_item_id])


def aims_for(db: Readable, session_id: int, version_id: int) -> dict[int, str]:
    """Our aim for each item of ``version_id``, by item id: its own, else that of the item with the
    same title in the latest earlier version of the session that has one."""
    rows = db.execute(
        """
        SELECT i.id, i.title, v.id = ?, v.version, a.aim
        FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id
        LEFT JOIN item_aims a ON a.agenda_item_id = i.id
        WHERE v.session_id = ?
        ORDER BY v.version DESC
        """,
        [version_id, session_id],
    ).fetchall()
    by_title: dict[str, str] = {}
    for _, title, _, _, aim in rows:
        if aim and aim.strip():
            by_title.setdefault(" ".join(title.split()).casefold(), aim)
    result = {}
    for item_id, title, current, _, aim in rows:
        if not current:
            continue
        found = aim if aim and aim.strip() else by_title.get(" ".join(title.split()).casefold(), "")
        if found:
            result[item_id] = found
    return result
