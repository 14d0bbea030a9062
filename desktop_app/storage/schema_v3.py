"""Schema version 3: the full-text search index over sessions, agenda items, outcomes, action items and people.

One *contentless* FTS5 table per kind of result: the text stays in its source table only
(nothing is stored twice, and a generic ``.dump`` of the file needs nothing of ours); the
index holds tokens, and results are read back from the source rows by id. Each table has
two sorts of column:

- **word columns** (the source's text columns, tokenizer ``unicode61 remove_diacritics 2``):
  English and other words, numbers, and whole Hangul words. Queried with prefixes
  (``exerc*`` finds "exercises", ``서울*`` finds "서울에서", ``북*`` finds "북한").
- **bigram columns** ``bg_title`` and ``bg_body``: the same text reduced to its Hangul,
  each run of Hangul syllables written as overlapping pairs (``정책협의는`` → ``정책 책협 협의 의는``),
  runs apart by a filler token ``x``. A Hangul word of two or more syllables is queried as
  the phrase of its pairs, so it is found *inside* compounds and with particles attached
  (``협의`` in ``정책협의는`` and ``협의체``), which neither word prefixes nor a trigram index
  (blind to two-syllable words) can do. The pairs are computed by the SQL function
  ``search_bigrams``, which every connection of the app registers
  (``storage.search_index.register_functions``).

Triggers on the source tables keep every index current whichever code path writes —
services, imports, undo, cascades, raw SQL. A contentless table forgets a row by being
told its old values again: the ``delete`` in the triggers recomputes the pairs of the old
text, so ``search_bigrams`` must stay deterministic, and a change to what it returns needs
a migration that rebuilds the five tables (``search_upkeep.rebuild_index``). A connection
without the function (someone else's ``sqlite3`` shell) cannot change indexed text: the
write fails loudly instead of leaving the index behind. Reading needs no function.

This module is frozen with the migration that applies it; later changes go in a new version.
"""

from __future__ import annotations

from dataclasses import dataclass

BIGRAM_FUNCTION = "search_bigrams"
WORDS_TOKENIZER = "unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class SearchTable:
    """One kind of search result and the FTS5 table that finds it."""

    kind: str  # "session", "agenda_item", "outcome", "action", "person"
    table: str  # the FTS5 table
    source: str  # the table whose rows are indexed (rowid = its id)
    words: tuple[tuple[str, float], ...]  # (column of the source, bm25 weight)
    bg_title: tuple[str, ...]  # source columns whose Hangul goes into bg_title
    bg_body: tuple[str, ...]  # … into bg_body
    bg_weights: tuple[float, float]
    condition: str = ""  # rows of the source indexed (SQL over the row, e.g. "outcome != ''")
    condition_columns: tuple[str, ...] = ()  # the columns ``condition`` reads

    @property
    def word_columns(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.words)

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.word_columns, "bg_title", "bg_body")

    @property
    def weights(self) -> tuple[float, ...]:
        return (*(weight for _, weight in self.words), *self.bg_weights)


