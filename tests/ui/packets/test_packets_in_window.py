"""The packet panel in the main window: the Packets view on the rail and the Packet tab of a session's page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.services.overview import next_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.packets.packet_tab import PacketTab
from desktop_app.ui.packets.view import PacketsView
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def sample_window(qtbot: QtBot, sample_db: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(sample_db), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_rail_shows_the_packets_view_with_the_next_session(window: MainWindow) -> None:
    window.rail.select("packets")
    view = window.views["packets"]
    assert isinstance(view, PacketsView)
    assert window.stack.currentWidget() is view
    upcoming = next_session(window.workspace)
    assert upcoming is not None
    assert view.panel.session_id() == upcoming.session.id
    assert view.panel.session_combo.count() == 3


def test_the_session_page_has_the_packet_panel_for_its_session(window: MainWindow) -> None:
    session = window.sessions_view.session_model.record(1)
    assert session.id is not None
    window.open_session(session.id, "packet")
    tab = window.session_page.tab_widgets["packet"]
    assert isinstance(tab, PacketTab)
    assert tab.panel.session_id() == session.id
    assert not tab.panel.picker_row.isVisible()
    assert tab.panel.included_sections()[0] == "Cover"


def test_a_packet_generated_in_the_window_is_reported_in_the_status_bar(
    sample_window: MainWindow, qtbot: QtBot, out_dir: Path
) -> None:
    sample_window.show_view("packets")
    view = sample_window.views["packets"]
    assert isinstance(view, PacketsView)
    target = out_dir / "packet.docx"
    view.panel.output_edit.setText(str(target))
    with qtbot.waitSignal(view.panel.generated, timeout=30_000):
        view.panel.generate_button.click()
    assert target.is_file()
    assert sample_window.statusBar().currentMessage() == "Packet written: packet.docx"


def test_the_view_reads_the_database_only_when_shown(sample_window: MainWindow) -> None:
    sample_window.show_view("sessions")
    view = sample_window.views["packets"]
    assert isinstance(view, PacketsView)
    assert view.panel.workspace is None  # not read at start-up, nor on reloads while hidden
    sample_window.navigator.data_changed.emit()
    assert view.panel.workspace is None
    sample_window.show_view("packets")
    assert view.panel.workspace is sample_window.workspace
    assert view.panel.session_id() is not None


def test_a_reload_keeps_the_session_chosen(sample_window: MainWindow) -> None:
    sample_window.show_view("packets")
    view = sample_window.views["packets"]
    assert isinstance(view, PacketsView)
    combo = view.panel.session_combo
    combo.setCurrentIndex(combo.findData(3))
    view.panel.counterpart_radio.click()
    sample_window.navigator.data_changed.emit()
    assert view.panel.session_id() == 3
    output = view.panel.output_path()
    assert output is not None and output.name.endswith("3rd session – counterpart.docx")


def test_a_reload_keeps_a_file_name_the_user_typed(sample_window: MainWindow, out_dir: Path) -> None:
    sample_window.show_view("packets")
    view = sample_window.views["packets"]
    assert isinstance(view, PacketsView)
    mine = out_dir / "for the ambassador.docx"
    view.panel.output_edit.setText(str(mine))
    sample_window.navigator.data_changed.emit()  # e.g. an agenda edit in another view
    assert view.panel.output_path() == mine


def test_a_packet_written_in_the_window_offers_show_in_folder(
    sample_window: MainWindow, qtbot: QtBot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.common import file_notice

    sample_window.show_view("packets")
    view = sample_window.views["packets"]
    assert isinstance(view, PacketsView)
    target = out_dir / "for the ambassador.docx"
    view.panel.output_edit.setText(str(target))
    with qtbot.waitSignal(view.panel.generated, timeout=60_000):
        qtbot.mouseClick(view.panel.generate_button, Qt.MouseButton.LeftButton)
    assert sample_window.statusBar().currentMessage() == "Packet written: for the ambassador.docx"
    button = sample_window.file_notice.button
    assert button.isVisible() and button.text() == "Show in folder"
    shown: list[Path] = []
    monkeypatch.setattr(file_notice, "reveal", lambda folder: shown.append(folder) or True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [out_dir]
