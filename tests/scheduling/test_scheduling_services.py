"""Create, edit, move, postpone and cancel: one transaction each, the sequence raised on every change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desktop_app.domain.session import SessionStatus
from desktop_app.errors import InvalidInput
from desktop_app.services.scheduling import (
    SessionDraft,
    cancel_session,
    create_session,
    edit_session,
    move_session,
    postpone_session,
)
from desktop_app.services.workspace import Workspace
from desktop_app.storage.session_repository import get_session
from tests.scheduling.helpers import draft


def test_create_numbers_the_session_and_reports_warnings(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 9, 15, 10)))
    assert made.session.number == 1 and made.session.sequence == 0
    assert any("Chuseok" in w for w in made.warnings)
    assert create_session(workspace, draft("Second", datetime(2027, 10, 12, 10))).session.number == 2


def test_the_dialog_round_trip_of_a_draft_keeps_the_wall_time(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 7, 13, 9), venue_city="Seoul")).session
    opened = SessionDraft.of(made)
    assert opened.local_start == datetime(2027, 7, 13, 9) and opened.venue_city == "Seoul"


def test_edit_raises_the_sequence_and_an_unchanged_save_does_not(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    [same] = edit_session(workspace, made.id, SessionDraft.of(made))
    assert same.session.sequence == 0
    [edited] = edit_session(workspace, made.id, replace(SessionDraft.of(made), title="First round"))
    assert edited.session.sequence == 1 and edited.session.uid == made.uid
    assert get_session(workspace.store.db, made.id).title == "First round"


def test_move_to_another_zone_keeps_the_instant_typed(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    [moved] = move_session(workspace, made.id, datetime(2027, 3, 16, 9), "America/New_York")
    assert moved.session.start == datetime(2027, 3, 16, 13, tzinfo=UTC)  # 09:00 EDT
    assert moved.session.timezone == "America/New_York" and moved.session.sequence == 1


def test_postpone_then_move_plans_the_session_again(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    [postponed] = postpone_session(workspace, made.id)
    assert postponed.status is SessionStatus.POSTPONED and postponed.sequence == 1
    assert postpone_session(workspace, made.id) == []  # already postponed: nothing written
    [moved] = move_session(workspace, made.id, datetime(2027, 4, 13, 10))
    assert moved.session.status is SessionStatus.PLANNED and moved.session.sequence == 2


def test_cancel(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    [cancelled] = cancel_session(workspace, made.id)
    assert cancelled.status is SessionStatus.CANCELLED


def test_a_refused_draft_writes_nothing(workspace: Workspace) -> None:
    with pytest.raises(InvalidInput, match="title"):
        create_session(workspace, draft("  ", datetime(2027, 3, 9, 10)))
    with pytest.raises(InvalidInput, match="host"):
        create_session(workspace, draft("x", datetime(2027, 3, 9, 10), host_side="XX"))
    with pytest.raises(InvalidInput, match="5 minutes"):
        create_session(workspace, draft("x", datetime(2027, 3, 9, 10), duration_minutes=2))
    assert workspace.store.db.table("sessions").count == 0
