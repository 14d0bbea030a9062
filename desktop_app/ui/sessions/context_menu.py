"""The right-click menu of a session (a calendar entry, a row of the Sessions list) and of an empty day.

It offers the session's own actions, the Session menu's: Open, Edit…, Move…, Postpone, Cancel
session…, Export to calendar file…; each goes through ``flows`` and so is one undoable
command. Writes are greyed out on a read-only file, Postpone and Cancel where they mean nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.domain.session import SessionStatus
from desktop_app.errors import UserError
from desktop_app.services.sessions import get_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator


def _add(menu: QMenu, text: str, run: Callable[[], object], *, enabled: bool = True) -> QAction:
    action = menu.addAction(text)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: run())
    return action


def session_menu(parent: QWidget, workspace: Workspace, navigator: Navigator, session_id: int) -> QMenu:
    from desktop_app.ui.sessions import flows  # imported when used: not on the start-up path

    menu = QMenu(parent)
    menu.setObjectName("session_context_menu")
    try:
        session = get_session(workspace, session_id)
    except UserError:
        return menu  # deleted meanwhile: nothing to offer
    writable = not workspace.store.read_only
    _add(menu, translate("SessionContextMenu", "&Open"), lambda: navigator.open_session.emit(session_id))
    menu.addSeparator()
    _add(
        menu,
        translate("SessionContextMenu", "&Edit…"),
        lambda: flows.edit_session(parent, workspace, navigator, session_id),
        enabled=writable,
    )
    _add(
        menu,
        translate("SessionContextMenu", "&Move…"),
        lambda: flows.move_session(parent, workspace, navigator, session_id),
        enabled=writable and session.status is not SessionStatus.HELD,
    )
    _add(
        menu,
        translate("SessionContextMenu", "&Postpone"),
        lambda: flows.postpone_session(parent, workspace, navigator, session_id),
        enabled=writable and session.status not in (SessionStatus.POSTPONED, SessionStatus.HELD),
    )
    _add(
        menu,
        translate("SessionContextMenu", "&Cancel session…"),
        lambda: flows.cancel_session(parent, workspace, navigator, session_id),
        enabled=writable and session.status not in (SessionStatus.CANCELLED, SessionStatus.HELD),
    )
    menu.addSeparator()
    _add(
        menu,
        translate("SessionContextMenu", "E&xport to calendar file…"),
        lambda: flows.export_calendar(parent, workspace, navigator, session_id),
    )
    return menu


def day_menu(parent: QWidget, workspace: Workspace, navigator: Navigator, when: date | datetime) -> QMenu:
    """An empty day (or half hour): a new session there."""
    from desktop_app.ui.sessions import flows

    menu = QMenu(parent)
    menu.setObjectName("day_context_menu")
    _add(
        menu,
        translate("SessionContextMenu", "&New session here…"),
        lambda: flows.new_session(parent, workspace, navigator, when),
        enabled=not workspace.store.read_only,
    )
    return menu
