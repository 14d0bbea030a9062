"""Every modal question and message the window asks, each as a small plain function.

Callers use them through the module (``dialogs.show_error(...)``) so that tests can
replace any of them with ``monkeypatch.setattr`` and never block on a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.ui.common.i18n import translate

DATABASE_PATTERNS = "*.sqlite3 *.db"
DATABASE_SUFFIX = ".sqlite3"


def _all_files() -> str:
    return translate("Dialogs", "All files (*)")


def database_filter() -> str:
    """ "Briefing Desk databases (*.sqlite3 *.db);;All files (*)": the descriptions translated, the patterns not."""
    return translate("Dialogs", "Briefing Desk databases ({0})").format(DATABASE_PATTERNS) + ";;" + _all_files()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A refusal the user can act on: one sentence, no traceback."""
    QMessageBox.critical(parent, title, message)


def show_crash(parent: QWidget | None, summary: str, details: str) -> None:
    """Our bug: one line up front, the traceback behind "Show Details…"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Dialogs", "Unexpected error"))
    box.setText(summary)
    box.setInformativeText(
        translate(
            "Dialogs",
            "Your data is safe: every change was saved when it was made. "
            "Please send the details below to whoever supports Briefing Desk.",
        )
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def confirm_restore(parent: QWidget | None, source: Path, database: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Restore from a backup"),
        translate(
            "Dialogs",
            "Replace the contents of {0} with the backup {1}?\n\n"
            "The current contents are not lost: they are kept aside as a copy beside the database.",
        ).format(database.name, source.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        translate("Dialogs", "About {0}").format(APP_NAME),
        f"<b>{APP_NAME}</b> {__version__}<br>"
        + translate("Dialogs", "Plan the sessions of a bilateral consultative body and brief its principal.")
        + "<br><br>"
        + translate("Dialogs", "Qt {0}").format(qVersion()),
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
        translate("Dialogs", "New database"),
        str(start / f"new-body{DATABASE_SUFFIX}"),
        database_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return _with_suffix(chosen)


def ask_open_database_path(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open database"), str(start), database_filter()
    )
    return Path(chosen) if chosen else None


def ask_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Restore from a backup"), str(start), database_filter()
    )
    return Path(chosen) if chosen else None


# -- briefing packets ---------------------------------------------------------------------------
def packet_filter() -> str:
    return translate("Dialogs", "Word documents ({0})").format("*.docx")


def ask_packet_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a packet; the system dialog itself asks before replacing a file."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save the packet as"), str(suggested), packet_filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def ask_template_file(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Choose a Word document to build on"), str(start), packet_filter()
    )
    return Path(chosen) if chosen else None


def confirm_replace_packet(parent: QWidget | None, paths: list[Path]) -> bool:
    """Before a packet (and its PDF) overwrite files that are there already."""
    if len(paths) > 1:
        names = translate("Dialogs", "{0} and {1}").format(", ".join(p.name for p in paths[:-1]), paths[-1].name)
        text = translate("Dialogs", "{0} already exist in {1}.\n\nReplace them with the new packet?")
    else:
        names = paths[0].name
        text = translate("Dialogs", "{0} already exists in {1}.\n\nReplace it with the new packet?")
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Replace the packet"),
        text.format(names, paths[0].parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


# -- session packages (File → Send to counterpart…, Import from counterpart…) ---------------------
def package_filter() -> str:
    return translate("Dialogs", "Session packages ({0})").format("*.bdpkg") + ";;" + _all_files()


def ask_package_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder a package is written into (a USB stick, a folder to attach from)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("Dialogs", "Send to counterpart: choose a folder"), str(start)
    )
    return Path(chosen) if chosen else None


def ask_send_beside(parent: QWidget | None, package_name: str) -> bool | None:
    """Whether to also write the counterpart packet (.docx) and the .ics beside the package; None to cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Send to counterpart"))
    box.setText(translate("Dialogs", "Write {0}.").format(package_name))
    box.setInformativeText(
        translate(
            "Dialogs",
            "Also save the counterpart packet (.docx) and the calendar file (.ics) beside it, "
            "for readers without Briefing Desk?",
        )
    )
    only = box.addButton(translate("Dialogs", "Package only"), QMessageBox.ButtonRole.AcceptRole)
    beside = box.addButton(translate("Dialogs", "Package, packet and .ics"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is beside:
        return True
    return False if clicked is only else None


def ask_package_file(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Import from counterpart"), str(start), package_filter()
    )
    return Path(chosen) if chosen else None
