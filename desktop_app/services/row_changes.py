"""What one action wrote, row by row, and the way back: the undo of a package import.

An import writes into many tables at once (the session, people, seats, agenda versions and
items, action items, change clocks, even the body when this desk joins one). Rather than an
inverse for each of those writes, the rows it may touch are read just before and just after
it, inside its transaction; ``RowChange`` keeps every row that differs, as it was and as it
became. ``undo`` writes the rows as they were, ``redo`` as they became, each in one
transaction with the change clocks paused (the clocks are among the rows put back).

Both refuse, writing nothing, when something written since depends on the change: a row it
wrote that has been edited or removed since, a row added since to the imported session (its
agenda, delegation, action items or brief), or a row elsewhere that points at a row the undo
would delete (a person seated in another session since).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop_app.domain.notices import Notice
from desktop_app.errors import UserError
from desktop_app.storage import sync_repository

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace

Row = tuple[Any, ...]  # the values of a table's columns, in the table's order
Key = tuple[Any, ...]  # the values of its primary key

# The tables one session's import may write, parents before children. A session's own rows are
# read for that session only (by its UID, ``SESSION_SCOPED``); the others whole.
TABLES = (
    "body",
    "sides",
    "sessions",
    "people",
    "session_briefs",
    "attendance",
    "agenda_versions",
    "agenda_items",
    "item_aims",
    "action_items",
    "sync_clocks",
)
_SESSION = "(SELECT id FROM sessions WHERE uid = :uid)"
_VERSIONS = f"(SELECT id FROM agenda_versions WHERE session_id = {_SESSION})"
SESSION_SCOPED = {
    "session_briefs": f"session_id = {_SESSION}",
    "attendance": f"session_id = {_SESSION}",
    "agenda_versions": f"session_id = {_SESSION}",
    "agenda_items": f"version_id IN {_VERSIONS}",
    "item_aims": f"agenda_item_id IN (SELECT id FROM agenda_items WHERE version_id IN {_VERSIONS})",
    "action_items": f"session_id = {_SESSION}",
}


@dataclass(frozen=True)
class TableChange:
    columns: tuple[str, ...]
    key: tuple[str, ...]
    rows: Mapping[Key, tuple[Row | None, Row | None]]  # key → (before, after); None: no such row
    scoped: Mapping[Key, Row]  # a session-scoped table: all its rows for the session after the change


@dataclass(frozen=True)
class RowChange:
    """Every row one action changed, in ``TABLES`` order; ``uid``: the session it was about."""

    uid: str
    tables: Mapping[str, TableChange]

    @property
    def body_changed(self) -> bool:
        return any(self.tables[name].rows for name in ("body", "sides") if name in self.tables)


@dataclass(frozen=True)
class _Table:
    columns: tuple[str, ...]
    key: tuple[str, ...]
    rows: dict[Key, Row]


def _read(db: sqlite_utils.Database, name: str, uid: str) -> _Table:
    info = db.execute(f"PRAGMA table_info({name})").fetchall()
    columns = tuple(str(row[1]) for row in info)
    key = tuple(str(row[1]) for row in sorted(info, key=lambda row: row[5]) if row[5])
    where = SESSION_SCOPED.get(name)
    sql = f"SELECT {', '.join(columns)} FROM {name}" + (f" WHERE {where}" if where else "")
    positions = [columns.index(column) for column in key]
    rows: dict[Key, Row] = {}
    for row in db.execute(sql, {"uid": uid} if where else {}).fetchall():
        values = tuple(row)
        rows[tuple(values[p] for p in positions)] = values
    return _Table(columns, key, rows)


def read_tables(db: sqlite_utils.Database, uid: str) -> dict[str, _Table]:
    return {name: _read(db, name, uid) for name in TABLES}


def recorded(db: sqlite_utils.Database, uid: str, write: Callable[[], object]) -> RowChange:
    """Run ``write`` (inside the caller's transaction) and return what it changed."""
    before = read_tables(db, uid)
    write()
    after = read_tables(db, uid)
    tables = {}
    for name in TABLES:
        old, new = before[name].rows, after[name].rows
        changed = {key: (old.get(key), new.get(key)) for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
        scoped = new if name in SESSION_SCOPED else {}
        tables[name] = TableChange(after[name].columns, after[name].key, changed, scoped)
    return RowChange(uid, tables)


def undo(workspace: Workspace, change: RowChange) -> None:
    """Put back every row as it was before ``change`` (see the module's docstring for the refusals)."""
    _swap(workspace, change, back=True)


def redo(workspace: Workspace, change: RowChange) -> None:
    """Write every row as ``change`` left it, after its undo."""
    _swap(workspace, change, back=False)


@contextmanager
def _refusing(what: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise UserError(
            Notice(
                f"{what}: records added since depend on it ({exc}); nothing was changed",
                "row_changes.records_added_since_depend",
                what=what,
                exc=exc,
            )
        ) from exc


def _swap(workspace: Workspace, change: RowChange, *, back: bool) -> None:
    what = "the import cannot be undone" if back else "the import cannot be redone"
    with workspace.store.transaction() as db:
        _check(db, change, back=back, what=what)
        with sync_repository.paused(db), _refusing(what):
            for name in reversed(TABLES):  # children first: nothing points at a row when it goes
                table = change.tables[name]
                for key, (before, after) in table.rows.items():
                    wanted, present = (before, after) if back else (after, before)
                    if wanted is None and present is not None:
                        db.execute(f"DELETE FROM {name} WHERE {_match(table.key)}", list(key))
            for name in TABLES:  # parents first: a row is there before anything points at it
                table = change.tables[name]
                for key, (before, after) in table.rows.items():
                    wanted, present = (before, after) if back else (after, before)
                    if wanted is not None:
                        _put(db, name, table, key, wanted, exists=present is not None)
    if change.body_changed:
        workspace.reload_body()  # the desk left (or joined again) the body the package came from


def _check(db: sqlite_utils.Database, change: RowChange, *, back: bool, what: str) -> None:
    """Every row the change wrote is still as it left it (as it was, for a redo); nothing was added
    to the imported session since."""
    now = read_tables(db, change.uid)
    for name in TABLES:
        table, current = change.tables[name], now[name].rows
        for key, (before, after) in table.rows.items():
            expected = after if back else before
            if current.get(key) != expected:
                raise UserError(
                    Notice(
                        f"{what}: {_describe(name)} it wrote has been changed since; nothing was changed",
                        "row_changes.wrote_been_changed_since",
                        what=what,
                        describe_name=_describe(name),
                    )
                )
        if back and name in SESSION_SCOPED and set(current) != set(table.scoped):
            raise UserError(
                Notice(
                    f"{what}: {_describe(name)} has been added to the session since; nothing was changed",
                    "row_changes.been_added_session_since",
                    what=what,
                    describe_name=_describe(name),
                )
            )


def _describe(table: str) -> str:
    return {
        "body": "the body",
        "sides": "a side of the body",
        "sessions": "the session",
        "people": "a person",
        "session_briefs": "the session's brief",
        "attendance": "a seat in the delegation",
        "agenda_versions": "an agenda version",
        "agenda_items": "an agenda item",
        "item_aims": "an agenda item's aim",
        "action_items": "an action item",
        "sync_clocks": "a change record",
    }[table]


def _match(key: tuple[str, ...]) -> str:
    return " AND ".join(f"{column} = ?" for column in key)


def _put(db: sqlite_utils.Database, name: str, table: TableChange, key: Key, row: Row, *, exists: bool) -> None:
    if exists:
        assignments = ", ".join(f"{column} = ?" for column in table.columns)
        db.execute(f"UPDATE {name} SET {assignments} WHERE {_match(table.key)}", [*row, *key])
    else:
        marks = ", ".join("?" for _ in table.columns)
        db.execute(f"INSERT INTO {name} ({', '.join(table.columns)}) VALUES ({marks})", list(row))
