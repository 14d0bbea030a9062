"""briefing-desk body setup / edit / show, and session numbers: real database files, the real command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.workspace import Workspace
from desktop_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop_app.storage.store import Store
from tests.conftest import seoul_session, snapshot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def shown(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, _ = run(capsys, "--db", str(db), "body", "show", "--json")
    assert code == 0
    document: dict[str, object] = json.loads(out)
    return document


def test_setup_as_the_us_desk_defaults_the_counterpart_to_rok(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "body", "setup", "--name", "Policy Dialogue", "--our-side", "us")
    assert (code, err) == (0, "")
    assert out == "set up body “Policy Dialogue”: our side US (United States), counterpart ROK\n"
    body = shown(db_path, capsys)
    assert list(body) == ["uid", "name", "name_ko", "our_side", "sides"]
    assert body["name"] == "Policy Dialogue" and body["name_ko"] == "" and body["our_side"] == "US"
    assert body["sides"] == [
        {
            "code": "US",
            "name": "United States",
            "name_ko": "미국",
            "timezone": "America/New_York",
            "capital": "Washington",
            "capital_ko": "워싱턴",
            "holiday_country": "US",
        },
        {
            "code": "ROK",
            "name": "Republic of Korea",
            "name_ko": "대한민국",
            "timezone": "Asia/Seoul",
            "capital": "Seoul",
            "capital_ko": "서울",
            "holiday_country": "KR",
        },
    ]
    assert len(str(body["uid"])) == 36


def test_setup_of_any_pair_needs_a_name_and_zone_for_a_side_it_does_not_know(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db_path), "body", "setup", "--name", "Japan–US Dialogue", "--our-side", "JP"]
    code, out, err = run(capsys, *base)
    assert (code, out) == (1, "")
    assert err == "error: side JP is not one this app knows (ROK, US): give it a name and a time zone\n"
    code, _, err = run(capsys, *base, "--our-name", "Japan", "--our-timezone", "Asia/Tokio")
    assert code == 1 and "unknown time zone 'Asia/Tokio'" in err
    code, _, err = run(capsys, *base, "--our-name", "Japan", "--our-timezone", "Asia/Tokyo", "--our-holidays", "XX")
    assert code == 1 and "no public holidays are known for country 'XX'" in err
    assert shown(db_path, capsys)["name"] != "Japan–US Dialogue"  # every refusal left the body as it was
    code, _, err = run(capsys, *base, "--our-name", "Japan", "--our-name-ko", "일본", "--our-timezone", "Asia/Tokyo")
    assert (code, err) == (0, "")
    body = shown(db_path, capsys)
    sides = body["sides"]
    assert isinstance(sides, list)
    assert body["our_side"] == "JP" and [side["code"] for side in sides] == ["JP", "US"]
    assert sides[0]["name_ko"] == "일본" and sides[0]["timezone"] == "Asia/Tokyo"


def test_setup_is_refused_on_a_database_that_holds_sessions_or_was_set_up(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(db_path), "body", "setup", "--name", "Dialogue", "--our-side", "ROK"]
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 1 and err == "error: the body is already set up as “Dialogue”; change it with 'body edit'\n"
    other = db_path.with_name("used.sqlite3")
    with Workspace.open(other) as workspace:
        from desktop_app.services.sessions import add_session

        add_session(workspace, seoul_session())
    code, _, err = run(capsys, "--db", str(other), "body", "setup", "--name", "Dialogue", "--our-side", "ROK")
    assert code == 1 and "already holds sessions or people" in err


def test_edit_changes_names_our_side_and_a_sides_details(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "body", "setup", "--name", "Dialogue", "--our-side", "ROK")[0] == 0
    uid = shown(db_path, capsys)["uid"]
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "body",
        "edit",
        "--name-ko",
        "한미 대화",
        "--our-side",
        "US",
        "--their-capital",
        "Seoul (Jongno)",
    )
    assert (code, err) == (0, "")
    assert out == "saved body “Dialogue” (한미 대화): our side US (United States), counterpart ROK\n"
    body = shown(db_path, capsys)
    sides = body["sides"]
    assert isinstance(sides, list)
    assert (body["uid"], body["our_side"], body["name_ko"]) == (uid, "US", "한미 대화")
    assert [side["code"] for side in sides] == ["ROK", "US"]  # each side keeps its place
    assert sides[0]["capital"] == "Seoul (Jongno)"


def test_edit_refuses_bad_values_and_a_code_change_under_existing_people(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db_path), "body", "edit"]
    code, _, err = run(capsys, *base)
    assert code == 2 and err.startswith("error: say what to change")
    code, _, err = run(capsys, *base, "--uid", "not-a-uuid")
    assert code == 1 and "is not a UUID" in err
    assert run(capsys, "--db", str(db_path), "people", "add", "KIM Min-jun", "--side", "ROK")[0] == 0
    before = snapshot(db_path)
    code, out, err = run(capsys, *base, "--our-side", "JP", "--our-name", "Japan", "--our-timezone", "Asia/Tokyo")
    assert (code, out) == (1, "")
    assert err == (
        "error: a side's code cannot change while sessions or people of that side exist; nothing was changed\n"
    )
    assert snapshot(db_path) == before


def test_body_show_reads_a_read_only_file_as_text(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "body", "setup", "--name", "Dialogue", "--our-side", "US")[0] == 0
    code, out, _ = run(capsys, "--db", str(db_path), "body", "show")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Dialogue" and lines[1].startswith("  uid: ")
    assert lines[2] == "  US (our side): United States, Washington, America/New_York, holidays US"
    assert lines[3] == "  ROK (counterpart): Republic of Korea, Seoul, Asia/Seoul, holidays KR"


def test_sessions_take_the_number_given_and_refuse_a_taken_one(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["--db", str(db_path), "sessions", "add", "--start", "2027-03-09 10:00", "--tz", "Asia/Seoul"]
    code, out, _ = run(capsys, *add, "--title", "Twelfth", "--number", "12")
    assert code == 0 and out.startswith("added session 1 (#12)")
    code, out, _ = run(capsys, *add, "--title", "Next")
    assert code == 0 and out.startswith("added session 2 (#13)")
    code, _, err = run(capsys, *add, "--title", "Again", "--number", "12")
    assert code == 1 and err == "error: session number 12 is already “Twelfth” (id 1); choose another number\n"
    code, out, _ = run(capsys, "--db", str(db_path), "sessions", "edit", "2", "--number", "7")
    assert code == 0 and out.startswith("saved session 2 (#7)")
    code, _, err = run(capsys, "--db", str(db_path), "sessions", "edit", "2", "--number", "0")
    assert code == 1 and "a session number is between 1 and 100,000" in err
    code, out, _ = run(capsys, "--db", str(db_path), "sessions", "list", "--json")
    assert [session["number"] for session in json.loads(out)] == [12, 7]


def test_an_older_database_migrates_as_the_rok_desk_with_a_fresh_uid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of schema 3 (before bodies had a UID) upgrades after a verified backup: ROK–US, our side ROK."""
    from desktop_app.services.sessions import add_session
    from tests.old_versions import app_of_schema

    path = tmp_path / "old.sqlite3"
    with app_of_schema(3), Workspace.open(path) as workspace:
        add_session(workspace, seoul_session())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "uid" not in [row[1] for row in conn.execute("PRAGMA table_info(body)")]
    conn.close()

    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.last_backup is not None and "before-upgrade" in store.last_backup.name
    with Workspace.open(path) as workspace:
        body = workspace.body
    assert body.home_side == "ROK" and body.side_codes == ("ROK", "US") and body.set_up
    assert [side.holiday_country for side in body.sides] == ["KR", "US"]
    assert len(body.uid) == 36


