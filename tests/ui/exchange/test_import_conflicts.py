"""The import preview shows conflicts side by side and the officer settles each one: real packages, real keys."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.person import Person
from desktop_app.services import delegations, packages, people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository
from desktop_app.storage.body_repository import save_body
from desktop_app.ui.common import dialogs
from desktop_app.ui.exchange.package_actions import ImportPreviewDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.conftest import seoul_session

pytestmark = pytest.mark.gui
UID = "conflict-1@briefing-desk"


def _edit(path: Path, **fields: object) -> None:
    with Workspace.open(path) as workspace:
        session = session_repository.find_by_uid(workspace.store.db, UID)
        assert session is not None
        with workspace.store.transaction() as db:
            session_repository.update_session(db, replace(session, **fields))


@pytest.fixture
def desks(tmp_path: Path) -> tuple[Path, Path]:
    """Seoul's database and a package from Washington that changed the venue Seoul changed too."""
    seoul, washington = tmp_path / "seoul.sqlite3", tmp_path / "washington.sqlite3"
    with Workspace.open(seoul) as workspace:
        session = add_session(workspace, seoul_session("Supply chain dialogue", uid=UID, venue_building="Ministry"))
        kim = people.add_person(workspace, Person(name="KIM Min-jun", side="ROK", title="Director"))
        assert session.id is not None and kim.id is not None
        delegations.add_to_delegation(workspace, session.id, kim.id)
        packages.export_package(workspace, 1, tmp_path / "first.bdpkg", documents=False)
    with Workspace.open(washington) as workspace, workspace.store.transaction() as db:
        save_body(db, replace(DEFAULT_BODY, home_side="US"))
    with Workspace.open(washington) as workspace:
        packages.import_package(workspace, tmp_path / "first.bdpkg")
    _edit(washington, venue_building="Embassy annex", video_link="https://meet.example/us")
    with Workspace.open(washington) as workspace:
        kim = next(p for p in people.list_people(workspace) if p.name == "KIM Min-jun")
        assert kim.id is not None
        people.update_person(workspace, kim.id, title="Director-General")
    with Workspace.open(washington) as workspace:
        session = session_repository.find_by_uid(workspace.store.db, UID)
        assert session is not None and session.id is not None
        packages.export_package(workspace, session.id, tmp_path / "answer.bdpkg", documents=False)
    _edit(seoul, venue_building="Foreign Ministry, Room 1")
    return seoul, tmp_path / "answer.bdpkg"


def test_conflicts_are_shown_side_by_side_and_chosen_field_by_field(
    qtbot: QtBot, desks: tuple[Path, Path], settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seoul, answer = desks
    window = MainWindow(Workspace.open(seoul), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: answer)
    seen: dict[str, object] = {}

    def settle(dialog: ImportPreviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.conflict_table
        seen["row"] = [table.item(0, column).text() for column in range(4)]
        assert dialog.import_button is not None
        seen["enabled before"] = dialog.import_button.isEnabled()
        chooser = dialog.choosers[0]
        chooser.setFocus()
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
        qtbot.keyClick(chooser, Qt.Key.Key_Down)  # Choose… → Keep ours → Keep theirs
        seen["enabled after"] = dialog.import_button.isEnabled()
        seen["suggestions"] = [dialog.suggestion_list.item(row).text() for row in range(dialog.suggestion_list.count())]
        dialog.suggestion_list.setFocus()
        dialog.suggestion_list.setCurrentRow(0)
        qtbot.keyClick(dialog.suggestion_list, Qt.Key.Key_Space)  # tick it
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", settle)
    done = window.exchange_actions.import_from_counterpart()
    assert seen["row"] == ["the session", "venue_building", "Foreign Ministry, Room 1", "Embassy annex"]
    assert seen["enabled before"] is False and seen["enabled after"] is True
    assert done is not None
    session = session_repository.find_by_uid(window.workspace.store.db, UID)
    assert session is not None
    assert session.venue_building == "Embassy annex"  # theirs, as chosen
    assert session.video_link == "https://meet.example/us"  # only they changed it: taken
    assert seen["suggestions"] == ["KIM Min-jun: title “Director-General” (ours “Director”)"]
    kim = next(p for p in people.list_people(window.workspace) if p.name == "KIM Min-jun")
    assert kim.title == "Director-General"  # the suggestion ticked


def test_cancelling_the_choice_imports_nothing(
    qtbot: QtBot, desks: tuple[Path, Path], settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seoul, answer = desks
    window = MainWindow(Workspace.open(seoul), settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: answer)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.exchange_actions.import_from_counterpart() is None
    session = session_repository.find_by_uid(window.workspace.store.db, UID)
    assert session is not None and session.venue_building == "Foreign Ministry, Room 1" and session.video_link == ""
