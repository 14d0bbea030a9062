"""One search over sessions, agenda items, outcomes, action items and people.

Read-only and fast enough to run on every keystroke (a few milliseconds on ten years of
sessions; ``make bench`` measures it). How a query is read and matched, in Korean and in
English, is described in ``storage.search_index``; what is indexed, in ``storage.schema_v3``.

    >>> results = search(workspace, "협의 2029", per_kind=5)  # doctest: +SKIP
    >>> [(hit.kind, hit.title) for hit in results.hits]  # doctest: +SKIP
    [('agenda_item', '2 Sanctions implementation: 제재 이행'), ('outcome', …), …]
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.domain.body import Body
from desktop_app.domain.dates import in_range
from desktop_app.services.workspace import Workspace
from desktop_app.storage import search_index, search_upkeep
from desktop_app.storage.schema_v3 import SEARCH_TABLES
from desktop_app.storage.search_index import RANK_LIMIT, SearchQuery, parse_query
from desktop_app.storage.search_upkeep import IndexState

__all__ = ["KINDS", "RANK_LIMIT", "SearchHit", "SearchResults", "search"]

KINDS = tuple(spec.kind for spec in SEARCH_TABLES)
KIND_LABELS = {
    "session": "Sessions",
    "agenda_item": "Agenda items",
    "outcome": "Outcomes",
    "action": "Action items",
    "person": "People",
}
KIND_NAMES = {
    "session": "session",
    "agenda_item": "agenda item",
    "outcome": "outcome",
    "action": "action item",
    "person": "person",
}
DEFAULT_LIMIT = 20
SNIPPET_CHARS = 160
_LEAD_CHARS = 48  # context kept before the first match
_COPIED_ACROSS_VERSIONS = ("agenda_item", "outcome")  # each agenda version repeats the items

Span = tuple[str, bool]  # a piece of text, and whether it matched the query


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    snippet: tuple[Span, ...]
    context: str  # the session and date, or a person's post: one grey line under the title
    session_id: int | None  # the session to open (None for people)
    score: float  # bm25, lower is better; 0.0 when many matched and the newest are listed
    title_spans: tuple[Span, ...] = ()

    @property
    def snippet_text(self) -> str:
        """The snippet with the matches in **double asterisks**, as the CLI prints it."""
        return "".join(f"**{text}**" if matched else text for text, matched in self.snippet)

    @property
    def snippet_html(self) -> str:
        return _html(self.snippet)

    @property
    def title_html(self) -> str:
        return _html(self.title_spans or ((self.title, False),))


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    elapsed_ms: float
    matched: dict[str, int]  # kind → rows found (capped at search_index.RANK_LIMIT + 1)

    def by_kind(self) -> dict[str, list[SearchHit]]:
        """Hits grouped in the order the results popup shows them, empty kinds left out."""
        groups: dict[str, list[SearchHit]] = {}
        for kind in KINDS:
            found = [hit for hit in self.hits if hit.kind == kind]
            if found:
                groups[kind] = found
        return groups


def _html(spans: Sequence[Span]) -> str:
    return "".join(f"<b>{html.escape(text)}</b>" if matched else html.escape(text) for text, matched in spans)


# -- snippets ---------------------------------------------------------------------------


def _compile(query: SearchQuery) -> re.Pattern[str] | None:
    patterns = query.patterns
    if not patterns:
        return None
    # Longest first, so that a phrase wins over a word inside it.
    return re.compile("|".join(sorted(patterns, key=len, reverse=True)), re.IGNORECASE)


def marked(text: str, pattern: re.Pattern[str] | None) -> tuple[Span, ...]:
    """``text`` cut into matched and unmatched pieces."""
    if not text:
        return ()
    if pattern is None:
        return ((text, False),)
    spans: list[Span] = []
    at = 0
    for match in pattern.finditer(text):
        if match.end() == match.start():
            continue
        if match.start() > at:
            spans.append((text[at : match.start()], False))
        spans.append((match.group(), True))
        at = match.end()
    if at < len(text):
        spans.append((text[at:], False))
    return tuple(spans)


def make_snippet(texts: Sequence[str], pattern: re.Pattern[str] | None, width: int = SNIPPET_CHARS) -> tuple[Span, ...]:
    """A window of the first of ``texts`` that matches (else of the first that is not empty)."""
    flat = [" ".join(text.split()) for text in texts if text and text.strip()]
    if not flat:
        return ()
    chosen, start = flat[0], 0
    if pattern is not None:
        for text in flat:
            found = pattern.search(text)
            if found:
                chosen, start = text, max(0, found.start() - _LEAD_CHARS)
                break
    if start > 0:
        space = chosen.find(" ", start, start + 16)  # begin at a word
        start = space + 1 if space != -1 else start
    end = min(len(chosen), start + width)
    if end < len(chosen):
        space = chosen.rfind(" ", end - 16, end)
        end = space if space > start else end
    spans = list(marked(chosen[start:end], pattern))
    if start > 0:
        spans.insert(0, ("…", False))
    if end < len(chosen):
        spans.append(("…", False))
    return tuple(spans)


# -- what each kind shows ---------------------------------------------------------------


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local_day(row: dict[str, Any]) -> str:
    try:
        start = datetime.fromisoformat(row["start_utc"])
    except (TypeError, ValueError):
        return "invalid date"
    if not in_range(start):
        return "invalid date"
    local = start.astimezone(_zone(row["timezone"]))
    return f"{local.day} {local:%b %Y}"


def _session_label(row: dict[str, Any]) -> str:
    number = f"#{row['session_number']} " if row["session_number"] else ""
    return f"{number}{row['session_title']} · {_local_day(row)}"


def _both(english: str, korean: str) -> str:
    return f"{english} · {korean}" if korean and english else english or korean


def _present(kind: str, row: dict[str, Any]) -> tuple[str, str, list[str]]:
    """(title, context, texts the snippet is taken from) of one result."""
    if kind == "session":
        number = f"{row['session_number']}. " if row["session_number"] else ""
        venue = ", ".join(part for part in (row["venue_building"], row["venue_city"]) if part)
        context = " · ".join(part for part in (_local_day(row), venue) if part)
        return f"{number}{row['title']}", context, [row["title_ko"], row["notes"], venue]
    if kind == "agenda_item":
        title = f"{row['number']} {_both(row['title'], row['title_ko'])}".strip()
        context = f"{_session_label(row)} · agenda v{row['version']}"
        texts = [row["description"], row["talking_points"], row["if_raised"], row["internal_notes"]]
        return title, context, texts
    if kind == "outcome":
        return _both(row["title"], row["title_ko"]), _session_label(row), [row["outcome"]]
    if kind == "action":
        first_line = row["text"].strip().splitlines()[0] if row["text"].strip() else ""
        due = f"due {date.fromisoformat(row['due']):%-d %b %Y}" if row["due"] else ""
        context = " · ".join(part for part in (row["owner"], due, row["status"], _session_label(row)) if part)
        return first_line, context, [row["text"], row["owner"]]
    post = ", ".join(part for part in (row["title"], row["organization"]) if part)
    retired = " · retired" if row["retired"] else ""
    context = f"{post} · {row['side']}{retired}" if post else f"{row['side']}{retired}"
    texts = [row["title_ko"], row["organization_ko"], row["biography"], row["internal_notes"], row["email"]]
    return _both(row["name"], row["name_ko"]), context, texts


# -- the use case -----------------------------------------------------------------------


def _year_bounds(workspace: Workspace, year: int) -> tuple[str, str]:
    """The year as the home side counts it, in UTC text as sessions are stored."""
    zone = _zone(workspace.body.home.timezone)
    start = datetime(year, 1, 1, tzinfo=zone).astimezone(UTC)
    end = datetime(year + 1, 1, 1, tzinfo=zone).astimezone(UTC)
    return start.isoformat(), end.isoformat()


def place_names(body: Body) -> dict[str, str]:
    """Each capital and side name in one language → the other: what the search treats as the same word."""
    pairs = [(side.capital, side.capital_ko) for side in body.sides] + [
        (side.name, side.name_ko) for side in body.sides
    ]
    names: dict[str, str] = {}
    for english, korean in pairs:
        if english.strip() and korean.strip() and english != korean:
            names.setdefault(english.casefold(), korean)
            names.setdefault(korean.casefold(), english)
    return names


def search(
    workspace: Workspace, text: str, *, limit: int = DEFAULT_LIMIT, per_kind: int | None = None
) -> SearchResults:
    """The best matches of ``text``: ``limit`` in all, best first, or ``per_kind`` of each kind.

    Never raises for what a user can type; an empty query finds nothing.
    """
    began = time.perf_counter()
    query = parse_query(text, place_names(workspace.body))
    if query.empty or limit < 1:
        return SearchResults(text, (), (time.perf_counter() - began) * 1000, {})
    conn = workspace.store.conn
    wanted = per_kind or limit
    bounds = _year_bounds(workspace, query.year) if query.year is not None else None
    pattern = _compile(query)
    hits: list[SearchHit] = []
    matched: dict[str, int] = {}
    for spec in SEARCH_TABLES:
        fetch = wanted * 3 if spec.kind in _COPIED_ACROSS_VERSIONS else wanted
        found = search_index.find(conn, spec, query, fetch, bounds)
        matched[spec.kind] = found.matched
        rows = search_index.display_rows(conn, spec.kind, [row_id for row_id, _ in found.rows])
        seen: set[tuple[object, ...]] = set()
        kept = 0
        for row_id, score in found.rows:
            row = rows.get(row_id)
            if row is None:
                continue
            title, context, texts = _present(spec.kind, row)
            if spec.kind in _COPIED_ACROSS_VERSIONS:  # the same item in the session's other versions
                key = (row["session_id"], row["title"].casefold(), row["title_ko"], texts[0])
                if key in seen:
                    continue
                seen.add(key)
            hits.append(
                SearchHit(
                    kind=spec.kind,
                    id=row_id,
                    title=title,
                    snippet=make_snippet(texts, pattern),
                    context=context,
                    session_id=row["session_id"],
                    score=float(score),
                    title_spans=marked(title, pattern),
                )
            )
            kept += 1
            if kept == wanted:
                break
    if per_kind is None:
        order = {kind: index for index, kind in enumerate(KINDS)}
        hits.sort(key=lambda hit: (hit.score, order[hit.kind]))
        hits = hits[:limit]
    return SearchResults(text, tuple(hits), (time.perf_counter() - began) * 1000, matched)


def results_as_json(results: SearchResults) -> dict[str, Any]:
    """What ``search --json`` prints: the contract scripts rely on."""
    return {
        "elapsed_ms": round(results.elapsed_ms, 2),
        "results": [
            {"kind": hit.kind, "id": hit.id, "title": hit.title, "snippet": hit.snippet_text} for hit in results.hits
        ],
    }


# -- upkeep -----------------------------------------------------------------------------


def check_search_index(workspace: Workspace, *, thorough: bool = False) -> IndexState:
    """Whether the index holds a row for every row it should (and, ``thorough``, the right tokens)."""
    return search_upkeep.check_index(workspace.store.conn, thorough=thorough)


def rebuild_search_index(workspace: Workspace) -> IndexState:
    """Index everything again, in one transaction; the triggers keep it current afterwards."""
    with workspace.store.transaction() as db:
        search_upkeep.rebuild_index(db.conn)
    return check_search_index(workspace)