SEARCH_TABLES: tuple[SearchTable, ...] = (
    SearchTable(
        kind="session",
        table="search_sessions",
        source="sessions",
        words=(("title", 10.0), ("title_ko", 10.0), ("venue_city", 3.0), ("venue_building", 2.0), ("notes", 1.0)),
        bg_title=("title", "title_ko"),
        bg_body=("venue_city", "venue_building", "notes"),
        bg_weights=(10.0, 1.5),
    ),
    SearchTable(
        kind="agenda_item",
        table="search_agenda_items",
        source="agenda_items",
        words=(
            ("title", 10.0),
            ("title_ko", 10.0),
            ("description", 2.0),
            ("talking_points", 1.0),
            ("if_raised", 1.0),
            ("internal_notes", 1.0),
        ),
        bg_title=("title", "title_ko"),
        bg_body=("description", "talking_points", "if_raised", "internal_notes"),
        bg_weights=(10.0, 1.0),
    ),
    SearchTable(
        kind="outcome",
        table="search_outcomes",
        source="agenda_items",
        words=(("title", 3.0), ("title_ko", 3.0), ("outcome", 5.0)),
        bg_title=("title", "title_ko"),
        bg_body=("outcome",),
        bg_weights=(3.0, 5.0),
        condition="outcome != ''",
        condition_columns=("outcome",),
    ),
    SearchTable(
        kind="action",
        table="search_actions",
        source="action_items",
        words=(("text", 5.0), ("owner", 2.0)),
        bg_title=("text",),
        bg_body=("owner",),
        bg_weights=(5.0, 2.0),
    ),
    SearchTable(
        kind="person",
        table="search_people",
        source="people",
        words=(
            ("name", 10.0),
            ("name_ko", 10.0),
            ("title", 2.0),
            ("title_ko", 2.0),
            ("organization", 2.0),
            ("organization_ko", 2.0),
            ("email", 2.0),
            ("phone", 1.0),
            ("biography", 1.0),
            ("internal_notes", 1.0),
        ),
        bg_title=("name", "name_ko"),
        bg_body=("title", "title_ko", "organization", "organization_ko", "biography", "internal_notes"),
        bg_weights=(10.0, 1.5),
    ),
)


def _values(spec: SearchTable, row: str) -> str:
    """The FTS column values of ``row`` (``new`` or ``old``), in the table's column order."""

    def bigrams(columns: tuple[str, ...]) -> str:
        return f"{BIGRAM_FUNCTION}({', '.join(f'{row}.{name}' for name in columns)})"

    words = ", ".join(f"{row}.{name}" for name in spec.word_columns)
    return f"{row}.id, {words}, {bigrams(spec.bg_title)}, {bigrams(spec.bg_body)}"


def _when(spec: SearchTable, row: str) -> str:
    return f" WHERE {row}.{spec.condition}" if spec.condition else ""


def schema_v3_statements() -> list[str]:
    statements: list[str] = []
    for spec in SEARCH_TABLES:
        statements += search_table_statements(spec)
    return statements


def fill_statement(spec: SearchTable, table: str | None = None) -> str:
    """Index every row of the source into ``table`` (``spec.table`` by default; empty before)."""
    columns = ", ".join(spec.columns)
    source_where = f" WHERE {spec.condition}" if spec.condition else ""
    words = ", ".join(spec.word_columns)
    bg_title = f"{BIGRAM_FUNCTION}({', '.join(spec.bg_title)})"
    bg_body = f"{BIGRAM_FUNCTION}({', '.join(spec.bg_body)})"
    return (
        f"INSERT INTO {table or spec.table} (rowid, {columns}) "
        f"SELECT id, {words}, {bg_title}, {bg_body} FROM main.{spec.source}{source_where}"
    )


def search_table_statements(spec: SearchTable) -> list[str]:
    """The FTS5 table, its ranking and the triggers that keep it current."""
    columns = ", ".join(spec.columns)
    insert = f"INSERT INTO {spec.table} (rowid, {columns}) SELECT {_values(spec, 'new')}{_when(spec, 'new')};"
    delete = (
        f"INSERT INTO {spec.table} ({spec.table}, rowid, {columns}) "
        f"SELECT 'delete', {_values(spec, 'old')}{_when(spec, 'old')};"
    )
    watched = ", ".join(
        dict.fromkeys(("id", *spec.word_columns, *spec.bg_title, *spec.bg_body, *spec.condition_columns))
    )
    weights = ", ".join(f"{weight:g}" for weight in spec.weights)
    return [
        f"CREATE VIRTUAL TABLE {spec.table} USING fts5({columns}, content='', tokenize='{WORDS_TOKENIZER}')",
        f"INSERT INTO {spec.table} ({spec.table}, rank) VALUES ('rank', 'bm25({weights})')",
        f"CREATE TRIGGER {spec.table}_insert AFTER INSERT ON {spec.source} BEGIN {insert} END",
        f"CREATE TRIGGER {spec.table}_delete AFTER DELETE ON {spec.source} BEGIN {delete} END",
        f"CREATE TRIGGER {spec.table}_update AFTER UPDATE OF {watched} ON {spec.source} BEGIN {delete} {insert} END",
    ]
