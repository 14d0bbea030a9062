"""Importing delegation lists from real files: Excel's CSV (BOM, semicolons, Hangul), plain CSV, XLSX."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.errors import InvalidInput
from desktop_app.services.people import add_person, list_people, retire_person
from desktop_app.services.people_io import OnDuplicate, import_people, preview_people_file, undo_import
from desktop_app.services.workspace import Workspace
from tests.people.conftest import person

# As Excel's "CSV UTF-8" writes it in a locale with a decimal comma: BOM, semicolons, CRLF.
EXCEL_CSV = (
    "\ufeffName;Name_KO;Title;Title_KO;Organisation;Side;E-mail;Phone;Remarks\r\n"
    "KIM Min-jun;김민준;Director-General;북미국장;Ministry of Foreign Affairs;ROK;minjun.kim@mofa.example.kr;"
    "+82-2-2100-7000;head\r\n"
    'LEE Seo-yeon;이서연;"Director; Policy";정책과장;Ministry of Unification;대한민국;;;\r\n'
    ";;;;;;;;\r\n"
    "Emily Carter;;Director for Korea;;Department of State;us;emily.carter@state.example.gov;;\r\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_csv_with_bom_semicolons_and_hangul(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "rok-delegation.csv", EXCEL_CSV)
    preview = preview_people_file(workspace, path)
    assert preview.ok, preview.problems
    assert preview.unknown_columns == ("Remarks",)
    assert [(r.line, r.person.name, r.person.side) for r in preview.rows] == [
        (2, "KIM Min-jun", "ROK"),
        (3, "LEE Seo-yeon", "ROK"),  # the side by its Korean name
        (5, "Emily Carter", "US"),  # blank line 4 skipped, lines still counted; "us" in any case
    ]
    result = import_people(workspace, preview)
    assert len(result.added) == 3
    kim = next(p for p in list_people(workspace) if p.name == "KIM Min-jun")
    assert (kim.name_ko, kim.title_ko, kim.phone) == ("김민준", "북미국장", "+82-2-2100-7000")
    lee = next(p for p in list_people(workspace) if p.name_ko == "이서연")
    assert lee.title == "Director; Policy"  # a quoted semicolon is not a separator


def test_plain_csv_without_bom_with_commas(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "name,name_ko,organization,side,email\n"
        "PARK Ji-ho,박지호,Ministry of National Defense,ROK,jiho.park@mnd.example.kr\n"
        '"Brooks, James",,National Security Council,US,\n'
    )
    preview = preview_people_file(workspace, write(tmp_path / "list.csv", text))
    assert preview.ok and preview.unknown_columns == ()
    assert [r.person.name for r in preview.rows] == ["PARK Ji-ho", "Brooks, James"]


def test_a_csv_in_the_korean_legacy_encoding_is_read_and_says_so(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.csv", "name,name_ko,side\nKIM Min-jun,김민준,ROK\n", encoding="cp949")
    preview = preview_people_file(workspace, path)
    assert preview.ok and preview.rows[0].person.name_ko == "김민준"
    assert "CP949/EUC-KR" in preview.layout


def make_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_made_with_openpyxl(workspace: Workspace, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "us-delegation.xlsx",
        [
            ["name", "name_ko", "title", "organization", "side", "email", "phone", "Seat"],
            [
                "Emily Carter",
                "에밀리 카터",
                "Director for Korea",
                "Department of State",
                "United States",
                "emily.carter@state.example.gov",
                2025550100,
                "3A",
            ],
            [None, None, None, None, None, None, None, None],  # an empty row in the middle
            ["James Brooks", None, "Senior Advisor", "National Security Council", "미국", None, None, None],
        ],
    )
    preview = preview_people_file(workspace, path)
    assert preview.ok, preview.problems
    assert preview.unknown_columns == ("Seat",)
    assert [(r.line, r.person.name, r.person.side) for r in preview.rows] == [
        (2, "Emily Carter", "US"),
        (4, "James Brooks", "US"),
    ]
    assert preview.rows[0].person.phone == "2025550100"  # a number cell read as the digits typed
    assert preview.rows[0].person.name_ko == "에밀리 카터"


def test_bad_rows_are_each_named_by_line_and_nothing_is_imported(workspace: Workspace, tmp_path: Path) -> None:
    add_person(workspace, person("Someone Known", "US"))
    before = list(workspace.store.db.table("people").rows)
    text = (
        "name,side,email,biography\n"
        'KIM Min-jun,ROK,minjun.kim@mofa.example.kr,"Joined the ministry in 1998;\nposted to Washington"\n'
        ",ROK,,\n"  # line 4: the quoted biography above spans lines 2 and 3
        "LEE Seo-yeon,ROK,seoyeon.lee(at)mou.example.kr,\n"
        "Emily Carter,JP,,\n"
    )
    preview = preview_people_file(workspace, write(tmp_path / "bad.csv", text))
    assert not preview.ok
    assert preview.problem_lines() == [
        "line 4: name is empty",
        "line 5: e-mail 'seoyeon.lee(at)mou.example.kr' is not an address",
        "line 6: side 'JP' is unknown; use ROK (Republic of Korea) or US (United States)",
    ]
    with pytest.raises(InvalidInput) as refused:
        import_people(workspace, preview)
    assert str(refused.value) == (
        "line 4: name is empty; line 5: e-mail 'seoyeon.lee(at)mou.example.kr' is not an address; "
        "line 6: side 'JP' is unknown; use ROK (Republic of Korea) or US (United States) "
        "— nothing was imported from bad.csv"
    )
    assert list(workspace.store.db.table("people").rows) == before


def test_a_list_without_sides_takes_the_side_given_for_the_whole_list(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "us.csv", "name,title\nEmily Carter,Director for Korea\n")
    assert preview_people_file(workspace, path).problem_lines() == [
        "line 2: side is empty (add a 'side' column, or choose the side of the whole list)"
    ]
    assert preview_people_file(workspace, path, default_side="US").rows[0].person.side == "US"


def test_header_problems_are_line_one(workspace: Workspace, tmp_path: Path) -> None:
    preview = preview_people_file(workspace, write(tmp_path / "x.csv", "person,e-mail,email\nKim,a@b.kr,c@d.kr\n"))
    assert preview.problem_lines() == [
        "line 1: the column 'email' appears twice",
        "line 1: the header has no name column ('name' or '성명'; found 'person', 'e-mail', 'email')",
    ]


def test_likely_duplicates_are_offered_as_merges(workspace: Workspace, tmp_path: Path) -> None:
    known = add_person(workspace, person("KIM Min-jun", "ROK", email="minjun.kim@mofa.example.kr", internal_notes="x"))
    namesake = add_person(workspace, person("Lee Seo-yeon", "ROK", organization="Ministry of Unification"))
    retire_person(workspace, namesake.id or 0)
    preview = preview_people_file(workspace, write(tmp_path / "rok.csv", EXCEL_CSV))
    assert [(d.line, d.match.known.id, d.match.reason) for d in preview.duplicates] == [
        (2, known.id, "same e-mail"),
        (3, namesake.id, "same name and organisation"),
    ]
    # the GUI decides row by row: merge line 2, add line 3 as someone new
    result = import_people(workspace, preview, decisions={3: OnDuplicate.ADD})
    assert [edit.after.id for edit in result.updated] == [known.id]
    assert [p.name for p in result.added] == ["LEE Seo-yeon", "Emily Carter"]
    merged = next(p for p in list_people(workspace) if p.id == known.id)
    assert merged.title_ko == "북미국장" and merged.internal_notes == "x"  # the list never touches notes
    # the import is undone in one step
    undo_import(workspace, result)
    assert [p.name for p in list_people(workspace)] == ["KIM Min-jun", "Lee Seo-yeon"]
    assert next(p for p in list_people(workspace) if p.id == known.id).title_ko == ""
    result = import_people(workspace, preview, decisions={3: OnDuplicate.ADD})
    # importing the same list again changes nothing when duplicates are skipped
    again = import_people(
        workspace, preview_people_file(workspace, tmp_path / "rok.csv"), on_duplicate=OnDuplicate.SKIP
    )
    assert again.added == () and again.updated == () and again.skipped_lines == (2, 3, 5)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("list.xlsm", b"PK\x03\x04", "macro-enabled workbook"),
        ("list.xls", b"\xd0\xcf\x11\xe0", "Excel 97-2003"),
        ("list.xlsx", b"name,side\nKim,ROK\n", "not an Excel workbook"),
        ("list.txt", b"name,side\n", "a .csv, .xlsx or .vcf file"),
        ("empty.csv", b"", "is empty"),
        ("binary.csv", b"name,side\n\x00\x01", "binary data"),
        ("quote.csv", b'name,side\n"Kim,ROK\n', "line 2: quote.csv is not a well-formed CSV file"),
    ],
)
def test_files_that_are_not_people_lists_are_refused(
    workspace: Workspace, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        preview_people_file(workspace, path)


def test_a_zip_that_is_not_a_workbook_and_one_with_macros_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(InvalidInput, match="zip archive but not an Excel workbook"):
        preview_people_file(workspace, tmp_path / "photos.xlsx")
    good = make_xlsx(tmp_path / "renamed.xlsx", [["name", "side"], ["Kim", "ROK"]])
    with zipfile.ZipFile(good, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"macro")
    with pytest.raises(InvalidInput, match="contains macros"):
        preview_people_file(workspace, good)


def test_size_and_row_limits_are_checked_before_reading(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"name,side\n" + b"x" * (10 * 1024 * 1024 + 1))
    with pytest.raises(InvalidInput, match="at most 10 MB"):
        preview_people_file(workspace, big)
    many = write(tmp_path / "many.csv", "name,side\n" + "Kim,ROK\n" * 20_001)
    with pytest.raises(InvalidInput, match="more than 20,000 rows"):
        preview_people_file(workspace, many)
    rows: list[list[object]] = [["name", "side"]]
    rows += [["Kim", "ROK"] for _ in range(20_001)]
    with pytest.raises(InvalidInput, match="more than 20,000 rows"):
        preview_people_file(workspace, make_xlsx(tmp_path / "many.xlsx", rows))


def test_excel_sep_line_is_obeyed_and_lines_still_count_from_the_top(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "sep.csv", "sep=;\r\nname;side;email\r\nKIM, Min-jun;ROK;\r\n;ROK;\r\n")
    preview = preview_people_file(workspace, path)
    assert preview.problem_lines() == ["line 4: name is empty"]
    assert [(r.line, r.person.name) for r in preview.rows] == [(3, "KIM, Min-jun")]


def test_the_preview_keeps_every_row_for_the_dialog(workspace: Workspace, tmp_path: Path) -> None:
    preview = preview_people_file(workspace, write(tmp_path / "p.csv", "name,side\nKim,ROK\n,ROK\n"))
    assert preview.table.header == ("name", "side")
    assert [(row.line, row.cells) for row in preview.table.rows] == [(2, ("Kim", "ROK")), (3, ("", "ROK"))]
    assert preview.problems == {3: ("name is empty",)}
    empty = preview_people_file(workspace, write(tmp_path / "e.csv", "name,side\n"))
    assert empty.problem_lines() == ["line 1: the list has a header but no people"]
