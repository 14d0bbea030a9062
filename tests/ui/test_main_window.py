"""The main window: rail, views, the next-session strip, search shortcut and status bar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenuBar
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.person import Person
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, people_repository
from desktop_app.ui.sessions.next_session_strip import describe_next, ordinal
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.navigation_rail import VIEWS

pytestmark = pytest.mark.gui


def test_window_shows_the_body_and_the_file(window: MainWindow, database: Path) -> None:
    assert window.isVisible()
    assert window.rail.body_name.text() == "New consultative body"
    assert window.rail.body_name_ko.text() == "새 협의체"
    assert window.windowTitle() == database.name
    assert window.path_label.text() == str(database)
    assert window.state_label.text() == "saved"
    assert window.current_view() == "sessions"


def test_rail_switches_the_view(window: MainWindow) -> None:
    for row, entry in enumerate(VIEWS):
        window.rail.list.setCurrentRow(row)
        assert window.stack.currentWidget() is window.views[entry.key]
        assert window.current_view() == entry.key


def test_view_menu_shortcuts_switch_the_view(window: MainWindow) -> None:
    view_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    labels = {action.text(): action for action in view_menu.actions()}
    labels["People"].trigger()
    assert window.stack.currentWidget() is window.views["people"]


def test_ctrl_k_focuses_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.focus_search_action.shortcut().toString() == "Ctrl+K"
    window.focus_search_action.trigger()
    qtbot.waitUntil(window.search.hasFocus)
    assert "Korean or English" in window.search.toolTip()


def test_next_session_strip_names_the_session_in_both_zones(window: MainWindow) -> None:
    # The earliest sample session is in 2031, so it is "next" whenever these tests run.
    text = window.strip.label.text()
    assert text == "Next: 1st session, Seoul, Sun 9 Mar 10:00 KST · Sat 8 Mar 20:00 EST — agenda: none yet"
    assert window.sessions_view.table.currentIndex().row() == 0


def test_next_session_strip_reports_the_current_agenda(
    tmp_path: Path, database: Path, settings: QSettings, qtbot: QtBot
) -> None:
    with Workspace.open(database) as workspace, workspace.store.transaction() as db:
        created = datetime(2031, 1, 1, tzinfo=UTC)
        agenda_repository.insert_version(db, AgendaVersion(1, 1, "our draft 1", "ROK", AgendaStatus.DRAFT, created))
        agenda_repository.insert_version(
            db, AgendaVersion(1, 2, "US counter-draft 2", "US", AgendaStatus.PROPOSED, created)
        )
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    assert main.strip.label.text().endswith("— agenda: US counter-draft 2 (proposed, not agreed)")
    main.strip.refresh(datetime(2040, 1, 1, tzinfo=UTC))
    assert main.strip.label.text() == "No upcoming session is planned."
    assert not main.strip.button.isEnabled()


def test_show_button_reveals_the_session_even_when_filtered_out(window: MainWindow) -> None:
    window.rail.select("calendar")
    window.sessions_view.filter_edit.setText("Video")
    window.strip.button.click()
    assert window.current_view() == "sessions"
    assert window.sessions_view.filter_edit.text() == ""
    assert window.sessions_view.table.currentIndex().row() == 0


def test_people_view_lists_people(
    database: Path, settings: QSettings, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with Workspace.open(database) as workspace, workspace.store.transaction() as db:
        people_repository.insert_person(db, Person("KIM Min-jun", "ROK", name_ko="김민준", title="Director"))
        people_repository.insert_person(db, Person("Alex RIVERA", "US", organization="Department of State"))
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    main.show_view("people")  # a hidden view reads the workspace when first shown
    view = main.views["people"]
    assert not view.showing_empty_state
    assert [view.person_model.index(row, 1).data() for row in range(2)] == ["", "김민준"]
    qtmodeltester.check(view.person_model)


def test_empty_database_teaches_instead_of_showing_an_empty_table(
    tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    main = MainWindow(Workspace.open(tmp_path / "empty.sqlite3"), settings)
    qtbot.addWidget(main)
    assert main.sessions_view.showing_empty_state
    assert "demo" in main.sessions_view.empty_label.text()
    main.show_view("people")
    assert main.views["people"].showing_empty_state
    assert main.strip.label.text() == "No upcoming session is planned."


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 101, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "14th",
        "21st",
        "22nd",
        "101st",
        "111th",
    ]


def test_describe_nothing_planned(window: MainWindow) -> None:
    assert describe_next(None, window.workspace.body) == "No upcoming session is planned."


def test_read_only_database_says_so(database: Path, settings: QSettings, qtbot: QtBot) -> None:
    main = MainWindow(Workspace.open(database, read_only=True), settings)
    qtbot.addWidget(main)
    assert main.state_label.text() == "read-only"
    assert not main.file_actions.restore_action.isEnabled()


def test_ctrl_f_reaches_the_lists_filter_even_from_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    for key, number in (("people", Qt.Key.Key_3), ("sessions", Qt.Key.Key_2)):
        qtbot.keyClick(window, number, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert window.search.hasFocus()
        qtbot.keyClick(window.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        view = window.views[key]
        qtbot.waitUntil(lambda view=view: view.filter_edit.hasFocus())


def test_the_menus_answer_a_shortcut_typed_the_moment_the_window_appears(
    database: Path, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The menus are filled right after the first paint; a key typed before then fills them first."""
    from desktop_app.ui.shell import main_window

    monkeypatch.setattr(main_window, "FirstPaintWatcher", lambda *_args: None)  # as if no paint came yet
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    assert not held_menu_bar(main).actions()[0].menu().actions()  # File holds nothing yet
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main.current_view() == "people"
    qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert main.search.hasFocus()


def test_the_menu_bar_holds_its_titles_from_the_first_frame_and_fills_them_after_it(
    database: Path, settings: QSettings, qtbot: QtBot
) -> None:
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    bar = held_menu_bar(main)
    assert [action.text() for action in bar.actions()][:3] == ["&File", "&Edit", "&View"]
    qtbot.waitUntil(lambda: len(bar.actions()) == 5 and all(action.menu().actions() for action in bar.actions()))
    assert [action.text() for action in bar.actions()] == ["&File", "&Edit", "&View", "&Session", "&Help"]


def held_menu_bar(window: MainWindow) -> QMenuBar:
    """The window's menu bar as Qt holds it, without asking the window (which fills the menus first)."""
    bar = window.findChild(QMenuBar)
    assert isinstance(bar, QMenuBar)
    return bar
