"""A second head of delegation, chosen with the keyboard in the Korean window, is refused in Korean."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.attendance import Role
from desktop_app.services.delegations import delegations
from desktop_app.ui.common import dialogs
from desktop_app.ui.common.dialogs import show_error as real_show_error
from desktop_app.ui.people.delegation_model import ROLE
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.i18n.conftest import use_language  # noqa: F401  (the fixture, for this package's tests)
from tests.ui.message_boxes import SeenBoxes, answer_boxes
from tests.ui.people.conftest import Cast
from tests.ui.people.test_delegations_tab import open_tab

pytestmark = pytest.mark.gui


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[SeenBoxes]:
    monkeypatch.setattr(dialogs, "show_error", real_show_error)
    seen = answer_boxes(qtbot)
    yield seen
    seen.stop()


def test_a_second_head_is_refused_in_korean_naming_the_side(
    use_language: Callable[[str], list[str]],  # noqa: F811
    people_window: MainWindow,
    cast: Cast,
    boxes: SeenBoxes,
    qtbot: QtBot,
) -> None:
    use_language("ko")
    tab = open_tab(people_window, cast.first)
    table = tab.columns["ROK"].table
    rect = table.visualRect(tab.columns["ROK"].model.index(1, ROLE))  # LEE, the deputy
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox) and editor.itemData(0) == Role.HEAD
    qtbot.keyClick(editor, Qt.Key.Key_Home)  # the first role: head of delegation
    qtbot.waitUntil(lambda: bool(boxes.shown))
    title, text = boxes.shown[0]
    assert title == "역할을 변경할 수 없습니다"
    assert "이미 대한민국 대표단의 수석대표입니다" in text
    assert "ROK" not in text and "already" not in text
    rok = delegations(people_window.workspace, cast.first).side("ROK")
    roles = {delegate.attendance.person_id: delegate.attendance.role for delegate in rok.delegates}
    assert roles[cast.lee] is Role.DEPUTY  # nothing was changed
