"""The packet panel: pick a session and an edition, see the sections, generate in the background, open."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.services import packet_plan, packets
from desktop_app.services.overview import next_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.packets import generation as generation_module
from desktop_app.ui.packets.packet_tab import PacketTab
from desktop_app.ui.packets.panel import COUNTERPART_NOTE, PacketPanel
from desktop_app.ui.settings import registry
from tests.ui.packets.conftest import BEFORE_NINTH, NINTH, NINTH_INTERNAL, files_in, wait_until_idle

pytestmark = pytest.mark.gui


def slow_sections(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make writing each section take ``seconds``, so that a test can act while the worker runs."""
    from desktop_app.briefing import docx_writer

    original = docx_writer._section

    def slow(*args: Any, **kwargs: Any) -> str:
        time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(docx_writer, "_section", slow)


# -- choosing ---------------------------------------------------------------------------------


def test_the_next_session_is_preselected_with_its_agenda_state(panel: PacketPanel) -> None:
    assert panel.session_id() == NINTH
    assert "next" in panel.session_combo.currentText()
    assert "DRAFT — ROK draft 2 not agreed" in panel.session_combo.currentText()
    assert "DRAFT — ROK draft 2 not agreed" in panel.session_detail.text()
    assert "KST" in panel.session_detail.text()
    agreed = panel.session_combo.findData(8)
    assert panel.session_combo.itemText(agreed).endswith("agenda: agreed")
    assert panel.marking_edit.text() == "SENSITIVE BUT UNCLASSIFIED"  # the body's default, editable


def test_the_view_preselects_the_next_session_at_the_real_date(
    qtbot: QtBot, sample_workspace: Workspace, packet_settings: QSettings
) -> None:
    from desktop_app.ui.packets.view import PacketsView

    view = PacketsView(settings=packet_settings)
    qtbot.addWidget(view)
    view.load(sample_workspace)
    view.show()  # the view reads the workspace when shown
    upcoming = next_session(sample_workspace)
    expected = upcoming.session.id if upcoming is not None else 14  # after the sample's last session: the latest
    assert view.panel.session_id() == expected


def test_the_sections_differ_between_the_editions(panel: PacketPanel, sample_workspace: Workspace) -> None:
    internal = panel.included_sections()
    assert internal == packets.packet_sections(sample_workspace, NINTH, packets.Audience.INTERNAL)
    assert {"Summary", "Item briefs", "Counterpart biographies"} <= set(internal)
    assert panel.edition_note.text() != COUNTERPART_NOTE

    panel.counterpart_radio.click()
    counterpart = panel.included_sections()
    assert counterpart == [
        "Cover",
        "Contents",
        "Timed agenda",
        "Participants",
        "Background",
        "Logistics and contacts",
        "Annex: action-item tracker",
    ]
    left_out = panel.left_out_sections()
    assert left_out["Item briefs"].startswith("internal only")
    assert left_out["Summary"].startswith("internal only")
    assert panel.edition_note.text() == COUNTERPART_NOTE
    output = panel.output_path()
    assert output is not None and output.name.endswith("– counterpart.docx")
    greyed = panel.sections_list.findItems("–  Item briefs", Qt.MatchFlag.MatchStartsWith)[0]
    assert not greyed.flags() & Qt.ItemFlag.ItemIsEnabled


def test_empty_sections_are_greyed_with_the_reason(panel: PacketPanel) -> None:
    panel.session_combo.setCurrentIndex(panel.session_combo.findData(11))  # no agenda yet
    assert "DRAFT — no agenda yet" in panel.session_detail.text()
    left_out = panel.left_out_sections()
    assert left_out == {
        "Record of the session": "the session has not been held",
        "Item briefs": "no agenda items yet",
        "Timed agenda": "no agenda items yet",
        "Background": "in each item's brief",
        "Annex: action-item tracker": "counterpart edition only (ours has them in the scene-setter)",
    }
    assert "Timed agenda" not in panel.included_sections()


