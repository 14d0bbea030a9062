"""Schema version 2: series of sessions planned from a recurrence rule.

A session keeps ``series_id`` when it is moved or skipped (cancelled), so the series
still knows its occurrences; deleting a series leaves its sessions standing.
"""

from __future__ import annotations

from desktop_app.storage.schema import audit_triggers

SCHEMA_V2 = [
    """
    CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        title_ko TEXT NOT NULL DEFAULT '',
        rrule TEXT NOT NULL,
        dtstart TEXT NOT NULL,
        timezone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        host_rotation TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT 'working' CHECK (format IN ('working', 'senior', 'ministerial')),
        video_link TEXT NOT NULL DEFAULT '',
        count INTEGER CHECK (count IS NULL OR count > 0),
        until TEXT,
        CHECK (count IS NOT NULL OR until IS NOT NULL)
    )
    """,
    "ALTER TABLE sessions ADD COLUMN series_id INTEGER REFERENCES series(id) ON DELETE SET NULL",
    "CREATE INDEX sessions_by_series ON sessions(series_id, start_utc)",
]


def schema_v2_statements() -> list[str]:
    return [*SCHEMA_V2, *audit_triggers("series")]
