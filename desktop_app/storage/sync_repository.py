"""Change clocks (``sync_clocks``) and the pause that keeps an import's own writes from counting.

A record is named by its global id: a session's UID, an action item's gid, or
``outcome:<lineage>`` for an item's outcome. Triggers raise our side's counter on every
change of a shared field (``storage/schema_sync.py``); an import writes the merged
counters itself, inside ``paused``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import sqlite_utils

Clock = dict[str, dict[str, int]]  # field → side → counter


def clock_of(db: sqlite_utils.Database, record: str) -> Clock:
    clock: Clock = {}
    for field, side, counter in db.execute(
        "SELECT field, side, counter FROM sync_clocks WHERE record = ? ORDER BY field, side", [record]
    ).fetchall():
        clock.setdefault(field, {})[side] = int(counter)
    return clock


def write_clock(db: sqlite_utils.Database, record: str, clock: Mapping[str, Mapping[str, int]]) -> None:
    """Set the counters of ``record`` to ``clock`` (counters never go down)."""
    for field, counters in clock.items():
        for side, counter in counters.items():
            db.execute(
                "INSERT INTO sync_clocks (record, field, side, counter) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (record, field, side) DO UPDATE SET counter = max(counter, excluded.counter)",
                [record, field, side, int(counter)],
            )


@contextmanager
def paused(db: sqlite_utils.Database) -> Iterator[None]:
    """Writes inside do not raise our counters (an import sets them itself). Use inside a transaction."""
    db.execute("INSERT OR IGNORE INTO sync_pause (id) VALUES (1)")
    try:
        yield
    finally:
        db.execute("DELETE FROM sync_pause")
