"""The Outcomes tab of a session's page: what each agenda item decided, the action items agreed,
and the open ones carried over from earlier sessions (overdue ones in red)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem
from desktop_app.services import actions as action_service
from desktop_app.services import agenda as agenda_service
from desktop_app.services.actions import ActionFilter
from desktop_app.services.agenda_versions import current_version
from desktop_app.services.workspace import Workspace
from desktop_app.ui.actions.action_form import ActionForm
from desktop_app.ui.actions.action_models import OUTCOME, FollowUpModel, OutcomeModel
from desktop_app.ui.actions.undo_commands import (
    ActionCommand,
    ActionHost,
    AddAction,
    CloseAction,
    DeleteAction,
    RecordOutcome,
    UpdateAction,
)
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.delegates import ParagraphDelegate
from desktop_app.ui.agenda.formatting import agenda_status_text, overdue_days
from desktop_app.ui.common import formatting
from desktop_app.ui.common.context_menus import from_buttons, install_row_menu
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import history_actions, history_of, run_and_push
from desktop_app.ui.common.widgets import follow_palette, semantic_colour


def _table(model: object, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    return table


class OutcomesTab(QWidget, ActionHost):
    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self._workspace: Workspace | None = None
        self.session_id: int | None = None
        self.today: Callable[[], date] = clock.today
        self.stack = history_of(navigator, self)  # the window's one history

        # -- outcomes per agenda item --
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_model = OutcomeModel(self)
        self.outcome_model.edit_handler = self.record_outcome
        self.outcome_table = _table(self.outcome_model, "outcomes")
        self.outcome_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.outcome_table.horizontalHeader().setStretchLastSection(True)
        self.outcome_table.setItemDelegateForColumn(OUTCOME, ParagraphDelegate(self.outcome_table))
        install_row_menu(self.outcome_table, self._outcome_menu)
        outcomes_box = QGroupBox(self.tr("Outcomes and decisions, item by item"))
        outcomes_layout = QVBoxLayout(outcomes_box)
        outcomes_layout.addWidget(self.outcome_label)
        outcomes_layout.addWidget(self.outcome_table)

        # -- this session's action items --
        self.actions_model = FollowUpModel(with_session=False, parent=self)
        self.actions_model.today = lambda: self.today()
        self.actions_table = _table(self.actions_model, "session_actions")
        self.actions_table.selectionModel().currentRowChanged.connect(self._current_action_changed)
        self.form = ActionForm()
        self.add_button = QPushButton(self.tr("Add as new"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.clear_button = QPushButton(self.tr("New…"))
        self.clear_button.setToolTip(self.tr("Clear the form for a new action item"))
        self.add_button.clicked.connect(self.add_action)
        self.save_button.clicked.connect(self.save_action)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self._new_action)
        buttons = QHBoxLayout()
        for button in (self.clear_button, self.add_button, self.save_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        actions_box = QGroupBox(self.tr("Action items agreed at this session"))
        actions_layout = QHBoxLayout(actions_box)
        form_column = QVBoxLayout()
        form_column.addWidget(self.form)
        form_column.addLayout(buttons)
        form_column.addStretch(1)
        actions_layout.addWidget(self.actions_table, 3)
        install_row_menu(
            self.actions_table,
            lambda index: (
                from_buttons(self.done_button, self.delete_button, None, self.clear_button)
                if index.isValid()
                else from_buttons(self.clear_button)
            ),
        )
        actions_layout.addLayout(form_column, 2)

        # -- carried over --
        self.carried_model = FollowUpModel(with_session=True, parent=self)
        self.carried_model.today = lambda: self.today()
        self.carried_table = _table(self.carried_model, "carried_over")
        self.carried_label = QLabel()
        self.carried_done_button = QPushButton(self.tr("Mark done"))
        self.carried_done_button.clicked.connect(self.mark_carried_done)
        carried_box = QGroupBox(self.tr("Open action items carried over from earlier sessions"))
        carried_layout = QVBoxLayout(carried_box)
        carried_top = QHBoxLayout()
        carried_top.addWidget(self.carried_label, 1)
        carried_top.addWidget(self.carried_done_button)
        carried_layout.addLayout(carried_top)
        install_row_menu(
            self.carried_table, lambda index: from_buttons(self.carried_done_button) if index.isValid() else None
        )
        carried_layout.addWidget(self.carried_table)

        undo, redo = history_actions(self, self.stack, navigator)
        top = QHBoxLayout()
        top.addStretch(1)
        for action in (undo, redo):
            tool = QToolButton()
            tool.setDefaultAction(action)
            top.addWidget(tool)
        self.undo_action, self.redo_action = undo, redo

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(outcomes_box)
        splitter.addWidget(actions_box)
        splitter.addWidget(carried_box)
        splitter.setChildrenCollapsible(False)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(splitter, 1)
        # On a small window the three parts scroll rather than hold the window open.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._update_buttons()

    def _run(self, command: ActionCommand) -> bool:
        return run_and_push(self.stack, command)

    # -- loading -----------------------------------------------------------------------
    def load(self, workspace: Workspace, session_id: int) -> None:
        if workspace is not self._workspace or session_id != self.session_id:
            self._workspace, self.session_id = workspace, session_id
            self.form.set_sides([(side.code, formatting.side_name(side)) for side in workspace.body.sides])
            self.form.set_defaults(action_service.action_defaults(workspace, session_id, today=self.today()))
            self.form.show_action(None, self.today())
        self.refresh()

    def refresh(self, select_action: int | None = None) -> None:
        if self._workspace is None or self.session_id is None or self._workspace.store.closed:
            return
        workspace, session_id, today = self._workspace, self.session_id, self.today()
        version = current_version(workspace, session_id)
        items: list[AgendaItem] = []
        if version is None or version.id is None:
            self.outcome_label.setText(self.tr("No agenda yet: outcomes are recorded against the items of the agenda."))
        else:
            items = list(agenda_service.list_items(workspace, version.id))
            self.outcome_label.setText(
                self.tr("Agenda v{0}: {1}. Double-click an outcome to write it.").format(
                    version.version, agenda_status_text(version)
                )
            )
        self.outcome_model.set_items(items)
        self.form.set_agenda_items(items)

        keep = select_action if select_action is not None else self._selected_action_id()
        follow_ups = action_service.list_follow_ups(workspace, ActionFilter(session_id=session_id), today)
        self.actions_model.update_records(follow_ups)
        row = self.actions_model.row_of(keep) if keep is not None else None
        if row is not None:
            self.actions_table.selectionModel().setCurrentIndex(
                self.actions_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_selected_action()

        carried = action_service.carried_over(workspace, session_id, today)
        self.carried_model.update_records(carried)
        overdue = sum(1 for f in carried if overdue_days(f, today))
        if not carried:
            self.carried_label.setText(self.tr("Nothing open from earlier sessions."))
        else:
            if overdue:
                text = self.tr("{0} still open, {1} overdue.").format(len(carried), overdue)
            else:
                text = self.tr("{0} still open.").format(len(carried))
            self.carried_label.setText(text)
            follow_palette(
                self.carried_label,
                lambda palette: (
                    f"color: {semantic_colour('error', palette).name()}; font-weight: bold;" if overdue else ""
                ),
            )
        for table in (self.outcome_table, self.actions_table, self.carried_table):
            self._fit(table)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The agenda may have changed on the Agenda tab since this tab was loaded.
        if self._workspace is not None:
            QTimer.singleShot(0, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    @staticmethod
    def _fit(table: QTableView) -> None:
        """The text column (the outcome, or the action) takes the room left; the others fit their contents."""
        header = table.horizontalHeader()
        text_column = OUTCOME if table.model() is not None and table.objectName() == "outcomes" else 0
        for column in range(table.model().columnCount()):
            if column == text_column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif table.objectName() == "outcomes" and column == 1:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 360)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- outcomes ----------------------------------------------------------------------
    def record_outcome(self, item: AgendaItem, outcome: str) -> bool:
        if item.id is None:
            return False
        text = self.tr("Record the outcome of {0}").format(item.number)
        return self._run(RecordOutcome(self, item.id, outcome, item.outcome, text))

    def _outcome_menu(self, index: QModelIndex) -> list[QAction | None] | None:
        if not index.isValid():
            return None
        record = QAction(self.tr("Record the outcome…"), self.outcome_table)
        record.setEnabled(
            bool(self.outcome_model.flags(self.outcome_model.index(index.row(), OUTCOME)) & Qt.ItemFlag.ItemIsEditable)
        )
        row = index.row()
        record.triggered.connect(lambda _checked=False: self.edit_outcome(row))
        return [record]

    def edit_outcome(self, row: int) -> None:
        """Start editing an item's outcome in place (keyboard: select, then F2 or type)."""
        index = self.outcome_model.index(row, OUTCOME)
        self.outcome_table.setCurrentIndex(index)
        self.outcome_table.edit(index)

    # -- this session's actions --------------------------------------------------------
    def _selected_action(self) -> ActionItem | None:
        index = self.actions_table.currentIndex()
        if not index.isValid() or not self.actions_table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.actions_model.record(index.row()).action

    def _selected_action_id(self) -> int | None:
        action = self._selected_action()
        return action.id if action else None

    def _current_action_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        self._show_selected_action()

    def _show_selected_action(self) -> None:
        self.form.show_action(self._selected_action(), self.today())
        self._update_buttons()

    def _new_action(self) -> None:
        self.actions_table.clearSelection()
        self.actions_table.setCurrentIndex(QModelIndex())
        self.form.show_action(None, self.today())
        self.form.text_edit.setFocus()
        self._update_buttons()

    def add_action(self) -> bool:
        if self.session_id is None:
            return False
        action = self.form.value(self.session_id)
        if self.form.action is not None:  # the form shows a saved one: add a copy of what it says
            action = replace(action, id=None)
        return self._run(AddAction(self, action))

    def save_action(self) -> bool:
        before = self.form.action
        if before is None or self.session_id is None:
            return self.add_action()
        after = self.form.value(self.session_id)
        if after == before:
            return False
        return self._run(UpdateAction(self, before, after, self.tr("Edit action item")))

    def mark_selected_done(self) -> bool:
        action = self._selected_action()
        if action is None or action.id is None:
            return False
        return self._run(CloseAction(self, action.id))

    def delete_selected(self) -> bool:
        action = self._selected_action()
        if action is None or action.id is None:
            return False
        if not prompts.confirm_delete_action(self, action.text):
            return False
        ok = self._run(DeleteAction(self, action.id))
        if ok:
            self.form.show_action(None, self.today())
        return ok

    # -- carried over ------------------------------------------------------------------
    def mark_carried_done(self) -> bool:
        index = self.carried_table.currentIndex()
        if not index.isValid():
            return False
        action = self.carried_model.record(index.row()).action
        return action.id is not None and self._run(CloseAction(self, action.id))

    def _update_buttons(self) -> None:
        selected = self._selected_action() is not None
        read_only = self._workspace is None or self._workspace.store.read_only
        self.add_button.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only and selected)
        self.done_button.setEnabled(not read_only and selected)
        self.delete_button.setEnabled(not read_only and selected)
        self.carried_done_button.setEnabled(not read_only and self.carried_model.rowCount() > 0)
