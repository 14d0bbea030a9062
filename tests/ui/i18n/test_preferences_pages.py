"""Preferences… is a list of pages; OK asks each page's check(), and a refusal is said in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QRadioButton
from pytestqt.qtbot import QtBot

from desktop_app.ui.settings.backups_page import BackupsPage
from desktop_app.ui.settings.body_page import BodyPage
from desktop_app.ui.settings.general_page import GeneralPage
from desktop_app.ui.settings.preferences import PreferencesDialog, current_preferences
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

UseLanguage = Callable[[str], list[str]]

NOT_A_FULL_PATH = {
    "en": "The folder must be a full path, such as /home/you/backups.",
    "ko": "폴더는 /home/you/backups와 같은 전체 경로여야 합니다.",
}
NO_FOLDER = {
    "en": "Name the folder, or choose “Beside the database”.",
    "ko": "폴더를 지정하거나 “데이터베이스 옆”을 선택하십시오.",
}
BACKUPS_TAB = {"en": "Backups", "ko": "백업"}


def click_radio(qtbot: QtBot, button: QRadioButton) -> None:
    """A click on the button's circle: a radio button stretched across the page takes clicks on its
    circle and label only."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> PreferencesDialog:
    current = current_preferences(window.settings, window.workspace)
    dialog = PreferencesDialog(current, window.workspace.body, read_only=False, default_backups=tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_is_its_pages_in_order(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window, tmp_path)
    assert [type(page) for page in dialog.pages] == [GeneralPage, BodyPage, BackupsPage]
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Body", "Backups"]
    assert [page.check() for page in dialog.pages] == [None, None, None]  # what is saved can be saved again


@pytest.mark.parametrize("language", ["en", "ko"])
def test_ok_is_refused_while_the_backups_page_holds_a_relative_folder(
    qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path, use_language: UseLanguage, language: str
) -> None:
    use_language(language)
    dialog = _dialog(qtbot, window, tmp_path)
    page = dialog.backups_page
    bar = dialog.tabs.tabBar()
    assert bar.tabText(2) == BACKUPS_TAB[language]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    click_radio(qtbot, page.folder_radio)
    qtbot.keyClicks(page.folder_edit, "relative/path")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())  # looks elsewhere, then OK
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page  # taken to the page where the problem is
    assert page.check() == NOT_A_FULL_PATH[language]
    assert page.folder_reason.isVisible() and page.folder_reason.text().endswith(NOT_A_FULL_PATH[language])

    page.folder_edit.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and page.folder_reason.text().endswith(NO_FOLDER[language])

    click_radio(qtbot, page.beside_radio)
    assert page.check() is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.choice().backup_folder is None
    assert settings.value("backups/folder") is None  # the dialog writes nothing itself
