"""Contact lists from the real world: Outlook's and Google's exports, Korean headers, CP949, UTF-16, vCards."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.exchange.people_layouts import GOOGLE_HEADER, OUTLOOK_HEADER
from desktop_app.services.people import add_person, list_people
from desktop_app.services.people_io import export_people, import_people, preview_people_file
from desktop_app.services.workspace import Workspace
from tests.people.conftest import person
from tests.people.contact_samples import (
    APPLE_VCARDS,
    OUTLOOK_VCARD_21,
    google_export,
    google_older_export,
    korean_list,
    outlook_export,
)


def fields(workspace: Workspace) -> dict[str, tuple[str, ...]]:
    return {
        p.email: (p.name, p.name_ko, p.title, p.organization, p.phone, p.side)
        for p in list_people(workspace, include_retired=True)
    }


def test_an_outlook_export_of_92_columns_imports_every_field_once_the_side_is_given(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(outlook_export().encode("cp949"))  # Korean Outlook writes the ANSI code page
    preview = preview_people_file(workspace, path)
    assert preview.layout == "Outlook CSV export, CP949/EUC-KR (Korean Excel)"
    assert preview.needs_side and not preview.ok
    assert len(preview.read_as) == 92
    assert ("Job Title", "title") in preview.read_as and ("Title", "") in preview.read_as  # Title is "Dr."
    assert "'Business Phone' → phone" in preview.columns_report()
    preview = preview_people_file(workspace, path, default_side="US")
    assert preview.ok, preview.problems
    import_people(workspace, preview)
    assert fields(workspace) == {
        "emily.carter@state.example.gov": (
            "Emily Carter", "", "Director for Korea", "Department of State", "+1 202-555-0142", "US"
        ),
        "james.brooks@nsc.example.gov": (
            "James R. Brooks", "", "Senior Director", "National Security Council", "+1 (202) 555-0170", "US"
        ),
        "jimin.han@mofa.example.kr": ("한지민", "한지민", "북미국장", "외교부", "+82 2-2100-7000", "US"),
    }  # fmt: skip


def test_a_google_export_current_and_older(workspace: Workspace, tmp_path: Path) -> None:
    current = tmp_path / "google.csv"
    current.write_text(google_export(), encoding="utf-8")
    older = tmp_path / "google-old.csv"
    older.write_bytes(google_older_export())
    first = preview_people_file(workspace, current, default_side="US")
    second = preview_people_file(workspace, older, default_side="US")
    assert first.layout == "Google Contacts CSV, UTF-8"
    assert second.layout == "Google Contacts CSV (older format), UTF-16"
    assert first.ok and second.ok
    import_people(workspace, first)
    import_people(workspace, second)
    assert fields(workspace) == {
        "sarah.miller@dod.example.gov": (
            "Sarah Miller", "", "Country Director, Korea", "Department of Defense", "+1 703-555-0123", "US"
        ),
        "seoyeon.lee@unikorea.example.kr": ("이서연", "이서연", "정책과장", "통일부", "", "US"),
        "david.kim@treasury.example.gov": (
            "David Kim", "", "Deputy Assistant Secretary", "Department of the Treasury", "+1 202-555-0111", "US"
        ),
    }  # fmt: skip


def test_korean_headers_in_cp949_with_a_korean_only_name(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "명단.csv"
    path.write_bytes(korean_list().encode("cp949"))
    preview = preview_people_file(workspace, path)
    assert preview.layout == "Korean headers, CP949/EUC-KR (Korean Excel)"
    assert preview.ok, preview.problems
    assert ("성명", "name_ko") in preview.read_as and ("영문성명", "name") in preview.read_as
    import_people(workspace, preview)
    people = {p.email: p for p in list_people(workspace)}
    kim, park = people["minjun.kim@mofa.example.kr"], people["jihoon.park@mnd.example.kr"]
    assert (kim.name, kim.name_ko, kim.title_ko, kim.organization_ko, kim.side) == (
        "KIM Min-jun",
        "김민준",
        "북미국장",
        "외교부",
        "ROK",
    )
    assert (park.name, park.name_ko, park.display_name, park.phone) == ("박지훈", "박지훈", "박지훈", "02-748-1111")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp949", "euc-kr"])
def test_every_encoding_korean_offices_use(workspace: Workspace, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(korean_list().encode(encoding))
    preview = preview_people_file(workspace, path)
    assert preview.ok and [r.person.name_ko for r in preview.rows] == ["김민준", "박지훈"]


def test_xlsx_formula_cells_read_by_their_saved_result_or_named(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["given", "family", "name", "side", "email"])
    sheet.append(["Min-jun", "KIM", '=B2&" "&A2', "ROK", "minjun.kim@mofa.example.kr"])
    sheet.append(["Seo-yeon", "LEE", '=B3&" "&A3', "ROK", "seoyeon.lee@mofa.example.kr"])
    workbook.save(path)
    # As Excel saves it: the formula and its last result. openpyxl writes no result: B2's is put in by hand.
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    sheet_xml = sheet_xml.replace('<f>B2&amp;" "&amp;A2</f><v></v>', '<f>B2&amp;" "&amp;A2</f><v>KIM Min-jun</v>')
    sheet_xml = sheet_xml.replace('<c r="C2"><f>', '<c r="C2" t="str"><f>')
    assert "<v>KIM Min-jun</v>" in sheet_xml
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    preview = preview_people_file(workspace, path)
    assert [r.person.name for r in preview.rows] == ["KIM Min-jun"]
    assert preview.problem_lines()[0].startswith('line 3: cell C3 holds a formula (=B3&" "&A3) with no saved result')


def test_apple_and_outlook_vcards_import_with_hangul(workspace: Workspace, tmp_path: Path) -> None:
    apple = tmp_path / "apple.vcf"
    apple.write_text(APPLE_VCARDS, encoding="utf-8")
    outlook = tmp_path / "han.vcf"
    outlook.write_text(OUTLOOK_VCARD_21, encoding="utf-8")
    first = preview_people_file(workspace, apple, default_side="ROK")
    assert first.layout == "vCard (.vcf), UTF-8" and first.ok, first.problems
    import_people(workspace, first)
    import_people(workspace, preview_people_file(workspace, outlook, default_side="ROK"))
    people = {p.email: p for p in list_people(workspace)}
    kim = people["minjun.kim@mofa.example.kr"]
    assert (kim.name, kim.name_ko, kim.title, kim.organization, kim.phone) == (
        "김민준",
        "김민준",
        "북미국장",
        "외교부",
        "+82 2-2100-7000",
    )
    assert kim.biography == "Prefers to be briefed in Korean, in the morning."
    carter = people["emily.carter@state.example.gov"]
    assert (carter.name, carter.phone) == ("Emily Carter", "+1 202-555-0142")  # the work number
    han = people["jimin.han@mofa.example.kr"]
    assert (han.name_ko, han.organization, han.title, han.phone) == ("한지민", "외교부", "북미국장", "+82 2-2100-7001")


@pytest.fixture
def directory(workspace: Workspace) -> Workspace:
    add_person(
        workspace,
        person(
            "KIM Min-jun",
            "ROK",
            name_ko="김민준",
            title="Director-General",
            title_ko="북미국장",
            organization="Ministry of Foreign Affairs",
            organization_ko="외교부",
            email="minjun.kim@mofa.example.kr",
            phone="+82 2-2100-7000",
            internal_notes="secret: prefers short briefs",
            biography="Career diplomat.",
        ),
    )
    add_person(workspace, person("Emily Carter", "US", email="emily.carter@state.example.gov", phone="-5550142"))
    add_person(workspace, person('=HYPERLINK("http://evil.example","x")', "US", email="evil@example.org"))
    return workspace


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(("layout", "header"), [("outlook", OUTLOOK_HEADER), ("google", GOOGLE_HEADER)])
def test_outlook_and_google_layouts_survive_the_round_trip(
    directory: Workspace, tmp_path: Path, layout: str, header: tuple[str, ...]
) -> None:
    path = tmp_path / f"{layout}.csv"
    assert export_people(directory, path, layout=layout) == 3
    rows = read_csv(path)
    assert tuple(rows[0]) == header
    text = path.read_text(encoding="utf-8-sig")
    assert "+82 2-2100-7000" in text and "'+82" not in text  # no apostrophe before a phone number
    assert "'=HYPERLINK" in text  # a formula is still made inert
    assert "secret" not in text and "Career diplomat" not in text
    assert "Republic of Korea delegation · 김민준 북미국장 외교부" in text or "delegation · 김민준" in text
    with Workspace.open(tmp_path / "other-desk.sqlite3") as other:
        preview = preview_people_file(other, path, default_side="US")
        assert preview.ok, preview.problems
        back = {r.person.email: r.person for r in preview.rows}
    kim = back["minjun.kim@mofa.example.kr"]
    assert (kim.name, kim.title, kim.organization, kim.phone) == (
        "KIM Min-jun",  # the family name in capitals comes first again
        "Director-General",
        "Ministry of Foreign Affairs",
        "+82 2-2100-7000",
    )
    assert back["evil@example.org"].name == '=HYPERLINK("http://evil.example","x")'


def test_vcard_export_round_trips_at_the_other_desk(directory: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "directory.vcf"
    assert export_people(directory, path) == 3
    text = path.read_bytes().decode("utf-8")
    assert "FN:KIM Min-jun\r\n" in text and "N:KIM;Min-jun;;;\r\n" in text
    assert "X-BRIEFING-DESK-NAME-KO:김민준" in text and "TEL;TYPE=WORK,VOICE:+82 2-2100-7000" in text
    assert "secret" not in text and "Career diplomat" not in text
    with Workspace.open(tmp_path / "other-desk.sqlite3") as other:
        preview = preview_people_file(other, path)
        assert preview.ok, preview.problems
        import_people(other, preview)
        back = {p.email: p for p in list_people(other)}
    kim = back["minjun.kim@mofa.example.kr"]
    assert (kim.name, kim.name_ko, kim.title, kim.title_ko, kim.organization, kim.organization_ko) == (
        "KIM Min-jun",
        "김민준",
        "Director-General",
        "북미국장",
        "Ministry of Foreign Affairs",
        "외교부",
    )
    assert (kim.side, kim.phone, kim.biography, kim.internal_notes) == ("ROK", "+82 2-2100-7000", "", "")
    assert back["emily.carter@state.example.gov"].side == "US"


def test_the_command_line_asks_for_the_side_and_shows_the_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(outlook_export(), encoding="utf-8")
    database = str(tmp_path / "body.sqlite3")
    assert main(["--db", database, "people", "import", str(path), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "read as Outlook CSV export, UTF-8" in captured.out
    assert "column 'Job Title' → title" in captured.out and "column 'Title' → not read" in captured.out
    assert "give it with --side (ROK, US)" in captured.out
    assert captured.err.splitlines()[-1].startswith("error: line 2: side is empty")
    assert main(["--db", database, "people", "import", str(path), "--side", "US"]) == 0
    capsys.readouterr()
    assert main(["--db", database, "people", "export", "-o", str(tmp_path / "g.csv"), "--layout", "google"]) == 0
