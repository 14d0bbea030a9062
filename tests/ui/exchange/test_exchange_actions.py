"""File → Send to counterpart… and Import from counterpart…: real packages in tmp_path, dialogs replaced."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.services import packages
from desktop_app.services.body import edit_body
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.exchange import package_actions as exchange_actions
from desktop_app.ui.exchange.package_actions import ImportPreviewDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.exchange.package_samples import fill

pytestmark = pytest.mark.gui


@pytest.fixture
def from_seoul(tmp_path: Path, window: MainWindow) -> Path:
    """A package of another database's session (the counterpart's, as far as the window knows), of the same body."""
    folder = tmp_path / "mail"
    folder.mkdir()
    with Workspace.open(folder / "seoul.sqlite3") as workspace:
        edit_body(workspace, uid=window.workspace.body.uid)
        filled = fill(workspace)
        packages.export_package(workspace, filled.session_id, folder / "from-seoul.bdpkg")
    return folder / "from-seoul.bdpkg"


def rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("sessions", "people", "attendance", "agenda_versions", "agenda_items", "audit_log")
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    finally:
        conn.close()


def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    return shown


def test_the_file_menu_offers_both(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "Send to &counterpart…" in texts and "&Import from counterpart…" in texts


@pytest.mark.parametrize("beside", [True, False])
def test_send_writes_the_package_into_the_folder_chosen(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beside: bool
) -> None:
    first = list_sessions(window.workspace)[0]
    assert first.id is not None and window.sessions_view.select_session(first.id)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    monkeypatch.setattr(dialogs, "ask_package_folder", lambda parent, start: stick)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_send_beside", lambda parent, name: asked.append(name) or beside)

    result = window.exchange_actions.send_to_counterpart()

    assert result is not None
    name = f"session-{first.number}-2031-03-09"
    assert asked == [f"{name}.bdpkg"]
    expected = [f"{name}-counterpart.docx", f"{name}.bdpkg", f"{name}.ics"] if beside else [f"{name}.bdpkg"]
    assert sorted(path.name for path in stick.iterdir()) == expected
    assert packages.read_package(stick / f"{name}.bdpkg").session.title == first.title
    assert window.statusBar().currentMessage().startswith(f"Wrote {name}.bdpkg")
    assert window.settings.value(exchange_actions.FOLDER_KEY) == str(stick)


def test_send_with_no_session_selected_says_what_to_do(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.sessions_view.table.selectionModel().clearCurrentIndex()
    shown = errors(monkeypatch)
    assert window.exchange_actions.send_to_counterpart() is None
    assert shown and "Select a session first" in shown[0]


def test_send_cancelled_at_the_folder_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(dialogs, "ask_package_folder", lambda parent, start: None)
    assert window.exchange_actions.send_to_counterpart() is None
    assert sorted(tmp_path.rglob("*")) == before


def test_import_shows_the_preview_and_applies_it_on_ok(
    window: MainWindow, from_seoul: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: from_seoul)
    seen: dict[str, object] = {}

    def accept(dialog: ImportPreviewDialog) -> int:
        seen["lines"] = dialog.lines()
        seen["summary"] = dialog.summary_label.text()
        seen["buttons"] = [button.text() for button in dialog.buttons.buttons()]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)

    done = window.exchange_actions.import_from_counterpart()

    assert done is not None and done.plan.session.action == "create"
    lines = seen["lines"]
    assert isinstance(lines, list)
    assert "Session (1)" in lines and "People (5)" in lines
    assert (
        "Session number 1 is taken here; the session becomes number 4." in lines
        and "Delegations (4)" in lines
        and "Agenda (3)" in lines
    )
    assert "New: KIM Min-jun (김민준) (ROK, Ministry of Foreign Affairs)" in lines
    assert any(line.startswith("New version 'US counter-draft 1' (US, proposed)") for line in lines)
    assert str(seen["summary"]).startswith("This import will create session")
    assert "Import" in seen["buttons"]
    assert len(list_sessions(window.workspace)) == 4
    assert window.sessions_view.visible_row_count() == 4  # the views were reloaded
    assert window.statusBar().currentMessage().startswith("Created session")

    # The same package again: the preview says there is nothing to do and offers no Import.
    seen.clear()
    before = rows(database)
    assert window.exchange_actions.import_from_counterpart() is None
    assert "Import" not in seen["buttons"] and str(seen["summary"]).startswith("Nothing to import")
    assert rows(database) == before


def test_an_import_is_one_command_of_the_edit_menu_undone_and_redone_with_the_keys(
    window: MainWindow, qtbot: QtBot, from_seoul: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: from_seoul)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    before = rows(database)
    assert window.exchange_actions.import_from_counterpart() is not None
    after = rows(database)
    assert window.edit.undo_action.text() == "&Undo Import package from-seoul.bdpkg"

    window.show_view("sessions")
    window.activateWindow()
    qtbot.waitActive(window)
    table = window.sessions_view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit → Undo
    assert len(list_sessions(window.workspace)) == 3
    assert window.sessions_view.visible_row_count() == 3
    assert {table: count for table, count in rows(database).items() if table != "audit_log"} == {
        table: count for table, count in before.items() if table != "audit_log"
    }
    assert window.statusBar().currentMessage() == "Undone: import package from-seoul.bdpkg"

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)
    assert window.sessions_view.visible_row_count() == 4
    assert {t: n for t, n in rows(database).items() if t != "audit_log"} == {
        t: n for t, n in after.items() if t != "audit_log"
    }


def test_import_cancelled_in_the_preview_changes_nothing(
    window: MainWindow, from_seoul: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: from_seoul)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = rows(database)
    assert window.exchange_actions.import_from_counterpart() is None
    assert rows(database) == before
    assert len(list_sessions(window.workspace)) == 3


def test_a_hostile_package_is_refused_with_its_reason(
    window: MainWindow, tmp_path: Path, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.bdpkg"
    junk.write_bytes(random.Random(3).randbytes(10_000))
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: junk)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: pytest.fail("no preview for a refused package"))
    shown = errors(monkeypatch)
    before = rows(database)
    assert window.exchange_actions.import_from_counterpart() is None
    assert shown == ["junk.bdpkg is not a package (it is not a zip archive)"]
    assert rows(database) == before


def test_the_preview_dialog_lists_the_changes_and_accepts(qtbot: QtBot, tmp_path: Path, from_seoul: Path) -> None:
    with Workspace.open(tmp_path / "empty.sqlite3") as workspace:
        preview = packages.preview_import(workspace, from_seoul)
    dialog = ImportPreviewDialog(preview, from_seoul)
    qtbot.addWidget(dialog)
    assert "from-seoul.bdpkg" in dialog.origin_label.text() and "Republic of Korea" in dialog.origin_label.text()
    assert "Delegations (4)" in dialog.lines()
    assert "Add: US 1. Emily Carter, head, tentative" in dialog.lines()
    agenda = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0).startswith("Agenda (")
    )
    version = agenda.child(0)
    assert version.text(0).startswith("New version ")
    items = [version.child(i).text(0) for i in range(version.childCount())]
    assert items and all(item.startswith("+ ") for item in items)  # the version's items, under it
    ok = next(
        b for b in dialog.buttons.buttons() if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        ok.click()
