"""Small widgets the views share."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def is_dark(palette: QPalette) -> bool:
    """True when the palette is a dark one (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def error_colour(palette: QPalette) -> QColor:
    """Red for a refusal's reason, readable on the palette's base: lighter on a dark one."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


class ReasonLabel(QLabel):
    """A line saying why a value is refused ("⚠ unknown time zone …"); empty and hidden when all is well.

    Its red follows the palette, also when the system switches between light and dark.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._apply_colour()
        self.hide()

    def set_reason(self, reason: str | None) -> None:
        self.setText(f"⚠ {reason}" if reason else "")
        self.setVisible(bool(reason))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colour()

    def _apply_colour(self) -> None:
        palette = self.palette()
        colour = error_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)  # sends a PaletteChange: the check above stops the loop


class ElidedLabel(QLabel):
    """One line of text that shrinks with an ellipsis instead of widening the window.

    A plain QLabel's minimum width is its whole text, so a long "Next:" line would
    stop the user from making the window narrower. The full text is in the tooltip.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), elided)
        painter.end()