def test_a_body_without_biographies_says_so(qtbot: QtBot, database: Path, packet_settings: QSettings) -> None:
    with Workspace.open(database) as workspace:
        widget = PacketPanel(settings=packet_settings)
        qtbot.addWidget(widget)
        widget.load(workspace)
        left_out = widget.left_out_sections()
        assert left_out["Counterpart biographies"] == "no biographies on file"
        assert left_out["Participants"] == "no one is on either delegation yet"


def test_the_default_file_name_and_folder(panel: PacketPanel, out_dir: Path) -> None:
    assert panel.output_path() == out_dir / NINTH_INTERNAL


def test_an_empty_database_offers_no_generate(qtbot: QtBot, tmp_path: Path, packet_settings: QSettings) -> None:
    with Workspace.open(tmp_path / "empty.sqlite3") as workspace:
        widget = PacketPanel(settings=packet_settings)
        qtbot.addWidget(widget)
        widget.load(workspace)
        assert widget.session_id() is None
        assert not widget.generate_button.isEnabled()
        assert "No sessions" in widget.session_detail.text()


def test_without_libreoffice_the_pdf_option_is_disabled_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample_workspace: Workspace, packet_settings: QSettings
) -> None:
    registry.PACKET_PDF.write(packet_settings, True)
    monkeypatch.setattr(packet_plan, "pdf_available", lambda: False)
    widget = PacketPanel(settings=packet_settings)
    qtbot.addWidget(widget)
    widget.load(sample_workspace, now=BEFORE_NINTH)
    assert not widget.pdf_check.isEnabled()
    assert not widget.pdf_check.isChecked()
    assert "LibreOffice" in widget.pdf_check.toolTip()


# -- generating -------------------------------------------------------------------------------


