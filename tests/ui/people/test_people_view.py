"""The People view: filtering in both scripts, sorting, and every edit undone and redone against the database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.person import Person
from desktop_app.services.people import get_person, list_people
from desktop_app.ui.people import prompts
from desktop_app.ui.people.people_view import PeopleView
from desktop_app.ui.people.person_table_model import NAME, NAME_KO, PERSON_ROLE, PersonTableModel
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.people.conftest import PEOPLE, Cast
from tests.ui.test_sessions_view import type_through_input_method

pytestmark = pytest.mark.gui


def view_of(window: MainWindow) -> PeopleView:
    window.show_view("people")
    view = window.views["people"]
    assert isinstance(view, PeopleView)
    return view


def names(view: PeopleView) -> list[str]:
    model = view.person_model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def select(view: PeopleView, *person_ids: int) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for pid in person_ids:
        row = view.person_model.row_of(pid)
        assert row is not None
        selection.select(
            view.person_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_directory_shows_both_scripts_and_hides_the_retired(people_window: MainWindow, cast: Cast) -> None:
    view = view_of(people_window)
    assert not view.showing_empty_state
    assert "CHOI Mi-na" not in names(view)  # retired: hidden until asked for
    assert view.person_model.index(view.person_model.row_of(cast.kim) or 0, NAME_KO).data() == "김민준"
    assert "1 retired hidden" in view.count_label.text()
    view.show_retired.setChecked(True)
    row = view.person_model.row_of(cast.choi)
    assert row is not None
    index = view.person_model.index(row, NAME)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Retired" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_models_pass_qts_model_tester(people_window: MainWindow, qtmodeltester: ModelTester) -> None:
    view = view_of(people_window)
    qtmodeltester.check(view.person_model)
    view.set_filter_text("kim")
    qtmodeltester.check(view.person_model)


def test_filter_with_roman_letters(people_window: MainWindow, qtbot: QtBot) -> None:
    view = view_of(people_window)
    qtbot.keyClicks(view.filter_edit, "depart")  # Department of State
    assert names(view) == ["Emily Carter"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "KIM foreign")  # every word, in any field
    assert names(view) == ["KIM Min-jun"]
    view.filter_edit.clear()
    assert len(names(view)) == 5


def test_a_filter_that_finds_no_one_says_so_and_clears_in_one_click(people_window: MainWindow, qtbot: QtBot) -> None:
    view = view_of(people_window)
    qtbot.keyClicks(view.filter_edit, "kim state")  # KIM is not of the Department of State
    qtbot.waitUntil(lambda: names(view) == [])
    assert view.no_matches.isVisible()
    assert view.no_matches.label.text() == "Nothing matches “kim state”."
    qtbot.mouseClick(view.no_matches.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(names(view)) == 5)
    assert view.filter_edit.text() == "" and not view.no_matches.isVisible()


def test_filter_with_hangul_as_the_input_method_types_it(people_window: MainWindow) -> None:
    view = view_of(people_window)
    type_through_input_method(view.filter_edit, "외교부")
    assert sorted(names(view)) == ["KIM Min-jun", "PARK Ji-ho"]
    view.filter_edit.clear()
    # 김민준 half typed: 김 committed, 미 still being composed (on its way to 민) — the list already narrows.
    type_through_input_method(view.filter_edit, "김")
    QApplication.sendEvent(view.filter_edit, QInputMethodEvent("미", []))
    assert view.filter_edit.text() == "김"
    assert names(view) == ["KIM Min-jun"]
    view.filter_edit.clear()
    type_through_input_method(view.filter_edit, "ㅇㅅㅇ")  # initials: 이서연
    assert names(view) == ["LEE Seo-yeon"]


def test_filter_keeps_the_selection_on_the_same_person(people_window: MainWindow, cast: Cast) -> None:
    view = view_of(people_window)
    select(view, cast.lee)
    view.set_filter_text("e")
    assert [p.id for p in view.selected_people()] == [cast.lee]
    view.set_filter_text("carter")
    assert view.selected_people() == []
    assert view.detail.placeholder.isVisible()


def test_sorting_by_any_column(people_window: MainWindow) -> None:
    view = view_of(people_window)
    view.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert names(view) == ["PARK Ji-ho", "LEE Seo-yeon", "KIM Min-jun", "James Brooks", "Emily Carter"]
    view.table.sortByColumn(NAME_KO, Qt.SortOrder.AscendingOrder)
    # 가나다 order, and the people without a Korean name last
    assert names(view) == ["KIM Min-jun", "PARK Ji-ho", "LEE Seo-yeon", "Emily Carter", "James Brooks"]
    view.table.sortByColumn(NAME_KO, Qt.SortOrder.DescendingOrder)
    assert names(view)[:3] == ["LEE Seo-yeon", "PARK Ji-ho", "KIM Min-jun"]


def test_add_undo_redo(people_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of(people_window)
    workspace = people_window.workspace
    new = Person("YOON Ha-eun", "ROK", name_ko="윤하은", title="Second Secretary", email="ha-eun.yoon@mofa.example.kr")
    monkeypatch.setattr(prompts, "ask_person", lambda parent, body, person=None: new)
    inserted: list[int] = []
    resets: list[bool] = []
    view.person_model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    view.person_model.modelReset.connect(lambda: resets.append(True))

    view.add_action.trigger()
    added = [p for p in list_people(workspace) if p.name == "YOON Ha-eun"]
    assert len(added) == 1 and added[0].name_ko == "윤하은"
    assert inserted and not resets  # one row inserted, not the whole table reset
    assert [p.name for p in view.selected_people()] == ["YOON Ha-eun"]
    assert view.undo_action.isEnabled()

    view.undo_stack.undo()
    assert not [p for p in list_people(workspace) if p.name == "YOON Ha-eun"]
    assert "YOON Ha-eun" not in names(view)
    view.undo_stack.redo()
    again = [p for p in list_people(workspace) if p.name == "YOON Ha-eun"]
    assert [p.id for p in again] == [added[0].id]  # the same record back, so later commands still find it
    assert "YOON Ha-eun" in names(view)
    assert not resets


def test_a_likely_duplicate_is_asked_about(people_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of(people_window)
    twin = replace(PEOPLE["kim"], title="Ambassador")
    monkeypatch.setattr(prompts, "ask_person", lambda parent, body, person=None: twin)
    asked: list[str] = []

    def decline(parent: object, person: Person, matches: list[object]) -> bool:
        asked.append(person.name)
        return False

    monkeypatch.setattr(prompts, "confirm_add_duplicate", decline)
    view.add_action.trigger()
    assert asked == ["KIM Min-jun"]
    assert [p.name for p in list_people(people_window.workspace)].count("KIM Min-jun") == 1


def test_edit_undo_redo_changes_one_row(people_window: MainWindow, cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of(people_window)
    workspace = people_window.workspace
    select(view, cast.lee)
    monkeypatch.setattr(
        prompts, "ask_person", lambda parent, body, person=None: replace(person, title="Director-General")
    )
    changed: list[int] = []
    view.person_model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    view.edit_action.trigger()
    assert get_person(workspace, cast.lee).title == "Director-General"
    assert changed == [view.person_model.row_of(cast.lee)]
    view.undo_stack.undo()
    assert get_person(workspace, cast.lee).title == "Director"
    view.undo_stack.redo()
    assert get_person(workspace, cast.lee).title == "Director-General"
    assert "Director-General" in view.detail.facts.text()


def test_retire_and_reinstate_with_undo(people_window: MainWindow, cast: Cast) -> None:
    view = view_of(people_window)
    workspace = people_window.workspace
    select(view, cast.park)
    assert view.retire_action.text() == "&Retire"
    view.retire_action.trigger()
    assert get_person(workspace, cast.park).retired
    assert "PARK Ji-ho" not in names(view)
    view.undo_stack.undo()
    assert not get_person(workspace, cast.park).retired
    assert "PARK Ji-ho" in names(view)
    view.undo_stack.redo()
    assert get_person(workspace, cast.park).retired

    view.show_retired.setChecked(True)
    select(view, cast.choi)
    assert view.retire_action.text() == "Rein&state"
    view.retire_action.trigger()
    assert not get_person(workspace, cast.choi).retired
    view.undo_stack.undo()
    assert get_person(workspace, cast.choi).retired


def test_ctrl_n_adds_within_the_view_without_clashing_with_file_new(
    people_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(people_window)
    people_window.activateWindow()
    qtbot.waitActive(people_window)
    asked: list[bool] = []
    monkeypatch.setattr(prompts, "ask_person", lambda parent, body, person=None: asked.append(True))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]  # the view's Add, not File → New (whose dialog would fail the test)


def test_keyboard_undo_in_the_view(people_window: MainWindow, cast: Cast, qtbot: QtBot) -> None:
    view = view_of(people_window)
    people_window.activateWindow()
    qtbot.waitActive(people_window)
    select(view, cast.brooks)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert get_person(people_window.workspace, cast.brooks).retired
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not get_person(people_window.workspace, cast.brooks).retired
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.table, Qt.Key.Key_Z, modifiers)
    assert get_person(people_window.workspace, cast.brooks).retired


def test_a_model_update_for_one_person_is_not_a_reset(qtmodeltester: ModelTester) -> None:
    model = PersonTableModel()
    people = [replace(p, id=n) for n, p in enumerate(PEOPLE.values(), start=1)]
    model.set_people(people)
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.upsert(Person("Anna ZED", "US", id=99))
    assert model.person(model.row_of(99) or 0).name == "Anna ZED"
    model.remove_person(99)
    assert model.row_of(99) is None
    model.upsert(replace(people[1], name="AAA first now"))  # moves to the top of the name order
    assert model.person(0).name == "AAA first now"
    assert not resets
    assert model.data(model.index(0, NAME), PERSON_ROLE).id == people[1].id


def test_enter_edits_and_the_details_pane_folds_away(
    people_window: MainWindow, cast: Cast, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(people_window)
    people_window.activateWindow()
    qtbot.waitActive(people_window)
    select(view, cast.carter)
    assert view.detail.heading.text().startswith("Emily Carter")
    assert "Working group on supply chains" in view.detail.sessions.item(0).text()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_person", lambda parent, body, person=None: asked.append(person.name))
    view.table.setFocus()
    view.table.setCurrentIndex(view.person_model.index(view.person_model.row_of(cast.carter) or 0, NAME))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked == ["Emily Carter"]
    view.details_action.trigger()
    assert not view.detail.isVisible()
    view.details_action.trigger()
    assert view.detail.isVisible()
