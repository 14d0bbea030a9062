"""Schema: the principal's brief for a session, and our aim per agenda item.

Kept in tables of their own, so the session and agenda records (and the package exchange
that copies them) are unchanged. An aim belongs to one agenda item row; a later version of
the agenda copies its items, so the packet falls back to the aim of the same item (by
title) in an earlier version of the same session (``brief_repository.aims_for``).
"""

from __future__ import annotations

BRIEF_COLUMNS = (
    "purpose",
    "objectives",
    "key_messages",
    "their_asks",
    "deliverables",
    "prebrief",
    "drafted_by",
    "cleared_by",
    "arrival",
    "room",
    "interpretation",
    "press",
    "control_officer",
)

SCHEMA_BRIEFS = [
    "CREATE TABLE IF NOT EXISTS session_briefs (\n"
    "    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,\n"
    + ",\n".join(f"    {name} TEXT NOT NULL DEFAULT ''" for name in BRIEF_COLUMNS)
    + "\n)",
    """
    CREATE TABLE IF NOT EXISTS item_aims (
        agenda_item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
        aim TEXT NOT NULL DEFAULT ''
    )
    """,
]


def schema_briefs_statements() -> list[str]:
    return list(SCHEMA_BRIEFS)
