"""The calendar's service: a range of sessions with both sides' times, warnings and holidays, within a frame."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.services.calendar_view import sessions_in_range
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from tests.scheduling.helpers import draft

FRAME_SECONDS = 1 / 60


def test_a_month_page_shows_local_times_warnings_and_holidays(workspace: Workspace) -> None:
    create_session(workspace, draft("Chuseok round", datetime(2027, 9, 15, 10)))
    create_session(workspace, draft("October round", datetime(2027, 10, 12, 10)))
    page = sessions_in_range(workspace, date(2027, 9, 1), date(2027, 10, 1))
    [entry] = page.entries
    assert entry.session.title == "Chuseok round"
    assert entry.local_times["America/New_York"].isoformat() == "2027-09-14T21:00:00-04:00"
    assert any("Chuseok (추석)" in w for w in entry.warnings)
    assert page.holidays[date(2027, 9, 15)] == {"ROK": "Chuseok (추석)"}
    assert page.holidays[date(2027, 9, 6)] == {"US": "Labor Day"}
    assert page.start == datetime(2027, 8, 31, 15, tzinfo=UTC)  # midnight in Seoul, the home side
