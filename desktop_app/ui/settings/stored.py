"""The officer's own settings on this machine, as QSettings keeps them: read at start-up.

Apart from the Preferences dialog (``preferences``), which writes them, so that opening the window
reads them without loading the dialog's modules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.errors import UserError
from desktop_app.services import preferences as service
from desktop_app.services.workspace import Workspace

# QSettings keys. The language is read at start-up by the translation loader.
LANGUAGE_KEY = "ui/language"
NAME_ORDER_KEY = "ui/name_order"
BACKUP_FOLDER_KEY = "backups/folder"

SYSTEM_LANGUAGE = "system"
LANGUAGES = (SYSTEM_LANGUAGE, "en", "ko")
ROMAN_FIRST = "roman"
HANGUL_FIRST = "hangul"
NAME_ORDERS = (ROMAN_FIRST, HANGUL_FIRST)


def _text(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def language(settings: QSettings) -> str:
    """ "system", "en" or "ko": the interface language chosen (applied at the next start)."""
    value = _text(settings, LANGUAGE_KEY, SYSTEM_LANGUAGE)
    return value if value in LANGUAGES else SYSTEM_LANGUAGE


def name_order(settings: QSettings) -> str:
    """ "roman" (KIM Seo-yeon 김서연) or "hangul" (김서연 KIM Seo-yeon)."""
    value = _text(settings, NAME_ORDER_KEY, ROMAN_FIRST)
    return value if value in NAME_ORDERS else ROMAN_FIRST


def backup_folder(settings: QSettings) -> Path | None:
    """The backup folder chosen on this machine; None for the default, beside each database."""
    value = _text(settings, BACKUP_FOLDER_KEY, "")
    return Path(value) if value else None


def apply_backup_folder(settings: QSettings, workspace: Workspace) -> Path:
    """Send ``workspace``'s backups where the settings say; a folder no longer usable falls back to the default."""
    try:
        return service.set_backup_folder(workspace, backup_folder(settings))
    except UserError:  # e.g. a network share not mounted today: beside the database rather than nowhere
        return service.set_backup_folder(workspace, None)
