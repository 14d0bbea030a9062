"""Filling an empty database with the fictional sample body, or a large generated one.

Both run in one transaction: a process killed midway leaves the database as it was.
Both refuse a database that already holds sessions or people, so a user's own data is
never mixed with invented data.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from desktop_app import clock
from desktop_app.demo_data.large_body import insert_large
from desktop_app.demo_data.sample_body import insert_sample
from desktop_app.demo_data.sample_briefs import insert_sample_briefs
from desktop_app.demo_data.sample_people import SAMPLE_BODY
from desktop_app.domain.notices import Notice
from desktop_app.errors import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage.body_repository import save_body

if TYPE_CHECKING:
    import sqlite_utils


def _refuse_unless_empty(db: sqlite_utils.Database, workspace: Workspace, what: str) -> None:
    sessions = int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    people = int(db.execute("SELECT count(*) FROM people").fetchone()[0])
    if sessions or people:
        held = f"{sessions} sessions" if sessions else f"{people} people"
        raise UserError(
            Notice(
                f"{workspace.path} already holds {held}; {what} fills an empty database — use --db NEW_FILE",
                "demo.already_holds_fills_empty",
                path=workspace.path,
                held=held,
                what=what,
            )
        )


def _counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = ("sessions", "people", "attendance", "agenda_versions", "agenda_items", "action_items")
    return {table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables}


def fill_sample_body(workspace: Workspace) -> str:
    """Fill an empty database with the curated sample body; return a one-line summary."""
    now = clock.now()
    with workspace.store.transaction() as db:
        _refuse_unless_empty(db, workspace, "the sample body")
        save_body(db, SAMPLE_BODY)
        insert_sample(db, now=now)
        insert_sample_briefs(db)
        counts = _counts(db)
    workspace.reload_body()
    return (
        f"sample body: {counts['sessions']} sessions, {counts['people']} people, "
        f"{counts['agenda_versions']} agenda versions, {counts['agenda_items']} agenda items, "
        f"{counts['action_items']} action items"
    )


def fill_large_body(workspace: Workspace, years: int) -> str:
    """Fill an empty database with ``years`` of generated history plus the sample body (for benchmarks)."""
    if years < 1:
        raise UserError(Notice("a large body needs at least one year", "demo.large_body_needs_least"))
    began = time.perf_counter()
    now = clock.now()
    with workspace.store.transaction() as db:
        _refuse_unless_empty(db, workspace, "the large body")
        save_body(db, SAMPLE_BODY)
        history = insert_large(db, years=years, now=now)
        insert_sample(db, now=now, first_number=history.sessions + 1)
        insert_sample_briefs(db)
        counts = _counts(db)
    workspace.reload_body()
    seconds = time.perf_counter() - began
    return (
        f"large body over {years} years: {counts['sessions']} sessions, {counts['people']} people, "
        f"{counts['attendance']} attendances, {counts['agenda_versions']} agenda versions, "
        f"{counts['agenda_items']} agenda items, {counts['action_items']} action items in {seconds:.1f} s"
    )
