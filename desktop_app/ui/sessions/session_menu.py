"""The Session menu (new, new series, edit, move, postpone, cancel) and the File menu's calendar files.

The actions work on "the current session": the one whose page is open, else the one
selected in the calendar or the Sessions list. The work itself is in
``desktop_app.ui.sessions.flows``; after a write every view reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


class SessionMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = self._action(self.tr("&New session…"), self.new_session, "Ctrl+N")
        self.new_series_action = self._action(self.tr("New &series…"), self.new_series, "Ctrl+Shift+N")
        self.edit_action = self._action(self.tr("&Edit…"), self.edit, "Ctrl+E", needs_session=True)
        self.move_action = self._action(self.tr("&Move…"), self.move, "Ctrl+M", needs_session=True)
        self.postpone_action = self._action(self.tr("&Postpone"), self.postpone, "Ctrl+Shift+P", needs_session=True)
        self.cancel_action = self._action(
            self.tr("&Cancel session…"), self.cancel, "Ctrl+Shift+Del", needs_session=True
        )
        self.import_action = self._action(self.tr("Import calendar &file (.ics)…"), self.import_calendar, None)
        self.export_action = self._action(self.tr("E&xport calendar (.ics)…"), self.export_calendar, None)
        self.holidays_action = self._action(self.tr("Import public &holidays (.ics)…"), self.import_holidays, None)
        self.add_holiday_action = self._action(self.tr("Add a public holi&day…"), self.add_holiday, None)
        self._session_actions = (self.edit_action, self.move_action, self.postpone_action, self.cancel_action)
        self.menu: QMenu | None = None
        self._keys = {action: action.shortcut() for action in (self.new_action, self.new_series_action)}
        self._keys.update({action: action.shortcut() for action in self._session_actions})
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._focus_changed(None, app.focusWidget())  # made while the focus is already somewhere

    def _action(
        self, text: str, slot: Callable[[], object], key: str | None, *, needs_session: bool = False
    ) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        if needs_session:
            action.setStatusTip(self.tr("Acts on the session open, or selected in the calendar or the Sessions list"))
        return action

    def _file_actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.holidays_action, self.add_holiday_action]

    def install(self, menubar: QMenuBar, file_menu: QMenu, *, before: QAction | None = None) -> QMenu:
        """Add the Session menu to ``menubar`` (before the menu ``before`` opens, else last) and the
        calendar-file actions to ``file_menu`` (before Quit)."""
        separators = [action for action in file_menu.actions() if action.isSeparator()]
        if separators:  # the last section is Quit's: the calendar files go just above it
            file_menu.insertSeparator(separators[-1])
            file_menu.insertActions(
                separators[-1], [self.import_action, self.export_action, self.holidays_action, self.add_holiday_action]
            )
        else:
            file_menu.addSeparator()
            file_menu.addActions(
                [self.import_action, self.export_action, self.holidays_action, self.add_holiday_action]
            )
        menu = QMenu(self.tr("&Session"), menubar)
        if before is not None:
            menubar.insertMenu(before, menu)
        else:
            menubar.addMenu(menu)
        menu.addAction(self.new_action)
        menu.addAction(self.new_series_action)
        menu.addSeparator()
        for action in self._session_actions:
            menu.addAction(action)
        menu.aboutToShow.connect(self.update_enabled)
        self.menu = menu
        self.update_enabled()
        self.window.navigator.changed.connect(lambda _change: self.update_enabled())
        return menu

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A key the focused widget binds itself (the agenda editor's Ctrl+Shift+N) is left to it.

        Two active actions on one key are ambiguous to Qt: neither runs. So while the focus is
        in a widget with its own action on one of these keys, the window-wide one lets go of it.
        """
        taken: set[str] = set()
        widget = new
        while widget is not None and widget is not self.window:
            for action in widget.actions():
                context = action.shortcutContext()
                if context == Qt.ShortcutContext.WidgetWithChildrenShortcut or (
                    context == Qt.ShortcutContext.WidgetShortcut and widget is new
                ):
                    taken.update(key.toString() for key in action.shortcuts())
            widget = widget.parentWidget()
        for action, key in self._keys.items():
            wanted = QKeySequence() if key.toString() in taken else key
            if action.shortcut() != wanted:
                action.setShortcut(wanted)

    # -- the current session ---------------------------------------------------------------
    def current_session_id(self) -> int | None:
        """The session whose page is open; else the one selected in the calendar or the Sessions list."""
        window = self.window
        if window.stack.currentWidget() is window.session_page:
            return window.session_page.session_id
        current = window.stack.currentWidget()
        selected = getattr(current, "selected_session_id", None)
        if callable(selected):
            value = selected()
            return int(value) if value else None
        if current is window.sessions_view:
            view = window.sessions_view
            index = view.table.currentIndex()
            if index.isValid():
                return view.session_model.record(view.proxy.mapToSource(index).row()).id
        return None

    def update_enabled(self) -> None:
        """Writes are off on a read-only database, and Edit/Move/Postpone/Cancel while there is no session
        at all. With sessions they stay on: a disabled action's shortcut does nothing at all, so with no
        session chosen they say so instead."""
        from desktop_app.services.sessions import has_sessions

        workspace = self.window.workspace
        writable = not workspace.store.read_only
        actions = (self.new_action, self.new_series_action, self.import_action)
        for action in (*actions, self.holidays_action, self.add_holiday_action):
            action.setEnabled(writable)
        some = writable and not workspace.store.closed and has_sessions(workspace)
        for action in self._session_actions:
            action.setEnabled(some)

    def _with_session(self, run: Callable[[int], object]) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            self.window.navigator.status_message.emit(
                self.tr("Select a session first: in the calendar, the Sessions list, or open its page")
            )
            return
        run(session_id)

    # -- actions -----------------------------------------------------------------------------
    def new_session(self) -> int | None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        calendar = self.window.views.get("calendar")
        day = None
        if self.window.stack.currentWidget() is calendar:
            day = getattr(getattr(calendar, "month_grid", None), "selected_day", None)
            if getattr(calendar, "mode", "") != "month":
                day = None
        return flows.new_session(self.window, self.window.workspace, self.window.navigator, day)

    def new_series(self) -> int | None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        return flows.new_series(self.window, self.window.workspace, self.window.navigator)

    def edit(self) -> None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        self._with_session(
            lambda sid: flows.edit_session(self.window, self.window.workspace, self.window.navigator, sid)
        )

    def move(self) -> None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        self._with_session(
            lambda sid: flows.move_session(self.window, self.window.workspace, self.window.navigator, sid)
        )

    def postpone(self) -> None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        self._with_session(
            lambda sid: flows.postpone_session(self.window, self.window.workspace, self.window.navigator, sid)
        )

    def cancel(self) -> None:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        self._with_session(
            lambda sid: flows.cancel_session(self.window, self.window.workspace, self.window.navigator, sid)
        )

    def import_calendar(self) -> bool:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        return flows.import_calendar(self.window, self.window.workspace, self.window.navigator)

    def import_holidays(self) -> bool:
        from desktop_app.ui.calendar import holidays_flow  # imported when used: not on the start-up path

        return holidays_flow.import_holidays(self.window, self.window.workspace, self.window.navigator)

    def add_holiday(self) -> bool:
        from desktop_app.ui.calendar import holidays_flow  # imported when used: not on the start-up path

        return holidays_flow.add_holiday_by_hand(self.window, self.window.workspace, self.window.navigator)

    def export_calendar(self) -> object:
        from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

        return flows.export_calendar(
            self.window, self.window.workspace, self.window.navigator, self.current_session_id()
        )


def row_menu(window: MainWindow, index: QModelIndex) -> QMenu | None:
    """The right-click menu of a Sessions list row: the calendar's, the session's own actions."""
    if not index.isValid():
        return None
    from desktop_app.ui.sessions.context_menu import session_menu

    view = window.sessions_view
    session_id = view.session_model.record(view.proxy.mapToSource(index).row()).id
    if session_id is None:
        return None
    return session_menu(window, window.workspace, window.navigator, session_id)
