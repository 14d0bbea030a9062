"""The People view: the directory of both delegations, filtered as you type, edited with undo.

Every write goes through ``services.people`` or ``services.people_io`` and lands on the
view's ``QUndoStack`` as a command holding the service call and its inverse. After a write
the model is brought in line row by row (an inserted row, a changed row), then the other
views are told through ``navigator.tell``. The edits are ``people_edits``, the list import
``import_flow``, the column widths ``column_fit``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.person import Person
from desktop_app.errors import UserError
from desktop_app.services.people import (
    list_people,
    person_history,
)
from desktop_app.services.people_io import (
    export_people,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.no_matches import NoMatchesBar, follow
from desktop_app.ui.common.undo import WritesWithUndo, history_of
from desktop_app.ui.common.widgets import record_table
from desktop_app.ui.people import prompts
from desktop_app.ui.people.column_fit import SAMPLED_ROWS, fit_person_columns
from desktop_app.ui.people.detail_pane import PersonDetailPane
from desktop_app.ui.people.filter_edit import FilterEdit
from desktop_app.ui.people.import_flow import PeopleImport
from desktop_app.ui.people.people_edits import PeopleEdits
from desktop_app.ui.people.person_table_model import (
    NAME,
    NAME_KO,
    PersonTableModel,
)
from desktop_app.ui.people.shortcuts import LocalShortcuts


class PeopleView(QWidget, WritesWithUndo):
    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.workspace: Workspace | None = None
        self._sized = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)
        self._shown_person: Person | None = None
        self._stale = False  # a reload was skipped while hidden

        self.undo_stack = history_of(navigator, self)  # the window's one history
        self.edits = PeopleEdits(self, self)  # add, edit, retire, merge: each one undoable step
        self.person_model = PersonTableModel(self)
        self.model = self.person_model

        self.filter_edit = FilterEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: name, 이름 or ㄱㅁㅈ, title, organisation, e-mail… (Ctrl+F)")
        )
        self.filter_edit.query_changed.connect(self.person_model.set_filter_text)
        self.no_matches = NoMatchesBar(self.filter_edit)
        model = self.person_model
        refresh = follow(self.no_matches, model.rowCount, model.total_count)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(refresh)
        self.filter_edit.textChanged.connect(refresh)
        self.show_retired = QCheckBox(self.tr("Show &retired"))
        self.show_retired.setToolTip(
            self.tr("Retired people stay on file for the sessions they attended; shown greyed")
        )
        self.show_retired.toggled.connect(self.person_model.set_show_retired)
        self.count_label = QLabel()

        self.table = record_table(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.person_model)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLED_ROWS)
        # Enter and a double-click both arrive as activated (doubleClicked too would open the editor twice).
        self.table.activated.connect(self._activated)

        self.detail = PersonDetailPane()
        self.detail.edit_requested.connect(self.edits.edit_person)
        self.detail.session_activated.connect(self._open_session)

        self._build_actions()
        self.importer = PeopleImport(self, self, self.import_action)
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (
            self.person_model.layoutChanged,
            self.person_model.rowsInserted,
            self.person_model.rowsRemoved,
            self.person_model.modelReset,
        ):
            signal.connect(self._update_count)
        # A filter can drop the selected row without a selectionChanged signal: check after every change.
        self.person_model.layoutChanged.connect(self._selection_changed)
        self.person_model.rowsRemoved.connect(self._selection_changed)
        self._selection_changed()

    # -- building ------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = LocalShortcuts(self)
        self.add_action = self._action(self.tr("&Add…"), self.edits.add_person, self.tr("Add a person"))
        self.edit_action = self._action(self.tr("&Edit…"), self.edits.edit_person, self.tr("Edit the selected person"))
        self.retire_action = self._action(
            self.tr("&Retire"), self.edits.toggle_retired, self.tr("Retire the selected people")
        )
        self.merge_action = self._action(
            self.tr("&Merge…"), self.edits.merge_selected, self.tr("Merge the two selected records")
        )
        self.import_action = self._action(
            self.tr("&Import list…"), self.import_list, self.tr("Import a .csv or .xlsx list")
        )
        self.export_action = self._action(self.tr("E&xport list…"), self.export_list, self.tr("Export the directory"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.details_action = QAction(self.tr("&Details"), self)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.setToolTip(self.tr("Show or hide the details pane"))
        self.details_action.toggled.connect(self.detail.setVisible)
        keys.add(self.add_action, "Ctrl+N")
        keys.add(self.edit_action, "F2")
        keys.add(self.retire_action, QKeySequence.StandardKey.Delete)
        keys.add(self.merge_action, "Ctrl+Shift+M")
        keys.add(self.import_action, "Ctrl+I")
        keys.add(self.export_action, "Ctrl+E")
        keys.add(self.undo_action, "Ctrl+Z")
        keys.add(self.redo_action, "Ctrl+Shift+Z", "Ctrl+Y")
        keys.add(self.details_action, "F9")
        self.shortcuts = keys
        install_row_menu(
            self.table,
            lambda index: (
                [self.edit_action, self.retire_action, self.merge_action, None, self.add_action]
                if index.isValid()
                else [self.add_action, self.import_action]
            ),
        )

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("People"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.retire_action, self.merge_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.details_action)
        self.toolbar = toolbar

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.show_retired)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, 320])

        directory = QWidget()
        directory_layout = QVBoxLayout(directory)
        directory_layout.setContentsMargins(0, 0, 0, 0)
        directory_layout.addLayout(filter_row)
        directory_layout.addWidget(self.no_matches)
        directory_layout.addWidget(self.splitter, 1)

        self.empty_label = QLabel(
            self.tr(
                "<h3>No people in this database yet</h3>"
                "<p>The directory holds both delegations: names in roman letters and in Hangul, titles, "
                "organisations, how to reach them. Sessions then seat people from it.</p>"
                "<p>Add people one by one, or import the list the other side sent (.csv or .xlsx): "
                "you see every row before anything is written.</p>"
            )
        )
        self.empty_label.setWordWrap(True)
        # A readable measure that still shrinks with the window. The layout hands the label its width
        # (an alignment would size it by a guess and cut the last lines off, as Korean wrapping showed).
        self.empty_label.setMinimumWidth(240)
        self.empty_label.setMaximumWidth(560)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        empty_add = QPushButton(self.tr("Add a person…"))
        empty_add.clicked.connect(self.edits.add_person)
        empty_import = QPushButton(self.tr("Import a list…"))
        empty_import.clicked.connect(self.import_list)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(empty_add)
        empty_buttons.addWidget(empty_import)
        empty_buttons.addStretch(1)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(2)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.empty_label, 100)  # takes the room first, up to its maximum
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(3)

        self._pages = QStackedWidget()
        self._pages.addWidget(directory)
        self._pages.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(toolbar)
        layout.addWidget(self._pages, 1)

    # -- loading -------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        """Read the directory; a reload of the same workspace changes only the rows that changed."""
        self.apply_name_order(getattr(self.navigator, "name_order", "roman"))
        if workspace is self.workspace and not self.isVisible():
            self._stale = True  # another view wrote: reread when shown (5,000 people take a moment)
            return
        self._stale = False
        if workspace is not self.workspace:
            self.workspace = workspace
            sides = {side.code: f"{side.name} {side.name_ko}" for side in workspace.body.sides}
            self.person_model.set_people(list_people(workspace), sides)
            self._sized = False
        else:
            self.person_model.sync_people(list_people(workspace))
        self._after_reload()

    def apply_name_order(self, order: str) -> None:
        """The name columns in the preferred order: Hangul (이름) first for "hangul", else roman first."""
        header = self.table.horizontalHeader()
        hangul_first = header.visualIndex(NAME_KO) < header.visualIndex(NAME)
        if hangul_first != (order == "hangul"):
            header.moveSection(header.visualIndex(NAME_KO), header.visualIndex(NAME))

    def _after_reload(self) -> None:
        empty = self.person_model.total_count() == 0
        self._pages.setCurrentIndex(1 if empty else 0)
        if not empty and not self._sized and self.isVisible():
            self._fit_timer.start()
        self._update_count()
        self._shown_person = None  # their sessions may have changed: read them again
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, capped, then narrowed together to fit the table.

        Runs once the table is on screen (its width known), and again after a new workspace.
        """
        if not self.table.isVisible() or self.person_model.rowCount() == 0:
            return
        self._sized = True
        fit_person_columns(self.table, self.fontMetrics())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.workspace is not None:
            self.load(self.workspace)
        if not self._sized:
            self._fit_timer.start()  # after the layouts have given the table its width

    @property
    def showing_empty_state(self) -> bool:
        return self._pages.currentIndex() == 1

    def visible_row_count(self) -> int:
        return self.person_model.rowCount()

    def set_filter_text(self, text: str) -> None:
        """Type ``text`` into the filter; returns once the table's model shows the matches."""
        self.filter_edit.setText(text)

    def _update_count(self) -> None:
        model = self.person_model
        total, shown = model.total_count(), model.rowCount()
        hidden = 0 if model.show_retired() else model.retired_count()
        active = total - hidden
        number = formatting.number
        if shown == active:
            text = self.tr("1 person") if active == 1 else self.tr("{0} people").format(number(active))
        else:
            text = self.tr("{0} of {1} shown").format(number(shown), number(active))
        if hidden:
            text += self.tr(" · {0} retired hidden").format(number(hidden))
        self.count_label.setText(text)

    # -- selection -----------------------------------------------------------------------
    def selected_people(self) -> list[Person]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.person_model.person(row) for row in rows]

    def current_person(self) -> Person | None:
        selected = self.selected_people()
        if len(selected) == 1:
            return selected[0]
        index = self.table.currentIndex()
        if not selected and index.isValid():
            return self.person_model.person(index.row())
        return None

    def select_person(self, person_id: int) -> bool:
        """Select and reveal a person; the filter is cleared if it hides them. False if not shown at all."""
        row = self.person_model.row_of(person_id)
        if row is None and self.filter_edit.query():
            self.filter_edit.clear()
            row = self.person_model.row_of(person_id)
        if row is None:
            return False
        index = self.person_model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        selected = self.selected_people()
        one = len(selected) == 1
        writable = self.workspace is not None and not self.workspace.store.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and one)
        self.merge_action.setEnabled(writable and len(selected) == 2)
        self.retire_action.setEnabled(writable and bool(selected))
        if selected and all(p.retired for p in selected):
            self.retire_action.setText(self.tr("Rein&state"))
            self.retire_action.setToolTip(self.tr("Reinstate the selected people (Del)"))
        else:
            self.retire_action.setText(self.tr("&Retire"))
            self.retire_action.setToolTip(self.tr("Retire the selected people; their past sessions keep them (Del)"))
        self.export_action.setEnabled(self.workspace is not None)
        self.import_action.setEnabled(
            self.workspace is not None and not self.workspace.store.read_only and not self.import_running
        )
        shown = selected[0] if one else None
        if shown == self._shown_person and shown is not None:
            return  # the same person as shown: no need to ask the database again (every keystroke lands here)
        self._shown_person = shown
        if shown is not None and self.workspace is not None and shown.id is not None:
            try:
                history = person_history(self.workspace, shown.id)
            except UserError:
                history = []
            self.detail.show_person(shown, self.workspace.body, history)
        else:
            self.detail.show_person(None, count=len(selected))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edits.edit_person()

    def _open_session(self, session_id: int) -> None:
        if self.navigator is not None:
            self.navigator.open_session.emit(session_id)

    # -- writing -------------------------------------------------------------------------
    def loaded_workspace(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("the People view has no workspace loaded")
        return self.workspace

    def after_write(self, select: Sequence[int], status: str) -> None:
        """Show what the database now holds, select ``select``, tell the other views; ``status`` for the bar."""
        workspace = self.loaded_workspace()
        self.person_model.sync_people(list_people(workspace))
        self._after_reload()
        shown = [pid for pid in select if self.person_model.row_of(pid) is not None]
        if shown:
            self.select_person(shown[0])
            for pid in shown[1:]:
                row = self.person_model.row_of(pid)
                if row is not None:
                    self.table.selectionModel().select(
                        self.person_model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._tell_others(status)

    def _tell_others(self, status: str) -> None:
        if self.navigator is None:
            return
        self.navigator.tell("people", (), self)
        if status:
            self.navigator.status_message.emit(status)

    def import_list(self) -> None:
        """Ask for a file, read it off the main thread, then show the preview; nothing is written before OK."""
        self.importer.start(self.loaded_workspace())

    @property
    def import_running(self) -> bool:
        return self.importer.running

    def import_ended(self) -> None:
        self._selection_changed()

    def show_status(self, text: str) -> None:
        if self.navigator is not None:
            self.navigator.status_message.emit(text)

    def export_list(self) -> None:
        workspace = self.loaded_workspace()
        target = prompts.ask_export_path(self, workspace.path.parent)
        if target is None:
            return
        path = target.path
        try:
            count = export_people(workspace, path, layout=target.layout)
        except UserError as exc:
            self.refuse(self.tr("Cannot export to {0}").format(path.name), notices.refusal(exc, self._body()))
            return
        except OSError as exc:
            self.refuse(
                self.tr("Cannot export to {0}").format(path.name), exc.strerror or notices.refusal(exc, self._body())
            )
            return
        if count == 1:
            done = self.tr("Exported 1 person to {0}").format(path)
        else:
            done = self.tr("Exported {0} people to {1}").format(formatting.number(count), path)
        if self.navigator is not None:
            self.navigator.file_written.emit(done, path)  # with "Show in folder"
