"""Edit → Preferences… (Ctrl+,): the officer's own settings and the body's.

One tab per page, each its own module (``page.py`` says what a page does). General
(``general_page.py``) and Backups (``backups_page.py``) hold what belongs to this officer on this
machine, kept in QSettings (``ui/language``, ``ui/name_order``, ``backups/folder``). Body
(``body_page.py``) holds what is true for everyone who opens the database (the body's names, which
side is ours, the default handling marking, the office, each side's names, capital, zone and
holidays); it is written by ``services.preferences`` in one transaction.

The dialog only returns a ``Preferences``; ``edit_preferences`` writes it. Cancel changes nothing.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
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
from desktop_app.ui.settings import registry
from desktop_app.ui.settings.backups_page import BackupsPage
from desktop_app.ui.settings.body_page import BodyPage
from desktop_app.ui.settings.body_undo import push_body_change
from desktop_app.ui.settings.general_page import GeneralPage
from desktop_app.ui.settings.page import Preferences, PreferencesPage

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


# -- the user's settings ---------------------------------------------------------------------------
def current_preferences(settings: QSettings, workspace: Workspace) -> Preferences:
    return Preferences(
        language=registry.LANGUAGE.read(settings),  # applied at the next start
        name_order=registry.NAME_ORDER.read(settings),
        backup_folder=registry.BACKUP_FOLDER.read(settings),  # None: beside each database
        body=service.body_preferences(workspace),
    )


def save_user_preferences(settings: QSettings, chosen: Preferences) -> None:
    registry.LANGUAGE.write(settings, chosen.language)
    registry.NAME_ORDER.write(settings, chosen.name_order)
    registry.BACKUP_FOLDER.write(settings, chosen.backup_folder)
    settings.sync()


# -- the dialog ----------------------------------------------------------------------------------
class PreferencesDialog(QDialog):
    """A tab per page (General, Body, Backups); OK asks every page's ``check``. Returns ``choice()``."""

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
        self.general_page = GeneralPage()
        self.body_page = BodyPage(body, read_only=read_only)
        self.backups_page = BackupsPage(default_backups)
        self.pages: list[PreferencesPage] = [self.general_page, self.body_page, self.backups_page]

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        for page in self.pages:
            self.tabs.addTab(page, page.title())
            page.load(current)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [self.tabs, *(widget for page in self.pages for widget in page.widgets()), self.buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        """Refuse, with the reason shown on its page, while a page holds a value that cannot be saved."""
        for index, page in enumerate(self.pages):
            problem = page.check()
            if problem:
                self.tabs.setCurrentIndex(index)
                page.show_problem(problem)
                return
        super().accept()

    def choice(self) -> Preferences:
        chosen = Preferences()
        for page in self.pages:
            chosen = page.save(chosen)
        return chosen


# -- the modal question (a module function, so that tests can replace it) --------------------------
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
