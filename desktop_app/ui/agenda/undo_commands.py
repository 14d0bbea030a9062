"""Undo commands of the agenda editor: each calls a service, its undo calls the inverse.

They are ``desktop_app.ui.common.undo.ServiceCommand``s (run once before the push; a refused
undo/redo leaves the history); ``AgendaCommand`` adds the editor's id map.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.errors import UserError
from desktop_app.services import agenda as agenda_service
from desktop_app.services import agenda_versions
from desktop_app.services.agenda import ItemRemoval
from desktop_app.services.agenda_versions import StatusChange
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.ids import IdMap
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.undo import ServiceCommand


class EditorContext(Protocol):
    """What a command needs from the editor that pushed it."""

    @property
    def workspace(self) -> Workspace: ...

    @property
    def ids(self) -> IdMap: ...

    def agenda_changed(self, version_id: int, item_id: int | None) -> None:
        """Show ``version_id`` as it is now, with ``item_id`` selected."""

    def versions_changed(self, version_id: int | None) -> None:
        """A version was created, deleted or changed status; show ``version_id``."""

    def command_failed(self, text: str, error: UserError) -> None: ...


class AgendaCommand(ServiceCommand):
    """Base of the agenda editor's commands: the editor resolves ids and reports refusals."""

    def __init__(self, editor: EditorContext, text: str) -> None:
        super().__init__(editor, text)
        self.editor = editor

    # -- ids as they are now ---------------------------------------------------------
    def item_id(self, item_id: int | None) -> int:
        assert item_id is not None  # commands are made for saved items only
        return self.editor.ids.item(item_id)

    def version_id(self, version_id: int | None) -> int:
        assert version_id is not None
        return self.editor.ids.version(version_id)

    def now(self, item: AgendaItem) -> AgendaItem:
        return replace(item, id=self.item_id(item.id), version_id=self.version_id(item.version_id))


class UpdateItem(AgendaCommand):
    """Text, lead, presenter, minutes, internal fields: ``update_item`` both ways."""

    def __init__(self, editor: EditorContext, before: AgendaItem, after: AgendaItem, text: str) -> None:
        super().__init__(editor, text)
        self.before, self.after = before, after

    def _write(self, item: AgendaItem) -> None:
        change = agenda_service.update_item(self.editor.workspace, self.now(item))
        self.editor.agenda_changed(change.item.version_id, change.item.id)

    def do(self) -> None:
        self._write(self.after)

    def undo_(self) -> None:
        self._write(self.before)


class AddItem(AgendaCommand):
    def __init__(self, editor: EditorContext, item: AgendaItem, at: int | None, text: str | None = None) -> None:
        super().__init__(editor, text or translate("AgendaCommands", "Add item"))
        self.item, self.at = item, at
        self.added_id: int | None = None  # the id the first run gave: what later commands remember

    def do(self) -> None:
        change = agenda_service.add_item(
            self.editor.workspace, replace(self.item, version_id=self.version_id(self.item.version_id)), at=self.at
        )
        new_id = change.item.id
        assert new_id is not None
        if self.added_id is None:
            self.added_id = new_id
        else:
            self.editor.ids.items_moved([(self.added_id, new_id)])
        self.editor.agenda_changed(change.item.version_id, new_id)

    def undo_(self) -> None:
        removal = agenda_service.delete_item(self.editor.workspace, self.item_id(self.added_id))
        self.editor.agenda_changed(removal.version_id, None)


class DeleteItem(AgendaCommand):
    """Deletes an item with its sub-items; undo puts them back where they were."""

    def __init__(self, editor: EditorContext, item_id: int, text: str) -> None:
        super().__init__(editor, text)
        self.target = item_id
        self.removal: ItemRemoval | None = None

    def do(self) -> None:
        self.removal = agenda_service.delete_item(self.editor.workspace, self.item_id(self.target))
        self.editor.agenda_changed(self.removal.version_id, None)

    def undo_(self) -> None:
        assert self.removal is not None
        removal = replace(self.removal, version_id=self.version_id(self.removal.version_id))
        items = agenda_service.restore_items(self.editor.workspace, removal)
        restored = {item.id for item in items}
        first = removal.removed[0].position
        block = items[first : first + len(removal.removed)]
        pairs = [
            (old.id, new.id)
            for old, new in zip(removal.removed, block, strict=False)
            if old.id is not None and new.id is not None and old.id not in restored
        ]
        self.editor.ids.items_moved(pairs)
        self.editor.agenda_changed(removal.version_id, self.item_id(self.target))


class MoveItem(AgendaCommand):
    """Moves an item with its sub-items; undo moves it back to its old index."""

    def __init__(self, editor: EditorContext, item_id: int, to: int, text: str | None = None) -> None:
        super().__init__(editor, text or translate("AgendaCommands", "Move item"))
        self.target, self.to = item_id, to
        self.previous = 0

    def do(self) -> None:
        move = agenda_service.move_item(self.editor.workspace, self.item_id(self.target), self.to)
        self.previous = move.previous_position
        self.editor.agenda_changed(move.item.version_id, move.item.id)

    def undo_(self) -> None:
        move = agenda_service.move_item(self.editor.workspace, self.item_id(self.target), self.previous)
        self.editor.agenda_changed(move.item.version_id, move.item.id)


