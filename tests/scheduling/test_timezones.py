"""A session is an instant plus its zone; both sides see it in their own time, across DST."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.timezones import is_repeated, is_skipped, local_times, to_utc, wall_time
from desktop_app.services.scheduling import create_session
from desktop_app.services.series import SeriesDraft, plan_series
from desktop_app.services.workspace import Workspace
from tests.scheduling.helpers import draft

NEW_YORK = "America/New_York"


def test_seoul_morning_is_the_previous_evening_in_washington_at_19_in_winter(workspace: Workspace) -> None:
    made = create_session(workspace, draft("Winter", datetime(2027, 1, 12, 9, 0))).session
    washington = local_times(made, workspace.body)[NEW_YORK]
    assert washington.isoformat() == "2027-01-11T19:00:00-05:00"
    assert washington.tzname() == "EST"


def test_seoul_morning_is_20_in_washington_in_summer(workspace: Workspace) -> None:
    made = create_session(workspace, draft("Summer", datetime(2027, 7, 13, 9, 0))).session
    washington = local_times(made, workspace.body)[NEW_YORK]
    assert washington.isoformat() == "2027-07-12T20:00:00-04:00"
    assert washington.tzname() == "EDT"
    assert made.start == datetime(2027, 7, 13, 0, 0, tzinfo=UTC)


def test_a_weekly_washington_series_across_the_spring_forward_weekend_keeps_its_wall_time() -> None:
    # The US moves its clocks on Sunday 14 March 2027; Korea does not.
    series_draft = SeriesDraft(
        title="Weekly call",
        rule="weekly",
        first_start=datetime(2027, 3, 12, 10, 0),  # Friday
        timezone=NEW_YORK,
        duration_minutes=60,
        hosts=("US",),
        count=2,
    )
    _, sessions = plan_series(DEFAULT_BODY, series_draft)
    before, after = sessions
    assert [wall_time(s.start, NEW_YORK).hour for s in sessions] == [10, 10]
    assert local_times(before, DEFAULT_BODY)["Asia/Seoul"].isoformat() == "2027-03-13T00:00:00+09:00"
    assert local_times(after, DEFAULT_BODY)["Asia/Seoul"].isoformat() == "2027-03-19T23:00:00+09:00"
    assert after.start - before.start == (datetime(2027, 3, 19, 14, tzinfo=UTC) - datetime(2027, 3, 12, 15, tzinfo=UTC))


def test_a_session_on_the_spring_forward_night_itself_is_refused_when_typed(workspace: Workspace) -> None:
    assert is_skipped(datetime(2027, 3, 14, 2, 30), NEW_YORK)
    with pytest.raises(InvalidInput, match="does not exist"):
        create_session(workspace, draft("Gap", datetime(2027, 3, 14, 2, 30), NEW_YORK))
    assert workspace.store.db.table("sessions").count == 0


def test_the_hour_the_clocks_fall_back_means_its_first_occurrence() -> None:
    local = datetime(2027, 11, 7, 1, 30)
    assert is_repeated(local, NEW_YORK)
    assert to_utc(local, NEW_YORK) == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # still EDT


def test_a_skipped_time_in_a_series_lands_an_hour_later_as_rfc_5545_says() -> None:
    assert to_utc(datetime(2027, 3, 14, 2, 30), NEW_YORK, strict=False) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)
