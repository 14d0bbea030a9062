"""The principal's brief dialog: typed in, saved in one go, refused whole when a field is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.services import packets, packets_brief
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.packets.brief_dialog import BriefDialog
from desktop_app.ui.packets.panel import PacketPanel
from tests.ui.packets.conftest import NINTH

pytestmark = pytest.mark.gui


def _dialog(qtbot: QtBot, workspace: Workspace) -> BriefDialog:
    dialog = BriefDialog(workspace, NINTH, "9th session")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    if isinstance(edit, QPlainTextEdit):
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        for index, line in enumerate(text.split("\n")):
            if index:
                qtbot.keyClick(edit, Qt.Key.Key_Return)
            qtbot.keyClicks(edit, line)
    else:
        edit.clear()
        qtbot.keyClicks(edit, text)


def _save(qtbot: QtBot, dialog: BriefDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_brief_typed_in_is_what_the_packet_opens_with(qtbot: QtBot, sample_workspace: Workspace) -> None:
    dialog = _dialog(qtbot, sample_workspace)
    assert dialog.edits["purpose"].toPlainText().startswith("Put the humanitarian channel")  # the sample's
    _type(qtbot, dialog.edits["purpose"], "Agree the Kestrel standards.")
    _type(qtbot, dialog.edits["objectives"], "Standards agreed\nDates for two projects")
    _type(qtbot, dialog.edits["room"], "Conference Room 2")
    first_item = next(iter(dialog.aim_edits))
    _type(qtbot, dialog.aim_edits[first_item], "A warm, short opening.")
    _save(qtbot, dialog)
    assert dialog.result() == BriefDialog.DialogCode.Accepted
    brief = packets_brief.session_brief(sample_workspace, NINTH)
    assert brief.purpose == "Agree the Kestrel standards."
    assert brief.objective_lines() == ["Standards agreed", "Dates for two projects"]
    content = packets.packet_content(sample_workspace, NINTH, packets.Audience.INTERNAL)
    assert "Agree the Kestrel standards." in repr(content.sections[0])
    assert "A warm, short opening." in repr(content.sections[1])
    # the room is logistics both sides share; the purpose is ours alone
    counterpart = repr(packets.packet_content(sample_workspace, NINTH, packets.Audience.COUNTERPART))
    assert "Conference Room 2" in counterpart and "Kestrel" not in counterpart


def test_a_fourth_objective_is_refused_and_nothing_is_saved(
    qtbot: QtBot, sample_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    before = packets_brief.session_brief(sample_workspace, NINTH)
    dialog = _dialog(qtbot, sample_workspace)
    _type(qtbot, dialog.edits["purpose"], "Changed.")
    _type(qtbot, dialog.edits["objectives"], "One\nTwo\nThree\nFour")
    _save(qtbot, dialog)
    assert shown == ["A session has at most 3 objectives (one a line)."]
    assert dialog.isVisible()  # still open, as typed
    assert packets_brief.session_brief(sample_workspace, NINTH) == before


def test_the_panel_opens_the_brief_for_its_session(
    qtbot: QtBot, panel: PacketPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BriefDialog)
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(panel.brief_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].startswith("Principal's brief: ")


def test_the_korean_edition_box_writes_the_korean_edition(
    qtbot: QtBot, panel: PacketPanel, out_dir: object, sample_workspace: Workspace
) -> None:
    import zipfile

    assert panel.korean_check.isEnabled()  # the sample body's own side is Korean
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.korean_check.setFocus()
    qtbot.keyClick(panel.korean_check, Qt.Key.Key_Space)
    assert panel.korean_check.isChecked()
    with qtbot.waitSignal(panel.generated, timeout=60_000) as blocker:
        qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(blocker.args[0].docx) as archive:
        text = archive.read("word/document.xml").decode().replace("\u2060", "")
    assert "의제별 보고" in text and "발언 요지" in text
