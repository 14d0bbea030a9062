"""Schema migration "two desks": global ids, lineage, agreements per side and change clocks.

Self-contained: it adds columns and tables and never rewrites what earlier versions made.

- **Global ids.** Every agenda version, agenda item and action item gets a ``gid`` (a UUID
  minted once, carried by every package); a version knows the ``base_gid`` it was made
  from; an item knows its ``lineage`` (the gid of the first item it descends from), which
  stays the same through rewording, reordering and the counterpart's counter-draft.
- **Agreement per side.** ``agenda_versions.agreed_by`` lists the side codes that marked the
  version agreed ("ROK", "ROK US"); a version is agreed when both sides are in it.
- **Change clocks.** ``sync_clocks`` holds one counter per (record, shared field, side): a
  version vector per field. Triggers bump our side's counter whenever a shared field of a
  session, of an action item or an item's outcome changes, whichever code path writes, except while an import
  writes (a row in ``sync_pause``). Internal fields (notes) have no trigger, so they never
  take part in the exchange.

This module is frozen with the migration that applies it; later changes go in a new version.
"""

from __future__ import annotations

# (field as packages name it, column) of the shared fields whose changes are counted
SESSION_CLOCKED = (
    ("title", "title"),
    ("title_ko", "title_ko"),
    ("start", "start_utc"),
    ("timezone", "timezone"),
    ("duration_minutes", "duration_minutes"),
    ("format", "format"),
    ("status", "status"),
    ("host_side", "host_side"),
    ("venue_building", "venue_building"),
    ("venue_city", "venue_city"),
    ("video_link", "video_link"),
    ("mode", "mode"),
)
ACTION_CLOCKED = (
    ("text", "text"),
    ("owner", "owner"),
    ("owner_side", "owner_side"),
    ("due", "due"),
    ("status", "status"),
)

_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def _clock_trigger(table: str, key: str, field: str, column: str) -> str:
    return (
        f"CREATE TRIGGER sync_{table}_{field} AFTER UPDATE OF {column} ON {table} "
        f"WHEN OLD.{column} IS NOT NEW.{column} AND NEW.{key} IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM sync_pause) BEGIN "
        f"INSERT INTO sync_clocks (record, field, side, counter) "
        f"VALUES (NEW.{key}, '{field}', (SELECT home_side FROM body WHERE id = 1), 1) "
        f"ON CONFLICT (record, field, side) DO UPDATE SET counter = counter + 1; END"
    )


def schema_sync_statements() -> list[str]:
    statements = [
        "ALTER TABLE agenda_versions ADD COLUMN gid TEXT",
        "ALTER TABLE agenda_versions ADD COLUMN base_gid TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agenda_versions ADD COLUMN agreed_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agenda_items ADD COLUMN gid TEXT",
        "ALTER TABLE agenda_items ADD COLUMN lineage TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE action_items ADD COLUMN gid TEXT",
        f"UPDATE agenda_versions SET gid = {_UUID}",
        f"UPDATE agenda_items SET gid = {_UUID}",
        "UPDATE agenda_items SET lineage = gid",
        f"UPDATE action_items SET gid = {_UUID}",
        # an agreed version of an existing database was agreed by both sides (the old meaning)
        "UPDATE agenda_versions SET agreed_by = (SELECT group_concat(code, ' ') FROM "
        "(SELECT code FROM sides ORDER BY position)) WHERE status = 'agreed'",
        "CREATE UNIQUE INDEX agenda_versions_by_gid ON agenda_versions(gid)",
        "CREATE UNIQUE INDEX agenda_items_by_gid ON agenda_items(gid)",
        "CREATE INDEX agenda_items_by_lineage ON agenda_items(lineage)",
        "CREATE UNIQUE INDEX action_items_by_gid ON action_items(gid)",
        """
        CREATE TABLE sync_clocks (
            record TEXT NOT NULL,
            field TEXT NOT NULL,
            side TEXT NOT NULL,
            counter INTEGER NOT NULL CHECK (counter >= 0),
            PRIMARY KEY (record, field, side)
        )
        """,
        "CREATE TABLE sync_pause (id INTEGER PRIMARY KEY CHECK (id = 1))",
        # rows written without a gid (any code path) get one
        "CREATE TRIGGER gid_agenda_versions AFTER INSERT ON agenda_versions WHEN NEW.gid IS NULL BEGIN "
        f"UPDATE agenda_versions SET gid = {_UUID} WHERE id = NEW.id; END",
        "CREATE TRIGGER gid_agenda_items AFTER INSERT ON agenda_items WHEN NEW.gid IS NULL BEGIN "
        f"UPDATE agenda_items SET gid = {_UUID} WHERE id = NEW.id; "
        "UPDATE agenda_items SET lineage = gid WHERE id = NEW.id AND lineage = ''; END",
        "CREATE TRIGGER gid_action_items AFTER INSERT ON action_items WHEN NEW.gid IS NULL BEGIN "
        f"UPDATE action_items SET gid = {_UUID} WHERE id = NEW.id; END",
    ]
    statements += [_clock_trigger("sessions", "uid", field, column) for field, column in SESSION_CLOCKED]
    statements += [_clock_trigger("action_items", "gid", field, column) for field, column in ACTION_CLOCKED]
    # a side's agreement mark on a version is that side's to set and to withdraw: counted per version
    statements.append(
        "CREATE TRIGGER sync_agenda_versions_agreed_by AFTER UPDATE OF agreed_by ON agenda_versions "
        "WHEN OLD.agreed_by IS NOT NEW.agreed_by AND NEW.gid IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM sync_pause) BEGIN "
        "INSERT INTO sync_clocks (record, field, side, counter) "
        "VALUES ('agreement:' || NEW.gid, 'mark', (SELECT home_side FROM body WHERE id = 1), 1) "
        "ON CONFLICT (record, field, side) DO UPDATE SET counter = counter + 1; END"
    )
    # an item's outcome, recorded after the session, is a shared fact of the item's lineage
    statements.append(
        "CREATE TRIGGER sync_agenda_items_outcome AFTER UPDATE OF outcome ON agenda_items "
        "WHEN OLD.outcome IS NOT NEW.outcome AND NOT EXISTS (SELECT 1 FROM sync_pause) BEGIN "
        "INSERT INTO sync_clocks (record, field, side, counter) "
        "VALUES ('outcome:' || NEW.lineage, 'text', (SELECT home_side FROM body WHERE id = 1), 1) "
        "ON CONFLICT (record, field, side) DO UPDATE SET counter = counter + 1; END"
    )
    return statements
