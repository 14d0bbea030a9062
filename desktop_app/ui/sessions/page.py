"""The session's page: a header with the essentials in both capitals' times, then the tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.errors import NotFound
from desktop_app.services.sessions import get_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.sessions.page_tabs import TABS, tab_label


class SessionPage(QWidget):
    """Shown in the main window's stack when a session is opened; ``back`` returns to the list."""

    back = Signal()

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.session_id: int | None = None
        self.workspace: Workspace | None = None

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setShortcut("Alt+Left")
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("session_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tab_widgets: dict[str, QWidget] = {}
        for key, label, factory in TABS:
            widget = factory(navigator)
            widget.setObjectName(f"tab_{key}")
            self.tab_widgets[key] = widget
            self.tabs.addTab(widget, tab_label(label))
        self.tabs.currentChanged.connect(self._load_current_tab)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._loaded_tabs: set[int] = set()
        self._skip: object | None = None  # while reloading: the widget that wrote

    def show_session(self, workspace: Workspace, session_id: int, tab: str | None = None) -> None:
        session = get_session(workspace, session_id)
        self.workspace, self.session_id = workspace, session_id
        number = f"{session.number}. " if session.number else ""
        korean = f"  ·  {session.title_ko}" if session.title_ko else ""
        self.title.setText(f"{number}{session.title}{korean}")
        venue = session.venue or self.tr("venue to be decided")
        status = formatting.session_status(session.status, lower=True)
        self.subtitle.setText(f"{formatting.format_both(session, workspace.body)}  —  {venue}  —  {status}")
        self._loaded_tabs.clear()
        if tab is not None:
            keys = [key for key, _label, _factory in TABS]
            self.tabs.setCurrentIndex(keys.index(tab))
        self._load_current_tab(self.tabs.currentIndex())

    def reload(self, source: object | None = None) -> None:
        """Reload after a change; a session deleted meanwhile sends the user back. The tab holding
        ``source`` (the widget that wrote) already shows the change and is not read again."""
        if self.workspace is None or self.session_id is None:
            return
        self._skip = source
        try:
            self.show_session(self.workspace, self.session_id)
        except NotFound:
            self.back.emit()
        finally:
            self._skip = None

    def _load_current_tab(self, index: int) -> None:
        # Tabs load when first shown: opening a session must not pay for every tab.
        if self.workspace is None or self.session_id is None or index < 0 or index in self._loaded_tabs:
            return
        widget = self.tabs.widget(index)
        load = getattr(widget, "load", None)
        skip = self._skip
        if isinstance(skip, QWidget) and widget is not None and (skip is widget or widget.isAncestorOf(skip)):
            load = None  # the tab that wrote: it shows the change already
        if load is not None:
            load(self.workspace, self.session_id)
        self._loaded_tabs.add(index)
