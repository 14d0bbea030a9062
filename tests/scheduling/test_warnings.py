"""Warnings: holidays of either country (named), weekends, hours outside 08:00–19:00, double bookings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.scheduling.holidays_calendar import holidays_between, year_holidays
from desktop_app.scheduling.warnings import session_warnings, time_warnings
from desktop_app.services.calendar_view import warning_context
from desktop_app.services.scheduling import cancel_session, create_session, draft_problems, draft_warnings
from desktop_app.services.workspace import Workspace
from tests.scheduling.helpers import draft, new_person, seat


def at(year: int, month: int, day: int, hour: int, minute: int = 0, minutes: int = 120) -> tuple[datetime, datetime]:
    start = datetime(year, month, day, hour, minute, tzinfo=UTC)
    return start, start + timedelta(minutes=minutes)


def test_seollal_is_named_in_korean_and_english() -> None:
    # 10:00 in Seoul on Monday 8 February 2027, the day after Seollal; Sunday evening in Washington.
    found = time_warnings(*at(2027, 2, 8, 1), DEFAULT_BODY)
    assert (
        "Mon 8 Feb 2027 is a public holiday in Republic of Korea: The second day of Korean New Year (설날 다음날)"
        in (found)
    )
    assert any(w.startswith("on a weekend in Washington: Sun 7 Feb 2027 20:00 EST") for w in found)


def test_chuseok_is_named() -> None:
    found = time_warnings(*at(2027, 9, 15, 1), DEFAULT_BODY)  # 10:00 in Seoul
    assert "Wed 15 Sep 2027 is a public holiday in Republic of Korea: Chuseok (추석)" in found


def test_a_us_federal_holiday_counts_on_the_washington_calendar_day() -> None:
    # 09:00 on Friday 26 November in Seoul is 19:00 on Thanksgiving Day in Washington.
    found = time_warnings(*at(2027, 11, 26, 0), DEFAULT_BODY)
    assert "Thu 25 Nov 2027 is a public holiday in United States: Thanksgiving Day" in found
    assert not any("Republic of Korea" in w for w in found)


def test_an_observed_federal_holiday_is_named_as_such() -> None:
    found = time_warnings(*at(2027, 7, 5, 14), DEFAULT_BODY)  # 10:00 in Washington
    assert any("United States: Independence Day (observed)" in w for w in found)


def test_hours_are_checked_on_both_sides() -> None:
    found = time_warnings(*at(2027, 3, 9, 1), DEFAULT_BODY)  # Tue 10:00 Seoul, Mon 20:00 Washington
    assert found == ["outside 08:00–19:00 in Washington: Mon 8 Mar 2027 20:00 EST–22:00 EST"]


def test_a_session_inside_working_hours_on_both_sides_has_no_warning() -> None:
    # 08:00 in Washington on a summer Monday is 21:00 in Seoul: there is no such slot; one side always warns.
    assert time_warnings(*at(2027, 6, 14, 23, minutes=60), DEFAULT_BODY) != []
    # A session only one side attends in person still warns for the other: never silent.
    assert all("Washington" in w for w in time_warnings(*at(2027, 6, 15, 0, minutes=60), DEFAULT_BODY))


def test_a_cancelled_session_has_no_warnings() -> None:
    start, _ = at(2027, 2, 7, 1)
    session = Session("x", start, "Asia/Seoul", 60, "ROK", status=SessionStatus.CANCELLED)
    assert session_warnings(session, DEFAULT_BODY) == []


def test_holiday_tables_are_cached_per_year() -> None:
    assert year_holidays("KR", 2031) is year_holidays("KR", 2031)
    days = holidays_between(DEFAULT_BODY, datetime(2027, 9, 1).date(), datetime(2027, 9, 30).date())
    assert days[datetime(2027, 9, 15).date()] == {"ROK": "Chuseok (추석)"}
    assert days[datetime(2027, 9, 6).date()] == {"US": "Labor Day"}


def test_a_person_in_two_overlapping_sessions_is_named(workspace: Workspace) -> None:
    first = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    second = create_session(workspace, draft("Second", datetime(2027, 3, 9, 11))).session
    later = create_session(workspace, draft("Later", datetime(2027, 3, 9, 12))).session  # touches, no overlap
    kim = new_person(workspace, "KIM Min-jun")
    for session in (first, second, later):
        assert session.id is not None
        seat(workspace, session.id, kim)
    context = warning_context(workspace)
    assert "KIM Min-jun is also in session #2 “Second”, which overlaps" in context.warnings(first)
    assert not any("KIM" in w for w in context.warnings(later) if "#1" in w)
    assert [w for w in context.warnings(later) if "KIM" in w] == [
        "KIM Min-jun is also in session #2 “Second”, which overlaps"
    ]
    assert second.id is not None
    cancel_session(workspace, second.id)
    assert not any("KIM" in w for w in warning_context(workspace).warnings(first))


def test_the_dialog_gets_warnings_and_problems_as_the_officer_types(workspace: Workspace) -> None:
    create_session(workspace, draft("Existing", datetime(2027, 3, 9, 10)))
    kim = new_person(workspace, "KIM Min-jun")
    seat(workspace, 1, kim)
    context = warning_context(workspace)
    typing = draft("New", datetime(2027, 3, 9, 11))
    warnings = draft_warnings(context, typing, attendees=[kim])
    assert any("KIM Min-jun is also in session #1" in w for w in warnings)
    assert draft_problems(typing, workspace.body) == []
    gap = draft("New", datetime(2027, 3, 14, 2, 30), "America/New_York")
    assert any("does not exist" in p for p in draft_problems(gap, workspace.body))
    assert draft_warnings(context, gap) == []
    fall_back = draft("New", datetime(2027, 11, 7, 1, 30), "America/New_York")
    assert any("happens twice" in w for w in draft_warnings(context, fall_back))
    assert draft_problems(draft("", datetime(2027, 3, 9, 11), "Mars/Base"), workspace.body) == [
        "a session needs a title",
        "unknown time zone 'Mars/Base' (use an IANA name such as Asia/Seoul)",
    ]
