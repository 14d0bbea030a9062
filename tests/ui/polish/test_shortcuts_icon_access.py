"""Help → Keyboard shortcuts, the application icon, accessible names, and colours that follow the palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.ui.common.icons import ICON_SIZES, app_icon, icon_files
from desktop_app.ui.common.widgets import ReasonLabel, error_colour
from desktop_app.ui.shell import keyboard_help
from desktop_app.ui.shell.app import make_application
from desktop_app.ui.shell.keyboard_help import ShortcutsDialog, menu_shortcuts
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_shortcuts_list_is_read_from_the_menus(window: MainWindow) -> None:
    found = {(item.menu, item.command): item.keys for item in menu_shortcuts(window.menuBar())}
    assert found[("View", "Search…")] == "Ctrl+K"
    assert found[("Session", "New session…")] == "Ctrl+N"
    assert found[("Edit", "Preferences…")] == "Ctrl+,"
    assert found[("File", "Backup now")] == "Ctrl+B"
    assert ("File", "Restore…") not in found  # no key, not listed


def test_help_opens_the_shortcuts_dialog_listing_ctrl_k_and_ctrl_n(window: MainWindow) -> None:
    assert window.shortcuts_action.shortcut().toString() == "F1"
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcuts_dialog")
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    keys = {keys for _menu, _command, keys in dialog.rows()}
    assert {"Ctrl+K", "Ctrl+N"} <= keys

    dialog.filter_edit.setText("ctrl+k")
    assert dialog.rows() == [("View", "Search…", "Ctrl+K")]
    dialog.filter_edit.clear()
    assert len(dialog.rows()) > 10
    dialog.close()


def test_mnemonics_are_taken_out() -> None:
    assert keyboard_help.plain("&Open…") == "Open…"
    assert keyboard_help.plain("Q&&A &list") == "Q&A list"


def test_the_application_and_the_window_have_the_icon(window: MainWindow) -> None:
    assert [path.name for path in icon_files()] == [f"briefing-desk-{size}.png" for size in ICON_SIZES]
    app = make_application()
    assert not QApplication.windowIcon().isNull()
    assert app.windowIcon().cacheKey() == app_icon().cacheKey()
    assert not window.windowIcon().isNull()
    assert app_icon().availableSizes()[-1].width() == 256


def test_accessible_names_on_the_window_chrome(window: MainWindow) -> None:
    assert window.search.accessibleName() == "Search everything"
    assert window.rail.list.accessibleName() == "Views"
    assert window.strip.accessibleName() == "Next session"
    assert window.strip.button.accessibleName()
    assert window.path_label.accessibleName() == "Database file"
    assert window.state_label.accessibleName() == "Database state"
    assert window.file_actions.busy_bar.accessibleName()


@pytest.fixture
def dark_palette() -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        yield dark
    finally:
        app.setPalette(before)


def test_the_rail_and_reasons_follow_a_switch_to_dark(window: MainWindow, dark_palette: QPalette) -> None:
    """The system switching to dark while the window is open: nothing keeps a light colour it copied."""
    QApplication.processEvents()
    rail = window.rail.list.palette()
    assert rail.color(QPalette.ColorRole.Base) == dark_palette.color(QPalette.ColorRole.Window)
    label = ReasonLabel()
    label.set_reason("unknown time zone")
    assert label.palette().color(QPalette.ColorRole.WindowText) == error_colour(dark_palette)
    assert error_colour(dark_palette).lightnessF() > 0.6
