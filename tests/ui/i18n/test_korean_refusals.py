"""In the Korean window the core's refusals read in Korean, in the very message box the user sees."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.ui.common import dialogs
from desktop_app.ui.common.dialogs import show_error as real_show_error
from desktop_app.ui.people import prompts
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.message_boxes import SeenBoxes, answer_boxes

pytestmark = pytest.mark.gui


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[SeenBoxes]:
    """The real error box (not the stand-in every window test gets), read and closed with a click."""
    monkeypatch.setattr(dialogs, "show_error", real_show_error)
    seen = answer_boxes(qtbot)
    yield seen
    seen.stop()


def test_a_hostile_package_is_refused_in_korean(
    use_language: Callable[[str], list[str]],
    window: MainWindow,
    tmp_path: Path,
    boxes: SeenBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_language("ko")
    junk = tmp_path / "junk.bdpkg"
    junk.write_bytes(random.Random(3).randbytes(10_000))
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: junk)
    window.exchange_actions.import_action.trigger()
    assert boxes.shown == [("패키지를 가져올 수 없습니다", "junk.bdpkg은(는) 패키지가 아닙니다(zip 압축 파일이 아님)")]


def test_the_same_refusal_stays_english_in_the_english_window(
    window: MainWindow, tmp_path: Path, boxes: SeenBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.bdpkg"
    junk.write_bytes(b"not a zip at all")
    monkeypatch.setattr(dialogs, "ask_package_file", lambda parent, start: junk)
    window.exchange_actions.import_action.trigger()
    assert boxes.texts == ["junk.bdpkg is not a package (it is not a zip archive)"]


def test_a_people_list_that_is_no_list_is_refused_in_korean(
    use_language: Callable[[str], list[str]],
    window: MainWindow,
    tmp_path: Path,
    boxes: SeenBoxes,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    use_language("ko")
    workbook = tmp_path / "delegation.xlsm"
    workbook.write_bytes(b"PK\x03\x04 macros inside")
    monkeypatch.setattr(prompts, "ask_import_path", lambda parent, start: workbook)
    window.show_view("people")
    view = window.views["people"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Import people list…
    qtbot.waitUntil(lambda: bool(boxes.shown))
    title, text = boxes.shown[0]
    assert title == "delegation.xlsm을(를) 읽을 수 없습니다"
    assert text == "delegation.xlsm은(는) 매크로 사용 통합 문서입니다. 먼저 .xlsx(Excel 통합 문서)로 저장하십시오"
