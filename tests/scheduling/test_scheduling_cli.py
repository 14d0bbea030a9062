"""The command line of scheduling: sessions add/edit/move/postpone/cancel, series add, ics export/import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.exchange.ics_samples import google_export


def run(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def listed(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert run(db, "sessions", "list", "--json") == 0
    result: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return result


def test_sessions_add_prints_the_session_and_its_warnings(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sessions", "add", "--title", "제1차 협의", "--start", "2027-02-08 10:00", "--tz", "Asia/Seoul"]
    assert run(db_path, *argv, "--minutes", "90", "--venue", "Ministry of Foreign Affairs, Seoul") == 0
    out, err = capsys.readouterr()
    assert out == "added session 1 (#1): Mon 8 Feb 10:00 KST · Sun 7 Feb 20:00 EST  제1차 협의\n"
    warnings = err.splitlines()
    assert all(line.startswith("warning: ") for line in warnings)
    assert any("Korean New Year (설날 다음날)" in line for line in warnings)
    # In person, both delegations sit in Seoul: Monday 10:00 there is no Sunday evening for anyone.
    assert not any("Washington" in line for line in warnings)


def test_a_video_session_is_warned_about_each_capitals_hours(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sessions", "add", "--title", "Video round", "--start", "2027-02-08 10:00", "--tz", "Asia/Seoul"]
    assert run(db_path, *argv, "--venue", "https://meet.example.org/round") == 0
    warnings = capsys.readouterr().err.splitlines()
    assert any("on a weekend in Washington" in line for line in warnings)
    assert any("outside 08:00–19:00 in Washington" in line for line in warnings)


def test_mode_says_video_before_there_is_a_link(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sessions", "add", "--title", "Video round", "--start", "2027-02-16 10:00", "--tz", "Asia/Seoul"]
    assert run(db_path, *argv, "--mode", "video", "--json") == 0
    out, err = capsys.readouterr()
    [added] = json.loads(out)
    assert added["mode"] == "video" and added["venue"] == ""
    assert any("outside 08:00–19:00 in Washington" in line for line in err.splitlines())
    assert run(db_path, "sessions", "edit", str(added["id"]), "--mode", "in-person", "--venue", "MOFA, Seoul") == 0
    capsys.readouterr()
    assert run(db_path, "sessions", "list", "--json") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["mode"] == "in_person" and listed["warnings"] == []


def test_sessions_list_json_has_local_times_and_warnings(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db_path, "sessions", "add", "--title", "Winter", "--start", "2027-01-12 09:00", "--tz", "Asia/Seoul")
    run(db_path, "sessions", "add", "--title", "Summer", "--start", "2027-07-13 09:00", "--tz", "Asia/Seoul")
    capsys.readouterr()
    winter, summer = listed(db_path, capsys)
    assert winter["local_times"] == {
        "Asia/Seoul": "2027-01-12T09:00:00+09:00",
        "America/New_York": "2027-01-11T19:00:00-05:00",
    }
    assert summer["local_times"] == {
        "Asia/Seoul": "2027-07-13T09:00:00+09:00",
        "America/New_York": "2027-07-12T20:00:00-04:00",
    }
    assert isinstance(winter["warnings"], list) and all(isinstance(w, str) for w in winter["warnings"])
    assert summer["warnings"] == []  # in person in Seoul: 09:00 there is a working hour for both delegations
    run(db_path, "sessions", "add", "--title", "Early", "--start", "2027-07-13 07:00", "--tz", "Asia/Seoul")
    capsys.readouterr()
    early = next(s for s in listed(db_path, capsys) if s["title"] == "Early")
    assert early["warnings"] == ["outside 08:00–19:00 in Seoul: Tue 13 Jul 2027 07:00 KST–09:00 KST"]


def test_edit_move_postpone_cancel(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db_path, "sessions", "add", "--title", "Round", "--start", "2027-03-09 10:00", "--tz", "Asia/Seoul")
    assert run(db_path, "sessions", "edit", "1", "--title", "First round", "--venue", "Seoul") == 0
    assert run(db_path, "sessions", "move", "1", "--start", "2027-03-16 09:00", "--tz", "America/New_York") == 0
    assert "moved session 1 (#1): Tue 16 Mar 09:00 EDT · Tue 16 Mar 22:00 KST  First round" in capsys.readouterr().out
    assert run(db_path, "sessions", "postpone", "1") == 0
    assert capsys.readouterr().out == "postponed session 1 (#1): First round\n"
    [session] = listed(db_path, capsys)
    assert (session["status"], session["sequence"], session["title"], session["venue"]) == (
        "postponed",
        3,
        "First round",
        "Seoul",
    )
    assert run(db_path, "sessions", "cancel", str(session["uid"])) == 0
    capsys.readouterr()
    [session] = listed(db_path, capsys)
    assert session["status"] == "cancelled" and session["warnings"] == []


def test_series_add_then_edit_this_and_the_following(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["series", "add", "--title", "Policy round", "--start", "2027-01-12 10:00", "--tz", "Asia/Seoul"]
    assert run(db_path, *argv, "--repeat", "monthly-weekday", "--count", "6", "--hosts", "ROK,US,video") == 0
    assert capsys.readouterr().out.startswith("added series 1: Policy round, 6 sessions\n")
    assert run(db_path, "sessions", "edit", "4", "--minutes", "90", "--following") == 0
    capsys.readouterr()
    sessions = listed(db_path, capsys)
    assert [s["duration_minutes"] for s in sessions] == [120, 120, 120, 90, 90, 90]
    assert len({s["series_id"] for s in sessions}) == 2
    assert run(db_path, "series", "list") == 0
    out = capsys.readouterr().out
    assert "monthly on the 2nd Tuesday" in out and "3 sessions" in out


def test_ics_export_and_import_from_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    google = tmp_path / "google.ics"
    google.write_bytes(google_export())
    assert run(db_path, "ics", "import", str(google)) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"imported {google}: 3 created, 0 updated, 0 unchanged\n")
    assert "note: skipped “Desk offsite”" in out
    assert any("Chuseok (추석)" in line for line in err.splitlines())
    assert run(db_path, "ics", "import", str(google)) == 0
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out
    target = tmp_path / "out.ics"
    assert run(db_path, "ics", "export", "-o", str(target)) == 0
    assert capsys.readouterr().out == f"exported 3 sessions to {target}\n"
    assert run(db_path, "ics", "export", "--session", "1", "-o", str(target)) == 0
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["sessions", "add", "--title", "x", "--start", "tomorrow", "--tz", "Asia/Seoul"], 2, "not a time"),
        (
            ["sessions", "add", "--title", "x", "--start", "2027-03-14 02:30", "--tz", "America/New_York"],
            1,
            "not exist",
        ),
        (
            ["sessions", "add", "--title", "x", "--start", "2027-03-09 10:00", "--tz", "Mars/Base"],
            1,
            "unknown time zone",
        ),
        (["sessions", "move", "42", "--start", "2027-03-09 10:00"], 1, "no session"),
        (
            [
                "series",
                "add",
                "--title",
                "x",
                "--start",
                "2027-01-12 10:00",
                "--tz",
                "Asia/Seoul",
                "--repeat",
                "FREQ=SECONDLY",
                "--count",
                "3",
            ],
            1,
            "SECONDLY",
        ),
        (
            [
                "series",
                "add",
                "--title",
                "x",
                "--start",
                "2027-01-12 10:00",
                "--tz",
                "Asia/Seoul",
                "--repeat",
                "weekly",
            ],
            2,
            "--until",
        ),
        (["ics", "import", "/nonexistent/file.ics"], 1, "cannot read"),
    ],
)
def test_refusals_are_one_error_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    assert run(db_path, *argv) == code
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err
