"""Search latency inside the app: ``services.search.search`` on the ten-year body, as the search box calls it.

Absolute, against the goal of 20 ms per query; the baseline row is an ``SELECT 1`` round trip
on the same connection, the floor any query pays. Every query runs once cold (its pages
read from disk) and is then timed ``rounds`` times; the table reports the median over the
queries of each query's median, and the slowest query's median.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

# English words, prefixes, a phrase, Korean of one and two syllables, compounds, years, worst cases.
QUERIES = (
    "joint exercises",
    "joint exercises 2019",
    "exerc",
    "sanctions",
    '"joint paper"',
    "denuclear roadmap",
    "follow-up",
    "kim",
    "북",
    "김",
    "협의",
    "회의",
    "제재 이행",
    "연합연습",
    "비핵화 로드맵",
    "2021",
    "a",
    "the",
)


def measure(database: Path, rounds: int) -> dict[str, list[float]]:
    """Per query, its times in milliseconds; and ``select 1``, the bare round trip."""
    from desktop_app.services.search import search
    from desktop_app.services.workspace import Workspace

    times: dict[str, list[float]] = {query: [] for query in QUERIES}
    times["select 1"] = []
    with Workspace.open(database, read_only=True) as workspace:
        conn = workspace.store.conn
        for query in QUERIES:
            search(workspace, query, per_kind=5)  # cold: pages come from disk once
        for _ in range(rounds):
            for query in QUERIES:
                began = time.perf_counter()
                conn.execute("SELECT 1").fetchall()
                times["select 1"].append((time.perf_counter() - began) * 1000)
                times[query].append(search(workspace, query, per_kind=5).elapsed_ms)
    return times


def summary(times: dict[str, list[float]]) -> tuple[float, float, str, float]:
    """(median of the per-query medians, the slowest query's median, that query, the SELECT 1 median)."""
    medians = {query: statistics.median(values) for query, values in times.items() if query != "select 1"}
    slowest = max(medians, key=lambda query: medians[query])
    return statistics.median(medians.values()), medians[slowest], slowest, statistics.median(times["select 1"])
