"""Schema version 1: the data model of a consultative body.

Times are stored as UTC ISO 8601 text (``2027-03-09T01:00:00+00:00``) beside the
IANA zone they were planned in, so text order is time order.
"""

from __future__ import annotations

AUDITED_TABLES = (
    "body",
    "sides",
    "sessions",
    "people",
    "attendance",
    "agenda_versions",
    "agenda_items",
    "action_items",
)

SCHEMA_V1 = [
    """
    CREATE TABLE body (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        name_ko TEXT NOT NULL DEFAULT '',
        home_side TEXT NOT NULL,
        default_marking TEXT NOT NULL,
        default_session_minutes INTEGER NOT NULL CHECK (default_session_minutes > 0),
        office TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE sides (
        code TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_ko TEXT NOT NULL DEFAULT '',
        capital TEXT NOT NULL DEFAULT '',
        capital_ko TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        number INTEGER,
        title TEXT NOT NULL,
        title_ko TEXT NOT NULL DEFAULT '',
        start_utc TEXT NOT NULL,
        timezone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        venue_city TEXT NOT NULL DEFAULT '',
        venue_building TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL CHECK (format IN ('working', 'senior', 'ministerial')),
        host_side TEXT NOT NULL REFERENCES sides(code),
        status TEXT NOT NULL
            CHECK (status IN ('planned', 'confirmed', 'held', 'postponed', 'cancelled')),
        sequence INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX sessions_by_start ON sessions(start_utc)",
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) != ''),
        name_ko TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        title_ko TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        organization_ko TEXT NOT NULL DEFAULT '',
        side TEXT NOT NULL REFERENCES sides(code),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        biography TEXT NOT NULL DEFAULT '',
        internal_notes TEXT NOT NULL DEFAULT '',
        retired INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN
            ('head', 'deputy', 'member', 'note-taker', 'interpreter', 'observer')),
        protocol_order INTEGER NOT NULL DEFAULT 0,
        rsvp TEXT NOT NULL CHECK (rsvp IN ('invited', 'confirmed', 'declined', 'tentative')),
        UNIQUE (session_id, person_id)
    )
    """,
    "CREATE INDEX attendance_by_person ON attendance(person_id)",
    """
    CREATE TABLE agenda_versions (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        label TEXT NOT NULL,
        proposed_by TEXT NOT NULL REFERENCES sides(code),
        status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'agreed')),
        created TEXT NOT NULL,
        UNIQUE (session_id, version)
    )
    """,
    """
    CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES agenda_versions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number TEXT NOT NULL,
        level INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        title_ko TEXT NOT NULL DEFAULT '',
        lead_side TEXT NOT NULL DEFAULT '',
        presenter_id INTEGER REFERENCES people(id),
        minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
        description TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        talking_points TEXT NOT NULL DEFAULT '',
        if_raised TEXT NOT NULL DEFAULT '',
        internal_notes TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX agenda_items_by_version ON agenda_items(version_id, position)",
    "CREATE INDEX agenda_items_by_presenter ON agenda_items(presenter_id)",
    """
    CREATE TABLE action_items (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        owner_side TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped'))
    )
    """,
    "CREATE INDEX action_items_by_session ON action_items(session_id)",
    "CREATE INDEX action_items_by_agenda_item ON action_items(agenda_item_id)",
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        action TEXT NOT NULL
    )
    """,
]


def audit_triggers(table: str, key: str = "id") -> list[str]:
    """Triggers that record every insert, update and delete of ``table``.

    Kept in SQL rather than in the services so that no code path, present or future,
    can change a row without leaving a trace.
    """
    row = "rowid" if key != "id" else "id"
    return [
        f"""CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO audit_log (table_name, row_id, action) VALUES ('{table}', NEW.{row}, 'insert');
        END""",
        f"""CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} BEGIN
            INSERT INTO audit_log (table_name, row_id, action) VALUES ('{table}', NEW.{row}, 'update');
        END""",
        f"""CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO audit_log (table_name, row_id, action) VALUES ('{table}', OLD.{row}, 'delete');
        END""",
    ]


def schema_v1_statements() -> list[str]:
    statements = list(SCHEMA_V1)
    for table in AUDITED_TABLES:
        statements += audit_triggers(table, key="code" if table == "sides" else "id")
    return statements
