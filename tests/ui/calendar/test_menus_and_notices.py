"""Right-click menus on list rows, the Session menu with no sessions, "Show in folder" after an export,
and the Move dialog's times in both capitals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import SessionStatus
from desktop_app.services.scheduling import SessionDraft
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import file_notice
from desktop_app.ui.sessions import questions
from desktop_app.ui.sessions.session_dialog import MoveDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.calendar.conftest import PLAIN_ROUND
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_click_on_a_sessions_row_offers_its_actions_and_they_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_view("sessions")
    view = window.sessions_view
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() and PLAIN_ROUND in _row_text(view, r)
    )
    menu = right_click_row(qtbot, view.table, row)
    assert texts(menu) == ["&Open", "&Edit…", "&Move…", "&Postpone", "&Cancel session…", "E&xport to calendar file…"]
    assert window.session_menu.current_session_id() is not None  # the row under the pointer was selected
    session_id = window.session_menu.current_session_id()
    assert session_id is not None and get_session(window.workspace, session_id).title == PLAIN_ROUND
    postpone = next(action for action in menu.actions() if action.text() == "&Postpone")
    menu.close()
    postpone.trigger()
    assert get_session(window.workspace, session_id).status is SessionStatus.POSTPONED
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_session(window.workspace, session_id).status is SessionStatus.PLANNED


def _row_text(view: object, row: int) -> str:
    proxy = view.proxy  # type: ignore[attr-defined]
    return " ".join(str(proxy.index(row, column).data() or "") for column in range(proxy.columnCount()))


def test_an_export_ends_with_show_in_folder(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.show_view("calendar")
    window.views["calendar"].show_month(2040, 1)  # type: ignore[attr-defined]  # nothing selected: all sessions
    target = tmp_path / "out" / "all.ics"
    target.parent.mkdir()
    monkeypatch.setattr(questions, "ask_ics_export_path", lambda parent, suggested: target)
    shown: list[Path] = []
    monkeypatch.setattr(file_notice, "reveal", lambda folder: shown.append(folder) or True)
    window.session_menu.export_action.trigger()
    assert window.statusBar().currentMessage().startswith("Exported 6 sessions to")
    button = window.file_notice.button
    assert button.isVisible() and button.text() == "Show in folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [target.parent]
    window.statusBar().showMessage("something else")
    assert not button.isVisible()


def test_the_session_actions_are_off_while_there_is_no_session(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.sqlite3"
    Workspace.open(empty).close(backup=False)
    window = MainWindow(Workspace.open(empty), settings)
    qtbot.addWidget(window)
    menu = window.session_menu
    assert menu.new_action.isEnabled()
    assert not any(a.isEnabled() for a in (menu.edit_action, menu.move_action, menu.postpone_action))
    assert not menu.cancel_action.isEnabled()

    def fill(parent: object, workspace: object, initial: SessionDraft, **kwargs: object) -> SessionDraft:
        from dataclasses import replace

        return replace(initial, title="First", local_start=datetime(2027, 10, 5, 10))

    monkeypatch.setattr(questions, "ask_session_draft", fill)
    assert menu.new_session() is not None
    assert menu.edit_action.isEnabled() and menu.cancel_action.isEnabled()
    window.edit.undo_action.trigger()  # the only session goes again
    assert not list_sessions(window.workspace)
    assert not menu.move_action.isEnabled()


def test_the_move_dialog_shows_both_capitals_whole(qtbot: QtBot, window: MainWindow) -> None:
    session = next(s for s in list_sessions(window.workspace) if s.title == PLAIN_ROUND)
    dialog = MoveDialog(window.workspace, session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.both_label
    assert label.text().count("\n") == 1  # one line a capital
    assert label.height() >= label.sizeHint().height()
    assert label.width() >= label.sizeHint().width()
