"""Small widgets the views share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QSizePolicy, QTableView, QWidget


def is_dark(palette: QPalette) -> bool:
    """True when the palette is a dark one (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def error_colour(palette: QPalette) -> QColor:
    """Red for a refusal's reason, readable on the palette's base: lighter on a dark one."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


# Semantic colours: (light palette, dark palette). The light ones are the app's long-standing
# hues; the dark ones are lighter tints of the same hues that read on a dark base.
_FOREGROUNDS: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#b26a00", "#ffb74d"),  # amber: borders, bold warnings
    "warning_text": ("#9a6700", "#ffd36b"),  # amber dark enough to read as plain text
    "success": ("#2e7d32", "#81c784"),
    "muted": ("#8a8a8a", "#9e9e9e"),  # retired, dropped, not applicable
    "info": ("#8aa9d6", "#6f8fc0"),  # a quiet blue border
    "none": ("#d0d0d0", "#5a5a5a"),  # a swatch that says "nothing here"
    "added_note": ("#1b5e20", "#a5d6a7"),  # text on an "added" background
    "removed_note": ("#8e1b1b", "#ef9a9a"),
    "moved_note": ("#7a4a00", "#ffd36b"),
    "changed_note": ("#555555", "#b0b0b0"),
}
# Backgrounds: (light fill, dark fill, light text or "" for the palette's text). On a dark
# palette the text is always the palette's own (light) text.
_BACKGROUNDS: dict[str, tuple[str, str, str]] = {
    "added": ("#dff3e1", "#1f3d24", ""),
    "removed": ("#fbe0e0", "#4a1f1f", ""),
    "moved": ("#fff3d6", "#3d3520", ""),
    "inserted": ("#b7e4bd", "#2e5e36", "#0b3d12"),  # words only the new text has
    "deleted": ("#f5b5b5", "#6b2a2a", "#5c0b0b"),  # words only the old text has
    "warning_fill": ("#ffe7a8", "#4a3b12", "#5c4400"),
    "banner": ("#fff3b0", "#4a3f12", "#4d3b00"),
    "success_fill": ("#edf7ee", "#1f3d24", "#1f2933"),
    "info_fill": ("#eef3fb", "#1f2a3d", "#1f2933"),
}
SEMANTIC_ROLES = frozenset(_FOREGROUNDS) | frozenset(_BACKGROUNDS)


def semantic_colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``role`` ("error", "warning", "success", "added", …) on ``palette``.

    Foreground roles give a text or border colour; background roles ("added", "removed",
    "moved", "inserted", "deleted", "warning_fill", "banner", "success_fill", "info_fill")
    give a fill: pair them with :func:`text_on`. ``palette`` defaults to the application's.
    """
    if palette is None:
        palette = QApplication.palette()
    dark = is_dark(palette)
    if role in _FOREGROUNDS:
        return QColor(_FOREGROUNDS[role][1 if dark else 0])
    return QColor(_BACKGROUNDS[role][1 if dark else 0])


def text_on(role: str, palette: QPalette | None = None) -> QColor:
    """A readable text colour on the background ``role``: the palette's normal text when dark."""
    if palette is None:
        palette = QApplication.palette()
    light_text = _BACKGROUNDS[role][2]
    if is_dark(palette) or not light_text:
        return palette.color(QPalette.ColorRole.Text)
    return QColor(light_text)


def status_text_colour(colour: QColor, palette: QPalette | None = None) -> QColor:
    """A mid-tone status colour made readable as text: darker on a light palette, lighter on a dark one."""
    if palette is None:
        palette = QApplication.palette()
    return colour.lighter(140) if is_dark(palette) else colour.darker(130)


class _PaletteStyler(QObject):
    """Re-applies a widget's palette-dependent style sheet when the palette changes."""

    def __init__(self, widget: QWidget, style: Callable[[QPalette], str]) -> None:
        super().__init__(widget)
        self.setObjectName("_palette_styler")
        self.widget = widget
        self.style = style
        widget.installEventFilter(self)
        # A widget with its own style sheet has its own palette: the application's changing
        # (the system switching to dark) sends it no PaletteChange, so listen to the application.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.apply)

    def apply(self, _palette: QPalette | None = None) -> None:
        sheet = self.style(QApplication.palette())
        if self.widget.styleSheet() != sheet:  # setting it sends a PaletteChange: this stops the loop
            self.widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.apply()
        return False


def follow_palette(widget: QWidget, style: Callable[[QPalette], str]) -> None:
    """Gives ``widget`` the style sheet ``style(palette)`` now and again whenever the palette changes.

    Calling it again replaces the earlier ``style``.
    """
    styler = widget.findChild(_PaletteStyler, "_palette_styler", Qt.FindChildOption.FindDirectChildrenOnly)
    if styler is None:
        styler = _PaletteStyler(widget, style)
    else:
        styler.style = style
    styler.apply()


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


def record_table(selection: QAbstractItemView.SelectionMode) -> QTableView:
    """A read-only table of records, one row each, as every list view of the app shows them."""
    table = QTableView()
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    # Rows tall enough for Hangul: Noto CJK stands taller than most Latin fonts.
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table
