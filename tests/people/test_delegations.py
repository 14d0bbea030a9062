"""Each side's delegation: roles, protocol order (head first), answers, copying, overlap warnings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.session import SessionStatus
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.delegations import (
    add_to_delegation,
    copy_previous_delegations,
    delegations,
    overlap_warnings,
    person_overlaps,
    remove_from_delegation,
    reorder_delegation,
    restore_to_delegation,
    set_role,
    set_rsvp,
    undo_copy,
    undo_role_change,
)
from desktop_app.services.people import retire_person
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session
from tests.people.conftest import Cast, ids


def order(workspace: Workspace, session_id: int, side: str) -> list[str]:
    return [d.person.name for d in delegations(workspace, session_id).side(side).delegates]


@pytest.fixture
def seated(workspace: Workspace, cast: Cast) -> int:
    """The first session with three ROK delegates (head first) and two US ones."""
    sid = cast.first.id
    assert sid is not None
    for person, role in [(cast.lee, Role.MEMBER), (cast.park, Role.INTERPRETER), (cast.kim, Role.HEAD)]:
        add_to_delegation(workspace, sid, person.id or 0, role=role)
    add_to_delegation(workspace, sid, cast.carter.id or 0, role=Role.HEAD, rsvp=Rsvp.CONFIRMED)
    add_to_delegation(workspace, sid, cast.brooks.id or 0, rsvp=Rsvp.DECLINED)
    return sid


def test_the_head_sits_first_and_counts_are_per_side(workspace: Workspace, seated: int) -> None:
    assert order(workspace, seated, "ROK") == ["KIM Min-jun", "LEE Seo-yeon", "PARK Ji-ho"]
    both = delegations(workspace, seated)
    assert [d.attendance.protocol_order for d in both.side("ROK").delegates] == [0, 1, 2]
    assert both.counts["ROK"].total == 3 and both.counts["ROK"].by_rsvp == {"invited": 3}
    assert both.counts["US"].total == 2 and both.counts["US"].attending == 1
    assert both.counts["US"].by_rsvp == {"confirmed": 1, "declined": 1}


def test_one_head_per_side_and_no_one_twice(workspace: Workspace, cast: Cast, seated: int) -> None:
    with pytest.raises(UserError, match="KIM Min-jun already heads the ROK delegation"):
        set_role(workspace, seated, cast.lee.id or 0, Role.HEAD)
    with pytest.raises(UserError, match="already in the delegations"):
        add_to_delegation(workspace, seated, cast.lee.id or 0)
    with pytest.raises(UserError, match="not in the delegations"):
        set_rsvp(workspace, cast.second.id or 0, cast.lee.id or 0, Rsvp.CONFIRMED)


def test_reorder_is_a_drag_and_drop_with_the_head_first(workspace: Workspace, cast: Cast, seated: int) -> None:
    before = reorder_delegation(workspace, seated, "ROK", ids(cast.kim, cast.park, cast.lee))
    assert order(workspace, seated, "ROK") == ["KIM Min-jun", "PARK Ji-ho", "LEE Seo-yeon"]
    assert before == ids(cast.kim, cast.lee, cast.park)
    with pytest.raises(UserError, match="head of delegation sits first"):
        reorder_delegation(workspace, seated, "ROK", ids(cast.park, cast.kim, cast.lee))
    with pytest.raises(InvalidInput, match="exactly once"):
        reorder_delegation(workspace, seated, "ROK", ids(cast.kim, cast.park))
    reorder_delegation(workspace, seated, "ROK", before)  # undo
    assert order(workspace, seated, "ROK") == ["KIM Min-jun", "LEE Seo-yeon", "PARK Ji-ho"]


def test_role_rsvp_and_remove_return_what_undo_needs(workspace: Workspace, cast: Cast, seated: int) -> None:
    lee = cast.lee.id or 0
    before = set_rsvp(workspace, seated, lee, Rsvp.TENTATIVE)
    assert before.rsvp is Rsvp.INVITED
    assert delegations(workspace, seated).counts["ROK"].by_rsvp == {"invited": 2, "tentative": 1}
    # a head stepping down: the new head moves to the front
    set_role(workspace, seated, cast.kim.id or 0, Role.DEPUTY)
    set_role(workspace, seated, cast.park.id or 0, Role.HEAD)
    assert order(workspace, seated, "ROK") == ["PARK Ji-ho", "KIM Min-jun", "LEE Seo-yeon"]
    removed = remove_from_delegation(workspace, seated, cast.kim.id or 0)
    assert order(workspace, seated, "ROK") == ["PARK Ji-ho", "LEE Seo-yeon"]
    restore_to_delegation(workspace, removed)
    assert order(workspace, seated, "ROK") == ["PARK Ji-ho", "KIM Min-jun", "LEE Seo-yeon"]
    rows = delegations(workspace, seated).side("ROK").delegates
    assert [d.attendance.protocol_order for d in rows] == [0, 1, 2]
    assert rows[1].attendance.role is Role.DEPUTY


def test_adding_at_a_position_never_goes_before_the_head(workspace: Workspace, cast: Cast, seated: int) -> None:
    new = add_to_delegation(workspace, cast.second.id or 0, cast.kim.id or 0, role=Role.HEAD)
    assert new.protocol_order == 0
    add_to_delegation(workspace, cast.second.id or 0, cast.lee.id or 0, position=0)
    assert order(workspace, cast.second.id or 0, "ROK") == ["KIM Min-jun", "LEE Seo-yeon"]


def test_copy_previous_in_one_step(workspace: Workspace, cast: Cast, seated: int) -> None:
    second = cast.second.id or 0
    add_to_delegation(workspace, second, cast.lee.id or 0, role=Role.HEAD)  # already there, and heads the side
    retire_person(workspace, cast.park.id or 0)
    result = copy_previous_delegations(workspace, second)
    assert result.source.id == seated
    assert [p.name for p in result.already_there] == ["LEE Seo-yeon"]
    assert [p.name for p in result.retired] == ["PARK Ji-ho"]
    assert [p.name for p in result.demoted_heads] == ["KIM Min-jun"]
    assert order(workspace, second, "ROK") == ["LEE Seo-yeon", "KIM Min-jun"]
    assert order(workspace, second, "US") == ["Emily Carter", "James Brooks"]
    us = delegations(workspace, second).side("US").delegates
    assert [(d.attendance.role, d.attendance.rsvp) for d in us] == [
        (Role.HEAD, Rsvp.INVITED),
        (Role.MEMBER, Rsvp.INVITED),
    ]
    assert len(result.added) == 3
    undo_copy(workspace, result)
    assert order(workspace, second, "ROK") == ["LEE Seo-yeon"] and order(workspace, second, "US") == []


def test_copy_previous_needs_an_earlier_delegation(workspace: Workspace, cast: Cast) -> None:
    with pytest.raises(UserError, match="no earlier session"):
        copy_previous_delegations(workspace, cast.second.id or 0)


def test_a_person_in_two_overlapping_sessions_is_warned_about(workspace: Workspace, cast: Cast, seated: int) -> None:
    start = cast.first.start
    overlapping = add_session(
        workspace, seoul_session("Side meeting", start=start + timedelta(minutes=90), duration_minutes=30)
    )
    back_to_back = add_session(workspace, seoul_session("Lunch", start=start + timedelta(minutes=120)))
    cancelled = add_session(workspace, seoul_session("Called off", start=start, status=SessionStatus.CANCELLED))
    for session in (overlapping, back_to_back, cancelled):
        add_to_delegation(workspace, session.id or 0, cast.kim.id or 0)
    add_to_delegation(workspace, overlapping.id or 0, cast.brooks.id or 0)  # declined the first: no clash

    warnings = overlap_warnings(workspace, seated)
    assert [(w.person.name, w.other.title) for w in warnings] == [("KIM Min-jun", "Side meeting")]
    assert "KIM Min-jun is also in 'Side meeting' (Tue 9 Mar 2027 11:30 KST)" in warnings[0].message
    assert [(w.session.title, w.other.title) for w in person_overlaps(workspace, cast.kim.id or 0)] == [
        ("제1차 정책협의 (1st round)", "Side meeting"),
        ("Side meeting", "제1차 정책협의 (1st round)"),
    ]
    assert overlap_warnings(workspace, back_to_back.id or 0) == []


def test_delegations_of_a_far_future_session_do_not_clash(workspace: Workspace, cast: Cast, seated: int) -> None:
    later = add_session(workspace, seoul_session("Next year", start=datetime(2028, 3, 9, 1, 0, tzinfo=UTC)))
    add_to_delegation(workspace, later.id or 0, cast.kim.id or 0)
    assert overlap_warnings(workspace, later.id or 0) == []


def test_a_role_change_is_undone_with_the_order_it_changed(workspace: Workspace, cast: Cast, seated: int) -> None:
    stepped_down = set_role(workspace, seated, cast.kim.id or 0, Role.MEMBER)
    new_head = set_role(workspace, seated, cast.park.id or 0, Role.HEAD)
    assert order(workspace, seated, "ROK") == ["PARK Ji-ho", "KIM Min-jun", "LEE Seo-yeon"]
    undo_role_change(workspace, new_head)
    assert order(workspace, seated, "ROK") == ["KIM Min-jun", "LEE Seo-yeon", "PARK Ji-ho"]
    undo_role_change(workspace, stepped_down)
    kim = delegations(workspace, seated).side("ROK").delegates[0]
    assert (kim.person.name, kim.attendance.role) == ("KIM Min-jun", Role.HEAD)
