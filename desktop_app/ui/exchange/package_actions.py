"""File → "Send to counterpart…" and "Import from counterpart…": session packages in the window.

Send writes the current session's package (and, if asked, the counterpart packet and the
.ics beside it) into a folder the officer picks. Import reads and checks a package, shows
what it would change in ``ImportPreviewDialog``, and imports it in one transaction on OK.
The work is in ``services.packages``; a package of a few megabytes takes well under a
second, so it runs on the main thread behind a wait cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.ui.common import dialogs, formatting, notices
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.undo import CallCommand, ErrorReporter

if TYPE_CHECKING:
    from desktop_app.services import packages  # loaded when a package is sent or read: not at start-up
    from desktop_app.ui.shell.main_window import MainWindow

FOLDER_KEY = "exchange/folder"  # the folder last used, offered again next time


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# The preview's sections (``services.packages.PlanHeading``, by name) as the tree heads them.
_HEADINGS = {
    "SESSION": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Session"),
    "PEOPLE": QT_TRANSLATE_NOOP("ImportPreviewDialog", "People"),
    "DELEGATIONS": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Delegations"),
    "AGENDA": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Agenda"),
    "FOLLOW_UP": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Outcomes and action items"),
    "CONFLICTS": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Conflicts"),
    "SUGGESTIONS": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Suggestions about our side (not taken)"),
    "NOTES": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Notes"),
}


def plan_heading_text(heading: packages.PlanHeading) -> str:
    """A section of the import preview headed in the interface language."""
    return translate("ImportPreviewDialog", _HEADINGS[heading.name])


class ImportPreviewDialog(QDialog):
    """What a package would change, grouped (session, people, delegations, agenda); Import or Cancel."""

    def __init__(self, preview: packages.ImportPreview, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import from counterpart"))
        self.setObjectName("import_preview")
        package = preview.package
        sides = {side.code: side.name for side in package.body.sides}
        origin = sides.get(package.exported_by, package.exported_by)
        office = f", {package.office}" if package.office else ""
        made = formatting.date_time(package.created)
        self.origin_label = QLabel(
            f"<b>{source.name}</b><br>"
            + self.tr("From {0}{1} · {2} · made {3} UTC").format(origin, office, package.body.name, made)
        )
        self.origin_label.setTextFormat(Qt.TextFormat.RichText)
        self.origin_label.setWordWrap(True)
        if preview.changes_nothing:
            headline = self.tr("Nothing to import: everything in this package is here already.")
        else:
            headline = preview.plan.headline()
        if preview.joined is not None:
            joined = self.tr("This database will join the body “{0}” ({1}); our side will be {2}.").format(
                preview.joined.name, preview.joined.uid, preview.joined.home.name
            )
            headline = f"{joined} {headline}"
        self.summary_label = QLabel(headline)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for section in preview.plan.sections():
            things = [line for line in section.lines if line.text]
            top = QTreeWidgetItem([f"{plan_heading_text(section.heading)} ({len(things)})"])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for line in section.lines:
                # A line with its details under it; details of no line of their own hang from the heading.
                holder = QTreeWidgetItem(top, [notices.word(line.text)]) if line.text else top
                for detail in line.details:
                    QTreeWidgetItem(holder, [notices.word(detail)])
            top.setExpanded(section.heading.name != "PEOPLE" or len(section.lines) <= 12)
        self.tree.expandToDepth(1)

        self.conflicts = list(preview.plan.conflicts)
        self.conflict_label = QLabel(
            self.tr(
                "Both desks changed these fields since they last agreed. Choose which value stands, field by field:"
            )
        )
        self.conflict_label.setWordWrap(True)
        self.conflict_table = QTableWidget(len(self.conflicts), 5)
        self.conflict_table.setObjectName("import_conflicts")
        self.conflict_table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Ours"), self.tr("Theirs"), self.tr("Keep")]
        )
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choosers: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            for column, text in enumerate((conflict.record, conflict.field, conflict.ours, conflict.theirs)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.conflict_table.setItem(row, column, cell)
            chooser = QComboBox()
            chooser.addItem(self.tr("Choose…"), "")
            chooser.addItem(self.tr("Keep ours"), "ours")
            chooser.addItem(self.tr("Keep theirs"), "theirs")
            chooser.currentIndexChanged.connect(self._update_import_button)
            self.conflict_table.setCellWidget(row, 4, chooser)
            self.choosers.append(chooser)
        self.conflict_label.setVisible(bool(self.conflicts))
        self.conflict_table.setVisible(bool(self.conflicts))

        self.suggestions = list(preview.plan.suggestions)
        self.suggestion_label = QLabel(
            self.tr("What the other desk says about our side is not taken unless you tick it:")
        )
        self.suggestion_label.setWordWrap(True)
        self.suggestion_list = QListWidget()
        self.suggestion_list.setObjectName("import_suggestions")
        for suggestion in self.suggestions:
            entry = QListWidgetItem(suggestion.text)
            if suggestion.kind != "order":
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            self.suggestion_list.addItem(entry)
        self.suggestion_label.setVisible(bool(self.suggestions))
        self.suggestion_list.setVisible(bool(self.suggestions))

        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if preview.changes_nothing and not self.conflicts and not self.suggestions:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self.suggestion_list)
        layout.addWidget(self.buttons)
        self._update_import_button()
        self.resize(860, 640 if self.conflicts else 560)

    def _update_import_button(self) -> None:
        if self.import_button is not None:
            self.import_button.setEnabled(all(self.choices().values()) or not self.conflicts)
            missing = sum(1 for value in self.choices().values() if not value)
            self.import_button.setToolTip(
                self.tr("Choose ours or theirs for each conflict first ({0} left)").format(missing) if missing else ""
            )

    def taken(self) -> list[int]:
        """The suggestions ticked, by their place in the plan."""
        return [
            row
            for row in range(self.suggestion_list.count())
            if self.suggestion_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def choices(self) -> dict[str, str]:
        """Each conflict's key → "ours", "theirs" or "" (not chosen yet)."""
        return {
            conflict.key: str(chooser.currentData())
            for conflict, chooser in zip(self.conflicts, self.choosers, strict=True)
        }

    def lines(self) -> list[str]:
        """Every line shown, top to bottom (for tests and for copying)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item.text(0))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found


class ExchangeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.send_action = self._action(self.tr("Send to &counterpart…"), self.send_to_counterpart)
        self.send_action.setStatusTip(self.tr("Write the current session's package for the counterpart office"))
        self.import_action = self._action(self.tr("&Import from counterpart…"), self.import_from_counterpart)
        self.import_action.setStatusTip(
            self.tr("Take in a session package from the counterpart office, after a preview")
        )

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.send_action)
        menu.addAction(self.import_action)

    # -- helpers -----------------------------------------------------------------------------
    def current_session_id(self) -> int | None:
        """The session whose page is open; else the one selected in the current view."""
        window = self.window
        current = window.stack.currentWidget()
        if current is window.session_page:
            return window.session_page.session_id
        selected = getattr(current, "selected_session_id", None)
        if callable(selected):
            value = selected()
            return int(value) if value else None
        view = window.sessions_view
        index = view.table.currentIndex()
        if index.isValid():
            return view.session_model.record(view.proxy.mapToSource(index).row()).id
        return None

    def _start_folder(self) -> Path:
        remembered = self.window.settings.value(FOLDER_KEY, "")
        folder = Path(str(remembered)) if remembered else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _remember(self, folder: Path) -> None:
        self.window.settings.setValue(FOLDER_KEY, str(folder))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # -- actions -----------------------------------------------------------------------------
    def send_to_counterpart(self) -> packages.ExportResult | None:
        from desktop_app.services import packages

        workspace = self.window.workspace
        session_id = self.current_session_id()
        if session_id is None:
            dialogs.show_error(
                self.window,
                self.tr("Send to counterpart"),
                self.tr("Select a session first: open its page, or select it in the Sessions list."),
            )
            return None
        folder = dialogs.ask_package_folder(self.window, self._start_folder())
        if folder is None:
            return None
        try:
            name = packages.suggested_name(workspace, session_id)
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Send to counterpart"), notices.refusal(exc))
            return None
        beside = dialogs.ask_send_beside(self.window, name)
        if beside is None:
            return None
        try:
            with _busy():
                result = packages.send_to_counterpart(workspace, session_id, folder, beside=beside)
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Send to counterpart"), notices.refusal(exc))
            return None
        self._remember(folder)
        if result.beside:
            beside_names = ", ".join(path.name for path in result.beside)
            done = self.tr("Wrote {0} with {1} in {2}").format(result.package.name, beside_names, folder)
        else:
            done = self.tr("Wrote {0} in {1}").format(result.package.name, folder)
        self.window.navigator.file_written.emit(done, result.package)  # with "Show in folder"
        return result

    def import_from_counterpart(self) -> packages.ImportPreview | None:
        from desktop_app.services import packages

        workspace = self.window.workspace
        if workspace.store.read_only:
            dialogs.show_error(
                self.window,
                self.tr("Import from counterpart"),
                self.tr("{0} is open read-only; nothing can be imported.").format(workspace.path.name),
            )
            return None
        source = dialogs.ask_package_file(self.window, self._start_folder())
        if source is None:
            return None
        try:
            with _busy():
                preview = packages.preview_import(workspace, source)
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Cannot import the package"), notices.refusal(exc))
            return None
        self._remember(source.parent)
        dialog = ImportPreviewDialog(preview, source, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choices, taken = dialog.choices(), dialog.taken()
        dialog.deleteLater()
        if not accepted or (preview.changes_nothing and not preview.plan.conflicts and not taken):
            return None
        try:
            with _busy():
                done = packages.import_package(workspace, preview.package, choices=choices, take=taken)
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Cannot import the package"), notices.refusal(exc))
            return None
        self._push_import(source, done)
        self._after_import()
        self._status(done.summary()[:1].upper() + done.summary()[1:])
        return done

    def _after_import(self, status: str = "") -> None:
        """After an import, its undo or its redo: every view reads again (the body's name too)."""
        self.window.rail.set_body(self.window.workspace.body)  # this desk may have joined (or left) a body
        self.window.reload_views()
        if status:
            self._status(status)

    def _push_import(self, source: Path, done: packages.ImportPreview) -> None:
        """The import onto the window's one history: undo puts back every row it changed."""
        from desktop_app.services import packages

        workspace = self.window.workspace
        reporter = ErrorReporter(lambda title, message: dialogs.show_error(self.window, title, message))
        command = CallCommand(
            reporter,
            self.tr("Import package {0}").format(source.name),
            lambda: packages.redo_import(workspace, done),
            lambda: packages.undo_import(workspace, done),
            after=self._after_import,
        )
        self.window.navigator.history.push(command)
