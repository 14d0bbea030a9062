"""What the first paint costs does not depend on the history: nothing on the start-up path reads
every row, nor loads the libraries only exports and imports need, nor what the menus need (they
are filled right after the first paint)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_sessions_lazy import COUNT, long_history  # noqa: F401  # the fixture

pytestmark = pytest.mark.gui

# The export and import libraries, sqlite-utils and what it brings, the holiday tables, the search index.
HEAVY = (
    "sqlite_utils",
    "click",
    "dateutil",
    "docx",
    "lxml",
    "icalendar",
    "openpyxl",
    "jsonschema",
    "holidays",
    "desktop_app.storage.search_index",
    "desktop_app.services.search",
)

# What the menus need, filled right after the first paint: none of it before.
MENUS = (
    "desktop_app.ui.shell.file_actions",
    "desktop_app.ui.shell.edit_menu",
    "desktop_app.ui.shell.keyboard_help",
    "desktop_app.ui.exchange.package_actions",
    "desktop_app.ui.sessions.session_menu",
    "desktop_app.ui.settings.preferences",
)

_CHILD = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["briefing-desk"])
from desktop_app.services.workspace import Workspace
from desktop_app.ui.shell.main_window import MainWindow
window = MainWindow(Workspace.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
before_paint = sorted(name for name in sys.argv[4].split(",") if name in sys.modules)
app.processEvents()
model = window.sessions_view.session_model
print(json.dumps({
    "menus": before_paint,
    "heavy": sorted(name for name in sys.argv[3].split(",") if name in sys.modules),
    "rows": model.rowCount(),
    "read": model.loaded_rows(),
}))
window.close()
"""


def test_the_first_paint_reads_a_few_pages_and_no_export_library(long_history: Path, tmp_path: Path) -> None:  # noqa: F811
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(long_history),
            str(tmp_path / "settings.ini"),
            ",".join(HEAVY),
            ",".join(MENUS),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["heavy"] == []
    assert seen["menus"] == []  # loaded once the window has shown
    assert seen["rows"] == COUNT
    assert seen["read"] <= 300  # the first page (column widths) and the next session's, not 450
