"""The agenda editor's item actions: add, add sub-item, delete, move up and down, indent, outdent.

Each is a QAction with its shortcut and tool tip, on the editor's tool bar and in the row
menu; what it does is the editor's (the slots given). Its strings are the editor's ("AgendaEditor").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QToolBar, QWidget

from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.i18n import translate


def _tip(tip: str, keys: list[str]) -> str:
    return translate("AgendaEditor", "{0} ({1})").format(tip, keys[0]) if keys else tip


class ItemActions:
    """Made for ``editor`` (shortcuts while the editor has focus) and its ``tree`` (shortcuts of the
    list alone: Del, Ctrl+Up, Ctrl+Down), added to ``tools`` and to the tree's row menu."""

    def __init__(
        self,
        editor: QWidget,
        tree: QAbstractItemView,
        tools: QToolBar,
        *,
        add: Callable[[int], object],
        delete: Callable[[], object],
        move: Callable[[int], object],
        set_level: Callable[[int], object],
    ) -> None:
        self.editor, self.tree = editor, tree
        self.add = self._action(
            translate("AgendaEditor", "Add item"),
            lambda: add(0),
            ["Ctrl+Shift+N", "Ins"],
            translate("AgendaEditor", "Add an item after the selected one"),
        )
        self.add_sub = self._action(
            translate("AgendaEditor", "Add sub-item"),
            lambda: add(1),
            [],
            translate("AgendaEditor", "Add a sub-item under the selected item"),
        )
        self.delete = self._action(
            translate("AgendaEditor", "Delete"),
            delete,
            ["Del"],
            translate("AgendaEditor", "Delete the selected item with its sub-items"),
            on_tree=True,
        )
        self.up = self._action(
            translate("AgendaEditor", "Move up"),
            lambda: move(-1),
            ["Ctrl+Up"],
            translate("AgendaEditor", "Move up"),
            on_tree=True,
        )
        self.down = self._action(
            translate("AgendaEditor", "Move down"),
            lambda: move(1),
            ["Ctrl+Down"],
            translate("AgendaEditor", "Move down"),
            on_tree=True,
        )
        self.indent = self._action(
            translate("AgendaEditor", "Indent"),
            lambda: set_level(1),
            ["Tab"],
            translate("AgendaEditor", "Make it a sub-item of the item above"),
        )
        self.outdent = self._action(
            translate("AgendaEditor", "Outdent"),
            lambda: set_level(0),
            ["Shift+Tab"],
            translate("AgendaEditor", "Make it an item of its own"),
        )
        # Tab and Shift+Tab are the tree's own keys (AgendaTree.event); as window shortcuts they
        # would take Tab away from every field of the detail pane.
        for action in (self.indent, self.outdent):
            action.setShortcuts([])
        for action in self.all():
            tools.addAction(action)
            if action is self.add_sub or action is self.down:
                tools.addSeparator()
        install_row_menu(
            tree,
            lambda index: (
                [self.add, self.add_sub, None, self.up, self.down, self.indent, self.outdent, None, self.delete]
                if index.isValid()
                else [self.add]
            ),
        )

    def all(self) -> tuple[QAction, ...]:
        """In the tool bar's order."""
        return (self.add, self.add_sub, self.delete, self.up, self.down, self.indent, self.outdent)

    def _action(
        self, text: str, slot: Callable[[], object], keys: list[str], tip: str, *, on_tree: bool = False
    ) -> QAction:
        action = QAction(text, self.editor)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setToolTip(_tip(tip, keys))
        action.triggered.connect(lambda _checked=False: slot())
        if on_tree:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.editor.addAction(action)
        return action