class SetLevel(AgendaCommand):
    """Indent (sub-item) or outdent (item)."""

    def __init__(self, editor: EditorContext, item_id: int, level: int, previous: int, text: str) -> None:
        super().__init__(editor, text)
        self.target, self.level, self.previous = item_id, level, previous

    def _set(self, level: int) -> None:
        change = agenda_service.set_level(self.editor.workspace, self.item_id(self.target), level)
        self.editor.agenda_changed(change.item.version_id, change.item.id)

    def do(self) -> None:
        self._set(self.level)

    def undo_(self) -> None:
        self._set(self.previous)


class _CreatesVersion(AgendaCommand):
    """Base of the commands that make a new draft; undo deletes it (``delete_draft``)."""

    def __init__(self, editor: EditorContext, text: str) -> None:
        super().__init__(editor, text)
        self.created: int | None = None  # the first run's version id
        self.copies: list[int] = []  # the first run's item ids, in order
        self.source_version: int | None = None  # what to show once undone

    def _created(self, version: AgendaVersion, copies: list[int]) -> None:
        assert version.id is not None
        if self.created is None:
            self.created, self.copies = version.id, copies
        else:
            self.editor.ids.version_moved(self.created, version.id)
            self.editor.ids.items_moved(zip(self.copies, copies, strict=False))
        self.editor.versions_changed(version.id)

    def _copies(self, version: AgendaVersion) -> list[int]:
        assert version.id is not None
        return [item.id for item in agenda_service.list_items(self.editor.workspace, version.id) if item.id]

    def undo_(self) -> None:
        agenda_versions.delete_draft(self.editor.workspace, self.version_id(self.created))
        source = self.version_id(self.source_version) if self.source_version is not None else None
        self.editor.versions_changed(source)


class NewDraft(_CreatesVersion):
    """A new draft, empty or copied from a version (of this session or an earlier one)."""

    def __init__(
        self,
        editor: EditorContext,
        session_id: int,
        label: str,
        proposed_by: str,
        copy_from: int | None,
        text: str,
        *,
        back_to: int | None = None,
    ) -> None:
        super().__init__(editor, text)
        self.session_id, self.label, self.proposed_by, self.copy_from = session_id, label, proposed_by, copy_from
        self.source_version = back_to

    def do(self) -> None:
        source = self.version_id(self.copy_from) if self.copy_from is not None else None
        version = agenda_versions.start_draft(
            self.editor.workspace, self.session_id, self.label, self.proposed_by, copy_from=source
        )
        self._created(version, self._copies(version))


class Branch(_CreatesVersion):
    """The draft ``edit_or_branch`` makes from an agreed version; ``item_ids`` maps each item to its copy."""

    def __init__(self, editor: EditorContext, source_version: int) -> None:
        super().__init__(editor, translate("AgendaCommands", "New draft from the agreed version"))
        self.source_version = source_version
        self.item_ids: dict[int, int] = {}

    def do(self) -> None:
        branch = agenda_versions.edit_or_branch(self.editor.workspace, self.version_id(self.source_version))
        if not branch.branched:  # reopened elsewhere meanwhile: what the editor showed was stale
            raise UserError(
                translate("AgendaCommands", 'version {0} "{1}" is no longer agreed; look again').format(
                    branch.version.version, branch.version.label
                )
            )
        order = agenda_service.list_items(self.editor.workspace, branch.version.id or 0)
        if not self.item_ids:
            self.item_ids = dict(branch.item_ids)
        self._created(branch.version, [entry.id for entry in order if entry.id is not None])

    def copy_of(self, item_id: int) -> int:
        return self.item_ids.get(item_id, item_id)


class SetStatus(AgendaCommand):
    """Propose, mark agreed, reopen; undo walks back, re-agreeing a superseded version."""

    def __init__(self, editor: EditorContext, version_id: int, status: AgendaStatus, text: str) -> None:
        super().__init__(editor, text)
        self.target, self.status = version_id, status
        self.change: StatusChange | None = None

    def do(self) -> None:
        reopen = self.status is AgendaStatus.PROPOSED
        self.change = agenda_versions.set_status(
            self.editor.workspace, self.version_id(self.target), self.status, reopen=reopen
        )
        self.editor.versions_changed(self.change.version.id)

    def undo_(self) -> None:
        assert self.change is not None
        target = self.version_id(self.target)
        agenda_versions.set_status(self.editor.workspace, target, self.change.previous.status, reopen=True)
        superseded = self.change.superseded
        if superseded is not None and superseded.id is not None:
            agenda_versions.set_status(self.editor.workspace, self.version_id(superseded.id), AgendaStatus.AGREED)
        self.editor.versions_changed(target)
