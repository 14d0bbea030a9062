"""The Delegations tab of a session's page: both delegations side by side, ours first, heads first.

Every edit calls ``services.delegations`` and lands on the window's one undo history. After a
write the tab rereads the delegations, keeping selection and scroll on the same people, and
tells the other views. Each side is a ``SideColumn``; the copy from the previous session is
``delegation_copy``, the overlap warnings ``overlap_warnings``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Body
from desktop_app.errors import UserError
from desktop_app.services.delegations import (
    SessionDelegations,
    add_to_delegation,
    delegations,
    remove_from_delegation,
    reorder_delegation,
    restore_to_delegation,
    set_role,
    set_rsvp,
    undo_role_change,
)
from desktop_app.services.people import list_people
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import notices
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import WritesWithUndo, history_of
from desktop_app.ui.common.widgets import follow_palette
from desktop_app.ui.people import prompts
from desktop_app.ui.people.delegation_copy import CopyFromPrevious
from desktop_app.ui.people.delegation_model import (
    role_label,
    rsvp_label,
)
from desktop_app.ui.people.overlap_warnings import amber_style, box_text, warnings_by_person
from desktop_app.ui.people.shortcuts import LocalShortcuts
from desktop_app.ui.people.side_column import SideColumn, heading_text


class DelegationsTab(QWidget, WritesWithUndo):
    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.workspace: Workspace | None = None
        self.session_id: int | None = None
        self.current: SessionDelegations | None = None
        self.columns: dict[str, SideColumn] = {}
        self._side_order: tuple[str, ...] = ()
        self._focus_side: str | None = None
        self.undo_stack = history_of(navigator, self)  # the window's one history

        self.add_action = self._action(
            self.tr("&Add people…"), self.add_people, self.tr("Add people from the directory")
        )
        self.remove_action = self._action(
            self.tr("&Remove"), self.remove_selected, self.tr("Take the selected people out")
        )
        self.copy_action = self._action(self.tr("&Copy from previous session"), lambda: self.copying.run())
        self.copying = CopyFromPrevious(self, self.copy_action)
        self.up_action = self._action(
            self.tr("Move &up"), lambda: self.move_selected(-1), self.tr("Move the selected delegate up")
        )
        self.down_action = self._action(
            self.tr("Move &down"), lambda: self.move_selected(1), self.tr("Move the selected delegate down")
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.shortcuts = LocalShortcuts(self)
        self.shortcuts.add(self.add_action, "Ctrl+N")
        self.shortcuts.add(self.remove_action, QKeySequence.StandardKey.Delete)
        self.shortcuts.add(self.copy_action, "Ctrl+Shift+C")
        self.shortcuts.add(self.up_action, "Ctrl+Up")
        self.shortcuts.add(self.down_action, "Ctrl+Down")
        self.shortcuts.add(self.undo_action, "Ctrl+Z")
        self.shortcuts.add(self.redo_action, "Ctrl+Shift+Z", "Ctrl+Y")

        toolbar = QToolBar(self.tr("Delegations"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.remove_action, self.copy_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.up_action)
        toolbar.addAction(self.down_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.toolbar = toolbar

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.columns_row = QHBoxLayout()
        self.columns_row.setSpacing(16)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        follow_palette(self.warnings, amber_style)
        self.warnings.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.hint)
        layout.addLayout(self.columns_row, 1)
        layout.addWidget(self.warnings)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- loading -------------------------------------------------------------------------
    def load(self, workspace: Workspace, session_id: int) -> None:
        self.workspace, self.session_id = workspace, session_id
        self._build_columns(workspace.body)
        hangul_first = getattr(self.navigator, "name_order", "roman") == "hangul"
        for column in self.columns.values():
            column.model.hangul_first = hangul_first
        self.refresh()

    def _build_columns(self, body: Body) -> None:
        order = tuple(side.code for side in sorted(body.sides, key=lambda side: side.code != body.home_side))
        if order == self._side_order:
            return
        for column in self.columns.values():
            self.columns_row.removeWidget(column)
            column.deleteLater()
        self.columns = {}
        for code in order:
            column = SideColumn(body.side(code), self)
            column.model.role_requested.connect(self.change_role)
            install_row_menu(
                column.table,
                lambda index: (
                    [self.remove_action, self.up_action, self.down_action, None, self.add_action]
                    if index.isValid()
                    else [self.add_action, self.copy_action]
                ),
            )
            column.model.rsvp_requested.connect(self.change_rsvp)
            column.model.order_requested.connect(self.reorder)
            column.table.selectionModel().selectionChanged.connect(
                lambda _s, _d, code=code: self._selection_changed(code)
            )
            self.shortcuts.watch(column.table)
            self.columns[code] = column
            self.columns_row.addWidget(column, 1)
        self._side_order = order

    def refresh(self, select: Sequence[int] = ()) -> None:
        """Reread both delegations and the warnings; selection and scroll stay on the same people."""
        workspace, session_id = self.loaded_session()
        self.current = current = delegations(workspace, session_id)
        warnings = warnings_by_person(workspace, session_id)
        for side in current.sides:
            column = self.columns.get(side.side.code)
            if column is None:
                continue
            column.model.set_delegates(side.delegates, {pid: "\n".join(texts) for pid, texts in warnings.items()})
            column.heading.setText(heading_text(side.side, side.counts))
            chosen = [pid for pid in select if pid in side.person_ids]
            if chosen:
                column.select_ids(chosen)
        self.warnings.setText(box_text(warnings))
        self.warnings.setVisible(bool(warnings))
        self.copying.offer(workspace, session_id)
        self._update_hint()
        self._update_actions()

    def _update_hint(self) -> None:
        empty = self.current is not None and not any(side.delegates for side in self.current.sides)
        if empty:
            if self.copying.source_title:
                text = self.tr(
                    "No one is seated for this session yet. Add people from the directory (Ctrl+N) "
                    "or copy both delegations of “{0}” in one step (Copy from previous session)."
                ).format(self.copying.source_title)
            else:
                text = self.tr("No one is seated for this session yet. Add people from the directory (Ctrl+N).")
            self.hint.setText(text)
        else:
            self.hint.setText(
                self.tr(
                    "Drag to reorder (or Ctrl+Up / Ctrl+Down); the head of delegation sits first. "
                    "Double-click a role or an answer to change it."
                )
            )
        self.hint.setVisible(True)

    def loaded_session(self) -> tuple[Workspace, int]:
        if self.workspace is None or self.session_id is None:
            raise RuntimeError("the Delegations tab has no session loaded")
        return self.workspace, self.session_id

    # -- selection -----------------------------------------------------------------------
    def _selection_changed(self, code: str) -> None:
        column = self.columns[code]
        if column.selected_ids():
            self._focus_side = code
            for other_code, other in self.columns.items():  # one selection at a time, across both sides
                if other_code != code:
                    other.table.clearSelection()
        self._update_actions()

    def selected(self) -> tuple[str | None, list[int]]:
        for code, column in self.columns.items():
            ids = column.selected_ids()
            if ids:
                return code, ids
        return None, []

    def _update_actions(self) -> None:
        writable = self.workspace is not None and not self.workspace.store.read_only
        _code, ids = self.selected()
        self.add_action.setEnabled(writable)
        self.remove_action.setEnabled(writable and bool(ids))
        movable = writable and len(ids) == 1
        self.up_action.setEnabled(movable)
        self.down_action.setEnabled(movable)
        for column in self.columns.values():
            column.table.setDragEnabled(writable)
            if not writable:
                column.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- writing -------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.navigator.status_message.emit(text)

    def after_write(self, select: Sequence[int], status: str) -> None:
        """Show the delegations as they now are, select ``select``, tell the other views."""
        self.refresh(select)
        self.navigator.tell("delegations", (self.session_id,) if self.session_id else (), self)
        if status:
            self.navigator.status_message.emit(status)

    def add_people(self) -> None:
        workspace, session_id = self.loaded_session()
        present = [pid for side in (self.current.sides if self.current else ()) for pid in side.person_ids]
        people = list_people(workspace, include_retired=False)
        chosen = prompts.pick_people(
            self,
            people,
            workspace.body,
            side=self._focus_side or workspace.body.home_side,
            excluded_ids=present,
        )
        if not chosen:
            return
        added: list[Attendance] = []
        try:
            for pid in chosen:
                added.append(add_to_delegation(workspace, session_id, pid))
        except UserError as exc:
            self.refuse(self.tr("Cannot add everyone chosen"), notices.refusal(exc, self._body()))
            if not added:
                self.refresh()
                return
        ids = [a.person_id for a in added]
        by_id = {p.id: p.name for p in people}

        def redo() -> None:
            for attendance in added:
                restore_to_delegation(workspace, attendance)

        def undo() -> None:
            for attendance in reversed(added):
                remove_from_delegation(workspace, session_id, attendance.person_id)

        if len(ids) == 1:
            names = by_id.get(ids[0]) or self.tr("1 person")
        else:
            names = self.tr("{0} people").format(len(ids))
        self.push_done(self.tr("Add {0}").format(names), redo=redo, undo=undo, select=ids)

    def remove_selected(self) -> None:
        workspace, session_id = self.loaded_session()
        code, ids = self.selected()
        if code is None or not ids:
            return
        names = self._names(ids)
        column = self.columns[code]
        rows = {pid: column.model.row_of(pid) or 0 for pid in ids}
        next_row = min(rows.values())
        # The later seats first: each removal leaves the earlier ones' places as they were.
        removed: list[Attendance] = []
        try:
            for pid in sorted(ids, key=lambda pid: -rows[pid]):
                removed.append(remove_from_delegation(workspace, session_id, pid))
        except UserError as exc:
            self.refuse(self.tr("Cannot remove"), notices.refusal(exc, self._body()))
            if not removed:
                return

        def redo() -> None:
            for attendance in removed:
                remove_from_delegation(workspace, session_id, attendance.person_id)

        def undo() -> None:
            for attendance in reversed(removed):  # the earlier seats first, each back in its place
                restore_to_delegation(workspace, attendance)

        self.push_done(self.tr("Remove {0}").format(names), redo=redo, undo=undo, select=[])
        if column.model.rowCount():  # the selection moves on to the next seat, as in a list
            row = min(next_row, column.model.rowCount() - 1)
            column.select_ids([column.model.delegate(row).attendance.person_id])

    def change_role(self, person_id: int, role: Role) -> None:
        workspace, session_id = self.loaded_session()
        try:
            change = set_role(workspace, session_id, person_id, role)
        except UserError as exc:
            self.refuse(self.tr("Cannot change the role"), notices.refusal(exc, self._body()))
            self.refresh([person_id])
            return
        if change.before.role is role:
            return
        latest = [change]

        def redo() -> None:
            latest[0] = set_role(workspace, session_id, person_id, role)

        self.push_done(
            self.tr("Make {0} {1}").format(self._names([person_id]), role_label(role).lower()),
            redo=redo,
            undo=lambda: undo_role_change(workspace, latest[0]),
            select=[person_id],
        )

    def change_rsvp(self, person_id: int, rsvp: Rsvp) -> None:
        workspace, session_id = self.loaded_session()
        try:
            before = set_rsvp(workspace, session_id, person_id, rsvp)
        except UserError as exc:
            self.refuse(self.tr("Cannot record the answer"), notices.refusal(exc, self._body()))
            return
        if before.rsvp is rsvp:
            self.refresh([person_id])
            return
        self.push_done(
            self.tr("Mark {0} {1}").format(self._names([person_id]), rsvp_label(rsvp).lower()),
            redo=lambda: set_rsvp(workspace, session_id, person_id, rsvp),
            undo=lambda: set_rsvp(workspace, session_id, person_id, before.rsvp),
            select=[person_id],
        )

    def reorder(self, side: str, person_ids: list[int]) -> None:
        workspace, session_id = self.loaded_session()
        moved = [pid for pid in self.columns[side].selected_ids() if pid in person_ids]
        try:
            before = reorder_delegation(workspace, session_id, side, person_ids)
        except UserError as exc:
            self.refuse(self.tr("Cannot reorder"), notices.refusal(exc, self._body()))
            self.refresh()
            return
        after = list(person_ids)
        self.push_done(
            self.tr("Reorder the {0} delegation").format(side),
            redo=lambda: reorder_delegation(workspace, session_id, side, after),
            undo=lambda: reorder_delegation(workspace, session_id, side, before),
            select=moved,
        )

    def move_selected(self, step: int) -> None:
        code, ids = self.selected()
        if code is None or len(ids) != 1:
            return
        model = self.columns[code].model
        row = model.row_of(ids[0])
        if row is not None:
            model.move_row(row, row + step)

    def _names(self, person_ids: Sequence[int]) -> str:
        if len(person_ids) != 1:
            return self.tr("{0} people").format(len(person_ids))
        if self.current is not None:
            for side in self.current.sides:
                for delegate in side.delegates:
                    if delegate.attendance.person_id == person_ids[0]:
                        return delegate.person.name
        return self.tr("1 person")
