"""The Agenda and Action items views of the rail, in the main window."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop_app.domain.actions import ActionStatus
from desktop_app.services.actions import ActionFilter, list_follow_ups
from desktop_app.ui.actions import actions_view as actions_view_module
from desktop_app.ui.actions.actions_view import ActionsView
from desktop_app.ui.agenda.agenda_view import AgendaView
from desktop_app.ui.agenda.formatting import RED
from desktop_app.ui.common import file_notice
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.agenda.conftest import TODAY, Seeded

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded_window(seeded: Seeded, window: MainWindow) -> MainWindow:
    """The main window over the seeded file (``seeded`` writes it before the window opens it)."""
    return window


def actions_view(window: MainWindow, qtbot: QtBot) -> ActionsView:
    window.show_view("actions")
    view = window.views["actions"]
    assert isinstance(view, ActionsView)
    view.today = lambda: TODAY
    view.refresh()
    qtbot.waitExposed(view.table)
    return view


def texts(view: ActionsView) -> list[str]:
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def test_the_agenda_view_starts_on_the_next_session_and_enter_opens_its_page(
    seeded_window: MainWindow, seeded: Seeded, qtbot: QtBot
) -> None:
    window = seeded_window
    view = window.views["agenda"]
    assert isinstance(view, AgendaView)
    window.show_view("agenda")
    assert view.session_id == seeded.sessions[0]
    assert "agenda: ROK draft 1 (draft, not agreed)" in view.picker.currentText()
    assert view.picker.itemText(1).endswith("agenda: no agenda yet")
    assert view.editor.model.rowCount() == 4
    view.picker.setFocus()
    qtbot.keyClick(view.picker, Qt.Key.Key_Return)
    page = window.session_page
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.tab_widgets["agenda"]


def test_picking_a_session_shows_its_agenda(seeded_window: MainWindow, seeded: Seeded) -> None:
    seeded_window.show_view("agenda")  # a hidden view reads the workspace when first shown
    view = seeded_window.views["agenda"]
    assert isinstance(view, AgendaView)
    view.picker.setCurrentIndex(view.picker.findData(seeded.sessions[1]))
    view.picker.activated.emit(view.picker.currentIndex())
    assert view.session_id == seeded.sessions[1]
    assert view.editor.pages.currentWidget() is view.editor.empty_page


def test_the_actions_view_filters(seeded_window: MainWindow, qtbot: QtBot) -> None:
    view = actions_view(seeded_window, qtbot)
    assert texts(view) == ["Share the vessel list", "Draft the joint statement", "Book the venue"]
    assert view.count_label.text() == "3 action items · 1 overdue"
    overdue = view.proxy.index(0, 3)
    assert overdue.data() == "10 Apr 2031 — overdue by 10 days"
    brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == RED

    view.overdue_check.setChecked(True)
    assert texts(view) == ["Share the vessel list"]
    view.overdue_check.setChecked(False)
    qtbot.keyClicks(view.owner_edit, "kim")
    assert texts(view) == ["Draft the joint statement"]
    view.owner_edit.clear()
    view.side_combo.setCurrentIndex(view.side_combo.findData("US"))
    view.side_combo.activated.emit(view.side_combo.currentIndex())
    assert texts(view) == ["Share the vessel list"]
    view.owner_edit.setText("nobody")
    assert view.pages.currentWidget() is view.empty_label


def test_mark_done_from_the_view_and_undo(seeded_window: MainWindow, seeded: Seeded, qtbot: QtBot) -> None:
    view = actions_view(seeded_window, qtbot)
    workspace = seeded_window.workspace
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    assert view.done_button.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert texts(view) == ["Draft the joint statement", "Book the venue"]  # open only: it left the list
    statuses = {f.action.id: f.action.status for f in list_follow_ups(workspace, ActionFilter(), TODAY)}
    assert statuses[seeded.actions["Share the vessel list"]] is ActionStatus.DONE
    view.open_check.setChecked(False)
    assert len(texts(view)) == 3
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    statuses = {f.action.id: f.action.status for f in list_follow_ups(workspace, ActionFilter(), TODAY)}
    assert statuses[seeded.actions["Share the vessel list"]] is ActionStatus.OPEN


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_items_listed_and_offers_their_folder(
    seeded_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    view = actions_view(seeded_window, qtbot)
    qtbot.keyClicks(view.owner_edit, "kim")  # what is listed is what is written
    target = tmp_path / f"follow-up{suffix}"
    monkeypatch.setattr(actions_view_module, "ask_actions_export_path", lambda parent, start: target)
    shown: list[Path] = []
    monkeypatch.setattr(file_notice, "reveal", lambda folder: shown.append(folder) or True)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    assert seeded_window.statusBar().currentMessage() == f"Exported 1 action item to {target}"
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(target).active
        assert sheet is not None
        rows = [[str(cell or "") for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["session", "session_date", "text", "owner", "owner_side", "due", "status", "overdue"]
    assert [row[2] for row in rows[1:]] == ["Draft the joint statement"]
    qtbot.mouseClick(seeded_window.file_notice.button, Qt.MouseButton.LeftButton)
    assert shown == [tmp_path]


def test_double_click_opens_the_sessions_outcomes_tab(seeded_window: MainWindow, qtbot: QtBot) -> None:
    view = actions_view(seeded_window, qtbot)
    index = view.proxy.index(1, 0)
    rect = view.table.visualRect(index)
    # A real double-click: QTest's own lacks the first press Qt needs to recognise one.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = seeded_window.session_page
    assert seeded_window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.tab_widgets["outcomes"]


def test_an_edit_in_the_agenda_view_reaches_the_session_page(seeded_window: MainWindow, seeded: Seeded) -> None:
    window = seeded_window
    view = window.views["agenda"]
    assert isinstance(view, AgendaView)
    window.show_view("agenda")
    editor = view.editor
    editor.tree.setCurrentIndex(editor.model.index(3, 4))
    editor.pane.minutes_spin.setValue(45)
    assert view.editor.total_label.text().startswith("Total 100 of 120")
    window.open_session(seeded.sessions[0], "agenda")
    page_editor = window.session_page.tab_widgets["agenda"].editor  # type: ignore[attr-defined]
    assert page_editor.total_label.text().startswith("Total 100 of 120")
    assert page_editor is not editor
