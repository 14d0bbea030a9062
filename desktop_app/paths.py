"""Where things live: the user's database, logs, and the resources shipped with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "BriefingDesk"
DATABASE_ENV = "BRIEFING_DESK_DB"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    """``BRIEFING_DESK_DB`` when set, else ``briefing-desk.sqlite3`` in the user data folder."""
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return user_data_dir() / "briefing-desk.sqlite3"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
