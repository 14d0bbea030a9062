"""Search stays inside a frame on ten years of sessions (the benchmark measures it properly: ``make bench``)."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.demo import fill_large_body
from desktop_app.services.search import search
from desktop_app.services.workspace import Workspace

pytestmark = pytest.mark.perf

# English words, prefixes, phrases, one- and two-syllable Korean, compounds, years, and worst cases.
QUERIES = (
    "joint exercises",
    "exerc",
    "sanctions 2020",
    '"joint paper"',
    "denuclear roadmap",
    "북",
    "김",
    "협의",
    "회의",
    "제재 이행",
    "연합연습",
    "비핵화 로드맵",
    "a",
    "the",
    "2021",
    "follow-up",
)
GENEROUS_MS = 60.0  # the goal is 20 ms; a shared CI machine gets three times that before this fails


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp("ten-years") / "body.sqlite3"
    with Workspace.open(path) as workspace:
        fill_large_body(workspace, 10)
    with Workspace.open(path, read_only=True) as workspace:
        yield workspace


def test_every_query_answers_within_a_frame_or_so(ten_years: Workspace) -> None:
    medians = {}
    for query in QUERIES:
        search(ten_years, query, per_kind=5)  # warm: the first query reads pages from disk
        times = [search(ten_years, query, per_kind=5).elapsed_ms for _ in range(5)]
        medians[query] = statistics.median(times)
    print("\n".join(f"{query!r:>20}: {ms:5.1f} ms" for query, ms in medians.items()))
    print(f"median of medians {statistics.median(medians.values()):.1f} ms, worst {max(medians.values()):.1f} ms")
    assert statistics.median(medians.values()) < 20.0
    assert max(medians.values()) < GENEROUS_MS, medians
