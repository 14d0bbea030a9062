"""Right clicks as the window system delivers them, for the tests of right-click menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu
from pytestqt.qtbot import QtBot

# The offscreen platform cannot raise a pop-up or let it grab the keyboard, and says so.
OFFSCREEN_POPUPS = r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"


def right_click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> QMenu:
    """A right click on ``row``: the press, then the context-menu event the window system sends with it
    (the offscreen platform does not make one itself); the menu it opened."""
    model = view.model()
    assert model is not None
    point = view.visualRect(model.index(row, column)).center()
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    menu = getattr(view, "context_menu", None)
    assert isinstance(menu, QMenu)
    return menu


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]
