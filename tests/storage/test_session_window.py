"""A window of the Sessions list in any order, and each session's position in it, from the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.errors import NotFound
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage.session_window import ORDERS, count_sessions, session_page, session_position
from tests.conftest import seoul_session


@pytest.fixture
def workspace_with_ties(db_path: Path) -> Iterator[Workspace]:
    """Twelve sessions: titles, cities and starts that tie, numbers missing on two."""
    workspace = Workspace.open(db_path)
    first = seoul_session().start
    for n in range(12):
        add_session(
            workspace,
            seoul_session(
                f"Round {n % 4}",
                start=first + timedelta(days=7 * (n // 3)),  # three sessions a week start together
                venue_city=("Seoul", "Busan", "")[n % 3],
                number=None if n in (3, 8) else 100 - n,
            ),
        )
    yield workspace
    workspace.close()


@pytest.mark.parametrize("order", sorted(ORDERS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_and_positions_agree_in_every_order(workspace_with_ties: Workspace, order: str, descending: bool) -> None:
    conn = workspace_with_ties.store.conn
    assert count_sessions(conn) == 12
    whole = session_page(conn, order, descending=descending, offset=0, limit=100)
    paged = [
        s for start in range(0, 12, 5) for s in session_page(conn, order, descending=descending, offset=start, limit=5)
    ]
    assert [s.id for s in paged] == [s.id for s in whole]  # pages follow one another without gaps or repeats
    assert len({s.id for s in whole}) == 12
    for row, session in enumerate(whole):
        assert session.id is not None
        assert session_position(conn, order, session.id, descending=descending) == row


def test_an_unknown_session_has_no_position(workspace_with_ties: Workspace) -> None:
    with pytest.raises(NotFound):
        session_position(workspace_with_ties.store.conn, "start", 9999, descending=False)


def test_an_unknown_order_is_refused(workspace_with_ties: Workspace) -> None:
    with pytest.raises(ValueError, match="no such order"):
        session_page(workspace_with_ties.store.conn, "notes; DROP TABLE sessions", descending=False, offset=0, limit=5)
