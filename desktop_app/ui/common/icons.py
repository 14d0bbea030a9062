"""The application icon, from the PNGs in resources/icons (drawn from briefing-desk.svg).

PNGs rather than the SVG: the standalone bundle leaves QtSvg out, and a PNG for each
common size looks sharper than one picture scaled by the window system.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir

ICON_NAME = "briefing-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_files(folder: Path | None = None) -> list[Path]:
    """The PNG of each size, smallest first (only those present)."""
    folder = folder or resources_dir() / "icons"
    return [path for size in ICON_SIZES if (path := folder / f"{ICON_NAME}-{size}.png").is_file()]


@cache
def app_icon() -> QIcon:
    """Briefing Desk's icon; an empty icon (the platform's default) if the files are missing."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
