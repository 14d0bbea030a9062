"""Hostile calendar files are refused quickly, in one line, and change nothing; a hostile event is skipped."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.services.calendar_files import import_ics
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from tests.exchange.ics_samples import HOSTILE, SKIPPED, calendar, event
from tests.scheduling.helpers import draft


@pytest.fixture
def kept(workspace: Workspace) -> Workspace:
    """A workspace with a session in it, so "unchanged" means something."""
    create_session(workspace, draft("Standing", datetime(2027, 3, 9, 10)))
    return workspace


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_each_hostile_file_is_refused_saying_why(kept: Workspace, tmp_path: Path, case: str) -> None:
    data, reason = HOSTILE[case]
    path = tmp_path / "hostile.ics"
    path.write_bytes(data)
    before = list(kept.store.conn.iterdump())
    with pytest.raises(InvalidInput, match=reason):
        import_ics(kept, path)
    assert list(kept.store.conn.iterdump()) == before


@pytest.mark.parametrize("case", ["thousands of events", "expands too far in total", "unbalanced"])
def test_the_command_line_says_error_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    database = tmp_path / "body.sqlite3"
    with Workspace.open(database) as workspace:
        create_session(workspace, draft("Standing", datetime(2027, 3, 9, 10)))
        before = list(workspace.store.conn.iterdump())
    data = HOSTILE[case][0]
    path = tmp_path / "hostile.ics"
    path.write_bytes(data)
    assert main(["--db", str(database), "ics", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    with Workspace.open(database) as workspace:
        assert list(workspace.store.conn.iterdump()) == before


def test_a_file_that_is_a_folder_is_refused(kept: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="folder"):
        import_ics(kept, tmp_path)


@pytest.mark.parametrize("case", sorted(SKIPPED))
def test_a_hostile_or_broken_event_is_skipped_with_a_note_and_the_rest_import(
    kept: Workspace, tmp_path: Path, case: str
) -> None:
    bad, reason = SKIPPED[case]
    path = tmp_path / "mixed.ics"
    path.write_bytes(calendar(bad, event(1), event(2)))
    report = import_ics(kept, path)
    assert sorted(s.title for s in report.created) == ["Event 1", "Event 2"]
    assert any(reason in note for note in report.notes), report.notes
    assert any("Event 0" in note for note in report.notes) or case == "zone rule not yearly"


def test_the_command_line_names_the_skipped_event_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.ics"
    path.write_bytes(calendar(SKIPPED["secondly"][0], event(1)))
    assert main(["--db", str(tmp_path / "body.sqlite3"), "ics", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 created" in out
    assert "note: skipped “Event 0”" in out and "SECONDLY" in out
