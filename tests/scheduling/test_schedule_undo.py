"""What the window's undo asks of the scheduling services: the rows before, written back in one go."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.services import agenda_versions, schedule_undo
from desktop_app.services.scheduling import Scope, cancel_session, create_session, move_session
from desktop_app.services.series import SeriesDraft, create_series
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository
from desktop_app.storage.session_repository import get_session
from tests.scheduling.helpers import draft


def test_restore_puts_a_moved_session_back_with_a_newer_sequence(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    before = schedule_undo.before(workspace, made.id)
    moved = move_session(workspace, made.id, datetime(2027, 3, 16, 14))[0].session
    [back] = schedule_undo.restore(workspace, before)
    stored = get_session(workspace.store.db, made.id)
    assert stored.start == made.start and stored == back
    assert stored.sequence == moved.sequence + 1  # a calendar that got the move sees the undo as newer


def test_undoing_this_and_the_following_joins_the_series_again(workspace: Workspace) -> None:
    series, sessions = create_series(
        workspace,
        SeriesDraft("Monthly call", "FREQ=MONTHLY;COUNT=4", datetime(2027, 3, 9, 10), "Asia/Seoul", 60, ("ROK",)),
    )
    third = sessions[2].session
    assert third.id is not None and series.id is not None
    before = schedule_undo.before(workspace, third.id, Scope.FOLLOWING)
    assert len(before.sessions) == 4 and before.series == (series,)
    move_session(workspace, third.id, datetime(2027, 5, 11, 15), scope=Scope.FOLLOWING)
    assert len(series_repository.list_series(workspace.store.db)) == 2  # split in two
    schedule_undo.restore(workspace, before)
    assert series_repository.list_series(workspace.store.db) == [series]
    restored = [s for s in list_sessions(workspace) if s.series_id == series.id]
    assert [s.start for s in restored] == [s.session.start for s in sessions]


def test_a_cancel_of_the_following_is_undone_for_all_of_them(workspace: Workspace) -> None:
    _series, sessions = create_series(
        workspace,
        SeriesDraft("Weekly", "FREQ=WEEKLY;COUNT=3", datetime(2027, 3, 9, 10), "Asia/Seoul", 60, ("ROK",)),
    )
    first = sessions[0].session
    assert first.id is not None
    before = schedule_undo.before(workspace, first.id, Scope.FOLLOWING)
    cancel_session(workspace, first.id, Scope.FOLLOWING)
    schedule_undo.restore(workspace, before)
    assert {s.status for s in list_sessions(workspace)} == {first.status}


def test_a_created_session_goes_and_comes_back_with_its_id(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    snapshot = schedule_undo.Snapshot((made,))
    schedule_undo.remove_created(workspace, [made.id])
    assert list_sessions(workspace) == []
    schedule_undo.recreate(workspace, snapshot)
    assert list_sessions(workspace) == [made]


def test_a_session_with_an_agenda_is_not_deleted_by_an_undo(workspace: Workspace) -> None:
    made = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert made.id is not None
    agenda_versions.start_draft(workspace, made.id, "ROK draft", "ROK")
    with pytest.raises(UserError, match="cancel it instead"):
        schedule_undo.remove_created(workspace, [made.id])
    assert list_sessions(workspace) == [made]  # nothing was deleted


def test_an_import_is_undone_as_one_step(workspace: Workspace, tmp_path: Path) -> None:
    from desktop_app.services.calendar_files import export_ics, import_ics

    first = create_session(workspace, draft("First", datetime(2027, 3, 9, 10))).session
    assert first.id is not None
    exported = tmp_path / "out.ics"
    export_ics(workspace, exported, [])
    text = exported.read_text(encoding="utf-8").replace("SUMMARY:First", "SUMMARY:First (theirs)")
    exported.write_text(text.replace("SEQUENCE:0", "SEQUENCE:3"), encoding="utf-8")  # a newer version of it

    before = schedule_undo.snapshot_all(workspace)
    import_ics(workspace, exported)
    was, is_now, created = schedule_undo.import_changes(workspace, before)
    assert [s.title for s in is_now.sessions] == ["First (theirs)"] and not created.sessions
    schedule_undo.remove_and_restore(workspace, [], [], was)
    assert get_session(workspace.store.db, first.id).title == "First"
    schedule_undo.recreate(workspace, created, is_now)
    assert get_session(workspace.store.db, first.id).title == "First (theirs)"
