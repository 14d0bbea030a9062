"""The navigation rail: the body's name, then one entry per view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.body import Body
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ViewEntry:
    key: str  # stable: kept in QSettings, so renaming a label does not lose the user's choice
    label: str  # the English source; ``title`` is what is shown

    @property
    def title(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate("Navigation", self.label)


VIEWS: tuple[ViewEntry, ...] = (
    ViewEntry("calendar", QT_TRANSLATE_NOOP("Navigation", "Calendar")),
    ViewEntry("sessions", QT_TRANSLATE_NOOP("Navigation", "Sessions")),
    ViewEntry("people", QT_TRANSLATE_NOOP("Navigation", "People")),
    ViewEntry("agenda", QT_TRANSLATE_NOOP("Navigation", "Agenda")),
    ViewEntry("actions", QT_TRANSLATE_NOOP("Navigation", "Action items")),
    ViewEntry("packets", QT_TRANSLATE_NOOP("Navigation", "Packets")),
)
VIEW_KEYS = tuple(entry.key for entry in VIEWS)
RAIL_WIDTH = 210


class NavigationRail(QFrame):
    """Emits ``view_selected(key)`` when the user picks a view."""

    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(RAIL_WIDTH)

        self.body_name = QLabel()
        font = self.body_name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.body_name.setFont(font)
        self.body_name_ko = QLabel()
        for label in (self.body_name, self.body_name_ko):
            label.setWordWrap(True)  # long body names wrap rather than widen the rail
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list = QListWidget()
        self.list.setObjectName("rail")
        self.list.setAccessibleName(self.tr("Views"))
        self.list.setAccessibleDescription(self.tr("Calendar, Sessions, People, Agenda, Action items, Packets"))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self._blend_into_window()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = int(self.fontMetrics().height() * 2.2)  # a comfortable target, not a dense list
        for number, entry in enumerate(VIEWS, start=1):
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(entry.title, number))
            item.setSizeHint(QSize(0, row_height))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._row_changed)

        self.body_name.setAccessibleDescription(self.tr("The body this database serves"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 4, 12)
        layout.addWidget(self.body_name)
        layout.addWidget(self.body_name_ko)
        layout.addSpacing(12)
        layout.addWidget(self.list, 1)

    def _blend_into_window(self) -> None:
        """The rail belongs to the window's chrome, not to the content: no white list box behind it.

        Done again whenever the palette changes (the system switching to dark mode), or the copied
        colour would stay the old one: a light strip down a dark window.
        """
        palette = self.list.palette()
        window = self.palette().color(QPalette.ColorRole.Window)
        if palette.color(QPalette.ColorRole.Base) != window:
            palette.setColor(QPalette.ColorRole.Base, window)
            self.list.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._blend_into_window()

    def set_body(self, body: Body) -> None:
        self.body_name.setText(body.name)
        self.body_name_ko.setText(body.name_ko)
        self.body_name_ko.setVisible(bool(body.name_ko))

    def select(self, key: str) -> None:
        self.list.setCurrentRow(VIEW_KEYS.index(key))

    def current_key(self) -> str:
        row = self.list.currentRow()
        return VIEW_KEYS[row] if 0 <= row < len(VIEW_KEYS) else VIEW_KEYS[1]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(VIEW_KEYS):
            self.view_selected.emit(VIEW_KEYS[row])
