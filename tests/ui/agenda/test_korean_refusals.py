"""An edit of a version the other desk has agreed meanwhile is refused, in Korean in the Korean window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaStatus
from desktop_app.services.agenda_versions import set_status
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.common import dialogs
from desktop_app.ui.common.dialogs import show_error as real_show_error
from tests.ui.agenda.conftest import Seeded, stored
from tests.ui.agenda.test_editor import select
from tests.ui.i18n.conftest import use_language  # noqa: F401  (the fixture, for this package's tests)
from tests.ui.message_boxes import SeenBoxes, answer_boxes

pytestmark = pytest.mark.gui


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[SeenBoxes]:
    monkeypatch.setattr(dialogs, "show_error", real_show_error)
    seen = answer_boxes(qtbot)
    yield seen
    seen.stop()


def test_editing_a_version_agreed_meanwhile_is_refused_in_korean(
    use_language: Callable[[str], list[str]],  # noqa: F811
    agenda_tab: AgendaTab,
    workspace: Workspace,
    seeded: Seeded,
    boxes: SeenBoxes,
    qtbot: QtBot,
) -> None:
    use_language("ko")
    editor = agenda_tab.editor
    select(editor, "Security")
    set_status(workspace, seeded.version, AgendaStatus.PROPOSED)  # the two desks agree it, elsewhere
    set_status(workspace, seeded.version, AgendaStatus.AGREED)
    title = editor.pane.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Security and defence")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(boxes.shown))
    assert boxes.texts == [
        "버전 1 “ROK draft 1”은(는) 합의되어 잠겨 있습니다. 이 버전으로 만든 새 초안을 편집하십시오"
        "(발언 요지, 메모, 결과는 계속 편집할 수 있습니다)"
    ]
    assert ("2", "Security") in stored(workspace, seeded.version)  # nothing was changed
