"""Help → Keyboard shortcuts: every menu command that has a key, read from the menu bar itself.

Built from the menus each time it opens, so it lists what the menus hold now, never a
hand-kept copy that drifts from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class MenuShortcut:
    menu: str  # "File", "File → Open recent"
    command: str  # "Open…"
    keys: str  # "Ctrl+O", several joined by ", "


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&Open…" → "Open…", "Q&&A" → "Q&A"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _walk(menu: QMenu, path: str, found: list[MenuShortcut]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, f"{path} → {plain(action.text())}", found)
            continue
        keys = [key for key in action.shortcuts() if not key.isEmpty()]
        if keys and action.isVisible():
            text = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
            found.append(MenuShortcut(path, plain(action.text()), text))


def menu_shortcuts(menubar: QMenuBar) -> list[MenuShortcut]:
    """Every command with a shortcut in ``menubar``'s menus, in menu order."""
    found: list[MenuShortcut] = []
    for action in menubar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            _walk(menu, plain(action.text()), found)
    return found


class ShortcutsDialog(QDialog):
    """A list of the menus' shortcuts, grouped by menu, with a filter box."""

    def __init__(self, shortcuts: list[MenuShortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "The menus' commands and their keys. Lists and editors have keys of their own as well "
                "(Enter opens, Esc closes, Ctrl+Z undoes); a button's tooltip names its key."
            )
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: a command or a key"))
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self._groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for shortcut in shortcuts:
            if shortcut.menu not in self._groups:
                group = QTreeWidgetItem(self.tree, [shortcut.menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._groups[shortcut.menu] = (group, [])
            group, children = self._groups[shortcut.menu]
            children.append(QTreeWidgetItem(group, [shortcut.command, shortcut.keys]))
        self.tree.expandAll()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.filter_edit, self.tree)
        QWidget.setTabOrder(self.tree, buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, keys) of every row not filtered out, for tests and screen readers alike."""
        return [
            (menu, child.text(0), child.text(1))
            for menu, (_group, children) in self._groups.items()
            for child in children
            if not child.isHidden()
        ]

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for menu, (group, children) in self._groups.items():
            for child in children:
                haystack = f"{menu} {child.text(0)} {child.text(1)}".casefold()
                child.setHidden(bool(needle) and needle not in haystack)
            group.setHidden(all(child.isHidden() for child in children))


def show_shortcuts(window: QWidget, menubar: QMenuBar) -> ShortcutsDialog:
    """Open (or bring forward) the window's shortcuts list; it stays open beside the window until closed."""
    existing = window.findChild(ShortcutsDialog, "shortcuts_dialog")
    if isinstance(existing, ShortcutsDialog):
        existing.close()
        existing.deleteLater()
    dialog = ShortcutsDialog(menu_shortcuts(menubar), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # a new window: on top, with the focus
    return dialog


def shortcuts_action(window: QWidget, menubar: QMenuBar) -> QAction:
    """Help → Keyboard shortcuts (F1)."""
    action = QAction(QCoreApplication.translate("KeyboardHelp", "&Keyboard shortcuts"), window)
    action.setObjectName("shortcuts_action")
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.triggered.connect(lambda _checked=False: show_shortcuts(window, menubar))
    return action
