"""Schema version 6 (numbered at merge): public holidays the user added or imported, unknown to the package.

Korea declares temporary public holidays and election days weeks ahead; the package
learns of them only in a later release. Each row is one day of one country (ISO code,
as ``scheduling.holidays_calendar`` uses), with where it came from and when.
"""

from __future__ import annotations

ADDED_HOLIDAYS = [
    """
    CREATE TABLE added_holidays (
        id INTEGER PRIMARY KEY,
        country TEXT NOT NULL CHECK (length(country) = 2),
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        source TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        UNIQUE (country, day)
    )
    """,
]


def added_holidays_statements() -> list[str]:
    return list(ADDED_HOLIDAYS)
