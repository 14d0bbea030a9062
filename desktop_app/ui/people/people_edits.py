"""The People view's edits: add, edit, retire or reinstate, and merge — each one undoable step.

Each asks what it needs (the person dialog, the duplicate warning, the merge choice), calls a
service, and puts the call and its inverse on the window's history (``host.push_done``), which
also shows the result and tells the other views. A refusal is shown with its reason and
changes nothing. The strings are the People view's ("PeopleView").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.domain.person import Person
from desktop_app.errors import UserError
from desktop_app.services.people import (
    EDITABLE_FIELDS,
    add_person,
    delete_unused_person,
    likely_duplicates,
    merge_people,
    reinstate_person,
    restore_deleted_person,
    retire_person,
    undo_merge,
    update_person,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.people import prompts


class EditsHost(Protocol):
    """The People view, as its edits see it: the directory loaded, the selection, the history."""

    def loaded_workspace(self) -> Workspace: ...

    def current_person(self) -> Person | None: ...

    def selected_people(self) -> list[Person]: ...

    def push_done(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], select: Sequence[int]
    ) -> None: ...

    def after_write(self, select: Sequence[int], status: str) -> None: ...

    def refuse(self, title: str, message: str) -> None: ...


class PeopleEdits:
    """The edits of ``host``'s directory; ``parent`` is the widget their dialogs open over."""

    def __init__(self, host: EditsHost, parent: QWidget) -> None:
        self.host, self.parent = host, parent

    def add_person(self) -> None:
        workspace = self.host.loaded_workspace()
        person = prompts.ask_person(self.parent, workspace.body)
        if person is None:
            return
        matches = likely_duplicates(workspace, person)
        if matches and not prompts.confirm_add_duplicate(self.parent, person, matches):
            return
        try:
            added = add_person(workspace, person)
        except UserError as exc:
            self.host.refuse(translate("PeopleView", "Cannot add the person"), notices.refusal(exc, workspace.body))
            return
        pid = added.id
        assert pid is not None
        self.host.push_done(
            translate("PeopleView", "Add {0}").format(added.name),
            redo=lambda: restore_deleted_person(workspace, added),
            undo=lambda: delete_unused_person(workspace, pid),
            select=[pid],
        )

    def edit_person(self) -> None:
        workspace = self.host.loaded_workspace()
        person = self.host.current_person()
        if person is None or person.id is None:
            return
        edited = prompts.ask_person(self.parent, workspace.body, person)
        if edited is None:
            return
        changes = {
            name: getattr(edited, name) for name in EDITABLE_FIELDS if getattr(edited, name) != getattr(person, name)
        }
        if not changes:
            return
        pid = person.id
        try:
            edit = update_person(workspace, pid, **changes)
        except UserError as exc:
            self.host.refuse(
                translate("PeopleView", "Cannot save {0}").format(person.name), notices.refusal(exc, workspace.body)
            )
            return
        if not edit.changed_fields:
            return
        self.host.push_done(
            translate("PeopleView", "Edit {0}").format(edit.after.name),
            redo=lambda: update_person(workspace, pid, **edit.redo_changes()),
            undo=lambda: update_person(workspace, pid, **edit.undo_changes()),
            select=[pid],
        )

    def toggle_retired(self) -> None:
        """Retire the selected people; if every one of them is retired already, reinstate them."""
        workspace = self.host.loaded_workspace()
        selected = [p for p in self.host.selected_people() if p.id is not None]
        if not selected:
            return
        reinstate = all(p.retired for p in selected)
        targets = [p for p in selected if p.retired == reinstate]
        act = reinstate_person if reinstate else retire_person
        back = retire_person if reinstate else reinstate_person
        ids = [p.id for p in targets if p.id is not None]
        done: list[int] = []
        try:
            for pid in ids:
                act(workspace, pid)
                done.append(pid)
        except UserError as exc:
            for pid in done:
                back(workspace, pid)
            self.host.refuse(
                translate("PeopleView", "Cannot reinstate") if reinstate else translate("PeopleView", "Cannot retire"),
                notices.refusal(exc, workspace.body),
            )
            self.host.after_write([], "")
            return
        if len(targets) == 1:
            text = translate("PeopleView", "Reinstate {0}") if reinstate else translate("PeopleView", "Retire {0}")
            text = text.format(targets[0].name)
        else:
            text = (
                translate("PeopleView", "Reinstate {0} people")
                if reinstate
                else translate("PeopleView", "Retire {0} people")
            )
            text = text.format(len(targets))

        def redo() -> None:
            for pid in ids:
                act(workspace, pid)

        def undo() -> None:
            for pid in reversed(ids):
                back(workspace, pid)

        self.host.push_done(text, redo=redo, undo=undo, select=ids)

    def merge_selected(self) -> None:
        workspace = self.host.loaded_workspace()
        selected = self.host.selected_people()
        if len(selected) != 2:
            return
        choice = prompts.ask_merge(self.parent, selected[0], selected[1])
        if choice is None:
            return
        keep_id, merge_id = choice.keep_id, choice.merge_id
        try:
            result = merge_people(workspace, keep_id, merge_id)
        except UserError as exc:
            self.host.refuse(translate("PeopleView", "Cannot merge"), notices.refusal(exc, workspace.body))
            return
        latest = [result]

        def redo() -> None:
            latest[0] = merge_people(workspace, keep_id, merge_id)

        self.host.push_done(
            translate("PeopleView", "Merge {0} into {1}").format(result.merged.name, result.kept.after.name),
            redo=redo,
            undo=lambda: undo_merge(workspace, latest[0]),
            select=[keep_id],
        )
