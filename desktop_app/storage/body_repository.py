"""The body row and its two sides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.body import Body, Side, new_body_uid
from desktop_app.storage.rows import Readable, fetch_dicts

if TYPE_CHECKING:
    import sqlite_utils


def stored_uid(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT uid FROM body WHERE id = 1").fetchone()
    return str(row[0]) if row and row[0] else ""


def save_body(db: sqlite_utils.Database, body: Body) -> None:
    """Write ``body``; one without a UID keeps the stored one (a new file mints one)."""
    body.validate()
    identity = "uid" in db.table("body").columns_dict  # schema 4 on (a file being built at an older one has none)
    row: dict[str, object] = {}
    if identity:
        row = {"uid": body.uid or stored_uid(db) or new_body_uid(), "set_up": int(body.set_up)}
    db.table("body").upsert(
        {
            "id": 1,
            **row,
            "name": body.name,
            "name_ko": body.name_ko,
            "home_side": body.home_side,
            "default_marking": body.default_marking,
            "default_session_minutes": body.default_session_minutes,
            "office": body.office,
        },
        pk="id",
    )
    known = {row["code"] for row in db.table("sides").rows}
    for position, side in enumerate(body.sides):
        # positions are unique: park the old holder first when the order changes
        db.execute("UPDATE sides SET position = -1 - position WHERE position = ? AND code != ?", [position, side.code])
        side_row: dict[str, object] = {
            "position": position,
            "name": side.name,
            "name_ko": side.name_ko,
            "capital": side.capital,
            "capital_ko": side.capital_ko,
            "timezone": side.timezone,
        }
        if identity:
            side_row["holiday_country"] = side.holiday_country
        if side.code in known:
            db.table("sides").update(side.code, side_row)
        else:
            db.table("sides").insert({"code": side.code, **side_row}, pk="code")
    # A side whose code was replaced goes; while anything refers to it the foreign keys refuse.
    db.execute("DELETE FROM sides WHERE code NOT IN (?, ?)", list(body.side_codes))


def load_body(db: Readable) -> Body:
    row = fetch_dicts(db, "SELECT * FROM body WHERE id = 1")[0]
    sides = [
        Side(
            r["code"],
            r["name"],
            r["name_ko"],
            r["capital"],
            r["capital_ko"],
            r["timezone"],
            r.get("holiday_country", ""),
        )
        for r in fetch_dicts(db, "SELECT * FROM sides WHERE position >= 0 ORDER BY position")
    ]
    return Body(
        name=row["name"],
        name_ko=row["name_ko"],
        home_side=row["home_side"],
        sides=(sides[0], sides[1]),
        default_marking=row["default_marking"],
        default_session_minutes=row["default_session_minutes"],
        office=row["office"],
        uid=row.get("uid", ""),  # a file at an older schema, on its way to the upgrade, has neither
        set_up=bool(row.get("set_up", 1)),
    )
