"""One transaction per user action: all of it or none of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.services.sessions import add_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository
from desktop_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import seoul_session


def test_a_failing_action_leaves_nothing_behind(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.store.transaction() as db:
        session_repository.insert_session(db, seoul_session())
        raise RuntimeError("the user's action failed halfway")
    assert list_sessions(workspace) == []


def test_every_change_is_in_the_audit_log(workspace: Workspace) -> None:
    session = add_session(workspace, seoul_session())
    with workspace.store.transaction() as db:
        session_repository.update_session(db, session.changed(title="Renamed"))
    actions = [row["action"] for row in workspace.store.db["audit_log"].rows_where("table_name = 'sessions'")]
    assert actions == ["insert", "update"]


def test_a_full_disk_rolls_the_action_back_with_a_clear_message(workspace: Workspace) -> None:
    add_session(workspace, seoul_session())
    pages = workspace.store.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(UserError, match="disk is full"), workspace.store.transaction() as db:
        for index in range(2000):
            session_repository.insert_session(db, seoul_session(f"Session {index} " + "x" * 500))
    assert len(list_sessions(workspace)) == 1


def test_a_failed_migration_leaves_the_file_at_its_old_version(
    filled_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from desktop_app.storage import fileformat, migrations, store
    from desktop_app.storage.migrations import Migration

    def broken(db: object) -> None:
        db.execute("CREATE TABLE half_done (x)")  # type: ignore[attr-defined]
        raise sqlite3.OperationalError("simulated failure in the middle of a migration")

    upgraded = (*migrations.MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", broken))
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(fileformat, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(UserError, match="unchanged"):
        Workspace.open(filled_db)
    monkeypatch.undo()
    with Workspace.open(filled_db) as ws:
        assert ws.store.schema_version == SCHEMA_VERSION
        assert "half_done" not in ws.store.db.table_names()
        assert len(list_sessions(ws)) == 2
    assert list((filled_db.parent / "backups").glob("*before-upgrade*"))


def test_a_transaction_inside_another_is_refused_as_a_programming_error(workspace: Workspace) -> None:
    from desktop_app.storage.store import NestedTransaction

    with pytest.raises(NestedTransaction, match="inside another"), workspace.store.transaction() as db:
        session_repository.insert_session(db, seoul_session())
        with workspace.store.transaction():
            pass  # never reached: the inner call refuses before anything runs
    assert not issubclass(NestedTransaction, UserError)  # our bug, never the user's: the crash dialog shows it
    assert list_sessions(workspace) == []  # the outer action was rolled back whole
    add_session(workspace, seoul_session())  # and the store takes the next action
    assert len(list_sessions(workspace)) == 1


def test_a_multi_step_action_failing_at_its_last_step_leaves_the_database_unchanged(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merging two people moves attendance and agenda items, deletes one record, rewrites the other:
    a failure at the last write takes back every step before it."""
    import sqlite3

    from desktop_app.domain.attendance import Attendance, Role
    from desktop_app.domain.person import Person
    from desktop_app.services import people
    from desktop_app.storage import attendance_repository, people_repository

    session = add_session(workspace, seoul_session())
    assert session.id is not None
    keep = people.add_person(workspace, Person("KIM Min-jun", "ROK", title="Director"))
    merge = people.add_person(workspace, Person("KIM Minjun", "ROK", email="minjun.kim@mofa.example.kr"))
    assert keep.id is not None and merge.id is not None
    with workspace.store.transaction() as db:
        attendance_repository.insert_attendance(db, Attendance(session.id, merge.id, Role.MEMBER))
    before = list(workspace.store.conn.iterdump())

    def failing_update(db: object, person: Person) -> None:
        raise sqlite3.OperationalError("the disk failed at the last step")

    monkeypatch.setattr(people_repository, "update_person", failing_update)
    with pytest.raises(sqlite3.OperationalError):
        people.merge_people(workspace, keep.id, merge.id)
    monkeypatch.undo()
    assert list(workspace.store.conn.iterdump()) == before
    assert [p.name for p in people.list_people(workspace)] == ["KIM Min-jun", "KIM Minjun"]
    assert [a.person_id for a in attendance_repository.attendance_of_person(workspace.store.db, merge.id)] == [merge.id]
