"""What the window does at start-up with the officer's own settings, apart from the Preferences dialog
(``preferences``), which writes them: opening the window reads them without loading the dialog's modules.
The keys, types and defaults themselves are declared in ``registry``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.errors import UserError
from desktop_app.services import preferences as service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.settings import registry


def apply_backup_folder(settings: QSettings, workspace: Workspace) -> Path:
    """Send ``workspace``'s backups where the settings say; a folder no longer usable falls back to the default."""
    try:
        return service.set_backup_folder(workspace, registry.BACKUP_FOLDER.read(settings))
    except UserError:  # e.g. a network share not mounted today: beside the database rather than nowhere
        return service.set_backup_folder(workspace, None)
