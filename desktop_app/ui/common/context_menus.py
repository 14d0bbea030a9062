"""Right-click menus on list rows: the row under the pointer is selected, then its object's actions offered.

The actions are the view's own (the toolbar's, with their shortcuts and enabled state), so a
menu never offers what the toolbar refuses; ``None`` in the list is a separator.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu

Actions = Sequence[QAction | None]


def from_buttons(*buttons: QAbstractButton | None) -> list[QAction | None]:
    """Menu entries that press the view's buttons (as they are now: greyed out where the button is)."""
    entries: list[QAction | None] = []
    for button in buttons:
        if button is None:
            entries.append(None)
            continue
        action = QAction(button.text(), button)
        action.setEnabled(button.isEnabled())
        action.triggered.connect(lambda _checked=False, button=button: button.click())
        entries.append(action)
    return entries


def build_menu(parent: QAbstractItemView, actions: Actions) -> QMenu:
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu


def install_row_menu(
    view: QAbstractItemView,
    actions: Callable[[QModelIndex], Actions | QMenu | None],
) -> None:
    """On a right click, select the row under the pointer (keeping a selection that holds it), then
    show ``actions(index)``: a list of actions, a ready menu, or None for no menu."""

    def show(point: QPoint) -> None:
        index = view.indexAt(point)
        selection = view.selectionModel()
        if index.isValid() and selection is not None and not selection.isRowSelected(index.row(), index.parent()):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        offered = actions(index)
        if offered is None:
            return
        menu = offered if isinstance(offered, QMenu) else build_menu(view, offered)
        if menu.isEmpty():
            return
        view.context_menu = menu  # type: ignore[attr-defined]  # kept for tests, which read it while shown
        menu.popup(view.viewport().mapToGlobal(point))

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)
