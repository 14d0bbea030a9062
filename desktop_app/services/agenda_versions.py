"""Use cases on agenda versions: drafts, the status ladder, branching from a locked version,
and comparing two versions.

One agreed version per session: agreeing a version supersedes the one agreed before it,
which goes back to "proposed" in the same transaction (``StatusChange.superseded``).
Refusing instead would make the ordinary amendment (edit the agreed agenda → new draft →
propose → agree) need a separate "reopen" of the old version first.

Undo pairs for the editor:

    start_draft / save_as_version / edit_or_branch (branched)   undone by  delete_draft(result.id)
    relabel(...)                                                undone by  relabel(previous label, side)
    set_status(v, s)                                            undone by  set_status(v, previous.status,
                                                                reopen=True) and re-agreeing ``superseded``
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_app import clock
from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.agenda_diff import AgendaDiff, diff_agendas
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository as repo
from desktop_app.storage import session_repository

if TYPE_CHECKING:
    import sqlite_utils

MAX_LABEL = 200


@dataclass(frozen=True)
class VersionChange:
    previous: AgendaVersion
    version: AgendaVersion


@dataclass(frozen=True)
class StatusChange:
    previous: AgendaVersion
    version: AgendaVersion
    superseded: AgendaVersion | None  # the version agreed before, now back to proposed


@dataclass(frozen=True)
class Branch:
    """The version to edit: the same one, or a new draft copied from a locked one."""

    version: AgendaVersion
    branched: bool
    item_ids: dict[int, int]  # old item id → its copy's id (empty when not branched)


@dataclass(frozen=True)
class Comparison:
    old: AgendaVersion
    new: AgendaVersion
    diff: AgendaDiff
    presenters: dict[int, str]  # person id → name, for the side-by-side view


# -- reading ---------------------------------------------------------------------------


def list_versions(workspace: Workspace, session_id: int) -> list[AgendaVersion]:
    return repo.list_versions(workspace.store.db, session_id)


def get_version(workspace: Workspace, version_id: int) -> AgendaVersion:
    return repo.get_version(workspace.store.db, version_id)


def find_version(workspace: Workspace, session_id: int, number: int) -> AgendaVersion:
    return repo.find_version(workspace.store.db, session_id, number)


def current_version(workspace: Workspace, session_id: int) -> AgendaVersion | None:
    """The version that counts for a session: the agreed one, else the latest; None without any."""
    versions = repo.list_versions(workspace.store.db, session_id)
    agreed = [version for version in versions if version.locked]
    candidates = agreed or versions
    return candidates[-1] if candidates else None


# -- creating --------------------------------------------------------------------------


def _check_label(workspace: Workspace, label: str, proposed_by: str) -> str:
    label = label.strip()
    if not label:
        raise InvalidInput(
            Notice('a version needs a label, such as "our draft 2"', "agenda_versions.version_needs_label_such")
        )
    if len(label) > MAX_LABEL:
        raise InvalidInput(
            Notice(
                f"a version label has at most {MAX_LABEL} characters",
                "agenda_versions.version_label_most_characters",
                max_label=MAX_LABEL,
            )
        )
    workspace.body.side(proposed_by)  # refuses a code that is not one of the two sides
    return label


def _new_version(
    db: sqlite_utils.Database,
    session_id: int,
    label: str,
    proposed_by: str,
    now: datetime | None,
    base_gid: str = "",
) -> AgendaVersion:
    version = AgendaVersion(
        base_gid=base_gid,
        session_id=session_id,
        version=repo.next_version_number(db, session_id),
        label=label,
        proposed_by=proposed_by,
        status=AgendaStatus.DRAFT,
        created=(now or clock.now()).astimezone(UTC),
    )
    version_id = repo.insert_version(db, version)
    return repo.get_version(db, version_id)


def _copy_items(db: sqlite_utils.Database, source: AgendaVersion, target_id: int) -> dict[int, int]:
    """Copy every item; outcomes only within the same session (they belong to the session held)."""
    if source.id is None:
        return {}
    ids: dict[int, int] = {}
    same_session = source.session_id == repo.get_version(db, target_id).session_id
    for item in rules.in_order(repo.list_items(db, source.id)):
        outcome = item.outcome if same_session else ""
        lineage = item.lineage if same_session else ""  # the same item in a new version; another session's is new
        copy = replace(item, id=None, gid="", lineage=lineage, version_id=target_id, outcome=outcome)
        new_id = repo.insert_item(db, copy)
        if item.id is not None:
            ids[item.id] = new_id
    return ids


def start_draft(
    workspace: Workspace,
    session_id: int,
    label: str,
    proposed_by: str | None = None,
    copy_from: int | None = None,
    *,
    now: datetime | None = None,
) -> AgendaVersion:
    """A new draft for the session, empty or copied from version ``copy_from`` (of any
    session: "copy from the last session"). The side defaults to ours."""
    side = proposed_by or workspace.body.home_side
    label = _check_label(workspace, label, side)
    with workspace.store.transaction() as db:
        session_repository.get_session(db, session_id)  # refuses an unknown session
        source = repo.get_version(db, copy_from) if copy_from is not None else None
        same_session = source is not None and source.session_id == session_id
        base = source.gid if source is not None and same_session else ""
        version = _new_version(db, session_id, label, side, now, base)
        if source is not None and version.id is not None:
            _copy_items(db, source, version.id)
        return version


def save_as_version(
    workspace: Workspace, version_id: int, label: str, proposed_by: str | None = None, *, now: datetime | None = None
) -> AgendaVersion:
    """Save a version's current agenda as a new draft with a label; the source stays as it was."""
    source = repo.get_version(workspace.store.db, version_id)
    return start_draft(workspace, source.session_id, label, proposed_by, copy_from=version_id, now=now)


