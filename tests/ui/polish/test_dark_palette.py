"""A dark system palette: the semantic colours (errors, warnings, success, diff highlights) switch
to tints that read on it, and the widgets that cache a colour re-read it when the palette changes."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaItem
from desktop_app.services import agenda as agenda_service
from desktop_app.services.agenda_versions import compare, save_as_version
from desktop_app.services.people_io import preview_people_file
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.agenda_tab import AgendaTab
from desktop_app.ui.agenda.compare import comparison_html
from desktop_app.ui.agenda.item_model import TITLE
from desktop_app.ui.common.widgets import SEMANTIC_ROLES, is_dark, semantic_colour, text_on
from desktop_app.ui.packets.panel import PacketPanel
from desktop_app.ui.people.import_dialog import ImportPreviewDialog
from tests.ui.agenda.conftest import (  # noqa: F401 - fixtures used by name
    Seeded,
    _no_agenda_prompts,
    agenda_tab,
    navigator,
    seeded,
    workspace,
)
from tests.ui.packets.conftest import (  # noqa: F401 - fixtures used by name
    _no_packet_dialogs,
    _workers_finish,
    out_dir,
    packet_settings,
    panel,
    sample_db,
    sample_workspace,
)

pytestmark = pytest.mark.gui

BACKGROUNDS = (
    "added",
    "removed",
    "moved",
    "inserted",
    "deleted",
    "warning_fill",
    "banner",
    "success_fill",
    "info_fill",
)
TEXTS = ("error", "warning", "warning_text", "success", "muted", "added_note", "removed_note", "moved_note")


def dark_palette() -> QPalette:
    """A Fusion-like dark palette: window #2b2b2b, text #e0e0e0."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#232323"),
        (QPalette.ColorRole.AlternateBase, "#2f2f2f"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
        (QPalette.ColorRole.PlaceholderText, "#9e9e9e"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e0e0e0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def sheet_colour(sheet: str, key: str = "color") -> QColor:
    match = re.search(rf"(?<![-\w]){key}:\s*(#[0-9a-fA-F]{{6}})", sheet)
    assert match, f"no {key} in {sheet!r}"
    return QColor(match.group(1))


@pytest.fixture
def light() -> Iterator[QPalette]:
    """The palette the tests start with; put back afterwards, whatever a test set."""
    original = QPalette(QApplication.palette())
    yield original
    QApplication.setPalette(original)
    QApplication.processEvents()


@pytest.fixture
def dark(light: QPalette) -> QPalette:
    palette = dark_palette()
    QApplication.setPalette(palette)
    QApplication.processEvents()
    assert is_dark(QApplication.palette())
    return palette


def set_palette(palette: QPalette) -> None:
    QApplication.setPalette(palette)
    QApplication.processEvents()


@pytest.mark.parametrize("palette", [dark_palette(), QPalette(QColor("#000000"), QColor("#ffffff"))])
def test_every_semantic_colour_reads_on_its_background(palette: QPalette) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    for role in TEXTS:
        assert contrast(semantic_colour(role, palette), base) >= 3, role
    for role in BACKGROUNDS:
        assert contrast(text_on(role, palette), semantic_colour(role, palette)) >= 4.5, role
    assert set(TEXTS) | set(BACKGROUNDS) <= SEMANTIC_ROLES


def test_dark_diff_backgrounds_are_dark_tints_under_the_normal_light_text(dark: QPalette) -> None:
    assert semantic_colour("added", dark).name() == "#1f3d24"
    assert semantic_colour("removed", dark).name() == "#4a1f1f"
    assert semantic_colour("moved", dark).name() == "#3d3520"
    assert text_on("added", dark) == dark.color(QPalette.ColorRole.Text)


@pytest.fixture
def counter_draft(workspace: Workspace, seeded: Seeded) -> int:  # noqa: F811 - fixtures by name
    """A counter-draft with an item removed, one added, one moved and one reworded."""
    version = save_as_version(workspace, seeded.version, "US counter-draft 1", "US")
    assert version.id is not None
    items = {item.title: item for item in agenda_service.list_items(workspace, version.id)}
    agenda_service.delete_item(workspace, items["Economy"].id or 0)
    agenda_service.add_item(workspace, AgendaItem(version.id, 0, "", "Climate and energy", minutes=15))
    agenda_service.move_item(workspace, items["Opening remarks"].id or 0, 3)
    agenda_service.update_item(workspace, replace(items["Security"], title="Security cooperation"))
    return version.id


def test_the_comparison_uses_dark_tints_with_readable_text(
    dark: QPalette,
    workspace: Workspace,  # noqa: F811
    seeded: Seeded,  # noqa: F811
    counter_draft: int,
) -> None:
    html = comparison_html(compare(workspace, seeded.version, counter_draft), workspace.body)
    text = dark.color(QPalette.ColorRole.Text)
    backgrounds = {QColor(c).name() for c in re.findall(r'bgcolor="(#[0-9a-fA-F]{6})"', html)}
    assert backgrounds == {"#1f3d24", "#4a1f1f", "#3d3520"}
    for background in backgrounds:
        assert contrast(text, QColor(background)) >= 4.5
    for style in re.findall(r'<span style="(background-color:[^"]*)"', html):
        fill = sheet_colour(style, "background-color")
        colour = sheet_colour(style) if re.search(r"(?<![-\w])color:", style) else text  # the legend: plain text
        assert contrast(colour, fill) >= 4.5, style
    for colour in re.findall(r'<span style="color:(#[0-9a-fA-F]{6})"', html):
        for background in backgrounds:
            assert contrast(QColor(colour), QColor(background)) >= 3, (colour, background)
    for light_colour in ("#dff3e1", "#fbe0e0", "#fff3d6", "#b7e4bd", "#f5b5b5"):
        assert light_colour not in html


def test_the_compare_dialog_follows_a_switch_to_dark(
    light: QPalette,
    agenda_tab: AgendaTab,  # noqa: F811
    counter_draft: int,
) -> None:
    editor = agenda_tab.editor
    editor.refresh(counter_draft)
    editor.version_bar.compare_button.click()
    dialog = editor.compare_dialog
    assert dialog is not None
    assert "#dff3e1" in dialog.browser.toHtml()
    set_palette(dark_palette())
    html = dialog.browser.toHtml()
    assert "#1f3d24" in html and "#dff3e1" not in html


def test_the_editor_total_reads_on_dark_and_follows_the_palette(
    light: QPalette,
    agenda_tab: AgendaTab,  # noqa: F811
) -> None:
    editor = agenda_tab.editor
    titles = [editor.model.index(row, TITLE).data() for row in range(editor.model.rowCount())]
    editor.tree.setCurrentIndex(editor.model.index(titles.index("Opening remarks"), TITLE))
    editor.pane.minutes_spin.setValue(25)
    editor.tree.setCurrentIndex(editor.model.index(titles.index("Economy"), TITLE))
    editor.pane.minutes_spin.setValue(65)  # a big overrun: red
    assert "color: #c62828" in editor.total_label.styleSheet()
    set_palette(dark_palette())
    window = dark_palette().color(QPalette.ColorRole.Window)
    assert contrast(sheet_colour(editor.total_label.styleSheet()), window) >= 3
    editor.pane.minutes_spin.setValue(55)  # a small overrun: amber
    assert contrast(sheet_colour(editor.total_label.styleSheet()), window) >= 3
    assert sheet_colour(editor.total_label.styleSheet()) == semantic_colour("warning", dark_palette())
    set_palette(light)
    assert "color: #b26a00" in editor.total_label.styleSheet()


def test_the_packet_panel_reads_on_dark(dark: QPalette, panel: PacketPanel) -> None:  # noqa: F811
    window = dark.color(QPalette.ColorRole.Window)
    colours = re.findall(r"color:(#[0-9a-fA-F]{6})", panel.session_detail.text())
    assert colours, panel.session_detail.text()
    for colour in colours:
        assert contrast(QColor(colour), window) >= 3
    sheet = panel.edition_note.styleSheet()
    assert contrast(sheet_colour(sheet), sheet_colour(sheet, "background")) >= 4.5


def test_the_packet_panel_follows_a_switch_to_dark(light: QPalette, panel: PacketPanel) -> None:  # noqa: F811
    assert "#a15c00" in panel.session_detail.text() or "#9a6700" in panel.session_detail.text()
    set_palette(dark_palette())
    assert semantic_colour("warning_text", dark_palette()).name() in panel.session_detail.text()
    assert semantic_colour("info_fill", dark_palette()).name() in panel.edition_note.styleSheet()


def test_the_import_dialog_reads_on_dark(
    dark: QPalette,
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,  # noqa: F811
) -> None:
    path = tmp_path / "delegation.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["name", "이름", "side", "email", "room"],
                ["HAN Ji-min", "한지민", "ROK", "jimin.han@mofa.example.kr", "101"],
                ["", "", "ROK", "", "102"],  # no name in either script: a problem row
            ]
        )
    dialog = ImportPreviewDialog(preview_people_file(workspace, path), workspace.body)
    qtbot.addWidget(dialog)
    base = dark.color(QPalette.ColorRole.Base)
    problem = dialog.model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color()
    assert contrast(problem, base) >= 3
    assert "room" in dialog.unknown.text()
    assert contrast(sheet_colour(dialog.unknown.styleSheet()), dark.color(QPalette.ColorRole.Window)) >= 3
