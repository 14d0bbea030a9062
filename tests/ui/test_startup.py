"""Starting the GUI: the startup benchmark end to end, and a refused database at start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.common import dialogs
from desktop_app.ui.shell import app as ui_app

pytestmark = pytest.mark.gui


def test_startup_benchmark_prints_startup_ms_and_exits(database: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(database), "gui", "--startup-benchmark"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    match = re.fullmatch(r"startup_ms=(\d+\.\d)\n", done.stdout)
    assert match, done.stdout
    assert 0 < float(match.group(1)) < 60_000


def test_refused_database_shows_the_error_and_exits_1(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 10)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))

    assert ui_app.run_gui(garbage, is_default=False, startup_benchmark=False) == 1

    assert "not a database" in shown[0]
    assert capsys.readouterr().err.startswith("error: ")


def test_elapsed_since_start_is_plausible() -> None:
    from desktop_app.ui.shell.startup import elapsed_since_start_ms

    assert elapsed_since_start_ms() > 0
