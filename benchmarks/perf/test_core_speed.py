"""The pure core keeps up with the window: calendar pages, warnings and filters within a frame."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.attendance import Attendance
from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.people_filter import PeopleFilter
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.conflicts import Booking, ConflictIndex
from desktop_app.scheduling.holidays_calendar import year_holidays
from desktop_app.scheduling.recurrence import expand
from desktop_app.scheduling.warnings import session_warnings
from desktop_app.services.calendar_view import sessions_in_range
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository, session_repository
from tests.people.factory import many_people
from tests.scheduling.test_recurrence import FIRST

pytestmark = pytest.mark.perf

FRAME_SECONDS = 1 / 60


def test_holiday_tables_are_cached_per_year() -> None:
    year_holidays("KR", 2031)
    began = time.perf_counter()
    for _ in range(10_000):
        year_holidays("KR", 2031)
    assert time.perf_counter() - began < 0.05


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


def test_warnings_per_keystroke_are_fast_with_a_thousand_sessions() -> None:
    base = datetime(2027, 1, 4, 1, tzinfo=UTC)
    bookings = [
        Booking(n, f"#{n}", base + timedelta(days=n), base + timedelta(days=n, hours=2), frozenset({n % 50}))
        for n in range(1000)
    ]
    index = ConflictIndex(bookings, {n: f"Person {n}" for n in range(50)})
    session = Session("Draft", base + timedelta(days=400), "Asia/Seoul", 120, "ROK")
    session_warnings(session, DEFAULT_BODY, index=index, attendees=[0, 1, 2])
    began = time.perf_counter()
    for minute in range(500):
        moved = Session("Draft", base + timedelta(days=400, minutes=minute), "Asia/Seoul", 120, "ROK")
        session_warnings(moved, DEFAULT_BODY, index=index, attendees=[0, 1, 2])
    assert (time.perf_counter() - began) / 500 < 0.002  # well under a keystroke


@pytest.mark.parametrize(
    "rule", ["FREQ=SECONDLY;COUNT=2", "FREQ=DAILY;INTERVAL=100000;COUNT=2", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6;COUNT=2"]
)
def test_rules_out_of_bounds_are_refused_at_once(rule: str) -> None:
    began = time.perf_counter()
    with pytest.raises(InvalidInput):
        expand(rule, FIRST, count=None, until=None)
    assert time.perf_counter() - began < 0.5


def test_a_keystroke_on_5000_people_takes_well_under_a_frame(capsys: pytest.CaptureFixture[str]) -> None:
    people = [replace(p, id=n) for n, p in enumerate(many_people(5000), start=1)]
    started = time.perf_counter()
    f = PeopleFilter(people, {"US": "United States 미국", "ROK": "Republic of Korea 대한민국"})
    build_ms = (time.perf_counter() - started) * 1000
    sequences = ["kim min-jun", "김민준", "ㄱㅁㅈ", "department of state", "emily carter", "2100", "zzz", "외교부 국장"]
    timings = []
    for sequence in sequences:
        f.rows("")
        for end in range(1, len(sequence) + 1):
            started = time.perf_counter()
            f.rows(sequence[:end])
            timings.append((time.perf_counter() - started) * 1000)
    # the worst case: a query unrelated to the last, searching all 5,000 haystacks
    full = []
    for query in ["e", "a", "미", "x", "e", "a"]:
        started = time.perf_counter()
        f.rows(query)
        full.append((time.perf_counter() - started) * 1000)
    with capsys.disabled():
        print(
            f"\n[people filter, 5,000 people] build {build_ms:.1f} ms; keystroke median "
            f"{statistics.median(timings):.2f} ms, max {max(timings):.2f} ms; full scan max {max(full):.2f} ms"
        )
    assert max(full) < 16 * 3  # generous for a slow CI machine; the goal is one frame, 16 ms
    assert statistics.median(timings) < 16
