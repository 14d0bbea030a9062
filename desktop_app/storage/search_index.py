"""The full-text index (schema version 3): its SQL function, the query language, and the queries.

What a user types is never handed to FTS5 as it stands. It is cut into words and quoted
phrases, and every MATCH expression is built here from those, each phrase in double
quotes, so FTS5 operators in the text (``AND``, ``NEAR(``, ``*``, ``"``, ``-``) are words
like any other and no query can fail::

    >>> parse_query('joint exerc "follow-up" 정책협의는 2029').describe()  # doctest: +NORMALIZE_WHITESPACE
    ['words "joint"*', 'words "exerc"*', 'words "follow up"',
     'bigrams "정책 책협 협의 의는" | bigrams "정책 책협 협의"', 'year 2029']

How each word is matched (see ``schema_v3`` for the two sorts of column):

- Latin letters, digits: a word prefix (``exerc`` → "exercises"); a single letter or digit
  only as a whole word, or every word beginning with "a" would match.
- One Hangul syllable: a word prefix (``북`` → "북한", "북측").
- Two or more Hangul syllables: the phrase of their pairs in the bigram columns, so the word
  is found anywhere inside a word (``협의`` → "정책협의는", "협의체"). A word ending in a
  particle (``정책협의는``) also finds its stem (``정책협의를``), ranked below the exact form.
- A quoted phrase: its words next to each other, as typed.
- A year (``2029``): results of sessions held that year, or whose text names it.

Every word must match (AND). Results are ranked with bm25, titles weighing most; when a
query matches more rows of one kind than ``RANK_LIMIT``, ranking them all would cost more
than a frame, so that kind lists its newest matches instead.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.storage.schema_v3 import (
    BIGRAM_FUNCTION,
    SearchTable,
)
from desktop_app.storage.search_prefixes import narrow_prefixes

MAX_QUERY_CHARS = 256  # a longer paste is cut: nobody searches with a paragraph
MAX_CLAUSES = 12
RANK_LIMIT = 1500  # rows of one kind ranked by bm25; beyond that, newest first
FIRST_YEAR, LAST_YEAR = 1945, 2100
BIGRAM_GAP = "x"  # between runs of Hangul in the bigram columns: no phrase spans two runs

_HANGUL = "\uac00-\ud7a3"
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script, as unicode61 cuts words
_SEGMENT = re.compile(f"[{_HANGUL}]+|[^\\W_{_HANGUL}]+")
_CHUNK = re.compile(r'"([^"]*)"?|([^\s"]+)')
_YEAR = re.compile(r"\d{4}")

# Particles and endings that attach to the end of a Korean word, longest first.
PARTICLES = (
    "에서는", "으로는", "에게서", "까지는", "부터는", "이라는", "에서", "으로", "에게", "께서", "까지", "부터", "라는",
    "이나", "에는", "와는", "과는", "보다", "처럼", "만큼", "에도", "하고", "이다", "은", "는", "이", "가", "을", "를",
    "의", "에", "와", "과", "도", "로", "만",
)  # fmt: skip


# -- the SQL function -------------------------------------------------------------------


def hangul_bigrams(*texts: str | None) -> str:
    """The Hangul of ``texts`` as overlapping syllable pairs, runs apart by ``x``.

    >>> hangul_bigrams("제1차 정책협의는 Seoul에서", "북")
    '제 x 차 x 정책 책협 협의 의는 x 에서 x 북'

    Deterministic (the index deletes old rows by computing their pairs again): a change
    here needs a migration that rebuilds the index.
    """
    runs: list[str] = []
    for text in texts:
        if not text or text.isascii():
            continue
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        for run in _HANGUL_RUN.findall(text):
            # Most Korean words have two syllables: they are their own (only) pair.
            runs.append(run if len(run) <= 2 else " ".join([run[i : i + 2] for i in range(len(run) - 1)]))
    return f" {BIGRAM_GAP} ".join(runs)


def register_functions(conn: sqlite3.Connection) -> None:
    """Every connection that may write indexed tables (or rebuild the index) needs this."""
    conn.create_function(BIGRAM_FUNCTION, -1, hangul_bigrams, deterministic=True)


# -- the query --------------------------------------------------------------------------


def _quoted(tokens: Iterable[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _pairs(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


# Nouns whose last syllable looks like a particle: 회의 is a meeting, not 회 + 의.
NOUNS_LIKE_PARTICLES = frozenset((
    "회의", "협의", "합의", "논의", "동의", "토의", "건의", "결의", "문의", "정의", "주의", "의의",
    "국가", "평가", "추가", "증가", "참가", "대가", "제도", "태도", "정도", "한도", "속도", "지도",
    "결과", "효과", "성과", "통과", "부과", "경로", "진로", "차이", "사이", "불만", "의도",
))  # fmt: skip


def _stem(word: str) -> str | None:
    """``word`` without a particle at its end, when at least two syllables remain."""
    if word[-2:] in NOUNS_LIKE_PARTICLES:
        return None
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return None


Term = tuple[str, str]  # ("words" or "bigrams", an FTS5 phrase: quoted, a prefix marked with *)


@dataclass(frozen=True)
class Clause:
    """Something every result must contain: all the terms of any one of ``options``."""

    options: tuple[tuple[Term, ...], ...]
    patterns: tuple[str, ...]  # regular expressions that find it in the text, for snippets

    @classmethod
    def of(cls, target: str, *phrases: str, patterns: tuple[str, ...] = ()) -> Clause:
        return cls(tuple(((target, phrase),) for phrase in phrases), patterns)

    def expression(self, spec: SearchTable) -> str:
        options = [" AND ".join(_term(spec, target, phrase) for target, phrase in option) for option in self.options]
        if len(options) == 1:
            return options[0]
        return "(" + " OR ".join(f"({option})" for option in options) + ")"

    def describe(self) -> str:
        return " | ".join(" & ".join(f"{target} {phrase}" for target, phrase in option) for option in self.options)


def _term(spec: SearchTable, target: str, phrase: str) -> str:
    columns = " ".join(spec.word_columns) if target == "words" else "bg_title bg_body"
    return f"{{{columns}}} : {phrase}"


@dataclass(frozen=True)
class SearchQuery:
    text: str
    clauses: tuple[Clause, ...] = ()
    year: int | None = None
    year_patterns: tuple[str, ...] = field(default=(), repr=False)

    @property
    def empty(self) -> bool:
        return not self.clauses and self.year is None

    def match_expression(self, spec: SearchTable) -> str | None:
        if not self.clauses:
            return None
        return " AND ".join(clause.expression(spec) for clause in self.clauses)

    def year_expression(self, spec: SearchTable) -> str:
        return _term(spec, "words", f'"{self.year}"')

    @property
    def patterns(self) -> tuple[str, ...]:
        found = [pattern for clause in self.clauses for pattern in clause.patterns]
        return (*found, *self.year_patterns)

    def describe(self) -> list[str]:
        parts = [clause.describe() for clause in self.clauses]
        return parts + ([f"year {self.year}"] if self.year is not None else [])


def _word_start(word: str) -> str:
    return rf"(?<![^\W_]){re.escape(word)}"


def _word_clause(words: list[str], *, prefix: bool) -> Clause:
    """Latin (or other non-Hangul) words next to each other; the last one a prefix when asked."""
    folded = [word.casefold() for word in words]
    if len(folded) == 1 and len(folded[0]) == 1:
        prefix = False  # one letter or digit: the word itself
    phrase = _quoted(folded) + ("*" if prefix else "")
    pattern = r"[\W_]+".join(re.escape(word) for word in folded)
    pattern = rf"(?<![^\W_]){pattern}" + ("" if prefix else r"(?![^\W_])")
    return Clause.of("words", phrase, patterns=(pattern,))


def _hangul_clause(run: str) -> Clause:
    if len(run) == 1:
        return Clause.of("words", _quoted([run]) + "*", patterns=(_word_start(run),))
    phrases = [_quoted(_pairs(run))]
    patterns = [re.escape(run)]
    stem = _stem(run)
    if stem is not None:
        phrases.append(_quoted(_pairs(stem)))
        patterns.append(re.escape(stem))
    return Clause.of("bigrams", *phrases, patterns=tuple(patterns))


def _mixed_clause(word: str, segments: list[str]) -> Clause:
    """A word of Hangul and digits or Latin letters (제1차, G20정상회의): as written, or its parts."""
    parts = [_hangul_clause(s) if _HANGUL_RUN.fullmatch(s) else _word_clause([s], prefix=True) for s in segments]
    together: tuple[Term, ...] = (("words", _quoted([word.casefold()]) + "*"),)
    apart = tuple(term for part in parts for term in part.options[0])
    patterns = (_word_start(word), *(pattern for part in parts for pattern in part.patterns))
    return Clause((together, apart), patterns)


def _phrase_clauses(text: str) -> list[Clause]:
    """A quoted phrase: its Latin words as one phrase, its Hangul as one phrase of pairs."""
    clauses: list[Clause] = []
    latin = [word for word in _SEGMENT.findall(text) if not _HANGUL_RUN.fullmatch(word)]
    if latin:
        clauses.append(_word_clause(latin, prefix=False))
    runs = _HANGUL_RUN.findall(text)
    if runs:
        tokens: list[str] = []
        for run in runs:
            if tokens:
                tokens.append(BIGRAM_GAP)
            tokens += _pairs(run)
        pattern = r"[^\uac00-\ud7a3]+".join(re.escape(run) for run in runs)
        clauses.append(Clause.of("bigrams", _quoted(tokens) + "*", patterns=(pattern,)))
    return clauses


def _clause_of_word(word: str) -> Clause:
    segments = _SEGMENT.findall(word)
    if len(segments) > 1:
        return _mixed_clause(word, segments)
    if _HANGUL_RUN.fullmatch(word):
        return _hangul_clause(word)
    return _word_clause([word], prefix=True)


def _clause_of_name(name: str) -> Clause:
    """A name as written in the other language: one word, or words next to each other."""
    words = _WORD.findall(name)
    if len(words) == 1:
        return _clause_of_word(words[0])
    if any(_HANGUL_RUN.search(word) for word in words):
        return _phrase_clauses(name)[-1]
    return _word_clause(words, prefix=False)


def _either(first: Clause, second: Clause) -> Clause:
    return Clause(first.options + second.options, first.patterns + second.patterns)


def parse_query(text: str, synonyms: Mapping[str, str] | None = None) -> SearchQuery:
    """Cut what the user typed into clauses; anything at all is accepted.

    ``synonyms`` maps a word as typed (casefolded) to the same name in the other language —
    서울 to Seoul, Washington to 워싱턴 — so a place or side typed in either language finds both.
    """
    names = {key.casefold(): value for key, value in (synonyms or {}).items()}
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    clauses: list[Clause] = []
    year: int | None = None
    year_patterns: tuple[str, ...] = ()
    for quoted, bare in _CHUNK.findall(text):
        if quoted:
            clauses += _phrase_clauses(quoted)
            continue
        if not bare:
            continue
        if year is None and _YEAR.fullmatch(bare) and FIRST_YEAR <= int(bare) <= LAST_YEAR:
            year, year_patterns = int(bare), (_word_start(bare) + r"(?![^\W_])",)
            continue
        words = _WORD.findall(bare)
        if len(words) > 1 and not any(_HANGUL_RUN.search(word) for word in words):
            clauses.append(_word_clause(words, prefix=True))  # follow-up, ROK-US, e-mail: one phrase
            continue
        for word in words:
            clause = _clause_of_word(word)
            other = names.get(word.casefold())
            clauses.append(_either(clause, _clause_of_name(other)) if other else clause)
    unique = list(dict.fromkeys(clauses))[:MAX_CLAUSES]
    return SearchQuery(text=text, clauses=tuple(unique), year=year, year_patterns=year_patterns)


# -- running it -------------------------------------------------------------------------

# Rows of each kind that belong to a session held in [:start, :end) (UTC ISO text).
_IN_YEAR = {
    "session": "SELECT id FROM sessions WHERE start_utc >= :start AND start_utc < :end",
    "agenda_item": """SELECT i.id FROM sessions s JOIN agenda_versions v ON v.session_id = s.id
        JOIN agenda_items i ON i.version_id = v.id WHERE s.start_utc >= :start AND s.start_utc < :end""",
    "outcome": """SELECT i.id FROM sessions s JOIN agenda_versions v ON v.session_id = s.id
        JOIN agenda_items i ON i.version_id = v.id
        WHERE s.start_utc >= :start AND s.start_utc < :end AND i.outcome != ''""",
    "action": """SELECT a.id FROM sessions s JOIN action_items a ON a.session_id = s.id
        WHERE s.start_utc >= :start AND s.start_utc < :end""",
}


@dataclass(frozen=True)
class KindMatches:
    """The best rows of one kind: (id, bm25 score; 0.0 when listed newest first), and how many matched."""

    spec: SearchTable
    rows: tuple[tuple[int, float], ...]
    matched: int  # capped at RANK_LIMIT + 1
    ranked: bool


def find(
    conn: sqlite3.Connection,
    spec: SearchTable,
    query: SearchQuery,
    limit: int,
    year_bounds: tuple[str, str] | None = None,
) -> KindMatches:
    """The ``limit`` best rows of ``spec``'s kind for ``query`` (``year_bounds`` when it names a year)."""
    table = spec.table
    params: dict[str, Any] = {"limit": limit}
    where: list[str] = []
    expression = query.match_expression(spec)
    if expression is not None:
        expression = narrow_prefixes(conn, table, expression)
    in_year = _IN_YEAR.get(spec.kind)
    if query.year is not None and in_year is not None and year_bounds is not None and expression is not None:
        found = _find_in_year(conn, spec, query, expression, limit, year_bounds)
        if found is not None:
            return found
    if query.year is not None and (in_year is None or year_bounds is None):
        # People hold no dates: the year is a word of their text.
        year_word = query.year_expression(spec)
        expression = f"{expression} AND {year_word}" if expression else year_word
    if expression is not None:
        where.append(f"{table} MATCH :expression")
        params["expression"] = expression
    if query.year is not None and in_year is not None and year_bounds is not None:
        params["start"], params["end"] = year_bounds
        params["year"] = query.year_expression(spec)
        # "+rowid": a filter on what MATCH finds, not one MATCH per row of the year (a thousand times slower).
        where.append(f"+rowid IN ({in_year} UNION SELECT rowid FROM {table} WHERE {table} MATCH :year)")
    if not where:
        return KindMatches(spec, (), 0, True)
    if expression is None:
        # Only a year: no text to rank by; the newest first.
        sql = f"SELECT id FROM ({_IN_YEAR[spec.kind]} UNION SELECT rowid FROM {table} WHERE {table} MATCH :year)"
        newest = conn.execute(f"{sql} ORDER BY 1 DESC LIMIT {RANK_LIMIT + 1}", params).fetchall()
        return KindMatches(spec, tuple((row_id, 0.0) for (row_id,) in newest[:limit]), len(newest), False)
    condition = " AND ".join(where)
    # One pass finds up to RANK_LIMIT + 1 rows, newest first: when there are more, those are the answer.
    newest = conn.execute(
        f"SELECT rowid FROM {table} WHERE {condition} ORDER BY rowid DESC LIMIT {RANK_LIMIT + 1}", params
    ).fetchall()
    if len(newest) > RANK_LIMIT:
        return KindMatches(spec, tuple((row_id, 0.0) for (row_id,) in newest[:limit]), len(newest), False)
    if not newest:
        return KindMatches(spec, (), 0, True)
    sql = f"SELECT rowid, rank FROM {table} WHERE {condition} ORDER BY rank LIMIT :limit"
    return KindMatches(spec, tuple(conn.execute(sql, params).fetchall()), len(newest), True)


