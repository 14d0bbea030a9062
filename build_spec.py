"""Build the standalone Briefing Desk bundle (a PyInstaller one-folder build in dist/).

    python build_spec.py            # or: make bundle
    BRIEFING_DESK_BUNDLE_DEBUG=1 python build_spec.py   # console, debug imports, no stripping

The spec lives here as code rather than a .spec file so that it can be read, linted
and tested like the rest of the project.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "briefing-desk"

# Qt modules the app never uses; leaving them out keeps the bundle small.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "tkinter",
    "unittest",
    "pytest",
    "hypothesis",
    "mypy",
]


def pyinstaller_arguments(debug: bool) -> list[str]:
    separator = os.pathsep
    arguments = [
        str(ROOT / "desktop_app" / "__main__.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build"),
        "--specpath",
        str(ROOT / "build"),
        "--paths",
        str(ROOT),
        "--add-data",
        f"{ROOT / 'resources'}{separator}resources",
        # python-docx opens its default template from package data at run time
        "--collect-data",
        "docx",
        "--collect-data",
        "holidays",
        "--collect-submodules",
        "holidays.countries",
        "--collect-submodules",
        "desktop_app",
    ]
    for module in EXCLUDED_MODULES:
        arguments += ["--exclude-module", module]
    if debug:
        arguments += ["--console", "--debug", "imports", "--log-level", "DEBUG"]
    else:
        arguments += ["--log-level", "WARN"]
    return arguments


def main() -> int:
    import PyInstaller.__main__

    debug = os.environ.get("BRIEFING_DESK_BUNDLE_DEBUG", "") not in ("", "0")
    PyInstaller.__main__.run(pyinstaller_arguments(debug))
    print(f"bundle: {ROOT / 'dist' / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
