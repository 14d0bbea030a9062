"""The agenda editor: the version bar, the items with their times, the selected item in full.

Every edit goes through an undo command (``undo_commands``) that calls a service; the editor
then reads the version back (``agenda_with_times``) so that numbers, start times in both
capitals and the total follow at once. An agreed version is locked: the first edit of its
shared text asks to start a new draft from it (``edit_runner``), and the edit lands there.

The editor wires the parts together: where a row command lands is ``domain.agenda_rows``,
the version bar's actions are ``version_actions``, the item actions ``item_actions``, the
page of a session without an agenda ``empty_page``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import agenda_rows
from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.session import Session
from desktop_app.errors import NotFound, UserError
from desktop_app.services import agenda as agenda_service
from desktop_app.services import agenda_versions
from desktop_app.services.agenda import TimedAgenda
from desktop_app.services.delegations import delegations
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.compare import CompareDialog
from desktop_app.ui.agenda.detail_pane import ItemDetailPane
from desktop_app.ui.agenda.edit_runner import EditRunner
from desktop_app.ui.agenda.empty_page import EmptyAgendaPage
from desktop_app.ui.agenda.formatting import presenter_choices, total_text
from desktop_app.ui.agenda.ids import IdMap
from desktop_app.ui.agenda.item_actions import ItemActions
from desktop_app.ui.agenda.item_model import (
    TITLE,
    AgendaItemModel,
)
from desktop_app.ui.agenda.item_view import AgendaTree, fit_columns
from desktop_app.ui.agenda.undo_commands import AddItem, AgendaCommand, DeleteItem, MoveItem, SetLevel, UpdateItem
from desktop_app.ui.agenda.version_actions import VersionActions
from desktop_app.ui.agenda.version_bar import VersionBar
from desktop_app.ui.common import dialogs, formatting, notices
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import history_actions, history_of
from desktop_app.ui.common.widgets import follow_palette, semantic_colour

# English sources, shown through translate("AgendaEditor", …).
NEW_ITEM_TITLE = "New item"  # data: the English title of a new item, written over by the officer
NEW_ITEM_MINUTES = 10
TELL_OTHERS_MS = 400
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("AgendaEditor", "title"),
    "title_ko": QT_TRANSLATE_NOOP("AgendaEditor", "Korean title"),
    "lead_side": QT_TRANSLATE_NOOP("AgendaEditor", "lead side"),
    "presenter_id": QT_TRANSLATE_NOOP("AgendaEditor", "presenter"),
    "minutes": QT_TRANSLATE_NOOP("AgendaEditor", "minutes"),
    "description": QT_TRANSLATE_NOOP("AgendaEditor", "description"),
    "talking_points": QT_TRANSLATE_NOOP("AgendaEditor", "talking points"),
    "if_raised": QT_TRANSLATE_NOOP("AgendaEditor", "if-raised lines"),
    "internal_notes": QT_TRANSLATE_NOOP("AgendaEditor", "notes"),
}


class AgendaEditor(QWidget):
    """One session's agenda. ``load(workspace, session_id)``; keeps its undo stack per session."""

    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self._workspace: Workspace | None = None
        self.session_id: int | None = None
        self.session: Session | None = None
        self.version: AgendaVersion | None = None
        self.versions: list[AgendaVersion] = []
        self.agenda: TimedAgenda | None = None
        self._ids = IdMap()
        self.stack = history_of(navigator, self)  # the window's one history
        self._refreshing = False
        self._headers_done = False
        self.previous_agenda: agenda_versions.PreviousAgenda | None = None  # what "copy" offers
        self.runner = EditRunner(self, self)  # edit, or branch a new draft from an agreed version
        self.version_actions = VersionActions(self, self, self.runner)
        # Item edits come in bursts (a title, then the minutes …): the other views hear of them
        # once the burst is over, instead of re-reading everything after each field.
        self._tell_timer = QTimer(self)
        self._tell_timer.setSingleShot(True)
        self._tell_timer.setInterval(TELL_OTHERS_MS)
        self._tell_timer.timeout.connect(self._tell_others)

        self.empty_page = EmptyAgendaPage()
        # The page's parts, by the names the editor's tests and callers know them.
        self.empty_label = self.empty_page.label
        self.start_button, self.copy_button = self.empty_page.start_button, self.empty_page.copy_button
        self.start_button.clicked.connect(self.version_actions.start_draft)
        self.copy_button.clicked.connect(self.version_actions.copy_previous)
        self._build_editor_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.editor_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_actions()

    # -- building --------------------------------------------------------------------------
    def _build_editor_page(self) -> None:
        self.editor_page = QWidget()
        self.version_bar = VersionBar()
        self.version_bar.version_chosen.connect(self._version_chosen)
        actions = self.version_actions
        self.version_bar.propose.connect(actions.propose)
        self.version_bar.agree.connect(actions.mark_agreed)
        self.version_bar.reopen.connect(actions.reopen)
        self.version_bar.save_as.connect(actions.save_as_new_version)
        self.version_bar.compare.connect(actions.open_compare)

        self.model = AgendaItemModel(self)
        self.model.edit_handler = lambda item, name, value: self.edit_item(item, {name: value})
        self.tree = AgendaTree()
        self.tree.setObjectName("agenda_items")
        self.tree.setModel(self.model)
        self.tree.unlock = self._unlock_for_inline_edit
        self.tree.is_locked = lambda: bool(self.version and self.version.locked)
        self.tree.indent.connect(lambda: self.set_current_level(1))
        self.tree.outdent.connect(lambda: self.set_current_level(0))
        self.tree.dropped.connect(self.drop_item)
        self.tree.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.tree.setMinimumWidth(240)

        self.pane = ItemDetailPane()
        self.pane.setObjectName("item_detail")
        self.pane.field_edited.connect(self._pane_edited)
        self.pane.setMinimumWidth(220)

        self.total_label = QLabel()
        self.total_label.setObjectName("agenda_total")
        self.total_label.setWordWrap(True)
        # Shown when a search result led to an item of a version that is not the one that counts.
        self.found_note = QLabel()
        self.found_note.setObjectName("found_in_other_version")
        self.found_note.setWordWrap(True)
        self.found_note.hide()

        self.tools = QToolBar()
        self.tools.setObjectName("item_tools")
        self.undo_tools = QToolBar()
        self.tool_row = QHBoxLayout()
        self.tool_row.setContentsMargins(0, 0, 0, 0)
        self.tool_row.addWidget(self.tools, 1)
        self.tool_row.addWidget(self.undo_tools)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([840, 400])
        self.splitter = splitter

        layout = QVBoxLayout(self.editor_page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.version_bar)
        layout.addWidget(self.found_note)
        layout.addLayout(self.tool_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.total_label)

    def _build_actions(self) -> None:
        actions = ItemActions(
            self,
            self.tree,
            self.tools,
            add=self.add_item,
            delete=self.delete_current,
            move=self.move_current,
            set_level=self.set_current_level,
        )
        self.add_action, self.add_sub_action, self.delete_action = actions.add, actions.add_sub, actions.delete
        self.up_action, self.down_action = actions.up, actions.down
        self.indent_action, self.outdent_action = actions.indent, actions.outdent
        self.undo_action, self.redo_action = history_actions(self, self.stack, self.navigator)
        for action, key in ((self.undo_action, "Ctrl+Z"), (self.redo_action, "Ctrl+Shift+Z")):
            action.setToolTip(self.tr("{0} ({1})").format(action.text(), key))
        self.undo_tools.addAction(self.undo_action)
        self.undo_tools.addAction(self.redo_action)

    @property
    def compare_dialog(self) -> CompareDialog | None:
        """The comparison open now, if any (the version bar's "Compare")."""
        return self.version_actions.compare_dialog

    # -- EditorContext ---------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        assert self._workspace is not None, "load() comes first"
        return self._workspace

    @property
    def ids(self) -> IdMap:
        return self._ids

    def agenda_changed(self, version_id: int, item_id: int | None) -> None:
        self.refresh(version_id, select=item_id)
        self._tell_timer.start()

    def versions_changed(self, version_id: int | None) -> None:
        self.refresh(version_id)
        self._tell_timer.stop()
        self._tell_others()  # at once: the next-session strip and the lists show the status

    def _tell_others(self) -> None:
        if self.navigator is None or self._workspace is None or self._workspace.store.closed:
            return  # a window closed within the burst: nobody left to tell
        self.navigator.tell("agenda", (self.session_id,) if self.session_id else (), self)

    def command_failed(self, text: str, error: UserError) -> None:
        dialogs.show_error(self, self.tr("Cannot {0}").format(text[:1].lower() + text[1:]), notices.refusal(error))
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def load(self, workspace: Workspace, session_id: int) -> None:
        """Show the session's agenda; the same session keeps its undo history, version and selection."""
        if workspace is not self._workspace or session_id != self.session_id:
            if workspace is not self._workspace:  # ids are the database's: one map serves every session
                self._ids = IdMap()
            self.version = None
            self.version_actions.close_compare()
            self._workspace, self.session_id = workspace, session_id
        else:
            self.pane.commit_pending()
        self.refresh()

    def refresh(self, version_id: int | None = None, *, select: int | None = None) -> None:
        """Read the agenda again; ``version_id`` (default: the one shown, else the one that counts)."""
        if self._workspace is None or self.session_id is None or self._workspace.store.closed:
            return
        try:
            self._refresh(self._workspace, self.session_id, version_id, select)
        except NotFound:  # the session was deleted meanwhile; the page that shows it is going away
            self.version, self.versions, self.agenda = None, [], None
            self.model.set_agenda(None)
            self.pages.setCurrentWidget(self.empty_page)
            self.empty_page.show_gone()

    def _refresh(self, workspace: Workspace, session_id: int, version_id: int | None, select: int | None) -> None:
        self.versions = agenda_versions.list_versions(workspace, session_id)
        by_id = {version.id: version for version in self.versions}
        wanted = version_id if version_id in by_id else (self.version.id if self.version else None)
        version = by_id.get(wanted) or agenda_versions.current_version(workspace, session_id)
        previous_id = self.version.id if self.version else None
        current = self._current_item()
        selected = select if select is not None else (current.id if current else None)
        self.version = version
        if version is None or version.id is None:
            self._show_empty()
            return
        self._refreshing = True
        try:
            self.agenda = agenda_service.agenda_with_times(workspace, session_id, version.id)
            self.session = self.agenda.session
            self.pages.setCurrentWidget(self.editor_page)
            self.version_bar.read_only = workspace.store.read_only
            self.version_bar.set_versions(self.versions, version.id)
            self.model.set_agenda(self.agenda, [side.timezone for side in workspace.body.sides])
            if not self._headers_done:
                fit_columns(self.tree, self.fontMetrics())
                self._headers_done = True
            text, role = total_text(self.agenda)
            self.total_label.setText(text)
            follow_palette(
                self.total_label,
                lambda palette: f"color: {semantic_colour(role, palette).name()}; font-weight: bold;" if role else "",
            )
            self.pane.set_sides([(side.code, formatting.side_name(side)) for side in workspace.body.sides])
            self.pane.set_people(presenter_choices(delegations(workspace, session_id)))
            row = self.model.row_of(selected) if selected is not None else None
            if row is None and self.model.rowCount() and version.id != previous_id:
                row = 0
            if row is not None:
                self.tree.setCurrentIndex(self.model.index(row, TITLE))
        finally:
            self._refreshing = False
        self._show_current()
        self._update_actions()

    def _show_empty(self) -> None:
        self.agenda = None
        self.model.set_agenda(None)
        self.pages.setCurrentWidget(self.empty_page)
        previous = agenda_versions.previous_agenda(self.workspace, self.session_id or 0)
        self.previous_agenda = previous
        self.empty_page.offer(previous, read_only=self.workspace.store.read_only)
        self.pane.show_item(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Another view (the same agenda in the rail view or the session page) may have changed it.
        if self._workspace is not None and not self._refreshing:
            QTimer.singleShot(0, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    # -- the selection ---------------------------------------------------------------------
    def _current_row(self) -> int | None:
        index = self.tree.currentIndex()
        return index.row() if index.isValid() and index.row() < self.model.rowCount() else None

    def _current_item(self) -> AgendaItem | None:
        row = self._current_row()
        return self.model.timed(row).item if row is not None else None

    def _show_current(self) -> None:
        if self._refreshing:
            return
        row = self._current_row()
        if row is None:
            self.pane.show_item(None)
        else:
            entry = self.model.timed(row)
            self.pane.show_item(
                entry.item,
                starts=self.model.start_texts(row),
                presenter=entry.presenter,
                locked=bool(self.version and self.version.locked),
            )
        self._update_actions()

    def _current_row_changed(self, _now: QModelIndex, _before: QModelIndex) -> None:
        self._show_current()

    def _version_chosen(self, version_id: int) -> None:
        self.found_note.hide()
        self.refresh(version_id)

    def show_found_item(self, item_id: int) -> None:
        """Show the very item a search found, in its own version, and say so when that is not the current one."""
        found = agenda_service.locate_item(self.workspace, item_id)
        self.refresh(found.version.id, select=item_id)
        self.select_item(item_id)
        if found.in_current:
            self.found_note.hide()
            return
        where = self.tr("Found in version {0} ({1}).").format(found.version.version, found.version.label)
        if found.current is None:
            now = self.tr("No version counts yet.")
        else:
            now = self.tr("The agenda that counts now is version {0} ({1}).").format(
                found.current.version, found.current.label
            )
        self.found_note.setText(f"{where} {now}")
        self.found_note.show()

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.tree.setCurrentIndex(self.model.index(row, TITLE))

    def _update_actions(self) -> None:
        editable = self.version is not None and not self.workspace.store.read_only
        item = self._current_item()
        row = self._current_row()
        self.add_action.setEnabled(editable)
        self.add_sub_action.setEnabled(editable and item is not None)
        for action in (self.delete_action, self.up_action, self.down_action):
            action.setEnabled(editable and item is not None)
        listed = self.model.items()
        self.indent_action.setEnabled(editable and row is not None and agenda_rows.can_indent(listed, row))
        self.outdent_action.setEnabled(editable and row is not None and agenda_rows.can_outdent(listed, row))
        self.pane.setEnabled(editable)

    def _unlock_for_inline_edit(self, index: QModelIndex) -> QModelIndex | None:
        item = self.model.timed(index.row()).item
        if not self.runner.branch_only() or item.id is None:
            return None
        assert self.runner.last_branch is not None
        copy = self.runner.last_branch.copy_of(item.id)
        row = self.model.row_of(copy)
        return self.model.index(row, index.column()) if row is not None else None

    # -- item edits ------------------------------------------------------------------------
    def edit_item(self, item: AgendaItem, changes: dict[str, object]) -> bool:
        """Change fields of ``item`` (as the model or the pane saw it): one undoable step."""
        if item.id is None or not changes:
            return False
        words = ", ".join(
            translate("AgendaEditor", FIELD_WORDS[name]) if name in FIELD_WORDS else name for name in changes
        )
        text = self.tr("Edit {0} of {1}").format(words, item.number)
        shared = any(name not in rules.UNLOCKED_ITEM_FIELDS for name in changes)

        def make(translate: Callable[[int], int], version_id: int) -> AgendaCommand:
            assert item.id is not None
            before = replace(item, id=translate(item.id), version_id=version_id)
            return UpdateItem(self, before, replace(before, **changes), text)  # type: ignore[arg-type]

        return self.runner.run(make, shared=shared)

    def _pane_edited(self, name: str, value: object) -> None:
        item = self.pane.item
        if item is None:
            return
        # The pane's item may be older than the model's (a field left after another was saved).
        current = self._by_id(item.id) or item
        if not self.edit_item(current, {name: value}):
            self._show_current()  # refused or declined: show what is stored

    def _by_id(self, item_id: int | None) -> AgendaItem | None:
        row = self.model.row_of(item_id)
        return self.model.timed(row).item if row is not None else None

    def add_item(self, level: int = 0) -> bool:
        """A new item after the selected one (its sub-items), or a sub-item right below it."""
        at, level = agenda_rows.insertion_point(self.model.items(), self._current_row(), level)
        text = self.tr("Add sub-item") if level else self.tr("Add item")

        def make(_translate: Callable[[int], int], version_id: int) -> AgendaCommand:
            item = AgendaItem(
                version_id=version_id,
                position=0,
                number="",
                title=NEW_ITEM_TITLE,
                level=level,
                minutes=NEW_ITEM_MINUTES,
            )
            return AddItem(self, item, at, text)

        if not self.runner.run(make):
            return False
        self.pane.focus_title()
        return True

    def delete_current(self) -> bool:
        row = self._current_row()
        item = self._current_item()
        if row is None or item is None or item.id is None:
            return False
        subs = agenda_rows.sub_item_count(self.model.items(), row)
        if subs:
            title = item.title or item.title_ko
            if subs == 1:
                question = self.tr("Delete item {0} “{1}” and its 1 sub-item?").format(item.number, title)
            else:
                question = self.tr("Delete item {0} “{1}” and its {2} sub-items?").format(item.number, title, subs)
            if not prompts.confirm_delete_item(self, question):
                return False
        target = item.id
        text = self.tr("Delete {0}").format(item.number)
        return self.runner.run(lambda translate, _v: DeleteItem(self, translate(target), text))

    def _move(self, item_id: int, to: int) -> bool:
        return self.runner.run(lambda translate, _v: MoveItem(self, translate(item_id), to))

    def move_current(self, delta: int) -> bool:
        """Move the selected item (with its sub-items) one step up (-1) or down (+1)."""
        row = self._current_row()
        item = self._current_item()
        if row is None or item is None or item.id is None:
            return False
        to = agenda_rows.step_target(self.model.items(), row, delta)
        return to is not None and self._move(item.id, to)

    def drop_item(self, item_id: int, before_row: int) -> bool:
        """A row dropped before ``before_row``: the index the block's first row will have."""
        to = agenda_rows.drop_target(self.model.items(), item_id, before_row)
        return to is not None and self._move(item_id, to)

    def set_current_level(self, level: int) -> bool:
        item = self._current_item()
        if item is None or item.id is None or item.level == level:
            return False
        target, previous = item.id, item.level
        text = (self.tr("Indent {0}") if level else self.tr("Outdent {0}")).format(item.number)
        return self.runner.run(lambda translate, _v: SetLevel(self, translate(target), level, previous, text))
