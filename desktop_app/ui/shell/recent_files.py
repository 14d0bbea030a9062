"""File → Open recent: the last databases opened, newest first, kept in QSettings ("files/recent").

A file that is no longer there is still listed, greyed, so that the officer sees what went
missing; choosing it says so and takes it off the list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QMenu, QMessageBox, QStyleOptionMenuItem, QWidget

RECENT_KEY = "files/recent"
MAX_RECENT = 8
MISSING_PROPERTY = "missing"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecentFiles", text)


# -- the list ------------------------------------------------------------------------------------
def _key(path: Path) -> Path:
    return Path(path).expanduser().absolute()


def read_recent(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY, [])
    # An INI file gives back a one-element list as a plain string, and no list at all as None.
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    paths: list[Path] = []
    for item in items:
        if isinstance(item, str) and item and _key(Path(item)) not in paths:
            paths.append(_key(Path(item)))
    return paths[:MAX_RECENT]


def write_recent(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT_KEY, [str(path) for path in paths[:MAX_RECENT]])
    settings.sync()


def remember(settings: QSettings, path: Path) -> list[Path]:
    """Put ``path`` first (once); the oldest beyond eight go."""
    path = _key(path)
    before = read_recent(settings)
    paths = [path, *(p for p in before if p != path)][:MAX_RECENT]
    if paths != before:  # the same file again (most starts): nothing to write, no file synced to disk
        write_recent(settings, paths)
    return paths


def forget(settings: QSettings, path: Path) -> list[Path]:
    paths = [p for p in read_recent(settings) if p != _key(path)]
    write_recent(settings, paths)
    return paths


def clear(settings: QSettings) -> None:
    write_recent(settings, [])


def _escape(text: str) -> str:
    """A file name shown in a menu: "&" is a mnemonic there unless doubled."""
    return text.replace("&", "&&")


def show_missing(parent: QWidget | None, path: Path) -> None:
    """A recent file is gone (moved, renamed, on a drive not plugged in); replaceable in tests."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("RecentFiles", "Open recent"),
        QCoreApplication.translate(
            "RecentFiles",
            "{0} is not there any more: it was moved, renamed or deleted, or its drive is not connected.\n\n"
            "It was taken off the list of recent files.",
        ).format(path),
    )


# -- the menu ------------------------------------------------------------------------------------
class _RecentMenu(QMenu):
    """Draws the entries of missing files greyed, while they stay clickable (to explain and remove them)."""

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        if action.property(MISSING_PROPERTY):
            palette = option.palette
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                palette.setColor(role, palette.color(QPalette.ColorGroup.Disabled, role))
            option.palette = palette


class RecentFilesMenu(QObject):
    """The "Open recent" submenu; ``open_path(path)`` opens a file (and returns whether it did)."""

    def __init__(self, settings: Callable[[], QSettings], open_path: Callable[[Path], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._open_path = open_path
        self._parent = parent
        self.menu = _RecentMenu(self.tr("Open &recent"), parent)
        self.menu.setObjectName("recent_files_menu")
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.rebuild)
        self.clear_action = QAction(self.tr("&Clear list"), self)  # not the menu's: rebuild() keeps it
        self.clear_action.triggered.connect(lambda _checked=False: self.clear())
        self.rebuild()

    def remember(self, path: Path) -> None:
        remember(self._settings(), path)
        self.rebuild()

    def paths(self) -> list[Path]:
        return read_recent(self._settings())

    def rebuild(self) -> None:
        """The entries as they are now: whether each file exists is checked each time the menu opens."""
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            missing = not path.is_file()
            text = f"&{number} {_escape(path.name)}  —  {_escape(str(path.parent))}"
            if missing:
                text += "  " + self.tr("(not found)")
            action = QAction(text, self.menu)  # owned by the menu: deleted by the next rebuild
            action.setData(str(path))
            action.setProperty(MISSING_PROPERTY, missing)
            action.setToolTip(
                self.tr("{0} is not there any more; choose it to take it off the list").format(path)
                if missing
                else str(path)
            )
            action.triggered.connect(lambda _checked=False, chosen=path: self.open(chosen))
            self.menu.addAction(action)
        if not paths:
            empty = self.menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(paths))

    def file_actions(self) -> list[QAction]:
        return [action for action in self.menu.actions() if action.data()]

    def open(self, path: Path) -> bool:
        """Open ``path``; one that went missing is explained and dropped from the list instead."""
        if not path.is_file():
            # The list is rebuilt when the menu next opens: not here, where the chosen action is still in use.
            forget(self._settings(), path)
            show_missing(self._parent, path)
            return False
        return bool(self._open_path(path))

    def clear(self) -> None:
        clear(self._settings())
        self.rebuild()
