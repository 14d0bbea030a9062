"""Every modal question and message the window asks, each as a small plain function.

Callers use them through the module (``dialogs.show_error(...)``) so that tests can
replace any of them with ``monkeypatch.setattr`` and never block on a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import APP_NAME, __version__

DATABASE_FILTER = "Briefing Desk databases (*.sqlite3 *.db);;All files (*)"
DATABASE_SUFFIX = ".sqlite3"


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A refusal the user can act on: one sentence, no traceback."""
    QMessageBox.critical(parent, title, message)


def show_crash(parent: QWidget | None, summary: str, details: str) -> None:
    """Our bug: one line up front, the traceback behind "Show Details…"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Unexpected error")
    box.setText(summary)
    box.setInformativeText(
        "Your data is safe: every change was saved when it was made. "
        "Please send the details below to whoever supports Briefing Desk."
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def confirm_restore(parent: QWidget | None, source: Path, database: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        "Restore from a backup",
        f"Replace the contents of {database.name} with the backup {source.name}?\n\n"
        "The current contents are not lost: they are kept aside as a copy beside the database.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<b>{APP_NAME}</b> {__version__}<br>"
        "Plan the sessions of a bilateral consultative body and brief its principal.<br><br>"
        f"Qt {qVersion()}",
    )


def _with_suffix(chosen: str) -> Path | None:
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)


def ask_new_database_path(parent: QWidget | None, start: Path) -> Path | None:
    # No overwrite question: the window refuses an existing file rather than replacing it.
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        "New database",
        str(start / f"new-body{DATABASE_SUFFIX}"),
        DATABASE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return _with_suffix(chosen)


def ask_open_database_path(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open database", str(start), DATABASE_FILTER)
    return Path(chosen) if chosen else None


def ask_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Restore from a backup", str(start), DATABASE_FILTER)
    return Path(chosen) if chosen else None
