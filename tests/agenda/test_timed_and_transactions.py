"""The timed agenda in both zones with its overrun warning; one transaction per use case."""

from __future__ import annotations

import pytest

from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.session import Session
from desktop_app.services import agenda
from desktop_app.services import agenda_versions as versions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository
from tests.agenda.conftest import add, add_person, fill, numbers


def test_each_item_starts_in_both_capitals(workspace: Workspace, session: Session, draft: AgendaVersion) -> None:
    presenter = add_person(workspace, "KIM Min-jun")
    add(workspace, draft, "Opening", minutes=15, presenter_id=presenter, lead_side="ROK")
    add(workspace, draft, "Security", minutes=0)
    add(workspace, draft, "Cyber", minutes=45, level=1)
    timed = agenda.agenda_with_times(workspace, session.id or 0)
    assert timed.version == draft
    starts = [entry.start.isoformat() for entry in timed.items]
    assert starts == ["2027-03-09T10:00:00+09:00", "2027-03-09T10:15:00+09:00", "2027-03-09T10:15:00+09:00"]
    washington = [entry.local_starts["America/New_York"].isoformat() for entry in timed.items]
    assert washington[0] == "2027-03-08T20:00:00-05:00"
    assert list(timed.items[0].local_starts) == ["Asia/Seoul", "America/New_York"]  # the session's zone first
    assert timed.items[0].presenter == "KIM Min-jun" and timed.items[1].presenter == ""
    assert (timed.total_minutes, timed.overrun_minutes, timed.warning) == (60, 0, "")


def test_an_overrun_is_warned_in_words(workspace: Workspace, session: Session, draft: AgendaVersion) -> None:
    add(workspace, draft, "Long", minutes=100)
    add(workspace, draft, "Longer", minutes=35)
    timed = agenda.agenda_with_times(workspace, session.id or 0)
    assert timed.overrun_minutes == 15
    assert timed.warning == "The agenda runs 15 minutes over: 135 minutes planned for a 120-minute session."


def test_a_session_without_agenda_has_an_empty_timed_view(workspace: Workspace, session: Session) -> None:
    timed = agenda.agenda_with_times(workspace, session.id or 0)
    assert timed.version is None and timed.items == () and timed.total_minutes == 0


def test_a_failed_copy_leaves_no_half_made_draft(
    workspace: Workspace, session: Session, draft: AgendaVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(workspace, draft, ["A", "B", "C"])
    real_insert = agenda_repository.insert_item
    calls = []

    def failing_insert(db: object, item: AgendaItem) -> int:
        calls.append(item.title)
        if len(calls) == 2:
            raise RuntimeError("the disk went away halfway")
        return real_insert(db, item)  # type: ignore[arg-type]

    monkeypatch.setattr(agenda_repository, "insert_item", failing_insert)
    with pytest.raises(RuntimeError):
        versions.start_draft(workspace, session.id or 0, "our draft 2", copy_from=draft.id)
    assert [v.version for v in versions.list_versions(workspace, session.id or 0)] == [1]
    assert workspace.store.db.table("agenda_items").count == 3


def test_a_failed_delete_leaves_every_item(
    workspace: Workspace, draft: AgendaVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = fill(workspace, draft, ["A", "Security", "- Cyber", "C"])
    before = agenda.list_items(workspace, draft.id or 0)

    def failing_save(*args: object) -> None:
        raise RuntimeError("crash after the delete, before the renumbering")

    monkeypatch.setattr(agenda_repository, "save_order", failing_save)
    with pytest.raises(RuntimeError):
        agenda.delete_item(workspace, ids[1])
    assert agenda.list_items(workspace, draft.id or 0) == before


def test_an_agreement_failing_after_the_demotion_keeps_the_old_agreement(
    workspace: Workspace, draft: AgendaVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.domain.agenda import AgendaStatus

    fill(workspace, draft, ["A"])
    versions.set_status(workspace, draft.id or 0, AgendaStatus.PROPOSED)
    versions.set_status(workspace, draft.id or 0, AgendaStatus.AGREED)
    second = versions.edit_or_branch(workspace, draft.id or 0).version
    versions.set_status(workspace, second.id or 0, AgendaStatus.PROPOSED)
    real_update = agenda_repository.update_version
    calls = []

    def failing_update(db: object, version: AgendaVersion) -> None:
        calls.append(version.version)
        if len(calls) == 2:  # the old one is demoted; the new one fails to be agreed
            raise RuntimeError("crash in the middle of the agreement")
        real_update(db, version)  # type: ignore[arg-type]

    monkeypatch.setattr(agenda_repository, "update_version", failing_update)
    with pytest.raises(RuntimeError):
        versions.set_status(workspace, second.id or 0, AgendaStatus.AGREED)
    assert calls == [1, 2]
    assert [v.status for v in versions.list_versions(workspace, draft.session_id)] == [
        AgendaStatus.AGREED,
        AgendaStatus.PROPOSED,
    ]
    assert numbers(workspace, second) == [("1", "A")]