def test_an_empty_older_database_is_offered_the_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.body import needs_setup
    from desktop_app.storage import migrations

    path = tmp_path / "empty-old.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:3])
        patch.setattr("desktop_app.storage.store.SCHEMA_VERSION", 3)
        Workspace.open(path).close()
    with Workspace.open(path) as workspace:
        assert needs_setup(workspace) and workspace.body.uid


def test_the_readme_documents_the_body_commands() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The command line") : readme.index("## Search")]
    for command in ("body setup", "body edit", "body show", "sessions add|edit … [--number N]"):
        assert command in section, command


def test_a_body_put_back_is_refused_once_it_changed_or_its_old_code_would_strand_records(tmp_path: Path) -> None:
    from desktop_app.domain.person import Person
    from desktop_app.errors import UserError
    from desktop_app.services.body import BodyChoice, SideChoice, edit_body, restore_body, setup_body
    from desktop_app.services.people import add_person

    with Workspace.open(tmp_path / "desk.sqlite3") as workspace:
        unset = workspace.body
        done = setup_body(
            workspace,
            BodyChoice(
                "Seoul–Tokyo Dialogue", "", SideChoice("ROK"), SideChoice("JP", name="Japan", timezone="Asia/Tokyo")
            ),
        )
        assert restore_body(workspace, unset, expected=done) == unset  # the undo of the setup
        assert restore_body(workspace, done, expected=unset) == done  # its redo

        renamed = edit_body(workspace, name="Seoul–Tokyo Talks")
        with pytest.raises(UserError, match="has been changed since; nothing was changed"):
            restore_body(workspace, unset, expected=done)
        add_person(workspace, Person(name="Sato Kenji", side="JP"))
        with pytest.raises(UserError, match="a side's code cannot change while sessions or people of that side exist"):
            restore_body(workspace, unset, expected=renamed)
        assert workspace.body == renamed
