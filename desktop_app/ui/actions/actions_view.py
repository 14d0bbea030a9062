"""The Action items view: every action item of the body, filtered; overdue ones in red."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services.actions import ActionFilter, export_follow_ups, list_follow_ups
from desktop_app.services.workspace import Workspace
from desktop_app.ui.actions.action_models import FollowUpModel
from desktop_app.ui.actions.undo_commands import ActionHost, CloseAction
from desktop_app.ui.agenda.formatting import overdue_days
from desktop_app.ui.common import dialogs, formatting, notices
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.record_table_model import SORT_ROLE
from desktop_app.ui.common.undo import history_actions, history_of, run_and_push
from desktop_app.ui.common.widgets import follow_palette, semantic_colour
from desktop_app.ui.sessions.page_opening import open_session_tab


def ask_actions_export_path(parent: QWidget | None, start: Path) -> Path | None:
    """Where to write the action items: .xlsx unless the user picks .csv."""
    xlsx = QCoreApplication.translate("ActionsView", "Excel workbook ({0})").format("*.xlsx")
    csv = QCoreApplication.translate("ActionsView", "CSV, comma-separated ({0})").format("*.csv")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ActionsView", "Export the action items"),
        str(start / "action-items.xlsx"),
        f"{xlsx};;{csv}",
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if chosen_filter == csv else ".xlsx")
    return path


class ActionsView(QWidget, ActionHost):
    """Enter or a double-click opens the session's Outcomes tab; "Mark done" closes the item."""

    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self._workspace: Workspace | None = None
        self.today: Callable[[], date] = clock.today
        self.stack = history_of(navigator, self)  # the window's one history

        self.model = FollowUpModel(with_session=True, parent=self)
        self.model.today = lambda: self.today()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.open_check = QCheckBox(self.tr("&Open only"))
        self.open_check.setChecked(True)
        self.overdue_check = QCheckBox(self.tr("O&verdue only"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Owner: a name or an office…"))
        self.owner_edit.setMinimumWidth(120)
        self.owner_edit.setClearButtonEnabled(True)
        self.side_combo = QComboBox()
        self.side_combo.addItem(self.tr("Either side"), "")
        self.count_label = QLabel()
        self.count_label.setObjectName("actions_count")
        for signal in (self.open_check.toggled, self.overdue_check.toggled):
            signal.connect(lambda _on: self.refresh())
        self.owner_edit.textChanged.connect(lambda _text: self.refresh())
        self.side_combo.activated.connect(lambda _index: self.refresh())

        self.table = QTableView()
        self.table.setObjectName("actions_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Close the selected action item (Ctrl+D); Ctrl+Z undoes it"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("Open session"))
        self.open_button.setToolTip(self.tr("The session's outcomes and actions (Enter)"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_actions")
        self.export_button.setToolTip(self.tr("Write the action items listed here to a .csv or .xlsx file"))
        self.export_button.clicked.connect(lambda: self.export_list())
        done = QAction(self.tr("Mark done"), self)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done.triggered.connect(lambda _checked=False: self.mark_done())
        self.addAction(done)
        self.done_action = done
        open_action = QAction(self.tr("Open session"), self)
        open_action.triggered.connect(lambda _checked=False: self._open(self.table.currentIndex()))
        install_row_menu(self.table, lambda index: [done, open_action] if index.isValid() else None)
        undo, redo = history_actions(self, self.stack, navigator)

        filters = QHBoxLayout()
        filters.addWidget(self.open_check)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.owner_edit, 1)
        filters.addWidget(self.side_combo)
        tools = QHBoxLayout()
        tools.addWidget(self.count_label, 1)
        tools.addWidget(self.done_button)
        tools.addWidget(self.open_button)
        tools.addWidget(self.export_button)
        for action in (undo, redo):
            button = QToolButton()
            button.setDefaultAction(action)
            tools.addWidget(button)

        self.empty_label = QLabel(
            self.tr(
                "No action items match.\n\nAction items are recorded on a session's page, in its "
                "“Outcomes and actions” tab; open and overdue ones are followed up here."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        if workspace is not self._workspace:
            self._workspace = workspace
            self.side_combo.clear()
            self.side_combo.addItem(self.tr("Either side"), "")
            for side in workspace.body.sides:
                self.side_combo.addItem(f"{side.code} — {formatting.side_name(side)}", side.code)
        self.refresh()

    def filters(self) -> ActionFilter:
        return ActionFilter(
            open_only=self.open_check.isChecked(),
            overdue_only=self.overdue_check.isChecked(),
            owner=self.owner_edit.text(),
            side=str(self.side_combo.currentData() or ""),
        )

    def refresh(self, select_action: int | None = None) -> None:
        if self._workspace is None or self._workspace.store.closed:
            return
        keep = select_action if select_action is not None else self._selected_id()
        today = self.today()
        follow_ups = list_follow_ups(self._workspace, self.filters(), today)
        self.model.update_records(follow_ups)
        overdue = sum(1 for f in follow_ups if overdue_days(f, today))
        count = len(follow_ups)
        text = self.tr("1 action item") if count == 1 else self.tr("{0} action items").format(count)
        if overdue:
            text += self.tr(" · {0} overdue").format(overdue)
        self.count_label.setText(text)
        follow_palette(
            self.count_label,
            lambda palette: f"color: {semantic_colour('error', palette).name()}; font-weight: bold;" if overdue else "",
        )
        self.pages.setCurrentIndex(0 if follow_ups else 1)
        if follow_ups:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            if header.sectionSize(0) > 460:
                header.resizeSection(0, 460)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._update_buttons()

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row()).action.id

    def visible_row_count(self) -> int:
        return self.proxy.rowCount()

    # -- actions -----------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self.navigator is None:
            return
        follow_up = self.model.record(self.proxy.mapToSource(index).row())
        open_session_tab(self.navigator, follow_up.action.session_id, "outcomes")

    def mark_done(self) -> bool:
        action_id = self._selected_id()
        if action_id is None:
            return False
        return run_and_push(self.stack, CloseAction(self, action_id))

    def export_list(self) -> Path | None:
        """The action items listed (as filtered) to a file the user names; "Show in folder" after."""
        if self._workspace is None:
            return None
        target = ask_actions_export_path(self, self._workspace.path.parent)
        if target is None:
            return None
        try:
            count = export_follow_ups(self._workspace, target, self.filters(), self.today())
        except (UserError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot export to {0}").format(target.name), notices.refusal(exc))
            return None
        if count == 1:
            done = self.tr("Exported 1 action item to {0}").format(target)
        else:
            done = self.tr("Exported {0} action items to {1}").format(formatting.number(count), target)
        if self.navigator is not None:
            self.navigator.file_written.emit(done, target)
        return target

    def _current_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        selected = index.isValid()
        is_open = selected and str(self.model.record(self.proxy.mapToSource(index).row()).action.status) == "open"
        read_only = self._workspace is None or self._workspace.store.read_only
        self.done_button.setEnabled(is_open and not read_only)
        self.open_button.setEnabled(selected)
