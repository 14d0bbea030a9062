"""Versions: the status ladder, the lock on an agreed version, branching, one agreed per session."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.agenda_rules import VersionLocked
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services import agenda
from desktop_app.services import agenda_versions as versions
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.agenda.conftest import CREATED, add, fill, numbers
from tests.conftest import seoul_session


def _agree(workspace: Workspace, version: AgendaVersion) -> AgendaVersion:
    assert version.id is not None
    versions.set_status(workspace, version.id, AgendaStatus.PROPOSED)
    return versions.set_status(workspace, version.id, AgendaStatus.AGREED).version


def test_versions_are_numbered_per_session_and_carry_label_and_side(
    workspace: Workspace, session: Session, draft: AgendaVersion
) -> None:
    assert session.id is not None
    counter = versions.start_draft(workspace, session.id, "US counter-draft 1", "US", copy_from=draft.id, now=CREATED)
    listed = versions.list_versions(workspace, session.id)
    assert [(v.version, v.label, v.proposed_by, v.status) for v in listed] == [
        (1, "our draft 1", "ROK", AgendaStatus.DRAFT),
        (2, "US counter-draft 1", "US", AgendaStatus.DRAFT),
    ]
    assert listed[1] == counter and counter.created == CREATED


@pytest.mark.parametrize(("label", "side", "message"), [(" ", "ROK", "needs a label"), ("x", "JP", "unknown side")])
def test_a_version_needs_a_label_and_one_of_the_sides(
    workspace: Workspace, session: Session, label: str, side: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        versions.start_draft(workspace, session.id or 0, label, side)


def test_status_goes_draft_proposed_agreed_and_no_other_way(workspace: Workspace, draft: AgendaVersion) -> None:
    assert draft.id is not None
    with pytest.raises(InvalidInput, match="draft → proposed → agreed"):
        versions.set_status(workspace, draft.id, AgendaStatus.AGREED)
    proposed = versions.set_status(workspace, draft.id, AgendaStatus.PROPOSED)
    assert proposed.previous.status is AgendaStatus.DRAFT and proposed.version.status is AgendaStatus.PROPOSED
    versions.set_status(workspace, draft.id, AgendaStatus.DRAFT)  # withdrawn, e.g. undoing "propose"
    agreed = _agree(workspace, draft)
    assert agreed.locked
    for status in (AgendaStatus.DRAFT, AgendaStatus.PROPOSED):
        with pytest.raises(VersionLocked, match="locked"):
            versions.set_status(workspace, draft.id, status)
    with pytest.raises(InvalidInput, match="already agreed"):
        versions.set_status(workspace, draft.id, AgendaStatus.AGREED)
    reopened = versions.set_status(workspace, draft.id, AgendaStatus.PROPOSED, reopen=True)
    assert not reopened.version.locked


def test_an_agreed_version_refuses_every_edit_of_its_shared_text(workspace: Workspace, draft: AgendaVersion) -> None:
    ids = fill(workspace, draft, ["Opening", "Security", "- Cyber"])
    agreed = _agree(workspace, draft)
    before = numbers(workspace, agreed)
    item = agenda.list_items(workspace, agreed.id or 0)[0]
    edits = [
        lambda: agenda.update_item(workspace, replace(item, title="Changed")),
        lambda: agenda.update_item(workspace, replace(item, minutes=99)),
        lambda: add(workspace, agreed, "New"),
        lambda: agenda.delete_item(workspace, ids[1]),
        lambda: agenda.move_item(workspace, ids[0], 1),
        lambda: agenda.set_level(workspace, ids[1], 1),
    ]
    for edit in edits:
        with pytest.raises(VersionLocked, match="agreed and locked") as refused:
            edit()
        assert isinstance(refused.value, UserError)
    assert numbers(workspace, agreed) == before
    assert agenda.list_items(workspace, agreed.id or 0)[0] == item


def test_talking_points_and_outcomes_stay_editable_in_an_agreed_version(
    workspace: Workspace, draft: AgendaVersion
) -> None:
    fill(workspace, draft, ["Opening"])
    agreed = _agree(workspace, draft)
    item = agenda.list_items(workspace, agreed.id or 0)[0]
    change = agenda.update_item(workspace, replace(item, talking_points="Welcome", if_raised="Decline to comment"))
    assert change.item.talking_points == "Welcome"
    outcome = agenda.record_outcome(workspace, item.id or 0, "Both sides agreed to meet again.")
    assert outcome.previous is not None and outcome.previous.outcome == ""
    assert outcome.item.outcome == "Both sides agreed to meet again."


def test_edit_or_branch_starts_a_new_draft_with_the_same_items(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["Opening", "Security", "- Cyber"])
    agreed = _agree(workspace, draft)
    assert agreed.id is not None
    old_items = agenda.list_items(workspace, agreed.id)
    branch = versions.edit_or_branch(workspace, agreed.id, proposed_by="ROK")
    assert branch.branched and branch.version.status is AgendaStatus.DRAFT and branch.version.version == 2
    assert branch.version.label == "our draft 1 (amended)"
    new_items = agenda.list_items(workspace, branch.version.id or 0)
    fields = ("number", "title", "level", "minutes", "talking_points")
    assert [[getattr(i, f) for f in fields] for i in new_items] == [[getattr(i, f) for f in fields] for i in old_items]
    assert {old.id: new.id for old, new in zip(old_items, new_items, strict=True)} == branch.item_ids
    # the edit the officer was making now lands on the copy; the agreed text is untouched
    copy_id = branch.item_ids[old_items[0].id or 0]
    agenda.update_item(workspace, replace(new_items[0], title="Opening remarks"))
    assert agenda.list_items(workspace, agreed.id)[0].title == "Opening"
    assert agenda.list_items(workspace, branch.version.id or 0)[0].id == copy_id
    # the agreed version still counts for the session until the amendment is agreed
    assert versions.current_version(workspace, agreed.session_id) == agreed


def test_edit_or_branch_leaves_an_editable_version_alone(workspace: Workspace, draft: AgendaVersion) -> None:
    branch = versions.edit_or_branch(workspace, draft.id or 0)
    assert not branch.branched and branch.version == draft and branch.item_ids == {}


def test_agreeing_a_second_version_supersedes_the_first(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["Opening"])
    first = _agree(workspace, draft)
    branch = versions.edit_or_branch(workspace, first.id or 0)
    versions.set_status(workspace, branch.version.id or 0, AgendaStatus.PROPOSED)
    change = versions.set_status(workspace, branch.version.id or 0, AgendaStatus.AGREED)
    assert change.superseded is not None and change.superseded.id == first.id
    statuses = [v.status for v in versions.list_versions(workspace, first.session_id)]
    assert statuses == [AgendaStatus.PROPOSED, AgendaStatus.AGREED]
    assert versions.current_version(workspace, first.session_id) == change.version


def test_copy_from_the_last_session_leaves_its_outcomes_behind(
    workspace: Workspace, session: Session, draft: AgendaVersion
) -> None:
    item_id = fill(workspace, draft, ["Review of action items"])[0]
    agenda.update_item(workspace, replace(agenda.list_items(workspace, draft.id or 0)[0], talking_points="Thank them"))
    agenda.record_outcome(workspace, item_id, "Done")
    later = add_session(workspace, seoul_session("Second round"))
    copy = versions.start_draft(workspace, later.id or 0, "our draft 1", copy_from=draft.id)
    copied = agenda.list_items(workspace, copy.id or 0)[0]
    assert (copied.title, copied.talking_points, copied.outcome) == ("Review of action items", "Thank them", "")
    assert copy.proposed_by == "ROK"  # our side by default


def test_save_as_version_keeps_the_source_and_delete_draft_undoes_it(
    workspace: Workspace, draft: AgendaVersion
) -> None:
    fill(workspace, draft, ["A", "B"])
    saved = versions.save_as_version(workspace, draft.id or 0, "our draft 2", "ROK")
    assert numbers(workspace, saved) == numbers(workspace, draft)
    assert versions.delete_draft(workspace, saved.id or 0) == saved
    assert [v.version for v in versions.list_versions(workspace, draft.session_id)] == [1]
    versions.set_status(workspace, draft.id or 0, AgendaStatus.PROPOSED)
    with pytest.raises(InvalidInput, match="only a draft"):
        versions.delete_draft(workspace, draft.id or 0)


def test_relabel_returns_the_previous_version(workspace: Workspace, draft: AgendaVersion) -> None:
    change = versions.relabel(workspace, draft.id or 0, "US counter-draft 1", "US")
    assert change.previous == draft
    assert versions.get_version(workspace, draft.id or 0) == change.version
    assert change.version.label == "US counter-draft 1" and change.version.proposed_by == "US"


def test_current_version_is_the_agreed_one_else_the_latest(
    workspace: Workspace, session: Session, draft: AgendaVersion
) -> None:
    assert session.id is not None
    later = versions.start_draft(workspace, session.id, "US counter-draft 1", "US")
    assert versions.current_version(workspace, session.id) == later
    agreed = _agree(workspace, draft)
    assert versions.current_version(workspace, session.id) == agreed
    other = add_session(workspace, seoul_session("Empty"))
    assert versions.current_version(workspace, other.id or 0) is None
