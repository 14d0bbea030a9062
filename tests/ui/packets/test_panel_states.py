"""What the packet panel shows between runs: numbered copies, a result that belongs to its session and
edition only, a Generate bar that stays put, and the sections' right-click menu. Real clicks and keys."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.packets import generation as generation_module
from desktop_app.ui.packets.packet_tab import PacketTab
from desktop_app.ui.packets.panel import PacketPanel
from tests.ui.clicks import OFFSCREEN_POPUPS, right_click_row, texts
from tests.ui.packets.conftest import BEFORE_NINTH, NINTH, files_in

pytestmark = pytest.mark.gui


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def generate(qtbot: QtBot, panel: PacketPanel) -> None:
    with qtbot.waitSignal(panel.generated, timeout=60_000):
        click(qtbot, panel.generate_button)


def place(panel: PacketPanel) -> QRect:
    """The Generate button's rectangle in the panel's coordinates."""
    button = panel.generate_button
    return QRect(button.mapTo(panel, QPoint(0, 0)), button.size())


def test_numbered_copies_are_written_from_the_panel(panel: PacketPanel, qtbot: QtBot, out_dir: Path) -> None:
    spin = panel.copies_spin
    assert spin.value() == 0 and spin.text() == "One, not numbered"
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 3
    generate(qtbot, panel)
    stem = "2027-01-13 9th session – internal"
    assert files_in(out_dir) == [f"{stem} (copy {n} of 3).docx" for n in (1, 2, 3)]
    with zipfile.ZipFile(out_dir / f"{stem} (copy 2 of 3).docx") as archive:
        document = archive.read("word/document.xml").decode()
        footers = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer"))
    assert "Copy 2 of 3" in document and "Copy 2 of 3" in footers
    assert "Written: 3 numbered copies" in panel.result_label.text()
    assert panel.open_button.isEnabled()  # opens the first copy


def test_the_last_result_goes_when_the_edition_changes(panel: PacketPanel, qtbot: QtBot) -> None:
    generate(qtbot, panel)
    assert panel.result_label.text().startswith("Written:") and panel.progress.isVisible()
    click(qtbot, panel.counterpart_radio)
    assert panel.counterpart_radio.isChecked()
    assert not panel.result_label.text().startswith("Written:")
    assert not panel.progress.isVisible() and panel.step_label.text() == ""
    assert not panel.open_button.isEnabled()  # the counterpart edition was never written
    click(qtbot, panel.internal_radio)
    assert "is there already" in panel.result_label.text()  # the internal one is on disk, as any earlier file


def test_the_last_result_goes_when_another_session_is_picked(panel: PacketPanel, qtbot: QtBot) -> None:
    generate(qtbot, panel)
    combo = panel.session_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert panel.session_id() != NINTH
    assert not panel.result_label.text().startswith("Written:")
    assert not panel.progress.isVisible() and panel.step_label.text() == ""
    assert not panel.open_button.isEnabled()


def test_the_packet_tab_forgets_the_run_of_the_session_shown_before(
    qtbot: QtBot, sample_workspace: Workspace, packet_settings: QSettings
) -> None:
    tab = PacketTab(settings=packet_settings)
    qtbot.addWidget(tab)
    tab.panel.load(sample_workspace, NINTH, now=BEFORE_NINTH)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    generate(qtbot, tab.panel)
    assert tab.panel.result_label.text().startswith("Written:")
    tab.load(sample_workspace, 8)  # the session page now shows the 8th session
    assert tab.panel.session_id() == 8
    assert tab.panel.result_label.text() == "" and not tab.panel.progress.isVisible()
    assert tab.panel.step_label.text() == "" and not tab.panel.open_button.isEnabled()


@pytest.mark.parametrize("fixed", [False, True], ids=["packets view", "packet tab"])
def test_the_generate_button_keeps_its_place_and_size(
    qtbot: QtBot, sample_workspace: Workspace, packet_settings: QSettings, fixed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = PacketPanel(settings=packet_settings, fixed_session=fixed)
    qtbot.addWidget(panel)
    panel.load(sample_workspace, NINTH, now=BEFORE_NINTH)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    before = place(panel)
    click(qtbot, panel.counterpart_radio)  # fewer sections, a longer note
    assert place(panel) == before
    generate(qtbot, panel)  # the bar, "Done", the step and the result line
    assert place(panel) == before
    long = "Written: " + "/a very long folder name" * 20 + "/packet.docx — marked DRAFT: the agenda is not agreed"
    panel.result_label.setText(long)
    panel.step_label.setText("Making the PDF with LibreOffice… " * 10)
    qtbot.wait(10)
    assert place(panel) == before
    if not fixed:
        panel.session_combo.setFocus()
        qtbot.keyClick(panel.session_combo, Qt.Key.Key_Up)  # another session: another line, other sections
        assert place(panel) == before


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_a_section_offers_the_packet_actions_on_a_right_click(
    panel: PacketPanel, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu = right_click_row(qtbot, panel.sections_list, 2)
    assert texts(menu) == ["Generate packet", "Open packet", "Show in folder", "Principal's brief…"]
    enabled = [action.isEnabled() for action in menu.actions() if not action.isSeparator()]
    assert enabled == [True, False, True, True]  # nothing written yet to open
    menu.close()

    with qtbot.waitSignal(panel.generated, timeout=60_000):
        right_click_row(qtbot, panel.sections_list, 0).actions()[0].trigger()  # Generate packet
    shown: list[Path] = []
    monkeypatch.setattr(generation_module, "open_in_desktop", lambda path: shown.append(path) or True)
    menu = right_click_row(qtbot, panel.sections_list, 1)
    assert all(action.isEnabled() for action in menu.actions() if not action.isSeparator())
    next(action for action in menu.actions() if action.text() == "Open packet").trigger()
    next(action for action in menu.actions() if action.text() == "Show in folder").trigger()
    result = panel.last_result
    assert result is not None and shown == [result.docx, out_dir]


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_a_left_out_section_has_the_menu_too(panel: PacketPanel, qtbot: QtBot) -> None:
    click(qtbot, panel.counterpart_radio)
    greyed = next(
        row
        for row in range(panel.sections_list.count())
        if not panel.sections_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    )
    menu = right_click_row(qtbot, panel.sections_list, greyed)
    assert "Generate packet" in texts(menu)