# Which of the rows :ids (a JSON array) belong to a session held in [:start, :end).
_OF_YEAR = {
    "session": """SELECT id FROM sessions
        WHERE id IN (SELECT value FROM json_each(:ids)) AND start_utc >= :start AND start_utc < :end""",
    "agenda_item": """SELECT i.id FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id
        JOIN sessions s ON s.id = v.session_id
        WHERE i.id IN (SELECT value FROM json_each(:ids)) AND s.start_utc >= :start AND s.start_utc < :end""",
    "action": """SELECT a.id FROM action_items a JOIN sessions s ON s.id = a.session_id
        WHERE a.id IN (SELECT value FROM json_each(:ids)) AND s.start_utc >= :start AND s.start_utc < :end""",
}
_OF_YEAR["outcome"] = _OF_YEAR["agenda_item"]


def _find_in_year(
    conn: sqlite3.Connection,
    spec: SearchTable,
    query: SearchQuery,
    expression: str,
    limit: int,
    bounds: tuple[str, str],
) -> KindMatches | None:
    """Words and a year: the rows the words find, kept when their session is of that year (or
    their text names it), then ranked. None when the words alone find too many to sift this way."""
    table = spec.table
    params: dict[str, Any] = {"expression": expression, "start": bounds[0], "end": bounds[1]}
    params["year"] = query.year_expression(spec)
    text = [
        row_id
        for (row_id,) in conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH :expression ORDER BY rowid DESC LIMIT {RANK_LIMIT + 1}",
            params,
        )
    ]
    if len(text) > RANK_LIMIT:
        return None
    if not text:
        return KindMatches(spec, (), 0, True)
    params["ids"] = json.dumps(text)
    kept = {row_id for (row_id,) in conn.execute(_OF_YEAR[spec.kind], params)}
    # The rows naming the year: its word alone is an exact word, quick to list, where the words and
    # the year together would evaluate the words again (a prefix over a common word: milliseconds).
    named = {row_id for (row_id,) in conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH :year", params)}
    kept |= named.intersection(text)
    if not kept:
        return KindMatches(spec, (), 0, True)
    params["kept"] = json.dumps(sorted(kept))
    # "+rank", not "rank": ORDER BY rank would have FTS5 score every row the words find before the
    # filter keeps a few; this way only the kept rows are scored, then sorted as FTS5 sorts them.
    sql = f"""SELECT rowid, rank FROM {table}
        WHERE {table} MATCH :expression AND +rowid IN (SELECT value FROM json_each(:kept))
        ORDER BY +rank"""
    ranked = conn.execute(sql, params).fetchmany(limit)
    return KindMatches(spec, tuple(ranked), len(kept), True)


# -- what a result shows ----------------------------------------------------------------

_DISPLAY = {
    "session": """SELECT s.id, s.id AS session_id, s.number AS session_number, s.title AS session_title,
        s.start_utc, s.timezone, s.title, s.title_ko, s.venue_city, s.venue_building, s.notes
        FROM sessions s WHERE s.id IN ({ids})""",
    "agenda_item": """SELECT i.id, v.session_id, s.number AS session_number, s.title AS session_title,
        s.start_utc, s.timezone, i.number, i.title, i.title_ko, i.description, i.talking_points, i.if_raised,
        i.internal_notes, v.version, v.label
        FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id JOIN sessions s ON s.id = v.session_id
        WHERE i.id IN ({ids})""",
    "outcome": """SELECT i.id, v.session_id, s.number AS session_number, s.title AS session_title,
        s.start_utc, s.timezone, i.number, i.title, i.title_ko, i.outcome, v.version, v.label
        FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id JOIN sessions s ON s.id = v.session_id
        WHERE i.id IN ({ids})""",
    "action": """SELECT a.id, a.session_id, s.number AS session_number, s.title AS session_title,
        s.start_utc, s.timezone, a.text, a.owner, a.due, a.status
        FROM action_items a JOIN sessions s ON s.id = a.session_id WHERE a.id IN ({ids})""",
    "person": """SELECT p.id, NULL AS session_id, p.name, p.name_ko, p.title, p.title_ko, p.organization,
        p.organization_ko, p.email, p.phone, p.biography, p.internal_notes, p.side, p.retired
        FROM people p WHERE p.id IN ({ids})""",
}


def display_rows(conn: sqlite3.Connection, kind: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    """What the results of ``kind`` show, by id."""
    if not ids:
        return {}
    cursor = conn.execute(_DISPLAY[kind].format(ids=", ".join("?" * len(ids))), ids)
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}
