"""A search hit in an older agenda version opens that very item, in its version, and says so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaItem, AgendaStatus
from desktop_app.services import agenda as agenda_service
from desktop_app.services.agenda_versions import set_status, start_draft
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.editor import AgendaEditor
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def two_versions(database: Path) -> tuple[int, int]:
    """Version 1 holds "Sanctions relief" as item 2; the agreed version 2 has "Maritime security" there."""
    with Workspace.open(database) as workspace:
        session_id = int(list_sessions(workspace)[0].id or 0)
        first = start_draft(workspace, session_id, "ROK draft 1", "ROK")
        assert first.id is not None
        for title in ("Opening remarks", "Sanctions relief", "Economy"):
            agenda_service.add_item(workspace, AgendaItem(first.id, 0, "", title, minutes=20, lead_side="ROK"))
        second = start_draft(workspace, session_id, "US counter-draft 1", "US", copy_from=first.id)
        assert second.id is not None
        reworded = agenda_service.list_items(workspace, second.id)[1]
        agenda_service.update_item(workspace, replace(reworded, title="Maritime security"))
        set_status(workspace, second.id, AgendaStatus.PROPOSED)
        set_status(workspace, second.id, AgendaStatus.AGREED)
        found = next(i for i in agenda_service.list_items(workspace, first.id) if i.title == "Sanctions relief")
        assert found.id is not None
        return first.id, found.id


def test_a_hit_in_an_old_version_opens_that_item_and_says_which_version(
    qtbot: QtBot, database: Path, two_versions: tuple[int, int], settings: QSettings
) -> None:
    first_version, item_id = two_versions
    window = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.focus_search()
    qtbot.keyClicks(window.search, "sanctions")
    qtbot.waitUntil(lambda: window.search_box.results is not None and window.search_box.results.query == "sanctions")
    hit = window.search_box.popup.current_hit()
    assert hit is not None and hit.kind == "agenda_item" and hit.id == item_id
    qtbot.keyClick(window.search, Qt.Key.Key_Return)

    assert window.session_page.tabs.currentWidget().objectName() == "tab_agenda"
    editor = window.session_page.tab_widgets["agenda"].findChild(AgendaEditor)
    assert editor is not None
    assert editor.version is not None and editor.version.id == first_version
    index = editor.tree.currentIndex()
    assert index.isValid() and editor.model.timed(index.row()).item.title == "Sanctions relief"
    assert editor.found_note.isVisible()
    assert editor.found_note.text() == (
        "Found in version 1 (ROK draft 1). The agenda that counts now is version 2 (US counter-draft 1)."
    )
    # Choosing a version in the bar is the user moving on: the note goes.
    editor.version_bar.version_chosen.emit(editor.versions[-1].id)
    assert not editor.found_note.isVisible()
