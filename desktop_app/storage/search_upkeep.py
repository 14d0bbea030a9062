"""Upkeep of the search index: how many rows each index holds against what it should, its integrity,
and rebuilding it (``check`` and the Session menu's check; the migration that builds it).

What the index holds and how a query runs against it is ``storage.search_index``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_app.domain.notices import Notice
from desktop_app.storage.schema_v3 import (
    SEARCH_TABLES,
    WORDS_TOKENIZER,
    SearchTable,
    fill_statement,
)


@dataclass(frozen=True)
class IndexState:
    """Rows each index holds against the rows it should hold."""

    counts: dict[str, tuple[int, int]]  # kind → (indexed, expected)
    problems: tuple[str, ...]

    @property
    def sound(self) -> bool:
        return not self.problems


def _indexed(conn: sqlite3.Connection, spec: SearchTable) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {spec.table}_docsize").fetchone()[0])


def _expected(conn: sqlite3.Connection, spec: SearchTable) -> int:
    where = f" WHERE {spec.condition}" if spec.condition else ""
    return int(conn.execute(f"SELECT count(*) FROM {spec.source}{where}").fetchone()[0])


def check_index(conn: sqlite3.Connection, *, thorough: bool = False) -> IndexState:
    """Compare row counts; ``thorough`` also checks each index's structure and every token against
    an index built afresh from the text (seconds on ten years of sessions: for ``search --check``)."""
    counts: dict[str, tuple[int, int]] = {}
    problems: list[str] = []
    for spec in SEARCH_TABLES:
        counts[spec.kind] = (_indexed(conn, spec), _expected(conn, spec))
        indexed, expected = counts[spec.kind]
        if indexed != expected:
            problems.append(
                Notice(
                    f"the {spec.kind} index holds {indexed} rows for {expected}",
                    "search_index.index_holds_rows",
                    kind=spec.kind,
                    indexed=indexed,
                    expected=expected,
                )
            )
        if thorough:
            problem = _integrity_problem(conn, spec)
            if problem:
                problems.append(
                    Notice(
                        f"the {spec.kind} index does not match the text ({problem})",
                        "search_index.index_does_not_match",
                        kind=spec.kind,
                        problem=problem,
                    )
                )
    return IndexState(counts, tuple(problems))


def _integrity_problem(conn: sqlite3.Connection, spec: SearchTable) -> str:
    """FTS5's check of the index's structure, then its tokens against a fresh index of the text.

    The fresh index lives in the ``temp`` schema inside a savepoint that is rolled back, so
    nothing is left behind and no transaction stays open (a connection inside one could not
    be backed up); it works on a read-only file too.
    """
    conn.execute("SAVEPOINT search_check")
    try:
        conn.execute(f"INSERT INTO {spec.table} ({spec.table}) VALUES ('integrity-check')")
        fresh = f"check_{spec.table}"
        columns = ", ".join(spec.columns)
        conn.execute(
            f"CREATE VIRTUAL TABLE temp.{fresh} USING fts5({columns}, content='', tokenize='{WORDS_TOKENIZER}')"
        )
        conn.execute(fill_statement(spec, f"temp.{fresh}"))
        conn.execute(f"CREATE VIRTUAL TABLE temp.{fresh}_now USING fts5vocab(main, {spec.table}, 'row')")
        conn.execute(f"CREATE VIRTUAL TABLE temp.{fresh}_due USING fts5vocab(temp, {fresh}, 'row')")
        now, due = f"temp.{fresh}_now", f"temp.{fresh}_due"
        differing = conn.execute(
            f"""SELECT term FROM (SELECT term, doc, cnt FROM {now} EXCEPT SELECT term, doc, cnt FROM {due})
                UNION SELECT term FROM (SELECT term, doc, cnt FROM {due} EXCEPT SELECT term, doc, cnt FROM {now})
                LIMIT 3"""
        ).fetchall()
        if differing:
            return "stale or missing words: " + ", ".join(repr(term) for (term,) in differing)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.execute("ROLLBACK TO search_check")
        conn.execute("RELEASE search_check")
    return ""


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Index every row again from the source tables (inside the caller's transaction)."""
    for spec in SEARCH_TABLES:
        conn.execute(f"INSERT INTO {spec.table} ({spec.table}) VALUES ('delete-all')")
        conn.execute(fill_statement(spec))
