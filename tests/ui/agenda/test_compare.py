"""Comparing two versions side by side: who proposed each, added green, removed red, moved
marked, rewording highlighted word by word in both languages."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaItem
from desktop_app.services import agenda as agenda_service
from desktop_app.services.agenda_versions import compare, save_as_version
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.agenda.compare import DELETED, INSERTED, comparison_html
from desktop_app.ui.agenda.formatting import ADDED_BACKGROUND, MOVED_BACKGROUND, REMOVED_BACKGROUND
from tests.ui.agenda.conftest import Seeded

pytestmark = pytest.mark.gui


@pytest.fixture
def counter_draft(workspace: Workspace, seeded: Seeded) -> int:
    """The US counter-draft: Economy dropped, Climate added, Opening moved last, Security reworded."""
    version = save_as_version(workspace, seeded.version, "US counter-draft 1", "US")
    assert version.id is not None
    items = {item.title: item for item in agenda_service.list_items(workspace, version.id)}
    agenda_service.delete_item(workspace, items["Economy"].id or 0)
    climate = AgendaItem(version.id, 0, "", "Climate and energy", title_ko="기후 에너지", minutes=15)
    agenda_service.add_item(workspace, climate)
    agenda_service.move_item(workspace, items["Opening remarks"].id or 0, 3)
    agenda_service.update_item(
        workspace, replace(items["Security"], title="Security cooperation", title_ko="안보 협력", minutes=35)
    )
    return version.id


def test_comparison_html_marks_every_kind_of_change(workspace: Workspace, seeded: Seeded, counter_draft: int) -> None:
    comparison = compare(workspace, seeded.version, counter_draft)
    html = comparison_html(comparison, workspace.body)
    assert "1 added · 1 removed · 1 moved · 1 reworded or changed" in html
    assert "v1 · ROK draft 1 · proposed by ROK · draft" in html
    assert "proposed by Republic of Korea (ROK)" in html and "proposed by United States (US)" in html
    assert f'bgcolor="{ADDED_BACKGROUND}"' in html and "Climate and energy" in html
    assert f'bgcolor="{REMOVED_BACKGROUND}"' in html and "Economy" in html
    assert f'bgcolor="{MOVED_BACKGROUND}"' in html and "Moved</b> from 1" in html and "Moved</b> to 3" in html
    assert f'<span style="{INSERTED}">cooperation</span>' in html  # the English word added
    assert f'<span style="{INSERTED}">협력</span>' in html  # and the Korean one
    assert f'<span style="{DELETED}">30</span>' in html and f'<span style="{INSERTED}">35</span>' in html


def test_the_compare_dialog_shows_the_two_versions_picked(
    qtbot: QtBot, agenda_tab: AgendaTab, workspace: Workspace, seeded: Seeded, counter_draft: int
) -> None:
    editor = agenda_tab.editor
    editor.refresh(counter_draft)
    assert editor.version_bar.compare_button.isEnabled()
    editor.version_bar.compare_button.click()
    dialog = editor.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.old_combo.currentData() == seeded.version and dialog.new_combo.currentData() == counter_draft
    text = dialog.browser.toPlainText()
    for word in ("Added", "Removed", "Moved", "Reworded", "안보 협력", "Climate and energy"):
        assert word in text
    # Swapping the two turns additions into removals.
    dialog.old_combo.setCurrentIndex(1)
    dialog.new_combo.setCurrentIndex(0)
    dialog.compare_versions()
    assert dialog.comparison is not None
    assert [item.title for item in dialog.comparison.diff.removed] == ["Climate and energy"]
    # Internal fields are left out unless asked for.
    assert "Talking points" not in dialog.browser.toPlainText()
    dialog.close()
    qtbot.waitUntil(lambda: editor.compare_dialog is None)
