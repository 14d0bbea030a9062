"""agenda new / agenda item …, outcomes add / list, actions edit: the drafting workflow on the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import action_repository, agenda_repository
from desktop_app.storage.body_repository import save_body
from tests.conftest import seoul_session


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "washington.sqlite3"
    with Workspace.open(path) as workspace, workspace.store.transaction() as db:
        save_body(db, replace(DEFAULT_BODY, home_side="US"))
    with Workspace.open(path) as workspace:
        add_session(workspace, seoul_session("Working group", uid="wg-1@briefing-desk"))
    return path


def test_drafting_our_agenda_item_by_item(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(desk, capsys, "agenda", "item", "add", "1", "--title", "Opening")[2].startswith(
        "error: this session has no agenda yet"
    )
    assert run(desk, capsys, "agenda", "new", "1")[1] == "started version 1 'US draft 1' (draft)\n"
    for title in ("Opening", "Cyber", "Any other business"):
        assert run(desk, capsys, "agenda", "item", "add", "1", "--title", title, "--minutes", "15")[0] == 0
    code, out, _ = run(
        desk, capsys, "agenda", "item", "add", "1", "--title", "Press", "--after", "1", "--talking-points", "ours only"
    )
    assert code == 0 and out == "added item 2 to 'US draft 1'\n"
    assert run(desk, capsys, "agenda", "item", "edit", "1", "3", "--title", "Cyber cooperation", "--lead", "US")[0] == 0
    assert run(desk, capsys, "agenda", "item", "move", "1", "4", "--to", "1")[0] == 0
    assert run(desk, capsys, "agenda", "item", "delete", "1", "3")[0] == 0  # "Press", now third
    with Workspace.open(desk) as workspace:
        version = agenda_repository.list_versions(workspace.store.db, 1)[0]
        assert version.id is not None
        items = agenda_repository.list_items(workspace.store.db, version.id)
        assert [(i.title, i.lead_side) for i in items] == [
            ("Any other business", ""),
            ("Opening", ""),
            ("Cyber cooperation", "US"),
        ]
    assert run(desk, capsys, "agenda", "status", "1", "1", "proposed")[0] == 0
    code, _, err = run(desk, capsys, "agenda", "item", "add", "1", "--title", "Late")
    assert code == 1 and err.startswith("error: the current version 'US draft 1' (US, proposed) is not a draft of ours")
    code, out, _ = run(desk, capsys, "agenda", "new", "1", "--label", "US draft 2 (after call)")
    assert code == 0 and "'US draft 2 (after call)'" in out
    with Workspace.open(desk) as workspace:
        first, second = agenda_repository.list_versions(workspace.store.db, 1)
        assert second.base_gid == first.gid
        assert second.id is not None and first.id is not None
        lineages = [i.lineage for i in agenda_repository.list_items(workspace.store.db, second.id)]
        assert lineages == [i.lineage for i in agenda_repository.list_items(workspace.store.db, first.id)]


def test_outcomes_and_actions(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(desk, capsys, "agenda", "new", "1")
    run(desk, capsys, "agenda", "item", "add", "1", "--title", "Cyber")
    assert run(desk, capsys, "outcomes", "add", "1", "--item", "1", "--text", "Exchange contact points")[0] == 0
    code, out, _ = run(desk, capsys, "outcomes", "list", "1", "--json")
    assert code == 0 and json.loads(out) == [
        {"number": "1", "title": "Cyber", "title_ko": "", "outcome": "Exchange contact points"}
    ]
    assert run(desk, capsys, "actions", "add", "1", "Name a contact point", "--side", "US")[0] == 0
    code, out, _ = run(desk, capsys, "actions", "edit", "1", "--due", "2027-05-01", "--owner", "Cyber office")
    assert code == 0 and out == "action item 1 saved\n"
    with Workspace.open(desk) as workspace:
        action = action_repository.get_action(workspace.store.db, 1)
        assert (action.owner, action.due and action.due.isoformat()) == ("Cyber office", "2027-05-01")