def edit_or_branch(
    workspace: Workspace,
    version_id: int,
    label: str | None = None,
    proposed_by: str | None = None,
    *,
    now: datetime | None = None,
) -> Branch:
    """The version to apply an edit to: ``version_id`` itself unless it is agreed, else a new
    draft with the same items (``item_ids`` maps each item to its copy, so the editor can
    apply the edit it was about to make to the copy)."""
    with workspace.store.transaction() as db:
        source = repo.get_version(db, version_id)
        if not source.locked:
            return Branch(version=source, branched=False, item_ids={})
        side = proposed_by or workspace.body.home_side
        name = _check_label(workspace, label or f"{source.label} (amended)", side)
        version = _new_version(db, source.session_id, name, side, now, source.gid)
        ids = _copy_items(db, source, version.id) if version.id is not None else {}
        return Branch(version=version, branched=True, item_ids=ids)


def delete_draft(workspace: Workspace, version_id: int) -> AgendaVersion:
    """Delete a draft with its items (undoing its creation). Proposed and agreed versions
    are the record of the negotiation and are never deleted."""
    with workspace.store.transaction() as db:
        version = repo.get_version(db, version_id)
        if version.status is not AgendaStatus.DRAFT:
            raise InvalidInput(
                Notice(
                    f"version {version.version} is {version.status}; only a draft can be deleted",
                    "agenda_versions.version_only_draft_can",
                    version_version=version.version,
                    version_status=version.status,
                )
            )
        repo.delete_version(db, version_id)
        return version


# -- changing --------------------------------------------------------------------------


def relabel(workspace: Workspace, version_id: int, label: str, proposed_by: str) -> VersionChange:
    """Correct a version's label or side; metadata, so allowed on an agreed version too."""
    label = _check_label(workspace, label, proposed_by)
    with workspace.store.transaction() as db:
        previous = repo.get_version(db, version_id)
        version = replace(previous, label=label, proposed_by=proposed_by)
        repo.update_version(db, version)
        return VersionChange(previous, version)


def set_status(workspace: Workspace, version_id: int, status: AgendaStatus, *, reopen: bool = False) -> StatusChange:
    """Move a version along draft → proposed → agreed (``reopen`` takes an agreed one back
    to proposed). Agreeing supersedes the session's previously agreed version."""
    with workspace.store.transaction() as db:
        previous = repo.get_version(db, version_id)
        rules.check_transition(previous.status, status, reopen=reopen)
        home = workspace.body.home_side  # our mark: "agreed" here means our side agreed
        superseded = None
        if status is AgendaStatus.AGREED:
            for other in repo.list_versions(db, previous.session_id):
                if other.locked and other.id != version_id:
                    agreed_by = tuple(code for code in other.agreed_by if code != home)
                    superseded = replace(other, status=AgendaStatus.PROPOSED, agreed_by=agreed_by)
                    repo.update_version(db, superseded)
        agreed_by = tuple(code for code in previous.agreed_by if code != home)
        if status is AgendaStatus.AGREED:
            agreed_by += (home,)
        version = replace(previous, status=status, agreed_by=agreed_by)
        repo.update_version(db, version)
        return StatusChange(previous, version, superseded)


# -- comparing -------------------------------------------------------------------------


def compare(
    workspace: Workspace, old_version_id: int, new_version_id: int, *, include_internal: bool = False
) -> Comparison:
    """What changed from one version to another (usually of one session, but any two compare).

    Internal fields are left out unless asked for: this is the view of what the other side
    changed, and may be shown on a shared screen.
    """
    db = workspace.store.db
    old, new = repo.get_version(db, old_version_id), repo.get_version(db, new_version_id)
    old_items = repo.list_items(db, old_version_id)
    new_items = repo.list_items(db, new_version_id)
    people = {item.presenter_id for item in [*old_items, *new_items] if item.presenter_id is not None}
    presenters = repo.presenter_names(db, people)
    diff = diff_agendas(old_items, new_items, presenters=presenters, include_internal=include_internal)
    return Comparison(old=old, new=new, diff=diff, presenters=presenters)


# -- for the agenda views --------------------------------------------------------------


def current_versions(workspace: Workspace) -> dict[int, AgendaVersion]:
    """For every session with an agenda, the version that counts (agreed, else the latest)."""
    return repo.current_versions(workspace.store.db)


@dataclass(frozen=True)
class PreviousAgenda:
    """The agenda of the latest earlier session that has one: what "copy from the last session" copies."""

    session_id: int
    session_number: int | None
    session_title: str
    version: AgendaVersion


def previous_agenda(workspace: Workspace, session_id: int) -> PreviousAgenda | None:
    """The version that counts of the latest session before this one with an agenda; None without any."""
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    sql = """SELECT s.id FROM sessions s
             WHERE s.start_utc < ? AND s.id != ?
               AND EXISTS (SELECT 1 FROM agenda_versions v WHERE v.session_id = s.id)
             ORDER BY s.start_utc DESC, s.id DESC LIMIT 1"""
    row = db.execute(sql, [session.start.isoformat(), session_id]).fetchone()
    if row is None:
        return None
    earlier = session_repository.get_session(db, int(row[0]))
    version = current_version(workspace, int(row[0]))
    if version is None or earlier.id is None:
        return None
    return PreviousAgenda(earlier.id, earlier.number, earlier.title, version)
