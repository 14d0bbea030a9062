"""Undoing a package import: the database exactly as before, redo exactly as after, refused once
something written since depends on it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.actions import ActionItem
from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.person import Person
from desktop_app.errors import UserError
from desktop_app.services import delegations, packages, people
from desktop_app.services.actions import add_action
from desktop_app.services.search import search
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository
from desktop_app.storage.body_repository import save_body
from tests.conftest import seoul_session
from tests.exchange.package_samples import fill

FTS_STORAGE = ("_data", "_idx", "_docsize", "_config")  # its segments: merged differently, the same words
NOT_COMPARED = ("audit_log", "sync_pause")  # the log keeps the undo as what it is; the pause is empty outside writes


def contents(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted; of the search index what it holds, not how it stores it."""
    db = workspace.store.conn
    names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {
        name: sorted(db.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
        for name in names
        if name not in NOT_COMPARED and not name.endswith(FTS_STORAGE)
    }


@pytest.fixture
def package(tmp_path: Path) -> Path:
    with Workspace.open(tmp_path / "seoul.sqlite3") as workspace:
        sid = fill(workspace).session_id
        return packages.export_package(workspace, sid, tmp_path / "from-seoul.bdpkg", documents=False).package


@pytest.fixture
def washington(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "washington.sqlite3")
    with workspace.store.transaction() as db:
        save_body(db, replace(DEFAULT_BODY, home_side="US"))
    workspace.reload_body()
    yield workspace
    workspace.close(backup=False)


def test_undo_puts_every_row_back_and_redo_writes_them_again(washington: Workspace, package: Path) -> None:
    before = contents(washington)
    done = packages.import_package(washington, package)
    after = contents(washington)
    assert after != before and done.plan.session.action == "create"
    assert done.joined is not None  # the first package: this desk joined Seoul's body

    packages.undo_import(washington, done)
    assert contents(washington) == before
    assert washington.body.uid != done.joined.uid  # left the body again
    assert not search(washington, "supply").hits  # the search index forgot it too

    packages.redo_import(washington, done)
    assert contents(washington) == after
    assert washington.body.uid == done.joined.uid
    assert search(washington, "supply").hits


def test_undoing_an_update_puts_the_old_values_back(washington: Workspace, package: Path, tmp_path: Path) -> None:
    packages.import_package(washington, package)
    with Workspace.open(tmp_path / "seoul.sqlite3") as seoul:
        session = session_repository.list_sessions(seoul.store.db)[0]
        with seoul.store.transaction() as tx:
            session_repository.update_session(tx, session.changed(title="Working group, 2nd round"))
        assert session.id is not None
        again = packages.export_package(seoul, session.id, tmp_path / "again.bdpkg", documents=False).package
    before = contents(washington)
    done = packages.import_package(washington, again)
    assert done.plan.session.action == "update"

    packages.undo_import(washington, done)
    assert contents(washington) == before
    titles = [s.title for s in session_repository.list_sessions(washington.store.db)]
    assert "Working group on supply chains" in titles


def test_an_edit_since_the_import_refuses_its_undo(washington: Workspace, package: Path) -> None:
    done = packages.import_package(washington, package)
    session = session_repository.find_by_uid(washington.store.db, done.package.session.uid)
    assert session is not None
    with washington.store.transaction() as tx:
        session_repository.update_session(tx, session.changed(venue_building="Blair House"))
    edited = contents(washington)
    with pytest.raises(UserError, match="the import cannot be undone: the session it wrote has been changed since"):
        packages.undo_import(washington, done)
    assert contents(washington) == edited  # nothing was changed


def test_a_record_added_to_the_session_since_refuses_the_undo(washington: Workspace, package: Path) -> None:
    done = packages.import_package(washington, package)
    session_id = done.session_id
    assert session_id is not None
    add_action(washington, ActionItem(session_id=session_id, text="Send the minutes", owner_side="US"))
    with pytest.raises(UserError, match="an action item has been added to the session since"):
        packages.undo_import(washington, done)


def test_a_person_it_brought_seated_elsewhere_since_refuses_the_undo(washington: Workspace, package: Path) -> None:
    done = packages.import_package(washington, package)
    kim = next(p for p in people.list_people(washington) if p.name == "KIM Min-jun")
    own = add_session(washington, seoul_session("A session of our own"))
    assert kim.id is not None and own.id is not None
    delegations.add_to_delegation(washington, own.id, kim.id)
    seated = contents(washington)
    with pytest.raises(UserError, match="records added since depend on it"):
        packages.undo_import(washington, done)
    assert contents(washington) == seated
    assert people.add_person(washington, Person(name="Still writable", side="US")).id is not None
