"""Series: rows to dataclasses and back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.notices import Notice
from desktop_app.domain.series import Series
from desktop_app.domain.session import SessionFormat
from desktop_app.errors import NotFound

if TYPE_CHECKING:
    import sqlite_utils


def series_to_row(series: Series) -> dict[str, Any]:
    return {
        "uid": series.uid,
        "title": series.title,
        "title_ko": series.title_ko,
        "rrule": series.rule,
        "dtstart": series.first_start.isoformat(),
        "timezone": series.timezone,
        "duration_minutes": series.duration_minutes,
        "host_rotation": ",".join(series.hosts),
        "format": str(series.format),
        "video_link": series.video_link,
        "count": series.count,
        "until": series.until.isoformat() if series.until else None,
    }


def series_from_row(row: dict[str, Any]) -> Series:
    return Series(
        id=row["id"],
        uid=row["uid"],
        title=row["title"],
        title_ko=row["title_ko"],
        rule=row["rrule"],
        first_start=datetime.fromisoformat(row["dtstart"]),
        timezone=row["timezone"],
        duration_minutes=row["duration_minutes"],
        hosts=tuple(row["host_rotation"].split(",")),
        format=SessionFormat(row["format"]),
        video_link=row["video_link"],
        count=row["count"],
        until=datetime.fromisoformat(row["until"]) if row["until"] else None,
    )


def insert_series(db: sqlite_utils.Database, series: Series, *, keep_id: bool = False) -> int:
    table = db.table("series")
    row = series_to_row(series)
    if keep_id and series.id is not None:
        row["id"] = series.id
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]  # set by the insert just above


def update_series(db: sqlite_utils.Database, series: Series) -> None:
    if series.id is None:
        raise NotFound(Notice("the series has not been saved yet", "series_repository.series_not_been_saved"))
    db.table("series").update(series.id, series_to_row(series))


def get_series(db: sqlite_utils.Database, series_id: int) -> Series:
    rows = list(db.table("series").rows_where("id = ?", [series_id]))
    if not rows:
        raise NotFound(Notice(f"there is no series {series_id}", "series_repository.no_series", series_id=series_id))
    return series_from_row(rows[0])


def find_series_by_uid(db: sqlite_utils.Database, uid: str) -> Series | None:
    rows = list(db.table("series").rows_where("uid = ?", [uid]))
    return series_from_row(rows[0]) if rows else None


def list_series(db: sqlite_utils.Database) -> list[Series]:
    return [series_from_row(row) for row in db.table("series").rows_where(order_by="dtstart, id")]


def delete_series(db: sqlite_utils.Database, series_id: int) -> None:
    """Its sessions keep their rows (``series_id`` becomes NULL); the undo of a create deletes them first."""
    db.execute("DELETE FROM series WHERE id = ?", [series_id])
