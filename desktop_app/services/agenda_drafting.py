"""Drafting on the command line: a new draft of ours, and edits to our current draft.

"Our current draft" is the session's latest version when it is a draft proposed by our
side; anything else (the counterpart's counter-draft, a version already proposed or
agreed) is refused with a line saying what to do. Version labels follow the side and the
count of that side's versions ("ROK draft 3"), so both desks show the same label.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services import agenda, agenda_versions
from desktop_app.services.workspace import Workspace


def next_label(workspace: Workspace, session_id: int) -> str:
    home = workspace.body.home_side
    count = sum(1 for version in agenda_versions.list_versions(workspace, session_id) if version.proposed_by == home)
    return f"{home} draft {count + 1}"


def new_draft(
    workspace: Workspace,
    session_id: int,
    *,
    source: int | None = None,
    label: str | None = None,
    now: datetime | None = None,
) -> AgendaVersion:
    """A new draft of ours, copied from version number ``source`` (default: the version that counts);
    the copy keeps each item's lineage and our internal fields."""
    if source is not None:
        copy_from = agenda_versions.find_version(workspace, session_id, source).id
    else:
        current = agenda_versions.current_version(workspace, session_id)
        copy_from = current.id if current is not None else None
    name = label or next_label(workspace, session_id)
    return agenda_versions.start_draft(workspace, session_id, name, workspace.body.home_side, copy_from, now=now)


def our_draft(workspace: Workspace, session_id: int) -> AgendaVersion:
    versions = agenda_versions.list_versions(workspace, session_id)
    if not versions:
        raise InvalidInput(
            Notice(
                "this session has no agenda yet; start a draft with 'agenda new SESSION'",
                "agenda_drafting.session_no_agenda_yet",
            )
        )
    latest = versions[-1]
    if latest.proposed_by != workspace.body.home_side or latest.status is not AgendaStatus.DRAFT:
        raise InvalidInput(
            Notice(
                f"the current version '{latest.label}' ({latest.proposed_by}, {latest.status}) is not a draft of ours; "
                "start one with 'agenda new SESSION'",
                "agenda_drafting.current_version_not_draft",
                latest_label=latest.label,
                proposed_by=latest.proposed_by,
                latest_status=latest.status,
            )
        )
    return latest


def item_by_number(workspace: Workspace, version: AgendaVersion, number: str) -> AgendaItem:
    assert version.id is not None
    for item in agenda.list_items(workspace, version.id):
        if item.number == number:
            return item
    raise NotFound(
        Notice(
            f"'{version.label}' has no item {number}",
            "agenda_drafting.no_item",
            version_label=version.label,
            number=number,
        )
    )


def index_after(workspace: Workspace, version: AgendaVersion, number: str | None) -> int | None:
    """Where an item added after item ``number`` lands: after that item and its sub-items."""
    if number is None:
        return None
    assert version.id is not None
    items = agenda.list_items(workspace, version.id)
    target = item_by_number(workspace, version, number)
    index = next(i for i, item in enumerate(items) if item.id == target.id) + 1
    while index < len(items) and items[index].level > target.level:
        index += 1
    return index
