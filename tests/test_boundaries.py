"""The pure core never loads Qt: everything but ``desktop_app.ui`` runs headless."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import desktop_app
names = [m.name for m in pkgutil.walk_packages(desktop_app.__path__, "desktop_app.")
         if not m.name.startswith("desktop_app.ui") and m.name != "desktop_app.__main__"]
for name in names:
    importlib.import_module(name)
loaded = sorted(n for n in sys.modules if n.startswith("PySide6"))
print(len(names), loaded)
"""


def test_no_module_outside_ui_imports_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    count, loaded = result.stdout.split(" ", 1)
    assert int(count) >= 20
    assert loaded.strip() == "[]"


def test_heavy_libraries_are_not_loaded_by_the_cli_at_start() -> None:
    heavy = "('docx', 'icalendar', 'openpyxl', 'PySide6')"
    probe = f"import sys, desktop_app.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_gui_reaches_data_only_through_services() -> None:
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parent.parent / "desktop_app" / "ui"
    offenders = [
        f"{path.relative_to(ui)}: {line.strip()}"
        for path in ui.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(from|import) desktop_app\.(storage|exchange|briefing)\b", line)
    ]
    assert offenders == []


def test_the_command_line_reaches_data_only_through_services() -> None:
    """commands/ and cli.py are a second shell over the same services: no repository, file format or writer."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "desktop_app"
    files = [*sorted((package / "commands").rglob("*.py")), package / "cli.py"]
    offenders = [
        f"{path.relative_to(package)}: {line.strip()}"
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(from|import) desktop_app\.(storage|exchange|briefing)\b", line)
    ]
    assert offenders == []
