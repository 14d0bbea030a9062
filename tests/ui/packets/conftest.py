"""Fixtures for the packet panel: the sample body in tmp_path, settings and output folder there too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app.services.demo import fill_sample_body
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs
from desktop_app.ui.packets import generation as generation_module
from desktop_app.ui.packets.panel import FOLDER_KEY, PacketPanel

# The sample body's dates are fixed: on this day its next session is the 9th (13 January 2027),
# whose agenda is a draft not yet agreed.
BEFORE_NINTH = datetime(2027, 1, 1, tzinfo=UTC)
NINTH = 9
NINTH_INTERNAL = "2027-01-13 9th session – internal.docx"


@pytest.fixture(autouse=True)
def _no_packet_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The packet dialogs and the desktop opener fail a test that did not expect them."""

    def refuse(name: str) -> Callable[..., object]:
        def fake(*args: object) -> object:
            raise AssertionError(f"unexpected {name}{args[1:]}")

        return fake

    for name in ("ask_packet_path", "ask_template_file", "confirm_replace_packet"):
        monkeypatch.setattr(dialogs, name, refuse(name))
    monkeypatch.setattr(generation_module, "open_in_desktop", refuse("open_in_desktop"))


@pytest.fixture(autouse=True)
def _workers_finish() -> Iterator[None]:
    """No background task outlives its test (it could write into the next test's folder)."""
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "sample.sqlite3"
    with Workspace.open(path) as workspace:
        fill_sample_body(workspace)
    return path


@pytest.fixture
def sample_workspace(sample_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(sample_db)
    yield workspace
    workspace.close(backup=False)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def packet_settings(tmp_path: Path, out_dir: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "packets.ini"), QSettings.Format.IniFormat)
    settings.setValue(FOLDER_KEY, str(out_dir))
    return settings


@pytest.fixture
def panel(qtbot: QtBot, sample_workspace: Workspace, packet_settings: QSettings) -> PacketPanel:
    """The Packets panel over the sample body, as it stands on 1 January 2027."""
    widget = PacketPanel(settings=packet_settings)
    qtbot.addWidget(widget)
    widget.load(sample_workspace, now=BEFORE_NINTH)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_until_idle(qtbot: QtBot, panel: PacketPanel, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=timeout)


def files_in(folder: Path) -> list[str]:
    """Every name in ``folder``, hidden partial files included."""
    return sorted(path.name for path in folder.iterdir())
