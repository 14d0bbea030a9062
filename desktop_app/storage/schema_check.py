"""Whether a file's schema is exactly what its version's migrations make.

The expected schema is never a list kept by hand: it is built by running every
migration up to the file's version on an empty in-memory database, then compared
object by object (tables and their columns, indexes, triggers, views). Anything extra —
a trigger that empties the talking points on the next insert — or missing refuses the file.

Building it costs about 100 ms (sqlite-utils and the migrations), as much as a bare window takes
to appear, and every open checks: so the current version's expected schema ships beside this
module, in ``expected_schema.json``, written from the migrations by
``python -m desktop_app.storage.schema_check`` and kept equal to them by a test. Older versions
(a file about to be upgraded) are built from the migrations as before.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.storage import migrations

SHIPPED = Path(__file__).with_name("expected_schema.json")


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger, view
    name: str
    sql: str
    columns: tuple[tuple[object, ...], ...] = ()

    def describe(self) -> str:
        return f"{self.kind} {self.name}"


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """Every object the file's schema holds, SQLite's own (``sqlite_*``) left out."""
    found: dict[tuple[str, str], SchemaObject] = {}
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    for kind, name, sql in rows.fetchall():
        columns: tuple[tuple[object, ...], ...] = ()
        if kind == "table" and not _normal(sql).upper().startswith("CREATE VIRTUAL TABLE"):
            quoted = str(name).replace('"', '""')
            columns = tuple(tuple(row[1:]) for row in conn.execute(f'PRAGMA table_xinfo("{quoted}")').fetchall())
        found[(str(kind), str(name))] = SchemaObject(str(kind), str(name), _normal(sql), columns)
    return found


@lru_cache(maxsize=8)
def _expected(version: int, steps: tuple[migrations.Migration, ...]) -> dict[tuple[str, str], SchemaObject]:
    import sqlite_utils

    from desktop_app.storage.search_index import register_functions

    conn = sqlite3.connect(":memory:")
    try:
        register_functions(conn)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        for migration in steps:
            if migration.version <= version:
                with db.atomic():
                    migration.apply(db)
        return read_schema(conn)
    finally:
        conn.close()


def built_schema(version: int) -> dict[tuple[str, str], SchemaObject]:
    """The schema the migrations build up to ``version``, built now."""
    return _expected(version, tuple(migrations.MIGRATIONS))


@lru_cache(maxsize=1)
def _shipped() -> tuple[int, dict[tuple[str, str], SchemaObject]] | None:
    """(the version it was written for, its objects), or None when there is no readable file."""
    try:
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
        objects = [
            SchemaObject(o["kind"], o["name"], o["sql"], tuple(tuple(column) for column in o["columns"]))
            for o in data["objects"]
        ]
        return int(data["version"]), {(o.kind, o.name): o for o in objects}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def expected_schema(version: int) -> dict[tuple[str, str], SchemaObject]:
    """The schema the migrations build up to ``version`` (the current one as shipped, see the docstring)."""
    shipped = _shipped()
    if shipped is not None and shipped[0] == version == migrations.SCHEMA_VERSION:
        return shipped[1]
    return built_schema(version)


def shipped_text(version: int) -> str:
    """``expected_schema.json`` as the migrations make it for ``version``."""
    objects = [asdict(obj) for _key, obj in sorted(built_schema(version).items())]
    return json.dumps({"version": version, "objects": objects}, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":  # python -m desktop_app.storage.schema_check: write the shipped schema
    SHIPPED.write_text(shipped_text(migrations.SCHEMA_VERSION), encoding="utf-8")
    print(f"wrote {SHIPPED} (schema {migrations.SCHEMA_VERSION})")
    sys.exit(0)


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What the file behind ``conn`` has extra, lacks or has changed against ``version``; empty when exact."""
    if version < 1:
        return ["it holds no Briefing Desk tables (schema version 0)"]
    actual = read_schema(conn)
    expected = expected_schema(version)
    problems = [f"unexpected {actual[key].describe()}" for key in sorted(actual.keys() - expected.keys())]
    problems += [f"missing {expected[key].describe()}" for key in sorted(expected.keys() - actual.keys())]
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            problems.append(
                Notice(f"changed {actual[key].describe()}", "schema_check.changed", what=actual[key].describe())
            )
    return problems
