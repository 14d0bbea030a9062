"""people and delegation commands: the JSON scripts read, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session

BAD_LIST = "name,name_ko,side,email\nKIM Min-jun,김민준,ROK,minjun.kim@mofa.example.kr\n,,ROK,\nLEE,,ROK,lee@\n"


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def people_rows(db: Path) -> list[dict[str, object]]:
    with Workspace.open(db) as ws:
        return list(ws.store.db.table("people").rows)


def test_people_add_then_list_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli(
            db_path,
            "people",
            "add",
            "KIM Min-jun",
            "--side",
            "ROK",
            "--name-ko",
            "김민준",
            "--title",
            "Director-General",
            "--organization",
            "Ministry of Foreign Affairs",
            "--email",
            "minjun.kim@mofa.example.kr",
            "--internal-notes",
            "secret",
        )
        == 0
    )
    assert cli(db_path, "people", "add", "Emily Carter", "--side", "US") == 0
    capsys.readouterr()
    assert cli(db_path, "people", "list", "--json") == 0
    people = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in people] == ["Emily Carter", "KIM Min-jun"]
    kim = people[1]
    for key in ("id", "name", "name_ko", "title", "organization", "side", "email"):
        assert key in kim
    assert kim["name_ko"] == "김민준" and kim["side"] == "ROK" and "internal_notes" not in kim
    assert cli(db_path, "people", "list", "--json", "--filter", "ㄱㅁㅈ") == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["KIM Min-jun"]


def test_people_add_refuses_with_one_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db_path, "people", "add", "X", "--side", "JP") == 1
    assert capsys.readouterr().err == "error: unknown side 'JP'; this body's sides are ('ROK', 'US')\n"


def test_import_with_bad_rows_exits_1_naming_each_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_LIST, encoding="utf-8")
    assert cli(db_path, "people", "list") == 0  # creates the database
    before = people_rows(db_path)
    capsys.readouterr()
    assert cli(db_path, "people", "import", str(path)) == 1
    assert capsys.readouterr().err == (
        "error: line 3: name is empty; line 4: e-mail 'lee@' is not an address — nothing was imported from bad.csv\n"
    )
    assert people_rows(db_path) == before == []


def test_import_dry_run_then_import_then_export(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rok.csv"
    path.write_bytes(
        "\ufeffname;name_ko;side;Seat\r\nKIM Min-jun;김민준;ROK;3A\r\nLEE Seo-yeon;이서연;ROK;3B\r\n".encode()
    )
    assert cli(db_path, "people", "import", str(path), "--dry-run") == 0
    captured = capsys.readouterr()
    assert "2 rows are fine; nothing was imported (dry run)" in captured.out
    assert "note: columns not read: 'Seat'" in captured.err
    assert people_rows(db_path) == []
    assert cli(db_path, "people", "import", str(path)) == 0
    assert "imported rok.csv: 2 added, 0 updated" in capsys.readouterr().out
    out = tmp_path / "out.xlsx"
    assert cli(db_path, "people", "export", "-o", str(out)) == 0
    assert capsys.readouterr().out == f"wrote 2 people to {out}\n"
    assert out.stat().st_size > 0


def test_delegation_commands(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.services.sessions import add_session

    with Workspace.open(db_path) as ws:
        first = add_session(ws, seoul_session())
        second = add_session(ws, seoul_session("Second round", start=seoul_session().start.replace(month=6)))
    cli(db_path, "people", "add", "KIM Min-jun", "--side", "ROK", "--email", "kim@mofa.example.kr")
    cli(db_path, "people", "add", "LEE Seo-yeon", "--side", "ROK")
    cli(db_path, "people", "add", "Emily Carter", "--side", "US")
    assert cli(db_path, "delegation", "add", str(first.id), "2") == 0
    assert cli(db_path, "delegation", "add", str(first.id), "kim@mofa.example.kr", "--role", "head") == 0
    assert cli(db_path, "delegation", "add", str(first.id), "3", "--role", "head", "--rsvp", "confirmed") == 0
    assert cli(db_path, "delegation", "add", str(first.id), "3") == 1
    assert "already in the delegations" in capsys.readouterr().err
    assert cli(db_path, "delegation", "copy-previous", str(second.id)) == 0
    assert "copied 3 people from #1" in capsys.readouterr().out
    assert cli(db_path, "delegation", "order", str(second.id), "ROK", "2", "1") == 1
    assert "head of delegation sits first" in capsys.readouterr().err
    assert cli(db_path, "delegation", "rsvp", str(second.id), "2", "declined") == 0
    capsys.readouterr()
    assert cli(db_path, "delegation", "list", str(second.id), "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in listed["sides"]["ROK"]["delegates"]] == ["KIM Min-jun", "LEE Seo-yeon"]
    assert listed["sides"]["ROK"]["counts"] == {"total": 2, "invited": 1, "declined": 1}
    assert listed["sides"]["US"]["delegates"][0]["role"] == "head"
    assert cli(db_path, "delegation", "list", str(second.id)) == 0
    assert "ROK Republic of Korea: 2 (1 declined, 1 invited)" in capsys.readouterr().out
    # retire, merge and edit through the CLI
    assert cli(db_path, "people", "retire", "2") == 0
    assert "the 2 session(s) they sat in keep them" in capsys.readouterr().out
    cli(db_path, "people", "add", "Kim Minjun", "--side", "ROK", "--phone", "+82-2-2100-7000")
    assert cli(db_path, "people", "merge", "1", "4") == 0
    assert cli(db_path, "people", "edit", "1", "--title", "Deputy Minister") == 0
    assert "edited 1 KIM Min-jun: title" in capsys.readouterr().out


def test_the_cli_spells_roles_and_answers_as_the_domain_does() -> None:
    from desktop_app.commands.delegations import ANSWERS, ROLES
    from desktop_app.domain.attendance import Role, Rsvp

    assert tuple(str(r) for r in Role) == ROLES and tuple(str(r) for r in Rsvp) == ANSWERS
