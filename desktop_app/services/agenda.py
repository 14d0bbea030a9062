"""Use cases of the agenda editor: items, their order and level, outcomes, the timed view.

Each function is one user action in one transaction and returns fresh dataclasses,
including the whole renumbered version, so a view can refresh without reading again.
Each edit also returns what the editor's undo (QUndoStack) needs to reverse it:

    add_item(item)               undone by  delete_item(result.item.id)
    update_item(item)            undone by  update_item(result.previous)
    delete_item(item_id)         undone by  restore_items(result)
    move_item(item_id, to)       undone by  move_item(item_id, result.previous_position)
    set_level(item_id, level)    undone by  set_level(item_id, result.previous.level)
    record_outcome(item_id, t)   undone by  record_outcome(item_id, result.previous.outcome)

Versions, their status and comparisons are in ``agenda_versions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session
from desktop_app.domain.timetable import overrun_minutes, timetable, total_minutes
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.agenda_versions import current_version
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository as repo
from desktop_app.storage import session_repository

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class ItemChange:
    """One item before and after an edit, and the whole version afterwards."""

    previous: AgendaItem | None  # None when the item was added
    item: AgendaItem
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class ItemMove:
    item: AgendaItem
    previous_position: int
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class ItemRemoval:
    """What a delete took away: enough for ``restore_items`` to put it back as it was."""

    version_id: int
    removed: tuple[AgendaItem, ...]  # the item and its sub-items, with their old positions
    action_links: tuple[tuple[int, int], ...]  # (action id, item id) that pointed at them
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class TimedAgendaItem:
    item: AgendaItem
    start: datetime  # in the session's own zone
    end: datetime
    local_starts: Mapping[str, datetime]  # zone name → start there; the session's zone first
    presenter: str  # the presenter's name, "" when none is set


@dataclass(frozen=True)
class TimedAgenda:
    session: Session
    version: AgendaVersion | None  # None: the session has no agenda yet
    items: tuple[TimedAgendaItem, ...]
    total_minutes: int
    overrun_minutes: int

    @property
    def warning(self) -> str:
        """A sentence for the overrun, "" when the agenda fits the session."""
        if not self.overrun_minutes:
            return ""
        return (
            f"The agenda runs {self.overrun_minutes} minutes over: {self.total_minutes} minutes planned "
            f"for a {self.session.duration_minutes}-minute session."
        )


# -- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundItem:
    """Where an agenda item lives: its session and version, and the version that counts now."""

    item: AgendaItem
    session_id: int
    version: AgendaVersion
    current: AgendaVersion | None

    @property
    def in_current(self) -> bool:
        return self.current is not None and self.current.id == self.version.id


def locate_item(workspace: Workspace, item_id: int) -> FoundItem:
    """The version holding ``item_id`` (a search hit may be in any version, not only the current one)."""
    db = workspace.store.db
    item = repo.get_item(db, item_id)
    version = repo.get_version(db, item.version_id)
    return FoundItem(item, version.session_id, version, current_version(workspace, version.session_id))


def list_items(workspace: Workspace, version_id: int) -> tuple[AgendaItem, ...]:
    return tuple(rules.in_order(repo.list_items(workspace.store.db, version_id)))


def agenda_with_times(workspace: Workspace, session_id: int, version_id: int | None = None) -> TimedAgenda:
    """A version (by default the one that counts: the agreed one, else the latest) with each
    item's start in both capitals' zones, the total and the overrun against the session."""
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    version = repo.get_version(db, version_id) if version_id is not None else current_version(workspace, session_id)
    if version is not None and version.session_id != session_id:
        raise InvalidInput(
            Notice(
                f"agenda version {version.id} belongs to another session",
                "agenda.agenda_version_belongs_another",
                version_id=version.id,
            )
        )
    items = rules.in_order(repo.list_items(db, version.id)) if version and version.id is not None else []
    names = repo.presenter_names(db, {item.presenter_id for item in items if item.presenter_id is not None})
    zones = [session.timezone, *(side.timezone for side in workspace.body.sides)]
    timed = []
    for entry in timetable(items, session.local_start()):
        timed.append(
            TimedAgendaItem(
                item=entry.item,
                start=entry.start,
                end=entry.end,
                local_starts={zone: entry.start.astimezone(ZoneInfo(zone)) for zone in dict.fromkeys(zones)},
                presenter=names.get(entry.item.presenter_id, "") if entry.item.presenter_id is not None else "",
            )
        )
    return TimedAgenda(
        session=session,
        version=version,
        items=tuple(timed),
        total_minutes=total_minutes(items),
        overrun_minutes=overrun_minutes(items, session.duration_minutes),
    )


# -- editing ---------------------------------------------------------------------------


def _load(db: sqlite_utils.Database, version_id: int) -> tuple[AgendaVersion, list[AgendaItem]]:
    return repo.get_version(db, version_id), rules.in_order(repo.list_items(db, version_id))


def _check_item(db: sqlite_utils.Database, workspace: Workspace, item: AgendaItem) -> None:
    rules.check_item(item, workspace.body.side_codes)
    if (
        item.presenter_id is not None
        and not db.execute("SELECT 1 FROM people WHERE id = ?", [item.presenter_id]).fetchone()
    ):
        raise NotFound(
            Notice(
                f"there is no person {item.presenter_id} to present the item",
                "agenda.no_person_present_item",
                presenter_id=item.presenter_id,
            )
        )


def add_item(workspace: Workspace, item: AgendaItem, *, at: int | None = None) -> ItemChange:
    """Add ``item`` to the version ``item.version_id`` at index ``at`` (the end by default).

    The item's own position and number are ignored: they follow from where it lands. An
    item (level 0) lands between sections, after the sub-items of the one it is dropped in.
    """
    with workspace.store.transaction() as db:
        version, ordered = _load(db, item.version_id)
        rules.check_editable(version)
        _check_item(db, workspace, item)
        fresh = replace(item, id=None, position=0, number="", outcome="", gid="", lineage="")
        placed, landed = rules.place(ordered, [fresh], len(ordered) if at is None else at)
        repo.insert_item(db, placed[landed])
        repo.save_order(db, ordered, placed)
        items = tuple(rules.in_order(repo.list_items(db, item.version_id)))
        return ItemChange(previous=None, item=items[landed], items=items)


def update_item(workspace: Workspace, item: AgendaItem) -> ItemChange:
    """Write the editable fields of ``item`` (text, lead, presenter, minutes, internal fields).

    Position and level are changed by ``move_item`` and ``set_level``, the outcome by
    ``record_outcome``; whatever ``item`` says about them is ignored. In an agreed
    version only the internal fields may change.
    """
    if item.id is None:
        raise NotFound(Notice("the agenda item has not been saved yet", "agenda.agenda_item_not_been"))
    with workspace.store.transaction() as db:
        stored = repo.get_item(db, item.id)
        version, ordered = _load(db, stored.version_id)
        changed = rules.changed_fields(stored, item)
        if not changed:
            return ItemChange(previous=stored, item=stored, items=tuple(ordered))
        rules.check_editable(version, changed)
        updated = replace(stored, **{name: getattr(item, name) for name in rules.EDITABLE_ITEM_FIELDS})
        _check_item(db, workspace, updated)
        repo.update_item(db, updated)
        items = tuple(updated if entry.id == updated.id else entry for entry in ordered)
        return ItemChange(previous=stored, item=updated, items=items)


def delete_item(workspace: Workspace, item_id: int) -> ItemRemoval:
    """Delete an item with its sub-items (a sub-item alone). Action items recorded against
    them stay, unlinked; ``restore_items`` links them again."""
    with workspace.store.transaction() as db:
        stored = repo.get_item(db, item_id)
        version, ordered = _load(db, stored.version_id)
        rules.check_editable(version)
        rest, removed = rules.without_block(ordered, item_id)
        removed_ids = [entry.id for entry in removed if entry.id is not None]
        links = repo.action_links(db, removed_ids)
        repo.delete_items(db, removed_ids)
        repo.save_order(db, ordered, rest)
        return ItemRemoval(stored.version_id, tuple(removed), tuple(links), tuple(rest))


def restore_items(workspace: Workspace, removal: ItemRemoval) -> tuple[AgendaItem, ...]:
    """Put deleted items back where they were, under their old ids where those are still free."""
    if not removal.removed:
        return list_items(workspace, removal.version_id)
    with workspace.store.transaction() as db:
        version, ordered = _load(db, removal.version_id)
        rules.check_editable(version)
        block = [replace(entry, version_id=removal.version_id) for entry in removal.removed]
        placed, landed = rules.place(ordered, block, block[0].position)
        new_ids: dict[int, int] = {}
        for entry in placed[landed : landed + len(block)]:
            _check_item(db, workspace, entry)
            new_id = repo.insert_item(db, entry)
            if entry.id is not None:
                new_ids[entry.id] = new_id
        repo.save_order(db, ordered, placed)
        repo.relink_actions(db, [(action, new_ids[item]) for action, item in removal.action_links if item in new_ids])
        return tuple(rules.in_order(repo.list_items(db, removal.version_id)))


def move_item(workspace: Workspace, item_id: int, to: int) -> ItemMove:
    """Move an item (with its sub-items) so that it sits at index ``to`` afterwards."""
    with workspace.store.transaction() as db:
        stored = repo.get_item(db, item_id)
        version, ordered = _load(db, stored.version_id)
        rules.check_editable(version)
        moved, start, landed = rules.move(ordered, item_id, to)
        repo.save_order(db, ordered, moved)
        return ItemMove(item=moved[landed], previous_position=start, items=tuple(moved))


def set_level(workspace: Workspace, item_id: int, level: int) -> ItemChange:
    """Make an item a sub-item (1) of the item above it, or an item (0) of its own."""
    with workspace.store.transaction() as db:
        stored = repo.get_item(db, item_id)
        version, ordered = _load(db, stored.version_id)
        if stored.level == level:
            return ItemChange(previous=stored, item=stored, items=tuple(ordered))
        rules.check_editable(version)
        changed = rules.with_level(ordered, item_id, level)
        repo.save_order(db, ordered, changed)
        index = rules.index_of(changed, item_id)
        return ItemChange(previous=stored, item=changed[index], items=tuple(changed))


def renumber(workspace: Workspace, version_id: int) -> tuple[AgendaItem, ...]:
    """Repair positions and numbers (after an import, say); a leading sub-item becomes an item."""
    with workspace.store.transaction() as db:
        version, ordered = _load(db, version_id)
        fixed = [*ordered]
        if fixed and fixed[0].level != 0:
            fixed[0] = replace(fixed[0], level=0)
        fixed = rules.numbered(fixed)
        if fixed != ordered:
            rules.check_editable(version)
            repo.save_order(db, ordered, fixed)
        return tuple(fixed)


def record_outcome(workspace: Workspace, item_id: int, outcome: str) -> ItemChange:
    """The outcome and decisions of an item, after the session; allowed in an agreed version."""
    with workspace.store.transaction() as db:
        stored = repo.get_item(db, item_id)
        version, ordered = _load(db, stored.version_id)
        rules.check_editable(version, ["outcome"])
        updated = replace(stored, outcome=outcome.strip())
        repo.update_item(db, updated)
        items = tuple(updated if entry.id == updated.id else entry for entry in ordered)
        return ItemChange(previous=stored, item=updated, items=items)
