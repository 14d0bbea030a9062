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
    # python-docx and openpyxl use lxml.etree only
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.html5parser",
]

# Files PyInstaller's Qt hook collects that the app never loads (relative to _internal/).
PRUNED = [
    "PySide6/Qt/plugins/egldeviceintegrations",
    "PySide6/Qt/plugins/wayland-*",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/imageformats/libqicns.so",
    "PySide6/Qt/plugins/imageformats/libqtga.so",
    "PySide6/Qt/plugins/imageformats/libqwbmp.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
]
# Qt's own translations: only the languages the app speaks.
KEPT_TRANSLATIONS = ("_ko.qm", "_en.qm")


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
        # the session-package JSON Schemas the importer validates against
        "--collect-data",
        "desktop_app",
    ]
    # python-docx finds its header/footer templates through "docx/parts/../templates": the
    # folder docx/parts must exist on disk in the bundle, not only inside the module archive.
    import docx

    docx_parts = Path(docx.__file__).parent / "parts" / "__init__.py"
    arguments += ["--add-data", f"{docx_parts}{separator}docx/parts"]
    for module in EXCLUDED_MODULES:
        arguments += ["--exclude-module", module]
    if debug:
        arguments += ["--console", "--debug", "imports", "--log-level", "DEBUG"]
    else:
        arguments += ["--log-level", "WARN"]
    return arguments


def prune(bundle: Path) -> int:
    """Remove what the app never loads; return the bytes saved."""
    import shutil

    internal = bundle / "_internal"
    doomed = [path for pattern in PRUNED for path in internal.glob(pattern)]
    translations = internal / "PySide6" / "Qt" / "translations"
    if translations.is_dir():
        doomed += [p for p in translations.iterdir() if not p.name.endswith(KEPT_TRANSLATIONS)]
    saved = 0
    for path in doomed:
        if path.is_dir() and not path.is_symlink():
            saved += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            shutil.rmtree(path)
        elif path.exists():
            saved += path.stat().st_size
            path.unlink()
    return saved


def bundle_size(bundle: Path) -> int:
    return sum(f.lstat().st_size for f in bundle.rglob("*") if f.is_file() or f.is_symlink())


def main() -> int:
    import PyInstaller.__main__

    debug = os.environ.get("BRIEFING_DESK_BUNDLE_DEBUG", "") not in ("", "0")
    PyInstaller.__main__.run(pyinstaller_arguments(debug))
    bundle = ROOT / "dist" / NAME
    saved = prune(bundle)
    size = bundle_size(bundle)
    print(f"bundle: {bundle} ({size / 2**20:.0f} MiB; {saved / 2**20:.0f} MiB of unused Qt files left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
