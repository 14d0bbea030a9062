"""Every value the window keeps in QSettings, declared once: its key, its type and its default.

The settings file is the user's, and outlives versions of the app: a value may have been
written by an older or newer version, edited by hand, or be of another type altogether (an
INI file gives back a one-element list as a plain string, a flag as "true"). ``read`` therefore
never trusts what it finds: a value it cannot use is the default, silently, rather than a
traceback at start-up. ``write`` refuses a value its own ``read`` would not give back, so a
programming slip cannot store what the next start would throw away.

Nothing in ``ui/`` calls ``QSettings.value`` or ``setValue`` but this module
(tests/ui/test_settings_registry.py scans the sources).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Unusable(ValueError):
    """A stored value that is not of the setting's type."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One QSettings key. ``parse`` turns what QSettings gives back into a ``T`` or raises ``Unusable``;
    ``store`` turns a ``T`` into what is written (the identity for most)."""

    key: str
    default: T
    parse: Callable[[object], T]
    store: Callable[[T], object] = lambda value: value  # what is written: the value itself, for most

    def read(self, settings: QSettings) -> T:
        """The stored value, or the default when there is none or it cannot be used."""
        if not settings.contains(self.key):
            return self.default
        try:
            return self.parse(settings.value(self.key))
        except (Unusable, TypeError, ValueError):
            return self.default

    def write(self, settings: QSettings, value: T) -> None:
        stored = self.store(value)
        try:
            if self.parse(stored) != value:
                raise Unusable(f"{value!r} would be read back as another value")
        except (Unusable, TypeError, ValueError) as exc:
            raise ValueError(f"{self.key}: {value!r} cannot be stored: {exc}") from exc
        settings.setValue(self.key, stored)


# -- the types ------------------------------------------------------------------------------------
def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Unusable(f"not text: {type(value).__name__}")
    return value


def choice(key: str, choices: tuple[str, ...], default: str) -> Setting[str]:
    """One of ``choices``; anything else (a value from a future version, say) is the default."""

    def parse(value: object) -> str:
        text = _text(value)
        if text not in choices:
            raise Unusable(f"{text!r} is not one of {choices}")
        return text

    return Setting(key, default, parse)


def text(key: str, default: str = "") -> Setting[str]:
    return Setting(key, default, _text)


def _flag(value: object) -> bool:
    # An INI file keeps a bool as the text "true" or "false".
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise Unusable(f"not a flag: {value!r}")


def flag(key: str, default: bool = False) -> Setting[bool]:
    return Setting(key, default, _flag)


def _optional_path(value: object) -> Path | None:
    text = _text(value)  # "" is written for "none chosen"
    return Path(text) if text else None


def _store_optional_path(value: Path | None) -> str:
    return str(value) if value is not None else ""


def optional_path(key: str) -> Setting[Path | None]:
    """A file or folder, or None ("" in the file) when none is chosen. Whether it still exists is the
    reader's to judge: a folder on a share not mounted today is still the user's choice."""
    return Setting(key, None, _optional_path, _store_optional_path)


def _paths(value: object) -> tuple[Path, ...]:
    # An INI file gives back a one-element list as a plain string, and an empty list as None.
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else None
    if items is None:
        raise Unusable(f"not a list of paths: {type(value).__name__}")
    return tuple(Path(item) for item in items if isinstance(item, str) and item)


def _store_paths(value: tuple[Path, ...]) -> list[str]:
    return [str(path) for path in value]


def path_list(key: str) -> Setting[tuple[Path, ...]]:
    """Paths in order; an item that is not a path is skipped, the others kept."""
    return Setting(key, (), _paths, _store_paths)


def _bytes(value: object) -> QByteArray:
    if not isinstance(value, QByteArray):
        raise Unusable(f"not bytes: {type(value).__name__}")
    return value


def blob(key: str) -> Setting[QByteArray]:
    """Bytes Qt made and reads back itself (saveGeometry, saveState): empty when there are none."""
    return Setting(key, QByteArray(), _bytes)


# -- the settings -----------------------------------------------------------------------------------
SYSTEM_LANGUAGE = "system"
LANGUAGES = (SYSTEM_LANGUAGE, "en", "ko")
ROMAN_FIRST, HANGUL_FIRST = "roman", "hangul"
NAME_ORDERS = (ROMAN_FIRST, HANGUL_FIRST)

# Preferences → General, read at start-up by the translation loader too.
LANGUAGE = choice("ui/language", LANGUAGES, SYSTEM_LANGUAGE)
NAME_ORDER = choice("ui/name_order", NAME_ORDERS, ROMAN_FIRST)
# Preferences → Backups: None is "backups" beside each database.
BACKUP_FOLDER = optional_path("backups/folder")
# File → Open recent, newest first.
RECENT_FILES = path_list("files/recent")
# The main window as it was closed.
WINDOW_GEOMETRY = blob("main_window/geometry")
WINDOW_STATE = blob("main_window/state")
WINDOW_VIEW = text("main_window/view", "sessions")  # a view's key; one no longer there is the default
# File → Send/Read package: the folder last used.
EXCHANGE_FOLDER = optional_path("exchange/folder")
# The packet panel: the folder last written to, the template and the options last used.
PACKET_FOLDER = optional_path("packets/folder")
PACKET_TEMPLATE = optional_path("packets/template")
PACKET_BILINGUAL = flag("packets/bilingual")
PACKET_PDF = flag("packets/pdf")

# Every setting above: the registry test checks that no key is used in ui/ without being here.
ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    NAME_ORDER,
    BACKUP_FOLDER,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_VIEW,
    EXCHANGE_FOLDER,
    PACKET_FOLDER,
    PACKET_TEMPLATE,
    PACKET_BILINGUAL,
    PACKET_PDF,
)
