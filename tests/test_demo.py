"""The sample body and the large generated body, on real SQLite files."""

from __future__ import annotations

import itertools
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app import clock
from desktop_app.cli import main
from desktop_app.errors import UserError
from desktop_app.services.demo import fill_large_body, fill_sample_body
from desktop_app.services.workspace import Workspace

HANGUL = re.compile(r"[\uac00-\ud7a3]")
ROMANISED_KOREAN = re.compile(r"^[A-Z]+ [A-Z][a-z]+-[a-z]+$")  # "KIM Min-jun"
PROJECT = Path(__file__).resolve().parent.parent


def rows(path: Path, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    return int(rows(path, f"SELECT count(*) AS n FROM {table}")[0]["n"])


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    with Workspace.open(path) as workspace:
        summary = fill_sample_body(workspace)
        assert workspace.body.name == "ROK–US Policy Coordination Dialogue"
    yield path, summary


# -- the sample body ----------------------------------------------------------------------


def test_summary_names_the_counts(sample: tuple[Path, str]) -> None:
    path, summary = sample
    assert summary.startswith("sample body: ")
    assert f"{count(path, 'sessions')} sessions" in summary
    assert f"{count(path, 'people')} people" in summary
    assert f"{count(path, 'agenda_items')} agenda items" in summary
    assert f"{count(path, 'action_items')} action items" in summary


def test_counts_meet_the_minimums(sample: tuple[Path, str]) -> None:
    path, _ = sample
    assert count(path, "sessions") >= 12
    assert count(path, "people") >= 20
    assert count(path, "agenda_versions") >= 20
    assert count(path, "agenda_items") >= 150
    assert count(path, "action_items") >= 20
    sides = {row["side"]: row["n"] for row in rows(path, "SELECT side, count(*) AS n FROM people GROUP BY side")}
    assert sides["ROK"] >= 10 and sides["US"] >= 10


def test_body_and_sides(sample: tuple[Path, str]) -> None:
    path, _ = sample
    body = rows(path, "SELECT * FROM body")[0]
    assert HANGUL.search(body["name_ko"])
    assert body["home_side"] == "ROK"
    assert body["office"] == "North America Policy Division, Ministry of Foreign Affairs"
    assert body["default_marking"]
    sides = {row["code"]: row for row in rows(path, "SELECT * FROM sides ORDER BY position")}
    assert (sides["ROK"]["timezone"], sides["ROK"]["capital"], sides["ROK"]["capital_ko"]) == (
        "Asia/Seoul",
        "Seoul",
        "서울",
    )
    assert (sides["US"]["timezone"], sides["US"]["capital"], sides["US"]["capital_ko"]) == (
        "America/New_York",
        "Washington",
        "워싱턴",
    )


def test_people_are_bilingual_and_complete(sample: tuple[Path, str]) -> None:
    path, _ = sample
    people = rows(path, "SELECT * FROM people")
    for person in people:
        assert HANGUL.search(person["name_ko"]), person["name"]
        assert HANGUL.search(person["title_ko"]), person["name"]
        assert person["title"] and person["organization"] and HANGUL.search(person["organization_ko"])
        assert person["email"].endswith((".example.go.kr", ".example.gov")), person["email"]
        assert person["phone"] and person["biography"]
        if person["side"] == "ROK":
            assert ROMANISED_KOREAN.match(person["name"]), person["name"]
        else:
            assert person["name"].isascii()
    assert sum(bool(person["internal_notes"]) for person in people) >= 10
    organizations = {person["organization"] for person in people}
    for wanted in ("Ministry of Foreign Affairs", "Ministry of Unification", "National Security Office",
                   "Department of State", "National Security Council", "Department of Defense"):  # fmt: skip
        assert wanted in organizations


def test_sessions_alternate_capitals_with_two_by_video(sample: tuple[Path, str]) -> None:
    path, _ = sample
    sessions = rows(path, "SELECT * FROM sessions ORDER BY start_utc")
    assert [s["number"] for s in sessions] == list(range(1, len(sessions) + 1))
    hosts = [s["host_side"] for s in sessions]
    assert all(a != b for a, b in itertools.pairwise(hosts)), hosts
    video = [s for s in sessions if s["video_link"]]
    assert len(video) == 2
    assert all(s["venue_city"] == "" for s in video)
    assert {s["host_side"] for s in video} == {"ROK", "US"}
    for s in sessions:
        assert HANGUL.search(s["title_ko"])
        if s["video_link"]:
            continue
        if s["host_side"] == "ROK":
            assert (s["venue_city"], s["timezone"]) == ("Seoul", "Asia/Seoul")
            local = datetime.fromisoformat(s["start_utc"]).astimezone(ZoneInfo("Asia/Seoul"))
            assert 8 <= local.hour < 12, local  # mornings in Seoul
        else:
            assert (s["venue_city"], s["timezone"]) == ("Washington", "America/New_York")
    assert {s["format"] for s in sessions} == {"working", "senior", "ministerial"}
    assert sum(s["format"] == "ministerial" for s in sessions) == 1


def test_statuses_make_sense_today(sample: tuple[Path, str]) -> None:
    path, _ = sample
    now = clock.now().isoformat()
    sessions = rows(path, "SELECT * FROM sessions ORDER BY start_utc")
    past = [s for s in sessions if s["start_utc"] < now]
    future = [s for s in sessions if s["start_utc"] >= now]
    assert len(past) >= 5 and len(future) >= 5
    assert all(s["status"] in ("held", "cancelled", "postponed") for s in past)
    assert all(s["status"] in ("planned", "confirmed", "postponed", "cancelled") for s in future)
    assert future[0]["status"] == "confirmed"
    assert any(s["status"] in ("postponed", "cancelled") for s in sessions)
    first, last = datetime.fromisoformat(sessions[0]["start_utc"]), datetime.fromisoformat(sessions[-1]["start_utc"])
    assert 150 <= (clock.now() - first).days <= 260
    assert 150 <= (last - clock.now()).days <= 260


def test_every_session_has_both_delegations_head_first(sample: tuple[Path, str]) -> None:
    path, _ = sample
    sql = """SELECT a.*, p.side FROM attendance a JOIN people p ON p.id = a.person_id
             WHERE a.session_id = ? ORDER BY p.side, a.protocol_order"""
    roles_seen: set[str] = set()
    for session in rows(path, "SELECT id FROM sessions"):
        attendance = rows(path, sql, (session["id"],))
        for side in ("ROK", "US"):
            members = [a for a in attendance if a["side"] == side]
            assert len(members) >= 3
            assert [a["protocol_order"] for a in members] == list(range(len(members)))
            assert members[0]["role"] == "head"
            assert sum(a["role"] == "head" for a in members) == 1
            roles_seen |= {a["role"] for a in members}
    assert roles_seen == {"head", "deputy", "member", "note-taker", "interpreter", "observer"}
    rsvps = {row["rsvp"] for row in rows(path, "SELECT DISTINCT rsvp FROM attendance")}
    assert {"confirmed", "invited"} <= rsvps and rsvps & {"declined", "tentative"}


def test_agendas_are_negotiated_between_the_sides(sample: tuple[Path, str]) -> None:
    path, _ = sample
    now = clock.now().isoformat()
    sessions = rows(path, "SELECT * FROM sessions ORDER BY start_utc")
    versions = {s["id"]: rows(path, "SELECT * FROM agenda_versions WHERE session_id = ? ORDER BY version", (s["id"],))
                for s in sessions}  # fmt: skip
    assert {v["proposed_by"] for vs in versions.values() for v in vs} == {"ROK", "US"}
    for s in sessions:
        if s["status"] == "held":
            assert [v["status"] for v in versions[s["id"]]].count("agreed") == 1, s["title"]
        for v in versions[s["id"]]:
            assert v["created"] <= now
    upcoming = [s for s in sessions if s["start_utc"] >= now]
    following = versions[upcoming[0]["id"]]
    assert {v["proposed_by"] for v in following} == {"ROK", "US"}
    assert [v["status"] for v in following].count("agreed") == 1
    assert any(versions[s["id"]] and all(v["status"] != "agreed" for v in versions[s["id"]]) for s in upcoming)
    # later drafts differ from earlier ones: reworded, added, removed or moved
    for vs in versions.values():
        sql = "SELECT title FROM agenda_items WHERE version_id = ? ORDER BY position"
        titles = [[item["title"] for item in rows(path, sql, (v["id"],))] for v in vs]
        for earlier, later in itertools.pairwise(titles):
            assert earlier != later


def test_items_are_complete_and_presented_by_their_lead_side(sample: tuple[Path, str]) -> None:
    path, _ = sample
    items = rows(
        path,
        """SELECT i.*, v.session_id, v.status AS version_status, s.status AS session_status, p.side AS presenter_side
           FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id JOIN sessions s ON s.id = v.session_id
           LEFT JOIN people p ON p.id = i.presenter_id""",
    )
    for item in items:
        assert item["number"] and item["title"] and HANGUL.search(item["title_ko"])
        assert item["lead_side"] in ("ROK", "US") and item["presenter_side"] == item["lead_side"]
        assert item["minutes"] > 0 and item["description"]
        sql = "SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ?"
        present = rows(path, sql, (item["session_id"], item["presenter_id"]))
        assert present, item["title"]
        if item["session_status"] == "held" and item["version_status"] == "agreed":
            assert item["outcome"], item["title"]
        else:
            assert not item["outcome"]
    assert any(item["level"] == 1 and "." in item["number"] for item in items)
    for field in ("talking_points", "if_raised", "internal_notes"):
        assert sum(bool(item[field]) for item in items) >= len(items) // 3, field
    titles = " ".join(item["title"].lower() for item in items)
    for topic in ("denuclearization", "exercises", "sanctions", "humanitarian", "dialogue", "opening",
                  "any other business", "press"):  # fmt: skip
        assert topic in titles


def test_action_items_open_and_done_with_owners(sample: tuple[Path, str]) -> None:
    path, _ = sample
    actions = rows(path, "SELECT * FROM action_items")
    statuses = {a["status"] for a in actions}
    assert {"open", "done"} <= statuses
    today = clock.today().isoformat()
    assert any(a["status"] == "open" and a["due"] < today for a in actions), "no overdue action"
    assert any(a["status"] == "open" and a["due"] >= today for a in actions)
    for a in actions:
        assert a["owner"] and a["owner_side"] in ("ROK", "US") and a["due"]
        assert HANGUL.search(a["text"])
    linked = [a for a in actions if a["agenda_item_id"] is not None]
    assert len(linked) >= len(actions) // 2
    for a in linked:
        version = rows(
            path,
            "SELECT v.session_id, v.status FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id "
            "WHERE i.id = ?",
            (a["agenda_item_id"],),
        )[0]
        assert (version["session_id"], version["status"]) == (a["session_id"], "agreed")


def test_sample_database_is_sound(sample: tuple[Path, str]) -> None:
    path, _ = sample
    assert rows(path, "PRAGMA integrity_check")[0][0] == "ok"
    assert rows(path, "PRAGMA foreign_key_check") == []


# -- refusing a database that holds data ---------------------------------------------------


def test_fill_refuses_a_database_with_sessions(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    with Workspace.open(path) as workspace:
        fill_sample_body(workspace)
    before = dump(path)
    with Workspace.open(path) as workspace:
        with pytest.raises(UserError, match=r"already holds 14 sessions; the sample body fills an empty database"):
            fill_sample_body(workspace)
        with pytest.raises(UserError, match=r"--db NEW_FILE"):
            fill_large_body(workspace, 1)
    assert dump(path) == before


def test_fill_refuses_a_database_with_people_only(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    with Workspace.open(path) as workspace, workspace.store.transaction() as db:
        db.execute("INSERT INTO people (name, side) VALUES ('Somebody Real', 'US')")
    with Workspace.open(path) as workspace, pytest.raises(UserError, match="already holds 1 people"):
        fill_sample_body(workspace)
    assert count(path, "sessions") == 0


def test_cli_demo_fills_then_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    assert capsys.readouterr().out.startswith("sample body: 14 sessions")
    before = dump(path)
    assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "already holds 14 sessions" in err and str(path) in err
    assert main(["--db", str(path), "demo", "--years", "1"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    assert dump(path) == before


# -- the large body ------------------------------------------------------------------------


def test_large_body_over_two_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "large.sqlite3"
    assert main(["--db", str(path), "demo", "--years", "2"]) == 0
    assert capsys.readouterr().out.startswith("large body over 2 years:")
    # 2/10 of the ten-year minimums
    assert count(path, "sessions") >= 200
    assert count(path, "people") >= 1000
    assert count(path, "agenda_items") >= 6000
    assert count(path, "action_items") >= 2000
    # the curated body is in it, numbered after the history
    assert rows(path, "SELECT name FROM body")[0]["name"] == "ROK–US Policy Coordination Dialogue"
    assert rows(path, "SELECT count(*) AS n FROM people WHERE name = 'KIM Do-yoon'")[0]["n"] >= 1
    numbers = [row["number"] for row in rows(path, "SELECT number FROM sessions ORDER BY number")]
    assert numbers == list(range(1, len(numbers) + 1))
    sizes = [row["n"] for row in rows(path, "SELECT count(*) AS n FROM attendance GROUP BY session_id")]
    assert len(sizes) == count(path, "sessions") and min(sizes) >= 10 and max(sizes) <= 30
    per_session = rows(path, "SELECT count(*) AS n FROM agenda_versions GROUP BY session_id")
    assert {row["n"] for row in per_session} >= {1, 2, 3}
    assert rows(path, "SELECT count(*) AS n FROM sessions WHERE video_link != '' AND venue_city = ''")[0]["n"] > 20
    people = rows(path, "SELECT name, name_ko, side FROM people")
    assert all(HANGUL.search(p["name_ko"]) for p in people)
    assert all(ROMANISED_KOREAN.match(p["name"]) for p in people if p["side"] == "ROK")
    statuses = {row["status"] for row in rows(path, "SELECT DISTINCT status FROM action_items")}
    assert {"open", "done", "dropped"} <= statuses
    assert rows(path, "PRAGMA foreign_key_check") == []
    assert main(["--db", str(path), "check"]) == 0


def test_large_body_is_deterministic(tmp_path: Path) -> None:
    names = []
    for name in ("a.sqlite3", "b.sqlite3"):
        with Workspace.open(tmp_path / name) as workspace:
            fill_large_body(workspace, 1)
        names.append(
            [tuple(r) for r in rows(tmp_path / name, "SELECT name, title, email FROM people ORDER BY id LIMIT 600")]
        )
        names.append([tuple(r) for r in rows(tmp_path / name, "SELECT uid, title FROM sessions ORDER BY id LIMIT 104")])
    assert names[0] == names[2] and names[1] == names[3]
    assert count(tmp_path / "a.sqlite3", "sessions") >= 100


# -- a process killed midway leaves the database as it was ----------------------------------


def test_killed_demo_leaves_a_sound_database(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    with Workspace.open(path):
        pass  # an empty database, as a user's first start leaves it
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    rng = random.Random()
    full: int | None = None
    wal = path.with_name(path.name + "-wal")
    # first as soon as the transaction spills pages into the WAL, then after random delays
    for attempt in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--db", str(path), "demo", "--years", "2"],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if attempt == 0:
            deadline = time.monotonic() + 10
            while process.poll() is None and time.monotonic() < deadline:
                if wal.exists() and wal.stat().st_size > 0:
                    break
                time.sleep(0.002)
        else:
            time.sleep(rng.uniform(0.25, 0.8))
        process.send_signal(signal.SIGKILL)
        process.wait()
        checked = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--db", str(path), "check"],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stderr
        sessions = count(path, "sessions")
        # all or nothing: either the whole body is there or none of it
        assert sessions in (0, full or sessions)
        if sessions:
            full = sessions
            assert sessions >= 200 and count(path, "agenda_items") >= 6000
        else:
            assert count(path, "people") == count(path, "agenda_items") == count(path, "action_items") == 0
