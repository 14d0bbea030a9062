"""The ten-year body is searchable in both languages (its speed is measured in benchmarks/perf)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.demo import fill_large_body
from desktop_app.services.search import search
from desktop_app.services.workspace import Workspace


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp("ten-years") / "body.sqlite3"
    with Workspace.open(path) as workspace:
        fill_large_body(workspace, 10)
    with Workspace.open(path, read_only=True) as workspace:
        yield workspace


@pytest.mark.slow
def test_the_ten_year_body_is_found_in_both_languages(ten_years: Workspace) -> None:
    results = search(ten_years, "연합연습", per_kind=5)
    assert {"agenda_item", "outcome", "action"} <= set(results.by_kind())
    english = search(ten_years, "combined exercises", per_kind=5)
    assert english.by_kind()["agenda_item"][0].title_spans
