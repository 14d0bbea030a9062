"""Edit → Preferences… (Ctrl+,): the officer's own settings and the body's.

Three tabs. General and Backups hold what belongs to this officer on this machine, kept in
QSettings (``ui/language``, ``ui/name_order``, ``backups/folder``). Body (``preferences_body.py``)
holds what is true for everyone who opens the database (the body's names, which side is ours,
the default handling marking, the office, each side's names, capital, zone and holidays); it
is written by ``services.preferences`` in one transaction.

The dialog only returns a ``Preferences``; ``edit_preferences`` writes it. Cancel changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.body import Body
from desktop_app.errors import UserError
from desktop_app.services import preferences as service
from desktop_app.services.preferences import BodyPreferences
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.widgets import ReasonLabel
from desktop_app.ui.settings.body_tab import BodyTab
from desktop_app.ui.settings.body_undo import push_body_change
from desktop_app.ui.settings.stored import (
    BACKUP_FOLDER_KEY,
    HANGUL_FIRST,
    LANGUAGE_KEY,
    LANGUAGES,
    NAME_ORDER_KEY,
    ROMAN_FIRST,
    SYSTEM_LANGUAGE,
    backup_folder,
    language,
    name_order,
)

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class Preferences:
    """What the dialog returns. ``body`` is None when the database is read-only (nothing to write)."""

    language: str = SYSTEM_LANGUAGE  # one of LANGUAGES
    name_order: str = ROMAN_FIRST  # one of NAME_ORDERS
    backup_folder: Path | None = None  # None: "backups" beside the database
    body: BodyPreferences | None = None


# -- the user's settings ---------------------------------------------------------------------------
def current_preferences(settings: QSettings, workspace: Workspace) -> Preferences:
    return Preferences(
        language=language(settings),
        name_order=name_order(settings),
        backup_folder=backup_folder(settings),
        body=service.body_preferences(workspace),
    )


def save_user_preferences(settings: QSettings, chosen: Preferences) -> None:
    settings.setValue(LANGUAGE_KEY, chosen.language)
    settings.setValue(NAME_ORDER_KEY, chosen.name_order)
    settings.setValue(BACKUP_FOLDER_KEY, str(chosen.backup_folder) if chosen.backup_folder else "")
    settings.sync()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


# -- the dialog ----------------------------------------------------------------------------------
class PreferencesDialog(QDialog):
    """General (language, name order), Body (marking, office, zones), Backups (folder). Returns ``choice()``."""

    def __init__(
        self,
        current: Preferences,
        body: Body,
        *,
        read_only: bool,
        default_backups: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._current = current
        self._body = body
        self._read_only = read_only
        self._default_backups = default_backups

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._body_tab(), self.tr("Body"))
        self.tabs.addTab(self._backups_tab(), self.tr("Backups"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._validate_zones()
        self._folder_mode_changed()
        self.resize(560, self.sizeHint().height())

    # -- tabs ------------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        # Each language is named in itself, as language menus do.
        for text, code in ((self.tr("System language"), SYSTEM_LANGUAGE), ("English", "en"), ("한국어", "ko")):
            self.language_combo.addItem(text, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._current.language)))
        restart = QLabel(self.tr("Takes effect after Briefing Desk is restarted."))
        restart.setWordWrap(True)

        self.roman_first = QRadioButton(self.tr("Roman letters first: KIM Seo-yeon (김서연)"))
        self.roman_first.setAccessibleName(self.tr("Names: roman letters first"))
        self.hangul_first = QRadioButton(self.tr("Hangul first: 김서연 (KIM Seo-yeon)"))
        self.hangul_first.setAccessibleName(self.tr("Names: Hangul first"))
        self.name_order_group = QButtonGroup(page)
        self.name_order_group.addButton(self.roman_first)
        self.name_order_group.addButton(self.hangul_first)
        (self.hangul_first if self._current.name_order == HANGUL_FIRST else self.roman_first).setChecked(True)

        form = QFormLayout(page)
        language_label = QLabel(self.tr("&Interface language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow("", restart)
        form.addRow(self.tr("Names of people:"), self.roman_first)
        form.addRow("", self.hangul_first)
        return page

    def _body_tab(self) -> QWidget:
        prefs = self._current.body or service.body_preferences_of(self._body)
        self.body_tab = BodyTab(prefs, self._body, read_only=self._read_only)
        tab = self.body_tab
        self.marking_edit, self.office_edit = tab.marking_edit, tab.office_edit
        self.zone_combos, self.zone_notes, self.zone_reason = tab.zone_combos, tab.zone_notes, tab.zone_reason
        return tab

    def _backups_tab(self) -> QWidget:
        page = QWidget()
        self.beside_radio = QRadioButton(self.tr("Beside the database, in {0}").format(self._default_backups))
        self.beside_radio.setAccessibleName(self.tr("Back up beside the database"))
        self.folder_radio = QRadioButton(self.tr("In this folder:"))
        self.folder_radio.setAccessibleName(self.tr("Back up in a chosen folder"))
        self.folder_group = QButtonGroup(page)
        self.folder_group.addButton(self.beside_radio)
        self.folder_group.addButton(self.folder_radio)
        chosen = self._current.backup_folder
        self.folder_edit = QLineEdit(str(chosen) if chosen else "")
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("a full path, e.g. a shared drive"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        (self.folder_radio if chosen else self.beside_radio).setChecked(True)
        self.folder_radio.toggled.connect(self._folder_mode_changed)
        self.folder_edit.textChanged.connect(self._folder_mode_changed)
        self.folder_reason = ReasonLabel()
        self.folder_reason.setAccessibleName(self.tr("Backup folder problem"))
        about = QLabel(
            self.tr(
                "File → Backup now, and closing a database that changed, take a verified copy there. "
                "Kept: the last ten, one a day for a week and one a week for two months. "
                "This choice is yours on this computer; it applies to every database you open."
            )
        )
        about.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<b>Where backups go</b>")))
        layout.addWidget(self.beside_radio)
        layout.addWidget(self.folder_radio)
        layout.addLayout(row)
        layout.addWidget(self.folder_reason)
        layout.addSpacing(6)
        layout.addWidget(about)
        layout.addStretch(1)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs,
            self.language_combo,
            self.roman_first,
            self.hangul_first,
            *self.body_tab.widgets(),
            self.beside_radio,
            self.folder_radio,
            self.folder_edit,
            self.choose_button,
            self.buttons,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- checks ----------------------------------------------------------------------------------
    def zone_problem(self) -> str | None:
        return self.body_tab.zone_problem()

    def folder_problem(self) -> str | None:
        if not self.folder_radio.isChecked():
            return None
        text = self.folder_edit.text().strip()
        if not text:
            return self.tr("Name the folder, or choose “Beside the database”.")
        if not Path(text).expanduser().is_absolute():
            return self.tr("The folder must be a full path, such as /home/you/backups.")
        return None

    def _validate_zones(self) -> None:
        self.body_tab.validate_zones()

    def _folder_mode_changed(self) -> None:
        custom = self.folder_radio.isChecked()
        self.folder_edit.setEnabled(custom)
        self.choose_button.setEnabled(custom)
        self.folder_reason.set_reason(self.folder_problem() if self.folder_edit.text().strip() else None)

    def _choose_folder(self) -> None:
        start = Path(self.folder_edit.text().strip() or self._default_backups.parent)
        folder = ask_backup_folder(self, start)
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self.folder_radio.setChecked(True)

    def accept(self) -> None:
        """Refuse, with the reason shown, while a value cannot be saved."""
        problem = None if self._read_only else self.zone_problem()
        if problem:
            self.zone_reason.set_reason(problem)
            self.tabs.setCurrentIndex(1)
            bad = next(c for s, c in self.zone_combos.items() if service.timezone_problem(c.zone()))
            bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        folder = self.folder_problem()
        if folder:
            self.folder_reason.set_reason(folder)
            self.tabs.setCurrentIndex(2)
            self.folder_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    # -- the answer ------------------------------------------------------------------------------
    def choice(self) -> Preferences:
        language_code = self.language_combo.currentData()
        folder_text = self.folder_edit.text().strip()
        folder = Path(folder_text).expanduser() if self.folder_radio.isChecked() and folder_text else None
        body = None if self._read_only else self.body_tab.preferences()
        return Preferences(
            language=language_code if language_code in LANGUAGES else SYSTEM_LANGUAGE,
            name_order=HANGUL_FIRST if self.hangul_first.isChecked() else ROMAN_FIRST,
            backup_folder=folder,
            body=body,
        )


# -- modal questions (module functions, so that tests can replace them) ----------------------------
def ask_backup_folder(parent: QWidget | None, start: Path) -> Path | None:
    title = QCoreApplication.translate("Preferences", "Choose the backup folder")
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def ask_preferences(
    parent: QWidget | None, current: Preferences, body: Body, *, read_only: bool, default_backups: Path
) -> Preferences | None:
    dialog = PreferencesDialog(current, body, read_only=read_only, default_backups=default_backups, parent=parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- applying ------------------------------------------------------------------------------------
def _same_body(before: BodyPreferences | None, after: BodyPreferences | None, body: Body) -> bool:
    if after is None:
        return True
    return service.apply_to_body(body, after) == (service.apply_to_body(body, before) if before else body)


def apply_preferences(window: MainWindow, before: Preferences, chosen: Preferences) -> bool:
    """Write ``chosen``: the backup folder and the body first (either may be refused), then the settings.

    On a refusal the user is told why and nothing is changed. Returns True when saved.
    """
    workspace = window.workspace
    previous_folder = workspace.store.backups_dir
    try:
        service.set_backup_folder(workspace, chosen.backup_folder)
    except UserError as exc:
        title = QCoreApplication.translate("Preferences", "The backup folder cannot be used")
        dialogs.show_error(window, title, notices.refusal(exc))
        return False
    try:
        body_changed = not _same_body(before.body, chosen.body, workspace.body)
    except UserError:
        body_changed = True  # the save below refuses it, with the reason
    if body_changed and chosen.body is not None:
        try:
            before_body = workspace.body
            service.save_body_preferences(workspace, chosen.body)
            push_body_change(
                window, QCoreApplication.translate("Preferences", "Change the body's settings"), before_body
            )
        except UserError as exc:
            workspace.store.backups_dir = previous_folder
            title = QCoreApplication.translate("Preferences", "The body's settings were not saved")
            dialogs.show_error(window, title, notices.refusal(exc))
            return False
    save_user_preferences(window.settings, chosen)
    window.navigator.name_order = chosen.name_order
    if body_changed:
        window.rail.set_body(workspace.body)
    if body_changed or chosen.name_order != before.name_order:
        # Times are shown in the sides' zones, names in the chosen order: every view reads again.
        window.navigator.data_changed.emit()
    message = QCoreApplication.translate("Preferences", "Preferences saved")
    if chosen.language != before.language:
        message += QCoreApplication.translate("Preferences", "; the new language takes effect after a restart")
    window.statusBar().showMessage(message, 8000)
    return True


def edit_preferences(window: MainWindow) -> bool:
    """Edit → Preferences…: ask, then apply. False when cancelled or refused."""
    workspace = window.workspace
    before = current_preferences(window.settings, workspace)
    chosen = ask_preferences(
        window,
        before,
        workspace.body,
        read_only=workspace.store.read_only,
        default_backups=service.default_backup_folder(workspace),
    )
    if chosen is None:
        return False
    return apply_preferences(window, before, chosen)


class PreferencesAction(QObject):
    """The Edit menu's "Preferences…" entry (Ctrl+,)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Preferences…"), window)
        self.action.setObjectName("preferences_action")
        self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
        self.action.setStatusTip(self.tr("Language, name order, the body's marking and time zones, backups"))
        self.action.triggered.connect(lambda _checked=False: edit_preferences(self.window))


def install_preferences(window: MainWindow, menu: QMenu) -> QAction:
    """Add Preferences… to ``menu`` (the Edit menu) and return the action."""
    holder = PreferencesAction(window)
    menu.addAction(holder.action)
    return holder.action
