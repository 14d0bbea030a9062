"""The calendar's service: a range of sessions with both sides' times, warnings and holidays, within a frame."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.attendance import Attendance
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.services.calendar_view import sessions_in_range
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository, session_repository
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


def fill(workspace: Workspace, count: int) -> None:
    """``count`` sessions every other day from 2027, each with a few of 200 people."""
    with workspace.store.transaction() as db:
        people = [people_repository.insert_person(db, Person(f"Person {n}", "ROK")) for n in range(200)]
        base = datetime(2027, 1, 4, 1, tzinfo=UTC)
        for n in range(count):
            start = base + timedelta(days=2 * n, hours=n % 5)
            session = Session(f"Session {n}", start, "Asia/Seoul", 120, "ROK", number=n + 1)
            session_id = session_repository.insert_session(db, session)
            for k in range(6):
                people_repository.add_attendance(db, Attendance(session_id, people[(n * 7 + k) % 200]))


def test_a_month_change_with_a_thousand_sessions_takes_less_than_a_frame(workspace: Workspace) -> None:
    fill(workspace, 1000)
    sessions_in_range(workspace, date(2028, 1, 1), date(2028, 2, 1))  # warm the holiday tables, as the app does
    timings = []
    for month in range(2, 8):
        began = time.perf_counter()
        page = sessions_in_range(workspace, date(2028, month, 1), date(2028, month + 1, 1))
        timings.append(time.perf_counter() - began)
        assert 13 <= len(page.entries) <= 16
    assert min(timings) < FRAME_SECONDS, timings
    assert sorted(timings)[len(timings) // 2] < FRAME_SECONDS, timings
