"""Follow-up: action items, their carry-over to the next session, overdue marking and filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services import actions
from desktop_app.services.actions import ActionFilter
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session

TODAY = date(2027, 5, 1)


@pytest.fixture
def three_sessions(workspace: Workspace) -> list[Session]:
    return [
        add_session(workspace, seoul_session("First", start=datetime(2027, 3, 9, 1, 0, tzinfo=UTC))),
        add_session(
            workspace,
            seoul_session(
                "Second",
                start=datetime(2027, 6, 8, 14, 0, tzinfo=UTC),
                timezone="America/New_York",
                host_side="US",
                venue_city="Washington",
            ),
        ),
        add_session(workspace, seoul_session("Third", start=datetime(2027, 9, 7, 1, 0, tzinfo=UTC))),
    ]


def _add(workspace: Workspace, session: Session, text: str, **fields: object) -> ActionItem:
    assert session.id is not None
    return actions.add_action(workspace, ActionItem(session_id=session.id, text=text, **fields))  # type: ignore[arg-type]


def test_open_items_of_earlier_sessions_carry_over_and_overdue_ones_are_marked(
    workspace: Workspace, three_sessions: list[Session]
) -> None:
    first, second, third = three_sessions
    late = _add(
        workspace, first, "Share the export-control list", owner="Jane DOE", owner_side="US", due=date(2027, 4, 1)
    )
    pending = _add(
        workspace, first, "Draft the joint statement", owner="Policy Division", owner_side="ROK", due=date(2027, 6, 1)
    )
    done = _add(workspace, first, "Book the venue", owner="Protocol")
    actions.close_action(workspace, done.id or 0)
    own = _add(workspace, second, "Circulate the readout", owner="KIM Min-jun", owner_side="ROK")

    carried = actions.carried_over(workspace, second.id or 0, today=TODAY)
    assert [(f.action.id, f.overdue) for f in carried] == [(late.id, True), (pending.id, False)]
    assert carried[0].session_title == "First" and carried[0].session_number == 1
    # the session after carries what is still open of both earlier sessions
    later = actions.carried_over(workspace, third.id or 0, today=date(2027, 8, 1))
    assert [(f.action.id, f.overdue) for f in later] == [(late.id, True), (pending.id, True), (own.id, False)]
    # nothing carries into the first session
    assert actions.carried_over(workspace, first.id or 0, today=TODAY) == []
    # once closed, it no longer carries
    actions.close_action(workspace, late.id or 0)
    assert [f.action.id for f in actions.carried_over(workspace, second.id or 0, today=TODAY)] == [pending.id]


def test_filters_of_the_action_items_view(workspace: Workspace, three_sessions: list[Session]) -> None:
    first, second, _ = three_sessions
    a = _add(workspace, first, "A", owner="Jane DOE", owner_side="US", due=date(2027, 4, 1))
    b = _add(workspace, first, "B", owner="Policy Division", owner_side="ROK", due=date(2027, 6, 1))
    c = _add(workspace, second, "C", owner="jane doe's office", owner_side="US")
    d = _add(workspace, second, "D", owner="50% owner_x", owner_side="ROK", due=date(2027, 1, 1))
    actions.close_action(workspace, d.id or 0, ActionStatus.DROPPED)

    def ids(**filters: object) -> list[int | None]:
        chosen = ActionFilter(**filters)  # type: ignore[arg-type]
        return [f.action.id for f in actions.list_follow_ups(workspace, chosen, today=TODAY)]

    assert ids() == [a.id, b.id, d.id, c.id]  # by session, then by due date (none last)
    assert ids(open_only=True) == [a.id, b.id, c.id]
    assert ids(overdue_only=True) == [a.id]  # d is past due but dropped
    assert ids(owner="JANE") == [a.id, c.id]
    assert ids(owner="50%") == [d.id] and ids(owner="_x") == [d.id]  # LIKE wildcards are literal
    assert ids(side="ROK", open_only=True) == [b.id]
    assert ids(session_id=second.id) == [d.id, c.id]
    with pytest.raises(InvalidInput, match="unknown side"):
        ids(side="JP")


def test_update_and_close_return_the_previous_state(workspace: Workspace, three_sessions: list[Session]) -> None:
    action = _add(workspace, three_sessions[0], "  Send the minutes  ", owner=" Protocol ")
    assert (action.text, action.owner, action.status) == ("Send the minutes", "Protocol", ActionStatus.OPEN)
    closed = actions.close_action(workspace, action.id or 0)
    assert closed.previous == action and closed.action.status is ActionStatus.DONE
    reopened = actions.update_action(workspace, closed.previous)
    assert reopened.action == action
    with pytest.raises(InvalidInput, match="done or dropped"):
        actions.close_action(workspace, action.id or 0, ActionStatus.OPEN)


def test_a_deleted_action_comes_back_under_its_id(workspace: Workspace, three_sessions: list[Session]) -> None:
    action = _add(workspace, three_sessions[0], "Send the minutes")
    deleted = actions.delete_action(workspace, action.id or 0)
    assert actions.list_follow_ups(workspace) == []
    assert actions.add_action(workspace, deleted) == action


def test_actions_are_checked(workspace: Workspace, three_sessions: list[Session]) -> None:
    first = three_sessions[0]
    with pytest.raises(InvalidInput, match="needs a text"):
        _add(workspace, first, "   ")
    with pytest.raises(InvalidInput, match="unknown side"):
        _add(workspace, first, "x", owner_side="JP")
    with pytest.raises(NotFound, match="session"):
        actions.add_action(workspace, ActionItem(session_id=999, text="x"))
    with pytest.raises(NotFound, match="agenda"):
        _add(workspace, first, "x", agenda_item_id=12345)
    with pytest.raises(NotFound):
        actions.update_action(workspace, replace(_add(workspace, first, "y"), id=999))
