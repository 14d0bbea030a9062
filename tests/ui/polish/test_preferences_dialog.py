"""Edit → Preferences…: the officer's settings in QSettings, the body's in the database, Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services import preferences as service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.settings import preferences
from desktop_app.ui.settings.preferences import Preferences, PreferencesDialog
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

Answer = Callable[[Callable[[PreferencesDialog], None]], list[PreferencesDialog]]


def test_the_edit_menu_offers_preferences_on_ctrl_comma(window: MainWindow) -> None:
    texts = [action.text() for action in window.menuBar().actions()]
    assert texts[:3] == ["&File", "&Edit", "&View"]
    assert window.preferences_action in window.edit_menu.actions()
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")


def test_round_trip_body_in_the_database_and_language_in_settings(
    window: MainWindow, database: Path, settings: QSettings, answer_preferences: Answer
) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
        dialog.hangul_first.setChecked(True)
        dialog.marking_edit.setText("FOR OFFICIAL USE ONLY")
        dialog.office_edit.setText("Korea Policy Division")
        dialog.zone_combos["US"].setCurrentText("America/Chicago")

    answer_preferences(fill)
    window.preferences_action.trigger()

    assert settings.value("ui/language") == "ko"
    assert settings.value("ui/name_order") == "hangul"
    assert window.workspace.body.default_marking == "FOR OFFICIAL USE ONLY"  # the open window sees it at once
    assert "restart" in window.statusBar().currentMessage()
    window.close()  # closes the workspace
    with Workspace.open(database) as reopened:
        assert reopened.body.default_marking == "FOR OFFICIAL USE ONLY"
        assert reopened.body.office == "Korea Policy Division"
        assert reopened.body.side("US").timezone == "America/Chicago"
        assert reopened.body.side("ROK").timezone == "Asia/Seoul"


def test_the_dialog_shows_what_is_saved(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("ui/language", "en")
    settings.setValue("ui/name_order", "hangul")
    current = preferences.current_preferences(settings, window.workspace)
    dialog = PreferencesDialog(current, window.workspace.body, read_only=False, default_backups=Path("/x/backups"))
    assert dialog.language_combo.currentData() == "en"
    assert dialog.hangul_first.isChecked()
    assert dialog.zone_combos["ROK"].zone() == "Asia/Seoul"
    assert "UTC+09:00" in dialog.zone_notes["ROK"].text()
    assert dialog.choice() == current  # untouched, the dialog gives back what it was given


def test_an_invalid_zone_is_refused_with_the_reason(
    window: MainWindow, database: Path, answer_preferences: Answer
) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        dialog.office_edit.setText("Not to be saved")
        dialog.zone_combos["US"].setCurrentText("America/New_Yrok")

    built = answer_preferences(fill)
    assert preferences.edit_preferences(window) is False  # OK refused: as if the dialog were still open

    dialog = built[0]
    assert not dialog.zone_reason.isHidden()
    assert "unknown time zone 'America/New_Yrok'" in dialog.zone_reason.text()
    assert "United States" in dialog.zone_reason.text()
    assert dialog.tabs.currentIndex() == 1  # the Body tab, where the problem is
    assert window.workspace.body.office == ""
    assert window.workspace.body.side("US").timezone == "America/New_York"


def test_the_reason_follows_the_typing(window: MainWindow) -> None:
    current = preferences.current_preferences(window.settings, window.workspace)
    dialog = PreferencesDialog(current, window.workspace.body, read_only=False, default_backups=Path("/x"))
    combo = dialog.zone_combos["ROK"]
    combo.setCurrentText("Asia/Seo")
    assert "unknown time zone" in dialog.zone_reason.text() and dialog.zone_notes["ROK"].text() == ""
    combo.setCurrentText("Asia/Tokyo")
    assert dialog.zone_reason.isHidden() and "UTC+09:00" in dialog.zone_notes["ROK"].text()


def test_cancel_changes_nothing(window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    before_body = window.workspace.body
    monkeypatch.setattr(preferences, "ask_preferences", lambda *args, **kwargs: None)
    assert preferences.edit_preferences(window) is False
    assert window.workspace.body == before_body
    assert settings.value("ui/language") is None and settings.value("backups/folder") is None
    assert window.workspace.store.backups_dir == window.workspace.path.parent / "backups"


def test_a_failed_save_changes_nothing_and_says_why(
    window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    current = preferences.current_preferences(settings, window.workspace)
    assert current.body is not None
    bad_body = service.BodyPreferences("M", "O", {"ROK": "Mars/Olympus", "US": "America/New_York"})
    chosen = Preferences(language="ko", backup_folder=tmp_path / "elsewhere", body=bad_body)

    assert preferences.apply_preferences(window, current, chosen) is False

    assert shown and "Mars/Olympus" in shown[0]
    assert window.workspace.store.backups_dir == window.workspace.path.parent / "backups"  # put back
    assert settings.value("ui/language") is None


def test_read_only_database_keeps_the_body_tab_disabled(qtbot: QtBot, database: Path, settings: QSettings) -> None:
    workspace = Workspace.open(database, read_only=True)
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    current = preferences.current_preferences(settings, workspace)
    dialog = PreferencesDialog(current, workspace.body, read_only=True, default_backups=Path("/x"))
    assert not dialog.marking_edit.isEnabled() and not dialog.zone_combos["US"].isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
    chosen = dialog.choice()
    assert chosen.body is None
    assert preferences.apply_preferences(main, current, chosen) is True  # the officer's own settings still save
    assert settings.value("ui/language") == "ko"


def test_every_control_has_an_accessible_name_and_the_tab_order_runs_down_the_pages(window: MainWindow) -> None:
    current = preferences.current_preferences(window.settings, window.workspace)
    dialog = PreferencesDialog(current, window.workspace.body, read_only=False, default_backups=Path("/x"))
    controls = [
        widget
        for kind in (QLineEdit, QComboBox, QAbstractButton)
        for widget in dialog.findChildren(kind)
        if widget.parent() is not dialog.buttons and not isinstance(widget.parent(), QComboBox)
    ]
    unnamed = [widget.objectName() or type(widget).__name__ for widget in controls if not widget.accessibleName()]
    assert unnamed == []

    expected: list[QWidget] = [
        dialog.language_combo,
        dialog.roman_first,
        dialog.hangul_first,
        dialog.marking_edit,
        dialog.office_edit,
        *dialog.zone_combos.values(),
        dialog.beside_radio,
        dialog.folder_radio,
        dialog.folder_edit,
        dialog.choose_button,
    ]
    order: list[QWidget] = []
    widget = dialog.language_combo
    for _ in range(200):
        proxy = widget.focusProxy() or widget
        if proxy in expected and proxy not in order:
            order.append(proxy)
        widget = widget.nextInFocusChain()
    assert order == expected
