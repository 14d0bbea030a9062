"""The main window: rail, next-session strip, the views, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.icons import app_icon
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import Change
from desktop_app.ui.search.controller import SearchBox
from desktop_app.ui.search.opening import open_hit
from desktop_app.ui.sessions.next_session_strip import NextSessionStrip
from desktop_app.ui.sessions.page import SessionPage
from desktop_app.ui.sessions.sessions_view import SessionsView
from desktop_app.ui.shell.invalid_rows_banner import InvalidRowsBanner
from desktop_app.ui.shell.lazy_views import LazyViews
from desktop_app.ui.shell.navigation_rail import VIEW_KEYS, VIEWS, NavigationRail
from desktop_app.ui.shell.read_only_banner import ReadOnlyBanner
from desktop_app.ui.shell.startup import FirstPaintWatcher
from desktop_app.ui.shell.view_registry import VIEW_FACTORIES

if TYPE_CHECKING:
    from desktop_app.ui.exchange.package_actions import ExchangeActions
    from desktop_app.ui.sessions.session_menu import SessionMenu
    from desktop_app.ui.shell.edit_menu import EditMenu
    from desktop_app.ui.shell.file_actions import FileActions

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
VIEW_KEY = "main_window/view"
DEFAULT_VIEW = "sessions"
DEFAULT_SIZE = (1480, 860)


class MainWindow(QMainWindow):
    """Owns the open ``Workspace`` from construction until it closes (closeEvent closes it)."""

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setObjectName("MainWindow")  # saveState() needs named toolbars and a named window
        self.setWindowIcon(app_icon())

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search everything"))
        self.search.setMaximumWidth(420)
        self.search_box = SearchBox(self.search, self, lambda: self.workspace)  # results popup; Enter opens
        self.search_box.hit_chosen.connect(lambda hit: open_hit(self, hit))
        self.search_box.session_chosen.connect(lambda session_id: self.open_session(session_id))

        self.navigator = Navigator(self)
        self.navigator.window_keys = True  # Edit → Undo/Redo hold Ctrl+Z / Ctrl+Shift+Z for every view
        from desktop_app.ui.settings.stored import apply_backup_folder, name_order
        from desktop_app.ui.shell.recent_files import remember

        self.navigator.name_order = name_order(settings)
        # What the file the window opens with gets at once, menus or not (File → Open gives the same
        # to the files opened later): this machine's backup folder, and its place in Open recent.
        apply_backup_folder(settings, workspace)
        remember(settings, workspace.path)
        self.rail = NavigationRail()
        self.strip = NextSessionStrip()
        self.stack = QStackedWidget()
        self._stale_views: set[str] = set(VIEW_KEYS)  # views to read the workspace again when next shown
        self.views: dict[str, QWidget] = LazyViews(self._build_view)  # each built when first shown or used
        sessions_view = self.views["sessions"]
        assert isinstance(sessions_view, SessionsView)
        self.sessions_view = sessions_view
        self._session_page: SessionPage | None = None  # built when a session is first opened

        self.path_label = QLabel()
        self.path_label.setAccessibleName(self.tr("Database file"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Database state"))
        for label in (self.path_label, self.state_label):
            label.setContentsMargins(6, 0, 6, 0)
        # The path gives way to a message while one is shown (a permanent widget would leave it no room).
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)

        self._build_layout()
        self._start_menus()
        self.rail.view_selected.connect(self.show_view)
        self.strip.show_session.connect(self.reveal_session)
        self.navigator.open_session.connect(self.open_session)
        self.navigator.show_view.connect(self.show_view)
        self.navigator.changed.connect(self.reload_views)
        self.navigator.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        from desktop_app.ui.common.file_notice import FileNotice  # exports and sends end with "Show in folder"

        self.file_notice = FileNotice(self.statusBar())
        self.navigator.file_written.connect(self.file_notice.show)

        self.load_workspace()
        self._restore_settings()

    # -- building ----------------------------------------------------------------
    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)  # the search box is not something to lose by a click
        spacer = QWidget()
        spacer.setFixedWidth(8)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.rail)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        self.read_only_banner = ReadOnlyBanner()  # yellow, under the toolbar, while the file is read-only
        layout.addWidget(self.read_only_banner)
        self.invalid_rows_banner = (
            InvalidRowsBanner()
        )  # sessions dated out of range: never shown, never hidden silently
        layout.addWidget(self.invalid_rows_banner)
        layout.addWidget(self.strip)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    # -- menus: their titles at once, their contents right after the first paint ----
    def _start_menus(self) -> None:
        """The menu bar with its titles, as the first frame shows it; what is in the menus (and the
        modules behind it, a fifth of start-up) comes right after that frame (``ensure_menus``)."""
        self._menus_built = False
        bar = super().menuBar()
        self._file_menu = bar.addMenu(self.tr("&File"))
        self._edit_menu = bar.addMenu(self.tr("&Edit"))
        self._view_menu = bar.addMenu(self.tr("&View"))
        self._help_menu = bar.addMenu(self.tr("&Help"))  # the Session menu goes before it
        for menu in (self._file_menu, self._edit_menu, self._view_menu, self._help_menu):
            menu.aboutToShow.connect(self.ensure_menus)  # opened before they were filled: filled first
        FirstPaintWatcher(self, self.ensure_menus)
        from desktop_app.ui.common.context_menus import install_row_menu

        install_row_menu(self.sessions_view.table, self._sessions_row_menu)  # a right click may come first

    def _sessions_row_menu(self, index: QModelIndex) -> QMenu | None:
        self.ensure_menus()  # its actions report to the Session menu and undo through Edit
        from desktop_app.ui.sessions.session_menu import row_menu

        return row_menu(self, index)

    def event(self, event: QEvent) -> bool:
        # A key before the menus are filled: Qt asks the focused widget (and its parents, up to here)
        # whether it takes the key before it looks the shortcut up, so filling them now lets a
        # shortcut typed the moment the window appears find its action.
        if event.type() == QEvent.Type.ShortcutOverride and not self._menus_built:
            self.ensure_menus()
        return super().event(event)

    def ensure_menus(self) -> None:
        """Fill the menus now, if they are not yet: after the first paint, at the first key or click,
        or when anything asks for them (``menuBar()``, ``session_menu``, …). Does nothing the second time."""
        if self._menus_built:
            return
        self._menus_built = True
        self._build_menus()
        self._file_actions.update_enabled()

    def menuBar(self) -> QMenuBar:
        """The menu bar, its menus filled."""
        self.ensure_menus()
        return super().menuBar()

    @property
    def edit_menu(self) -> QMenu:
        self.ensure_menus()
        return self._edit_menu

    @property
    def file_actions(self) -> FileActions:
        self.ensure_menus()
        return self._file_actions

    @property
    def exchange_actions(self) -> ExchangeActions:
        self.ensure_menus()
        return self._exchange_actions

    @property
    def edit(self) -> EditMenu:
        self.ensure_menus()
        return self._edit

    @property
    def preferences_action(self) -> QAction:
        self.ensure_menus()
        return self._preferences_action

    @property
    def focus_search_action(self) -> QAction:
        self.ensure_menus()
        return self._focus_search_action

    @property
    def focus_filter_action(self) -> QAction:
        self.ensure_menus()
        return self._focus_filter_action

    @property
    def session_menu(self) -> SessionMenu:
        self.ensure_menus()
        return self._session_menu

    @property
    def shortcuts_action(self) -> QAction:
        self.ensure_menus()
        return self._shortcuts_action

    def _build_menus(self) -> None:
        from desktop_app.ui.exchange.package_actions import ExchangeActions  # File → Send to / Import from
        from desktop_app.ui.shell.file_actions import FileActions  # File → New, Open, Open recent, Backup, Restore

        file_menu = self._file_menu
        self._file_actions = FileActions(self)
        self._file_actions.add_to(file_menu)
        self._exchange_actions = ExchangeActions(self)  # File → Send to / Import from counterpart
        self._exchange_actions.add_to(file_menu)
        self._add_people_file_actions(file_menu)  # File → Import / Export people list…, run in the People view
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # some platforms define no Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)

        from desktop_app.ui.settings.preferences import install_preferences  # Edit → Preferences… (Ctrl+,)
        from desktop_app.ui.shell.edit_menu import EditMenu  # Undo/Redo over the window's history; the clipboard

        self._edit = EditMenu(self, self._edit_menu, self.navigator.history)
        self._preferences_action = install_preferences(self, self._edit_menu)

        view_menu = self._view_menu
        focus_search = QAction(self.tr("&Search…"), self)
        focus_search.setShortcut(QKeySequence("Ctrl+K"))
        focus_search.triggered.connect(self.focus_search)
        view_menu.addAction(focus_search)
        self._focus_search_action = focus_search
        # Window-wide, so it reaches the list's filter from anywhere, the search box included.
        focus_filter = QAction(self.tr("&Filter this list"), self)
        focus_filter.setShortcut(QKeySequence("Ctrl+F"))
        focus_filter.triggered.connect(self.focus_filter)
        view_menu.addAction(focus_filter)
        self._focus_filter_action = focus_filter
        view_menu.addSeparator()
        for number, entry in enumerate(VIEWS, start=1):
            action = view_menu.addAction(entry.title)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.rail.select(key))

        from desktop_app.ui.sessions.session_menu import SessionMenu  # Session menu; File → calendar files (.ics)

        bar = super().menuBar()
        self._session_menu = SessionMenu(self)
        self._session_menu.install(bar, file_menu, before=self._help_menu.menuAction())

        help_menu = self._help_menu
        from desktop_app.ui.shell.keyboard_help import shortcuts_action  # Help → Keyboard shortcuts (F1)

        self._shortcuts_action = shortcuts_action(self, bar)
        help_menu.addAction(self._shortcuts_action)
        about = help_menu.addAction(self.tr("&About Briefing Desk"))
        about.triggered.connect(lambda: dialogs.show_about(self))

    def _add_people_file_actions(self, menu: QMenu) -> None:
        """File → Import people list… / Export people list…: the People view is built (when first
        used, not at start-up) and shown, then its own action runs."""

        def run(name: str) -> None:
            self.show_view("people")
            getattr(self.views["people"], name).trigger()

        for text, tip, name in (
            (
                QCoreApplication.translate("PeopleView", "Import people list…"),
                QCoreApplication.translate("PeopleView", "Import a .csv or .xlsx list"),
                "import_action",
            ),
            (
                QCoreApplication.translate("PeopleView", "Export people list…"),
                QCoreApplication.translate("PeopleView", "Export the directory"),
                "export_action",
            ),
        ):
            item = menu.addAction(text)
            item.setToolTip(tip)
            item.triggered.connect(lambda _checked=False, name=name: run(name))

    # -- the workspace -----------------------------------------------------------
    def load_workspace(self) -> None:
        """(Re)read everything the window shows from the open workspace."""
        workspace = self.workspace
        self.setWindowTitle(workspace.path.name)  # the application display name is appended by Qt
        self.rail.set_body(workspace.body)
        self.reload_views()
        upcoming = self.strip.upcoming
        if upcoming is not None and upcoming.session.id is not None:
            self.sessions_view.select_session(upcoming.session.id)
        self.path_label.setText(str(workspace.path))
        self.path_label.setToolTip(str(workspace.path))
        self.set_state(self.tr("read-only") if workspace.store.read_only else self.tr("saved"))
        self.read_only_banner.show_for(workspace)
        self.invalid_rows_banner.show_for(workspace)
        if self._menus_built:  # else they are filled for this file when they are built
            self._file_actions.update_enabled()
            self._session_menu.update_enabled()  # Edit/Move/… greyed out while the file has no session

    def reload_views(self, change: Change | None = None) -> None:
        """The views read the workspace again, e.g. after an edit in one of them (``change``).

        The view that wrote (``change.source``) already shows it and is left alone. Only the
        Sessions list (the strip selects in it) and the view on screen read now; the others
        when they are next shown: ten years of people, holidays and agendas need not be read
        before the first paint, nor after every edit.
        """
        source = change.source if change is not None else None
        self._stale_views = set(VIEW_KEYS)
        on_screen = self.stack.currentWidget() if self.isVisible() else None
        for key, view in self.views.items():
            if view is source:
                self._stale_views.discard(key)
            elif key == "sessions" or view is on_screen:
                self._load_view(key)
        self.strip.load(self.workspace)
        if self._session_page is not None and self.stack.currentWidget() is self._session_page:
            self._session_page.reload(source)

    @property
    def session_page(self) -> SessionPage:
        """The session's page with its five tabs: built the first time a session is opened, not at start-up."""
        if self._session_page is None:
            self._session_page = SessionPage(self.navigator)
            self.stack.addWidget(self._session_page)
            self._session_page.back.connect(self._back_from_session)
        return self._session_page

    def _back_from_session(self) -> None:
        """Back to the view the session was opened over; in the Sessions list, with that session selected
        (it may be a row not read yet: one opened from a search result or the next-session strip)."""
        key = self.rail.current_key()
        self.show_view(key)
        session_id = self._session_page.session_id if self._session_page is not None else None
        if key == "sessions" and session_id is not None:
            self.sessions_view.select_session(session_id)

    def open_session(self, session_id: int, tab: str | None = None) -> None:
        """Show the session's page (from a list, the calendar, the strip or a search result)."""
        try:
            self.session_page.show_session(self.workspace, session_id, tab)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot open the session"), notices.refusal(exc))
            return
        self.stack.setCurrentWidget(self.session_page)

    def open_agenda_item(self, session_id: int, item_id: int) -> None:
        """The session's Agenda tab at ``item_id``, in whichever version holds it (a search result)."""
        self.open_session(session_id, "agenda")
        if self.stack.currentWidget() is not self.session_page:
            return  # the session could not be opened; the user was told
        tab = self.session_page.tab_widgets["agenda"]
        editor = getattr(tab, "editor", None)
        if editor is not None:
            try:
                editor.show_found_item(item_id)
            except UserError as exc:  # deleted since the search ran
                dialogs.show_error(self, self.tr("Cannot open the agenda item"), notices.refusal(exc))

    def replace_workspace(self, workspace: Workspace) -> None:
        """Switch to ``workspace`` (already open); the old one is closed, with a backup when it changed."""
        previous, self.workspace = self.workspace, workspace
        self.navigator.history.clear()  # its commands name the other file's records
        try:
            previous.close()
        except UserError as exc:  # the old file stays sound: every change was committed; only its backup failed
            dialogs.show_error(self, self.tr("Backup on close failed"), notices.refusal(exc))
        self.load_workspace()

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)

    # -- views -------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        self.stack.setCurrentWidget(self.views[key])
        if key in self._stale_views:
            self._load_view(key)
        if self.rail.current_key() != key:
            self.rail.select(key)

    def _build_view(self, key: str) -> QWidget:
        view = VIEW_FACTORIES[key](self.navigator)
        view.setObjectName(f"view_{key}")
        self.stack.addWidget(view)
        self._stale_views.add(key)
        return view

    def _load_view(self, key: str) -> None:
        self._stale_views.discard(key)
        self.views[key].load(self.workspace)  # type: ignore[attr-defined]  # every view answers load()

    def current_view(self) -> str:
        return self.rail.current_key()

    def reveal_session(self, session_id: int) -> None:
        self.sessions_view.filter_edit.clear()  # a filter could hide the very row asked for
        self.rail.select("sessions")
        self.sessions_view.select_session(session_id)
        self.sessions_view.table.setFocus()

    def focus_filter(self) -> None:
        """Put the cursor in the filter box of the list shown (People, Sessions, …), if it has one."""
        view = self.stack.currentWidget()
        edit = getattr(view, "filter_edit", None)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- settings and closing ----------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_size()
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = self.settings.value(VIEW_KEY, DEFAULT_VIEW)
        self.rail.select(key if key in VIEW_KEYS else DEFAULT_VIEW)

    def _default_size(self) -> None:
        # A first start on a small laptop screen must not open a window larger than the screen.
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(screen.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(screen.height() * 0.9))
        self.resize(width, height)

    def save_settings(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(VIEW_KEY, self.current_view())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ensure_menus()  # File → Open recent learns the file as the menus are filled
        self.save_settings()
        try:
            self.workspace.close()
        except UserError as exc:
            dialogs.show_error(
                self,
                self.tr("Backup on close failed"),
                self.tr("{0}\n\nYour data itself is saved.").format(notices.refusal(exc)),
            )
        event.accept()
