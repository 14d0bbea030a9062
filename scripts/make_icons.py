"""Render resources/icons/briefing-desk.svg into the PNGs the application loads.

    .venv/bin/python scripts/make_icons.py          # writes resources/icons/briefing-desk-<N>.png

The app itself loads only the PNGs (``desktop_app/ui/common/icons.py``): the bundle leaves out
QtSvg, so an SVG could not be drawn there. Run this again after changing the SVG and
commit the PNGs with it; ``tests/ui/polish/test_icons.py`` checks that they are all there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "briefing-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"error: {SOURCE} is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"briefing-desk-{size}.png"
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"error: cannot write {target}")
        print(f"wrote {target.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
