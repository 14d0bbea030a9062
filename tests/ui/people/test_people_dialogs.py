"""The people dialogs built for real: person, merge, import preview, picker; and lists in and out of the view."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.services.people import get_person, list_people
from desktop_app.services.people_io import OnDuplicate, PeopleListPreview, preview_people_file
from desktop_app.ui.common import file_notice
from desktop_app.ui.people import prompts
from desktop_app.ui.people.import_dialog import PROBLEM_COLOUR, ImportChoice, ImportPreviewDialog
from desktop_app.ui.people.merge_dialog import MergeChoice, MergeDialog
from desktop_app.ui.people.people_view import PeopleView
from desktop_app.ui.people.person_dialog import PersonDialog
from desktop_app.ui.people.picker_dialog import PeoplePickerDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.people.conftest import Cast
from tests.ui.test_sessions_view import type_through_input_method

pytestmark = pytest.mark.gui


def people_view(window: MainWindow) -> PeopleView:
    window.show_view("people")
    view = window.views["people"]
    assert isinstance(view, PeopleView)
    return view


# -- the person dialog ---------------------------------------------------------------------


def test_person_dialog_returns_the_record_and_refuses_a_bad_email(qtbot: QtBot) -> None:
    dialog = PersonDialog(DEFAULT_BODY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == ""  # nothing typed yet: no scolding
    qtbot.keyClicks(dialog.name, "HAN Ji-min")
    type_through_input_method(dialog.name_ko, "한지민")
    qtbot.keyClicks(dialog.email, "not-an-address")
    assert not dialog.ok_button.isEnabled()
    assert "not an e-mail address" in dialog.error.text()
    dialog.email.setText("jimin.han@mofa.example.kr")
    assert dialog.ok_button.isEnabled()
    dialog.side.setCurrentIndex(dialog.side.findData("US"))
    person = dialog.person()
    assert (person.name, person.name_ko, person.side, person.id) == ("HAN Ji-min", "한지민", "US", None)


# -- merging -------------------------------------------------------------------------------


def test_merge_dialog_shows_both_records_and_what_is_kept(people_window: MainWindow, cast: Cast, qtbot: QtBot) -> None:
    workspace = people_window.workspace
    kim, park = get_person(workspace, cast.kim), get_person(workspace, cast.park)
    dialog = MergeDialog(kim, park)
    qtbot.addWidget(dialog)
    assert dialog.keep_first.isChecked()  # the fuller record
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert "kept" in headers[0] and "merged away" in headers[1] and headers[2] == "After the merge"
    rows = {dialog.table.verticalHeaderItem(r).text(): r for r in range(dialog.table.rowCount())}
    name_row, title_row = rows["Name"], rows["Title"]
    assert dialog.table.item(name_row, 0).text() == "KIM Min-jun"
    assert dialog.table.item(name_row, 1).text() == "PARK Ji-ho"
    assert dialog.table.item(name_row, 2).text() == "KIM Min-jun"
    assert dialog.table.item(name_row, 1).font().strikeOut()  # the value that is lost
    assert dialog.table.item(title_row, 2).text() == "Director-General"
    dialog.keep_second.setChecked(True)
    assert dialog.table.item(name_row, 2).text() == "PARK Ji-ho"
    assert dialog.table.item(rows["E-mail"], 2).text() == "minjun.kim@mofa.example.kr"  # filled from the other
    assert dialog.choice() == MergeChoice(cast.park, cast.kim)
    assert dialog.ok_button.isEnabled()


def test_merge_dialog_refuses_people_of_two_sides(people_window: MainWindow, cast: Cast, qtbot: QtBot) -> None:
    workspace = people_window.workspace
    dialog = MergeDialog(get_person(workspace, cast.kim), get_person(workspace, cast.carter))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "side" in dialog.error.text()


def test_merge_from_the_view_with_undo(people_window: MainWindow, cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    view = people_view(people_window)
    workspace = people_window.workspace
    selection = view.table.selectionModel()
    for pid in (cast.kim, cast.park):
        row = view.person_model.row_of(pid)
        assert row is not None
        selection.select(
            view.person_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert view.merge_action.isEnabled()
    shown: list[tuple[str, str]] = []

    def choose(parent: object, first: object, second: object) -> MergeChoice:
        dialog = MergeDialog(first, second)  # type: ignore[arg-type]
        shown.append((dialog.table.item(0, 0).text(), dialog.table.item(0, 1).text()))
        return dialog.choice()

    monkeypatch.setattr(prompts, "ask_merge", choose)
    view.merge_action.trigger()
    assert shown == [("KIM Min-jun", "PARK Ji-ho")]
    assert cast.park not in [p.id for p in list_people(workspace)]
    assert view.person_model.row_of(cast.park) is None
    view.undo_stack.undo()
    assert get_person(workspace, cast.park).name == "PARK Ji-ho"
    assert view.person_model.row_of(cast.park) is not None
    view.undo_stack.redo()
    assert cast.park not in [p.id for p in list_people(workspace)]


# -- importing -----------------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_preview_of_a_csv_with_a_bad_row_disables_import(
    people_window: MainWindow, tmp_path: Path, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    path = write_csv(
        tmp_path / "delegation.csv",
        [
            ["name", "이름", "side", "email", "room"],
            ["HAN Ji-min", "한지민", "ROK", "jimin.han@mofa.example.kr", "101"],
            ["", "", "ROK", "", "102"],  # no name in either script
            ["Grace Price", "", "US", "grace@", "103"],
        ],
    )
    preview = preview_people_file(people_window.workspace, path)
    dialog = ImportPreviewDialog(preview, people_window.workspace.body)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 3  # every row, the good one too
    assert [model.index(row, 0).data() for row in range(3)] == ["2", "3", "4"]
    assert "name is empty" in model.index(1, model.check_column).data()
    assert "not an address" in model.index(2, model.check_column).data()
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == PROBLEM_COLOUR
    assert model.index(0, model.check_column).data() == "New"
    assert not dialog.import_button.isEnabled()
    assert "lines 3, 4" in dialog.reason.text() and "whole or not at all" in dialog.reason.text()
    assert "room" in dialog.unknown.text()


def test_importing_a_good_xlsx_from_the_view(
    people_window: MainWindow, cast: Cast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "us-delegation.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Title", "Organisation", "E-mail"])
    sheet.append(["Grace Price", "Desk Officer", "Department of State", "grace.price@state.example.gov"])
    sheet.append(["Nathan Ward", "Senior Advisor", "Department of Defense", ""])
    sheet.append(
        ["Emily Carter", "Deputy Assistant Secretary", "Department of State", "emily.carter@state.example.gov"]
    )
    book.save(path)

    view = people_view(people_window)
    workspace = people_window.workspace
    monkeypatch.setattr(prompts, "ask_import_path", lambda parent, start: path)
    seen: list[ImportPreviewDialog] = []

    def review(parent: object, preview: PeopleListPreview, body: object, rebuild: object) -> ImportChoice:
        dialog = ImportPreviewDialog(preview, workspace.body, rebuild=rebuild)  # type: ignore[arg-type]
        seen.append(dialog)
        assert not dialog.import_button.isEnabled()  # no side column: every row lacks one
        dialog.side.setCurrentIndex(dialog.side.findData("US"))  # "rows without a side belong to: US"
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text() == "Import 3 people"
        row = dialog.model.row_of_line(4)
        assert row is not None
        choice_index = dialog.model.index(row, dialog.model.choice_column)
        assert "Update Emily Carter" in choice_index.data()  # a likely duplicate, offered as a merge
        dialog.model.setData(choice_index, OnDuplicate.MERGE)
        return dialog.choice()

    monkeypatch.setattr(prompts, "review_import", review)
    before = len(list_people(workspace))
    view.import_action.trigger()  # the file is read on a worker thread; the preview follows on the main one
    assert not view.import_action.isEnabled()
    qtbot.waitUntil(lambda: bool(seen) and not view.import_running)
    assert view.import_action.isEnabled()
    names = {p.name: p for p in list_people(workspace)}
    assert len(names) == before + 2
    assert names["Grace Price"].side == "US"
    assert get_person(workspace, cast.carter).title == "Deputy Assistant Secretary"  # merged, not doubled
    assert {"Grace Price", "Nathan Ward"} <= {p.name for p in view.person_model.visible_people()}

    view.undo_stack.undo()
    assert len(list_people(workspace)) == before
    assert get_person(workspace, cast.carter).title == "Director for Korea"
    view.undo_stack.redo()
    assert len(list_people(workspace)) == before + 2


def test_an_unreadable_file_is_refused_in_words(
    people_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from desktop_app.ui.common import dialogs

    view = people_view(people_window)
    path = tmp_path / "list.pdf"
    path.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(prompts, "ask_import_path", lambda parent, start: path)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    view.import_action.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    assert ".csv, .xlsx or .vcf" in errors[0]


# -- exporting -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_export_writes_the_directory_and_offers_its_folder(
    people_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    view = people_view(people_window)
    target = tmp_path / f"people{suffix}"
    monkeypatch.setattr(prompts, "ask_export_path", lambda parent, start: prompts.ExportTarget(target))
    shown: list[Path] = []
    monkeypatch.setattr(file_notice, "reveal", lambda folder: shown.append(folder) or True)
    view.export_action.trigger()
    assert target.is_file()
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][:2] == ["name", "name_ko"]
        assert ["KIM Min-jun", "김민준"] in [row[:2] for row in rows]
        assert len(rows) == 1 + 5  # the retired stay home
    assert people_window.statusBar().currentMessage() == f"Exported 5 people to {target}"
    button = people_window.file_notice.button
    assert button.isVisible() and button.text() == "Show in folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [tmp_path]


# -- the picker ----------------------------------------------------------------------------


def test_picker_filters_fast_and_preselects_the_side(
    people_window: MainWindow, cast: Cast, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    workspace = people_window.workspace
    people = list_people(workspace, include_retired=False)
    dialog = PeoplePickerDialog(people, workspace.body, side="ROK", excluded_ids=[cast.kim])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    shown = {p.name for p in dialog.model.visible_people()}
    assert shown == {"LEE Seo-yeon", "PARK Ji-ho"}  # ROK, not KIM (seated), not CHOI (retired)
    assert not dialog.add_button.isEnabled()
    type_through_input_method(dialog.filter_edit, "박")
    assert [p.name for p in dialog.model.visible_people()] == ["PARK Ji-ho"]
    dialog.select_ids([cast.park])
    assert dialog.selected_ids() == [cast.park]
    assert dialog.add_button.text() == "Add 1 person"
    dialog.filter_edit.clear()
    dialog.side.setCurrentIndex(dialog.side.findData(""))
    assert {p.name for p in dialog.model.visible_people()} == {
        "LEE Seo-yeon",
        "PARK Ji-ho",
        "Emily Carter",
        "James Brooks",
    }


def test_switching_side_in_the_picker_says_again_who_is_offered_and_fits_the_columns(
    people_window: MainWindow, cast: Cast, qtbot: QtBot
) -> None:
    workspace = people_window.workspace
    people = list_people(workspace, include_retired=False)
    # Everyone of ROK is seated already: nothing to offer on that side at first.
    rok = [p.id for p in people if p.side == "ROK" and p.id is not None]
    dialog = PeoplePickerDialog(people, workspace.body, side="ROK", excluded_ids=rok)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty.isVisible() and dialog.empty.text().startswith("No one to offer")
    dialog.side.setFocus()
    qtbot.keyClick(dialog.side, Qt.Key.Key_Down)  # ROK → US, as the arrow keys change a closed list
    assert dialog.side.currentData() == "US"
    assert {p.name for p in dialog.model.visible_people()} == {"Emily Carter", "James Brooks"}
    assert not dialog.empty.isVisible()
    header = dialog.table.horizontalHeader()
    name_width = header.sectionSize(0)
    assert name_width >= dialog.table.fontMetrics().horizontalAdvance("Emily Carter")


def test_file_menu_exports_from_any_view(
    people_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people_window.show_view("sessions")
    target = tmp_path / "from-the-menu.xlsx"
    monkeypatch.setattr(prompts, "ask_export_path", lambda parent, start: prompts.ExportTarget(target))
    file_menu = people_window.menuBar().actions()[0].menu()
    assert file_menu is not None
    export = next(a for a in file_menu.actions() if a.text() == "Export people list…")
    export.trigger()
    assert people_window.current_view() == "people"
    assert target.is_file()


def test_export_in_outlooks_layout_from_the_window(
    people_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.exchange.people_layouts import OUTLOOK_HEADER

    view = people_view(people_window)
    target = tmp_path / "for-outlook.csv"
    monkeypatch.setattr(prompts, "ask_export_path", lambda parent, start: prompts.ExportTarget(target, "outlook"))
    view.export_action.trigger()
    header = target.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.split(",")[:4] == list(OUTLOOK_HEADER[:4]) and header.count(",") == 91
