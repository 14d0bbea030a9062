"""``briefing-desk search``: the JSON scripts read, the lines people read, and index upkeep."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.workspace import Workspace
from tests.search.conftest import fill


@pytest.fixture
def body_file(db_path: Path) -> Path:
    with Workspace.open(db_path) as workspace:
        fill(workspace)
    return db_path


def test_json_has_the_contract_shape(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(body_file), "search", "협의", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"elapsed_ms", "results"}
    assert isinstance(printed["elapsed_ms"], float) and printed["elapsed_ms"] >= 0
    assert printed["results"], "협의 is in a session title and an agenda item"
    for result in printed["results"]:
        assert set(result) == {"kind", "id", "title", "snippet"}
        assert result["kind"] in {"session", "agenda_item", "outcome", "action", "person"}
        assert isinstance(result["id"], int)
    assert {result["kind"] for result in printed["results"]} == {"session", "agenda_item"}
    assert any("**협의**" in result["snippet"] for result in printed["results"])


def test_limit_and_several_words(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(body_file), "search", "joint", "exercises", "--limit", "2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["results"]) == 2


def test_hostile_queries_exit_0(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for query in ('"', "*", "AND", "NEAR(", "a OR", "x" * 10_000):
        assert main(["--db", str(body_file), "search", query, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["results"] == [] or query == "AND"


def test_lines_for_people(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(body_file), "search", "민준"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["person", "1"] and "KIM Min-jun · 김민준" in out[0]
    assert out[-1].startswith("1 results in ")


def test_nothing_to_search_for_is_a_usage_error(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(body_file), "search"]) == 2
    assert "give something to search for" in capsys.readouterr().err


def test_check_and_rebuild(body_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(body_file), "search", "--check"]) == 0
    out = capsys.readouterr().out
    assert "People              2 indexed of 2" in out and "ok: the search index is sound" in out
    with Workspace.open(body_file) as workspace, workspace.store.transaction() as db:
        db.execute("INSERT INTO search_sessions (search_sessions, rowid, title) VALUES ('delete-all', NULL, NULL)")
    assert main(["--db", str(body_file), "search", "--check"]) == 1
    assert "the session index holds 0 rows for 2" in capsys.readouterr().out
    assert main(["--db", str(body_file), "search", "--rebuild", "정책협의", "--json"]) == 0
    out = capsys.readouterr().out
    assert "ok: the search index is sound" in out
    assert json.loads(out[out.index("{") :])["results"][0]["kind"] == "session"


def test_through_python_dash_m(body_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(body_file), "search", "서울", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["title"] == "1. Policy consultation, 1st round"
