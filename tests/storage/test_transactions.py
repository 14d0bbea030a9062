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
