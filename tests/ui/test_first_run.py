"""The first-run setup of an empty database, and Preferences → Body: real clicks and keys on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services import preferences as preferences_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.settings.first_run import FirstRunDialog, offer_setup
from desktop_app.ui.settings.preferences import Preferences, PreferencesDialog, apply_preferences, current_preferences
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(tmp_path / "new.sqlite3"), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def choose(qtbot: QtBot, combo: QComboBox, code: str) -> None:
    """Pick an entry the way a user does from the keyboard: focus the combo, arrow keys until it shows."""
    combo.setFocus()
    steps = combo.findData(code) - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == code


def opened(window: MainWindow) -> FirstRunDialog:
    dialog = offer_setup(window)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_rok_us_default_is_one_click(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = opened(empty_window)
    assert dialog.name_edit.text() == "ROK–US Consultative Body" and dialog.name_ko_edit.text() == "한미 협의체"
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    body = empty_window.workspace.body
    assert (body.name, body.name_ko, body.home_side, body.side_codes, body.set_up) == (
        "ROK–US Consultative Body",
        "한미 협의체",
        "ROK",
        ("ROK", "US"),
        True,
    )
    assert "our side is Republic of Korea" in empty_window.statusBar().currentMessage()
    assert offer_setup(empty_window) is None  # asked once: the body is set up now


def undo_keys(qtbot: QtBot, window: MainWindow, *, redo: bool = False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z) typed in the window's Sessions list: Edit → Undo (Redo)."""
    window.activateWindow()
    qtbot.waitActive(window)
    table = window.sessions_view.table
    table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, modifiers)


def test_the_setup_is_undone_and_redone_from_the_edit_menu(qtbot: QtBot, empty_window: MainWindow) -> None:
    unset = empty_window.workspace.body
    dialog = opened(empty_window)
    choose(qtbot, dialog.ours_combo, "US")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    done = empty_window.workspace.body
    assert empty_window.edit.undo_action.text() == "&Undo Set up the body “ROK–US Consultative Body”"

    undo_keys(qtbot, empty_window)
    assert empty_window.workspace.body == unset and not empty_window.workspace.body.set_up
    assert empty_window.statusBar().currentMessage() == "Undone: set up the body “ROK–US Consultative Body”"
    undo_keys(qtbot, empty_window, redo=True)
    assert empty_window.workspace.body == done and empty_window.workspace.body.home_side == "US"


def test_the_us_desk_picks_its_side_and_the_counterpart_follows(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = opened(empty_window)
    choose(qtbot, dialog.ours_combo, "US")
    assert dialog.theirs_combo.currentData() == "ROK"  # not US twice
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Washington-Seoul Dialogue")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    body = empty_window.workspace.body
    assert (body.name, body.home_side, body.counterpart.code) == ("Washington-Seoul Dialogue", "US", "ROK")
    assert body.home.timezone == "America/New_York" and body.counterpart.holiday_country == "KR"


def test_another_pair_asks_for_the_side_it_does_not_know(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = opened(empty_window)
    choose(qtbot, dialog.theirs_combo, "other")
    assert dialog.theirs_custom.isVisible()
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "code" in dialog.reason.text()  # refused, with the reason shown
    custom = dialog.theirs_custom
    qtbot.keyClicks(custom.code_edit, "jp")
    qtbot.keyClicks(custom.name_edit, "Japan")
    custom.name_ko_edit.insert("일본")  # what a Korean input method commits (key events carry no Hangul)
    custom.zone_combo.setCurrentText("Asia/Tokyo")  # typing opens the completer, which offscreen Qt warns about
    qtbot.keyClicks(custom.holidays_edit, "jp")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Korea-Japan Dialogue")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    body = empty_window.workspace.body
    assert body.side_codes == ("ROK", "JP") and body.counterpart.name_ko == "일본"
    assert (body.counterpart.timezone, body.counterpart.holiday_country) == ("Asia/Tokyo", "JP")


def test_later_leaves_the_database_as_it_was_and_asks_again(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = opened(empty_window)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not empty_window.workspace.body.set_up
    again = offer_setup(empty_window)
    assert again is not None
    again.reject()  # a modal dialog left open would hold every later test's mouse


def test_the_sample_body_instead(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = opened(empty_window)
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert empty_window.workspace.body.name == "ROK–US Policy Coordination Dialogue"
    assert empty_window.sessions_view.visible_row_count() > 10


def test_a_database_with_sessions_is_not_asked(window: MainWindow) -> None:
    assert offer_setup(window) is None


def test_file_new_offers_the_setup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_new_database_path", lambda parent, start: tmp_path / "fresh.sqlite3")
    assert window.file_actions.new_database() is True
    dialog = window.findChild(FirstRunDialog)
    assert dialog is not None and dialog.isVisible()
    choose(qtbot, dialog.ours_combo, "US")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert window.workspace.body.home_side == "US"


def test_preferences_body_makes_the_us_our_side_until_undone(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    before = current_preferences(window.settings, window.workspace)
    before_body = window.workspace.body
    dialog = PreferencesDialog(before, window.workspace.body, read_only=False, default_backups=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=dialog.tabs.tabBar().tabRect(1).center())
    tab = dialog.body_tab
    assert tab.side_boxes["ROK"].title() == "ROK — our side"
    qtbot.mouseClick(tab.our_side_buttons["US"], Qt.MouseButton.LeftButton)
    assert tab.side_boxes["US"].title() == "US — our side"
    tab.name_edit.selectAll()
    qtbot.keyClicks(tab.name_edit, "Seoul-Washington Dialogue")
    tab.side_boxes["ROK"].capital_edit.selectAll()
    qtbot.keyClicks(tab.side_boxes["ROK"].capital_edit, "Seoul (Jongno)")
    chosen: Preferences = dialog.choice()
    assert apply_preferences(window, before, chosen)
    body = window.workspace.body
    assert (body.name, body.home_side, body.side("ROK").capital) == (
        "Seoul-Washington Dialogue",
        "US",
        "Seoul (Jongno)",
    )
    assert preferences_service.body_preferences(window.workspace).home_side == "US"

    assert window.edit.undo_action.text() == "&Undo Change the body's settings"
    undo_keys(qtbot, window)
    body = window.workspace.body
    assert (body.name, body.home_side, body.side("ROK").capital) == (
        before_body.name,
        "ROK",
        before_body.side("ROK").capital,
    )
    assert body == before_body
    undo_keys(qtbot, window, redo=True)
    assert window.workspace.body.home_side == "US"


def test_join_from_a_package_takes_the_senders_body(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services import packages
    from desktop_app.services.body import BodyChoice, SideChoice, setup_body
    from desktop_app.ui.exchange.package_actions import ImportPreviewDialog
    from tests.exchange.package_samples import fill

    with Workspace.open(tmp_path / "seoul.sqlite3") as seoul:
        setup_body(seoul, BodyChoice("Seoul-Washington Dialogue", "한미 대화", SideChoice("ROK"), SideChoice("US")))
        packages.export_package(seoul, fill(seoul).session_id, tmp_path / "from-seoul.bdpkg", documents=False)
        uid = seoul.body.uid
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: tmp_path / "from-seoul.bdpkg")
    summaries: list[str] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        summaries.append(dialog.summary_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    dialog = opened(empty_window)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    body = empty_window.workspace.body
    assert (body.uid, body.name, body.home_side) == (uid, "Seoul-Washington Dialogue", "US")
    assert (
        "will join the body “Seoul-Washington Dialogue”" in summaries[0]
        and "our side will be United States" in summaries[0]
    )
    assert empty_window.sessions_view.visible_row_count() == 1
