"""SQLite's failures told apart by result code, never by message text: each gets its sentence.

Where SQLite can be made to fail for real (a full disk, a write refused, another program holding
the file, a broken reference) it is; the failures of hardware (an I/O error, a damaged page, no
memory) are raised as SQLite raises them, with their result code and a message that says nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseInUse, DatabaseRefused, ReadOnlyDatabase, UserError
from desktop_app.services.sessions import add_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository, sqlite_errors
from tests.conftest import seoul_session


def raised(kind: type[sqlite3.Error], code: int, name: str) -> sqlite3.Error:
    """An error as SQLite raises it; its message is deliberately no help."""
    error = kind("something happened")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


def real_error(*statements: str) -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE sides (code TEXT PRIMARY KEY)")
    conn.execute("CREATE TABLE people (side TEXT REFERENCES sides(code))")
    conn.execute("INSERT INTO sides VALUES ('ROK')")
    try:
        for statement in statements:
            conn.execute(statement)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("the statements did not fail")


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (raised(sqlite3.OperationalError, 13, "SQLITE_FULL"), "the disk is full (writing {path})"),
        (raised(sqlite3.OperationalError, 5, "SQLITE_BUSY"), "{path} is busy in another program; try again"),
        (raised(sqlite3.OperationalError, 262, "SQLITE_LOCKED_SHAREDCACHE"), "{path} is busy in another program"),
        (raised(sqlite3.OperationalError, 7, "SQLITE_NOMEM"), "there is not enough memory"),
        (
            raised(sqlite3.OperationalError, 778, "SQLITE_IOERR_WRITE"),
            "the disk holding {path} failed to read or write",
        ),
        (raised(sqlite3.DatabaseError, 11, "SQLITE_CORRUPT"), "{path} is damaged"),
        (raised(sqlite3.DatabaseError, 26, "SQLITE_NOTADB"), "{path} is damaged"),
        (raised(sqlite3.OperationalError, 14, "SQLITE_CANTOPEN"), "{path} cannot be opened ("),
        (raised(sqlite3.OperationalError, 1032, "SQLITE_READONLY_DBMOVED"), "{path} cannot be written"),
    ],
)
def test_each_failure_of_the_machine_is_told_by_its_code(tmp_path: Path, error: sqlite3.Error, said: str) -> None:
    path = tmp_path / "body.sqlite3"
    assert said.format(path=path) in sqlite_errors.describe(error, path)
    assert sqlite_errors.is_environmental(error)


def test_the_same_message_text_without_a_code_is_not_mistaken_for_it(tmp_path: Path) -> None:
    error = sqlite3.OperationalError("database or disk is full")  # as a message only: not SQLite's answer
    assert not sqlite_errors.is_disk_full(error) and not sqlite_errors.is_environmental(error)
    assert sqlite_errors.describe(error, tmp_path / "x.sqlite3").endswith("database or disk is full")


def test_a_broken_reference_is_told_from_another_constraint_by_its_extended_name() -> None:
    broken = real_error("INSERT INTO people VALUES ('XX')")
    doubled = real_error("INSERT INTO sides VALUES ('ROK')")
    assert sqlite_errors.is_foreign_key_violation(broken)
    assert not sqlite_errors.is_foreign_key_violation(doubled)
    assert sqlite_errors.error_name(doubled) == "SQLITE_CONSTRAINT_PRIMARYKEY"
    assert not sqlite_errors.is_environmental(broken)  # a constraint is ours to get right


def test_a_write_refused_by_sqlite_is_a_read_only_database_and_loses_nothing(workspace: Workspace) -> None:
    add_session(workspace, seoul_session())
    workspace.store.conn.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY to every write
    with pytest.raises(ReadOnlyDatabase, match="nothing was changed"):
        add_session(workspace, seoul_session("Second"))
    workspace.store.conn.execute("PRAGMA query_only = OFF")
    assert [s.title for s in list_sessions(workspace)] == [seoul_session().title]


@pytest.fixture
def held_by_another_program(workspace: Workspace) -> Iterator[sqlite3.Connection]:
    """Another program's connection in the middle of a write; ours does not wait for it."""
    other = sqlite3.connect(workspace.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    workspace.store.conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
        workspace.store.conn.execute("PRAGMA busy_timeout = 5000")


def test_a_file_another_program_is_writing_says_so_and_loses_nothing(
    workspace: Workspace, held_by_another_program: sqlite3.Connection
) -> None:
    with pytest.raises(DatabaseInUse, match="busy in another program; try again; nothing was changed"):
        add_session(workspace, seoul_session())
    held_by_another_program.execute("ROLLBACK")
    assert list_sessions(workspace) == []
    add_session(workspace, seoul_session())  # once the other program is done, the same action succeeds
    assert len(list_sessions(workspace)) == 1


@pytest.mark.parametrize(
    ("error", "refusal", "said"),
    [
        (raised(sqlite3.OperationalError, 778, "SQLITE_IOERR_WRITE"), UserError, "failed to read or write"),
        (raised(sqlite3.OperationalError, 7, "SQLITE_NOMEM"), UserError, "not enough memory"),
        (raised(sqlite3.DatabaseError, 11, "SQLITE_CORRUPT"), DatabaseRefused, "is damaged"),
    ],
)
def test_a_failure_of_the_machine_mid_action_rolls_it_back_with_its_sentence(
    workspace: Workspace, error: sqlite3.Error, refusal: type[UserError], said: str
) -> None:
    with pytest.raises(refusal, match=said) as caught, workspace.store.transaction() as db:
        session_repository.insert_session(db, seoul_session())
        raise error
    assert "the change was not saved" in str(caught.value)
    assert list_sessions(workspace) == []


def test_a_constraint_we_broke_is_our_bug_not_a_sentence_for_the_user(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError) as caught, workspace.store.transaction() as db:
        session_repository.insert_session(db, seoul_session(host_side="XX"))
    assert not isinstance(caught.value, UserError)
    assert list_sessions(workspace) == []