def test_generate_writes_the_packet_in_the_background(
    panel: PacketPanel, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch, sample_workspace: Workspace
) -> None:
    steps: list[int] = []
    panel.progress.valueChanged.connect(steps.append)
    assert not panel.open_button.isEnabled()
    panel.activateWindow()
    qtbot.waitActive(panel)
    with qtbot.waitSignal(panel.generated, timeout=30_000) as blocker:
        qtbot.keyClick(panel.marking_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # Generate
    result = blocker.args[0]
    target = out_dir / NINTH_INTERNAL
    assert result.docx == target and target.is_file()
    assert files_in(out_dir) == [NINTH_INTERNAL]  # no partial file left beside it
    with zipfile.ZipFile(target) as archive:
        assert "Points to make" in archive.read("word/document.xml").decode()
    sections = len(packets.packet_sections(sample_workspace, NINTH, packets.Audience.INTERNAL)) - 2
    assert max(steps) >= sections + 2  # the bar went through the sections one by one
    assert len(set(steps)) > sections
    assert str(target) in panel.result_label.text() and "DRAFT" in panel.result_label.text()
    assert panel.open_button.isEnabled() and panel.folder_button.isEnabled()
    assert panel.generate_button.isEnabled() and not panel.cancel_button.isEnabled()

    opened: list[Path] = []

    def open_in_desktop(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(generation_module, "open_in_desktop", open_in_desktop)
    panel.open_button.click()
    panel.folder_button.click()
    assert opened == [target, out_dir]


def test_cancel_during_generation_leaves_no_file(
    panel: PacketPanel, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_sections(monkeypatch, 0.2)
    panel.generate_button.click()
    qtbot.waitUntil(lambda: panel.progress.value() >= 3, timeout=10_000)  # well into the sections
    assert panel.is_running()
    panel.cancel_button.click()
    wait_until_idle(qtbot, panel)
    assert "Cancelled" in panel.step_label.text()
    assert files_in(out_dir) == []
    assert panel.generate_button.isEnabled() and not panel.open_button.isEnabled()


def test_the_window_keeps_answering_while_the_packet_is_written(
    panel: PacketPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_sections(monkeypatch, 0.1)
    panel.generate_button.click()
    assert panel.is_running()  # the click returned while the work goes on in the worker
    qtbot.wait(10)  # the event loop turns: nothing blocks it
    assert panel.is_running()
    assert not panel.generate_button.isEnabled() and panel.cancel_button.isEnabled()
    assert not panel.options_box.isEnabled()  # the choices are frozen while the packet they made is written
    wait_until_idle(qtbot, panel)
    assert panel.options_box.isEnabled()


def test_an_invalid_template_shows_the_error_and_writes_nothing(
    panel: PacketPanel, qtbot: QtBot, tmp_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a Word file", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_template_file", lambda parent, start: bad)
    panel.template_button.click()
    assert panel.template() == bad
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    panel.generate_button.click()
    assert not panel.is_running()
    assert len(shown) == 1
    _title, text = shown[0]
    assert "not a Word document" in text and "\n" not in text
    assert files_in(out_dir) == []

    panel.template_clear.click()
    assert panel.template() is None


def test_a_failure_in_the_worker_shows_the_error(
    panel: PacketPanel, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.errors import UserError

    def fail(*args: object, **kwargs: object) -> None:
        raise UserError("the disk is full")

    monkeypatch.setattr(packets, "write_packet_files", fail)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    panel.generate_button.click()
    wait_until_idle(qtbot, panel)
    assert shown == ["The disk is full."]
    assert panel.generate_button.isEnabled() and files_in(out_dir) == []


def test_an_existing_packet_is_replaced_only_when_the_user_agrees(
    panel: PacketPanel, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / NINTH_INTERNAL
    target.write_bytes(b"an earlier packet")
    panel._output_changed()
    assert "there already" in panel.result_label.text()
    assert panel.open_button.isEnabled()
    asked: list[list[Path]] = []

    def refuse(parent: object, paths: list[Path]) -> bool:
        asked.append(paths)
        return False

    monkeypatch.setattr(dialogs, "confirm_replace_packet", refuse)
    panel.generate_button.click()
    assert asked == [[target]] and not panel.is_running()
    assert target.read_bytes() == b"an earlier packet"

    monkeypatch.setattr(dialogs, "confirm_replace_packet", lambda parent, paths: True)
    with qtbot.waitSignal(panel.generated, timeout=30_000):
        panel.generate_button.click()
    assert zipfile.is_zipfile(target)


def test_the_chosen_folder_is_remembered(
    panel: PacketPanel, qtbot: QtBot, tmp_path: Path, packet_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(dialogs, "ask_packet_path", lambda parent, suggested: elsewhere / "mine.docx")
    panel.output_button.click()
    with qtbot.waitSignal(panel.generated, timeout=30_000):
        panel.generate_button.click()
    assert (elsewhere / "mine.docx").is_file()
    assert packet_settings.value("packets/folder") == str(elsewhere)
    panel.counterpart_radio.click()  # a new default name, in the folder last used
    assert panel.output_path() == elsewhere / "2027-01-13 9th session – counterpart.docx"


def test_the_pdf_option_makes_a_pdf(panel: PacketPanel, qtbot: QtBot, out_dir: Path) -> None:
    if not packet_plan.pdf_available():
        pytest.skip("LibreOffice is not installed")
    panel.pdf_check.setChecked(True)
    with qtbot.waitSignal(panel.generated, timeout=180_000) as blocker:
        panel.generate_button.click()
    pdf = blocker.args[0].pdf
    assert pdf == out_dir / NINTH_INTERNAL.replace(".docx", ".pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert "PDF" in panel.result_label.text()


# -- the session page's tab ---------------------------------------------------------------------


def test_the_packet_tab_shows_its_session_fixed(
    qtbot: QtBot, sample_workspace: Workspace, packet_settings: QSettings
) -> None:
    tab = PacketTab(settings=packet_settings)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(sample_workspace, 11)
    assert tab.panel.session_id() == 11
    assert not tab.panel.picker_row.isVisible()
    assert tab.panel.session_detail.text().endswith("Agenda: DRAFT — no agenda yet</span>")
    output = tab.panel.output_path()
    assert output is not None and output.name == "2027-03-16 11th session – internal.docx"
    tab.load(sample_workspace, 8)
    assert tab.panel.session_id() == 8
