"""The command line contract: exit codes, one-line errors, and the JSON that scripts read."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from tests.conftest import snapshot


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=120)


def test_version_through_python_dash_m() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Briefing Desk {__version__}"


def test_sessions_list_json_carries_the_contract_fields(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled_db), "sessions", "list", "--json"]) == 0
    sessions = json.loads(capsys.readouterr().out)
    assert [s["number"] for s in sessions] == [1, 2]
    first = sessions[0]
    for key in ("id", "uid", "number", "title", "start", "end", "timezone", "venue", "status", "local_times"):
        assert key in first
    assert first["title"].startswith("제1차")
    start = datetime.fromisoformat(first["start"])
    assert start.utcoffset() is not None and start.hour == 10  # 10:00 in Seoul
    assert first["start"] == "2027-03-09T10:00:00+09:00"
    assert first["end"] == "2027-03-09T12:00:00+09:00"
    # 10:00 in Seoul on 9 March is 20:00 the evening before in Washington (EST, before the DST change)
    assert first["local_times"]["America/New_York"] == "2027-03-08T20:00:00-05:00"


def test_sessions_list_text_shows_both_zones(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled_db), "sessions", "list"]) == 0
    out = capsys.readouterr().out
    assert "KST" in out and "EST" in out and "EDT" in out


def test_a_new_path_becomes_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(path), "sessions", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert path.exists()


def test_the_database_comes_from_the_environment(
    filled_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_DESK_DB", str(filled_db))
    assert main(["sessions", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x00\x01garbage" * 100, "not a database"), (b"", "empty file")],
)
def test_check_refuses_a_bad_file_in_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    before = snapshot(path)
    result = run("--db", str(path), "check")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and reason in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert snapshot(path) == before


def test_check_passes_a_sound_database(filled_db: Path) -> None:
    result = run("--db", str(filled_db), "check")
    assert result.returncode == 0
    assert "ok" in result.stdout


def test_check_of_a_missing_file_does_not_create_it(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "missing.sqlite3"), "check")
    assert result.returncode == 1
    assert not (tmp_path / "missing.sqlite3").exists()


@pytest.mark.parametrize("argv", [["sessions"], ["frobnicate"], ["demo", "--years", "many"], ["--nope"]])
def test_bad_usage_exits_2_with_one_error_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_backup_and_restore_from_the_command_line(filled_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    result = run("--db", str(filled_db), "backup", "--to", str(target))
    assert result.returncode == 0, result.stderr
    made = next(target.glob("*.sqlite3"))
    result = run("--db", str(filled_db), "restore", str(made))
    assert result.returncode == 0, result.stderr
    assert "kept at" in result.stdout
    assert run("--db", str(filled_db), "check").returncode == 0


def test_restore_of_a_file_that_is_not_a_backup_is_refused(filled_db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    result = run("--db", str(filled_db), "restore", str(bogus))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")


def test_an_unexpected_failure_is_logged_and_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], filled_db: Path
) -> None:
    import desktop_app.services.maintenance as maintenance

    def explode(path: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(maintenance, "check_database", explode)
    assert main(["--db", str(filled_db), "check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: unexpected failure (RuntimeError: boom); details in ")
    log = Path(err.rsplit("details in ", 1)[1].strip())
    assert "Traceback" in log.read_text()


def test_a_closed_pipe_is_not_reported_as_a_failure(filled_db: Path) -> None:
    script = (
        f"{sys.executable} -m desktop_app --db {filled_db} sessions list --json | head -c 1 >/dev/null; "
        f"{sys.executable} -m desktop_app --db {filled_db} sessions list --json | true"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


def test_each_command_is_listed_with_the_group_that_defines_it() -> None:
    """A command line naming a command loads its group alone, so the table must say what each registers."""
    import argparse

    from desktop_app.cli import COMMAND_GROUPS, GROUP_OF_COMMAND, build_parser

    registered = {}
    for group in COMMAND_GROUPS:
        commands = next(a for a in build_parser((group,))._actions if isinstance(a, argparse._SubParsersAction))
        registered.update(dict.fromkeys(commands.choices, group))
    assert registered == GROUP_OF_COMMAND


def test_a_packet_loads_only_its_own_command_group(filled_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "s1.docx"
    probe = (
        "import sys; from desktop_app.cli import main; code = main(sys.argv[1:]); "
        "print(sorted(m for m in sys.modules if m.startswith('desktop_app.commands.'))); "
        "print('sqlite_utils' in sys.modules, 'xml.sax' in sys.modules)"
    )
    command = [sys.executable, "-c", probe, "--db", str(filled_db), "packet", "1", "-o", str(out), "--no-page-numbers"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    groups, heavy = result.stdout.strip().splitlines()[-2:]
    assert groups == "['desktop_app.commands.packet']"
    assert heavy == "False False"  # plain reads, and no saxutils with urllib and email (see the README, Speed)
    assert out.is_file()


def test_a_mistyped_command_is_named_with_every_command_known(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pakcet"]) == 2
    err = capsys.readouterr().err
    assert "'pakcet'" in err and "packet" in err and "sessions" in err
