"""Series: planned from a rule with a rotating host; one occurrence moved or skipped; "this and the following"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop_app.domain.series import VIDEO
from desktop_app.domain.session import SessionMode, SessionStatus
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.timezones import wall_time
from desktop_app.services.scheduling import Scope, SessionDraft, cancel_session, edit_session, move_session
from desktop_app.services.series import SeriesDraft, create_series
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository


def monthly(**fields: object) -> SeriesDraft:
    values: dict[str, object] = {
        "title": "Policy consultation",
        "rule": "monthly-weekday",
        "first_start": datetime(2027, 1, 12, 10, 0),
        "timezone": "Asia/Seoul",
        "duration_minutes": 120,
        "hosts": ("ROK", "US", VIDEO),
        "count": 6,
        "video_link": "https://video.example.org/room",
    }
    values.update(fields)
    return SeriesDraft(**values)  # type: ignore[arg-type]


def test_a_series_rotates_its_host_and_each_capital_keeps_its_wall_time(workspace: Workspace) -> None:
    series, made = create_series(workspace, monthly())
    sessions = [m.session for m in made]
    assert series.id is not None and series.count == 6
    assert [s.host_side for s in sessions] == ["ROK", "US", "ROK", "ROK", "US", "ROK"]
    assert [s.venue_city for s in sessions] == ["Seoul", "Washington", "", "Seoul", "Washington", ""]
    assert [s.timezone for s in sessions][:3] == ["Asia/Seoul", "America/New_York", "Asia/Seoul"]
    assert all(wall_time(s.start, s.timezone).hour == 10 for s in sessions)
    assert sessions[2].is_video
    assert [s.number for s in sessions] == [1, 2, 3, 4, 5, 6]
    assert all(s.series_id == series.id for s in sessions)
    # Every session in Washington is on the second Tuesday too.
    assert all(wall_time(s.start, s.timezone).weekday() == 1 for s in sessions)


def test_a_video_turn_without_a_link_is_judged_in_both_capitals(workspace: Workspace) -> None:
    """ROK, US, video at 10:00 KST: the video sessions are at 20:00 the evening before in Washington."""
    _series, made = create_series(workspace, monthly(video_link=""))
    video = made[2]
    assert video.session.mode is SessionMode.VIDEO and video.session.video_link == ""
    assert any("outside 08:00–19:00 in Washington" in w for w in video.warnings), video.warnings
    stored = session_repository.get_session(workspace.store.db, video.session.id or 0)
    assert stored.mode is SessionMode.VIDEO
    assert made[0].session.mode is SessionMode.IN_PERSON
    assert not any("Washington" in w for w in made[0].warnings)  # in Seoul, judged on Seoul's clock


def test_a_series_until_an_end_date_and_in_one_zone(workspace: Workspace) -> None:
    _, made = create_series(
        workspace,
        monthly(rule="six-weeks", count=None, until=date(2027, 6, 30), hosts=("ROK", "US"), host_local_time=False),
    )
    assert len(made) == 5
    assert {m.session.timezone for m in made} == {"Asia/Seoul"}


def test_a_series_without_an_end_or_too_long_is_refused_and_writes_nothing(workspace: Workspace) -> None:
    with pytest.raises(InvalidInput, match="needs an end"):
        create_series(workspace, monthly(count=None))
    with pytest.raises(InvalidInput, match="at most 500"):
        create_series(workspace, monthly(rule="FREQ=DAILY", count=None, until=date(2029, 12, 31)))
    with pytest.raises(InvalidInput, match="neither a side"):
        create_series(workspace, monthly(hosts=("ROK", "Pyongyang")))
    assert workspace.store.db.table("sessions").count == 0
    assert workspace.store.db.table("series").count == 0


def test_one_occurrence_moved_keeps_its_series_and_one_skipped_is_cancelled(workspace: Workspace) -> None:
    series, made = create_series(workspace, monthly())
    second, third = made[1].session, made[2].session
    assert second.id is not None and third.id is not None
    [moved] = move_session(workspace, second.id, datetime(2027, 2, 10, 10))
    assert moved.session.series_id == series.id and moved.session.sequence == 1
    [skipped] = cancel_session(workspace, third.id)
    assert skipped.status is SessionStatus.CANCELLED and skipped.series_id == series.id
    others = session_repository.series_sessions(workspace.store.db, series.id or 0)
    assert [s.sequence for s in others] == [0, 1, 1, 0, 0, 0]


def test_this_and_the_following_splits_the_series_and_shifts_the_later_sessions(workspace: Workspace) -> None:
    series, made = create_series(workspace, monthly())
    fourth = made[3].session
    assert fourth.id is not None
    edited = replace(SessionDraft.of(fourth), local_start=datetime(2027, 4, 13, 14, 0), title="Policy talks")
    written = edit_session(workspace, fourth.id, edited, Scope.FOLLOWING)
    assert len(written) == 3
    db = workspace.store.db
    head = series_repository.get_series(db, series.id or 0)
    assert head.count == 3
    tail = series_repository.get_series(db, written[0].session.series_id or 0)
    assert tail.id != head.id and tail.count == 3 and tail.title == "Policy talks"
    assert tail.hosts == ("ROK", "US", VIDEO)  # the fourth occurrence was hosted by ROK: rotation carries on
    assert [wall_time(w.session.start, w.session.timezone).hour for w in written] == [14, 14, 14]
    assert all(w.session.title == "Policy talks" and w.session.sequence == 1 for w in written)
    earlier = session_repository.series_sessions(db, series.id or 0)
    assert [s.title for s in earlier] == ["Policy consultation"] * 3 and all(s.sequence == 0 for s in earlier)


def test_this_and_the_following_from_the_first_edits_the_series_in_place(workspace: Workspace) -> None:
    series, made = create_series(workspace, monthly(count=3))
    first = made[0].session
    assert first.id is not None
    written = edit_session(workspace, first.id, replace(SessionDraft.of(first), duration_minutes=90), Scope.FOLLOWING)
    assert [w.session.duration_minutes for w in written] == [90, 90, 90]
    assert series_repository.get_series(workspace.store.db, series.id or 0).duration_minutes == 90
    assert workspace.store.db.table("series").count == 1


def test_cancel_this_and_the_following(workspace: Workspace) -> None:
    _, made = create_series(workspace, monthly(count=4))
    third = made[2].session
    assert third.id is not None
    cancelled = cancel_session(workspace, third.id, Scope.FOLLOWING)
    assert [s.number for s in cancelled] == [3, 4]
