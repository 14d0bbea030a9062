"""A month change on a ten-year body (1,000+ sessions) is instant: one query for the visible days, one paint."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.demo import fill_large_body
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.calendar.calendar_view import CalendarView, add_months
from desktop_app.ui.common.navigator import Navigator

pytestmark = [pytest.mark.gui, pytest.mark.perf]

MEDIAN_BOUND_MS = 100  # generous: about 10 ms on a developer's machine


@pytest.fixture
def large(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "big10.sqlite3")
    fill_large_body(workspace, 10)
    yield workspace
    workspace.close(backup=False)


def test_month_change_on_a_ten_year_body(qtbot: QtBot, large: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = list_sessions(large)
    assert len(sessions) > 1000
    view = CalendarView(Navigator())
    qtbot.addWidget(view)
    view.resize(1300, 860)
    view.load(large)
    view.show()
    qtbot.waitExposed(view)
    first = sessions[len(sessions) // 2].local_start().date().replace(day=1)
    view.show_month(first.year, first.month)  # warm the holiday tables, as the first page of a session does
    timings, counts = [], []
    for offset in range(1, 25):
        month = add_months(first, offset)
        began = time.perf_counter()
        view.show_month(month.year, month.month)
        view.month_grid.repaint()  # the paint too, not only the query
        timings.append((time.perf_counter() - began) * 1000)
        counts.append(len(view.page.entries) if view.page else 0)
    median = statistics.median(timings)
    with capsys.disabled():
        print(
            f"\nmonth change on {len(sessions)} sessions: median {median:.1f} ms, max {max(timings):.1f} ms "
            f"({min(counts)}–{max(counts)} sessions a page)"
        )
    assert sum(counts) > 100  # the pages really held sessions
    assert median < MEDIAN_BOUND_MS, timings
    assert view.month_grid.first_day <= date(month.year, month.month, 1)
