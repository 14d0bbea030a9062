"""No query can crash search: operators and quotes are words, and odd input finds nothing quietly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.search import search
from desktop_app.services.workspace import Workspace
from desktop_app.storage.search_index import MAX_CLAUSES, parse_query
from tests.search.conftest import Body, fill

HOSTILE = [
    "follow-up",
    '"',
    '""',
    '"""',
    "*",
    "**",
    "AND",
    "OR",
    "NOT",
    "a OR",
    "OR a",
    "NEAR(",
    "NEAR(a b, 2)",
    "exercises NOT joint",
    "title: exercises",
    "{title}: x",
    "^exercises",
    "(",
    ")",
    "-",
    "+",
    ":",
    "'",
    "'; DROP TABLE sessions; --",
    "\\",
    "\x00",
    "",
    "   ",
    "\t\n",
    "x" * 10_000,
    "협의 " * 5_000,
    '"unterminated phrase',
    "ㅋㅋㅋ",
    "🙂",
    "e\u0301t\u00e9",
    "\u1112\u1161\u11ab",  # 한 written as three jamo: composed before searching
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(body: Body, query: str) -> None:
    results = search(body.workspace, query, per_kind=5)
    assert results.elapsed_ms >= 0
    search(body.workspace, query, limit=3)


def test_operators_are_words(body: Body) -> None:
    assert search(body.workspace, "exercises NOT joint").hits == ()  # "not" is a word the text lacks
    assert search(body.workspace, "joint OR").hits == ()
    assert search(body.workspace, "AND").hits == ()


def test_decomposed_hangul_is_composed(body: Body) -> None:
    decomposed = "\u1112\u1167\u11b8\u110b\u1174"  # 협의, as some systems paste it
    assert {(hit.kind, hit.id) for hit in search(body.workspace, decomposed).hits} == {
        ("session", body.session_id),
        ("agenda_item", body.korean_item_id),
    }


def test_empty_queries_find_nothing(body: Body) -> None:
    for query in ("", " ", '"', "*", "()"):
        assert search(body.workspace, query).hits == ()


def test_a_long_query_is_cut_to_a_few_clauses() -> None:
    assert len(parse_query(" ".join(f"word{n}" for n in range(500))).clauses) == MAX_CLAUSES


@pytest.fixture(scope="module")
def shared_body(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path_factory.mktemp("hostile") / "body.sqlite3")
    fill(workspace)
    yield workspace
    workspace.close(backup=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60) | st.text(alphabet='"*():^-+ ANDORNEAR협의서울a1', max_size=30))
def test_any_text_at_all(shared_body: Workspace, query: str) -> None:
    results = search(shared_body, query, per_kind=3)
    for hit in results.hits:
        assert hit.kind in {"session", "agenda_item", "outcome", "action", "person"}
