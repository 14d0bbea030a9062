"""Plain reads that work on a bare ``sqlite3`` connection as well as on a sqlite-utils handle.

Start-up reads through these: importing sqlite-utils (and click, pluggy and dateutil with it)
costs about as much as a bare Qt window takes to appear, and nothing before the first paint
needs more than a ``SELECT``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    import sqlite_utils

Readable: TypeAlias = "sqlite3.Connection | sqlite_utils.Database"


def fetch_dicts(db: Readable, sql: str, parameters: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Every row of ``sql`` as a dict of column name to value."""
    cursor: sqlite3.Cursor = db.execute(sql, list(parameters))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
