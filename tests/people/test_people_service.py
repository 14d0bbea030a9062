"""The directory: add, edit with undo, retire keeping history, merge with undo."""

from __future__ import annotations

import pytest

from desktop_app.domain.attendance import Role
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput, NotFound, UserError
from desktop_app.services.delegations import add_to_delegation, delegations
from desktop_app.services.people import (
    add_person,
    delete_unused_person,
    find_person,
    get_person,
    likely_duplicates,
    list_people,
    merge_people,
    person_history,
    reinstate_person,
    retire_person,
    undo_merge,
    update_person,
)
from desktop_app.services.workspace import Workspace
from tests.people.conftest import Cast


def test_add_tidies_and_checks(workspace: Workspace) -> None:
    # Hangul pasted decomposed (NFD) is stored composed, so search and sort treat it as typed
    added = add_person(workspace, Person(name="  CHOI Ha-eun ", side="ROK", name_ko="\u1109\u1165\u110b\u1167\u11ab"))
    assert added.id is not None
    assert added.name == "CHOI Ha-eun" and added.name_ko == "서연"
    with pytest.raises(InvalidInput, match="name is empty"):
        add_person(workspace, Person(name=" ", side="ROK"))
    with pytest.raises(InvalidInput, match="is not an address"):
        add_person(workspace, Person(name="X", side="ROK", email="x.example.org"))
    with pytest.raises(InvalidInput, match="unknown side 'JP'"):
        add_person(workspace, Person(name="X", side="JP"))
    assert [p.name for p in list_people(workspace)] == ["CHOI Ha-eun"]


def test_edit_gives_what_undo_and_redo_need(workspace: Workspace, cast: Cast) -> None:
    assert cast.kim.id is not None
    edit = update_person(workspace, cast.kim.id, title="Deputy Minister", title_ko="차관보")
    assert edit.changed_fields == ("title", "title_ko")
    assert get_person(workspace, cast.kim.id).title == "Deputy Minister"
    update_person(workspace, cast.kim.id, **edit.undo_changes())
    assert get_person(workspace, cast.kim.id) == cast.kim
    update_person(workspace, cast.kim.id, **edit.redo_changes())
    assert get_person(workspace, cast.kim.id).title_ko == "차관보"
    with pytest.raises(InvalidInput):
        update_person(workspace, cast.kim.id, email="not an address")
    assert get_person(workspace, cast.kim.id).title_ko == "차관보"  # the refused edit changed nothing


def test_retire_keeps_history(workspace: Workspace, cast: Cast) -> None:
    assert cast.kim.id is not None and cast.first.id is not None and cast.second.id is not None
    add_to_delegation(workspace, cast.first.id, cast.kim.id, role=Role.HEAD)
    retire_person(workspace, cast.kim.id)
    assert get_person(workspace, cast.kim.id).retired
    # the past session still shows who attended
    rok = delegations(workspace, cast.first.id).side("ROK")
    assert [d.person.name for d in rok.delegates] == ["KIM Min-jun"]
    assert [s.id for s, _ in person_history(workspace, cast.kim.id)] == [cast.first.id]
    assert cast.kim.id not in {p.id for p in list_people(workspace, include_retired=False)}
    with pytest.raises(UserError, match="retired"):
        add_to_delegation(workspace, cast.second.id, cast.kim.id)
    with pytest.raises(UserError, match="retire them instead"):
        delete_unused_person(workspace, cast.kim.id)
    reinstate_person(workspace, cast.kim.id)
    add_to_delegation(workspace, cast.second.id, cast.kim.id)


def test_an_unused_record_can_be_deleted_to_undo_an_add(workspace: Workspace, cast: Cast) -> None:
    assert cast.park.id is not None
    delete_unused_person(workspace, cast.park.id)
    with pytest.raises(NotFound):
        get_person(workspace, cast.park.id)


def test_merge_moves_attendance_and_presenters_then_undo_puts_all_back(workspace: Workspace, cast: Cast) -> None:
    assert cast.kim.id is not None and cast.first.id is not None and cast.second.id is not None
    twin = add_person(
        workspace,
        Person(name="Kim Minjun", side="ROK", phone="+82-2-2100-7000", email="", internal_notes="met in Geneva"),
    )
    assert twin.id is not None
    add_to_delegation(workspace, cast.first.id, cast.kim.id, role=Role.HEAD)
    add_to_delegation(workspace, cast.first.id, twin.id)  # both records in one session: the kept one stays
    add_to_delegation(workspace, cast.second.id, twin.id, role=Role.HEAD)
    db = workspace.store.db
    with workspace.store.transaction():
        db.execute(
            "INSERT INTO agenda_versions (session_id, version, label, proposed_by, status, created) "
            "VALUES (?, 1, 'our draft 1', 'ROK', 'draft', '2027-01-01T00:00:00+00:00')",
            [cast.second.id],
        )
        version_id = db.execute("SELECT max(id) FROM agenda_versions").fetchone()[0]
        db.execute(
            "INSERT INTO agenda_items (version_id, position, number, title, presenter_id) "
            "VALUES (?, 0, '1', 'Opening', ?)",
            [version_id, twin.id],
        )
    before = {table: list(db.table(table).rows) for table in ("people", "attendance", "agenda_items")}

    result = merge_people(workspace, cast.kim.id, twin.id)

    kept = get_person(workspace, cast.kim.id)
    assert kept.phone == "+82-2-2100-7000"  # empty in the kept record: taken from the other
    assert kept.email == cast.kim.email and kept.name == "KIM Min-jun"  # filled in the kept record: kept
    assert kept.internal_notes == "met in Geneva"
    with pytest.raises(NotFound):
        get_person(workspace, twin.id)
    assert [s.id for s, _ in person_history(workspace, cast.kim.id)] == [cast.first.id, cast.second.id]
    second = delegations(workspace, cast.second.id).side("ROK").delegates
    assert [(d.person.id, d.attendance.role) for d in second] == [(cast.kim.id, Role.HEAD)]
    assert db.execute("SELECT presenter_id FROM agenda_items").fetchone()[0] == cast.kim.id
    assert len(result.dropped_attendance) == 1 and len(result.moved_attendance) == 1

    undo_merge(workspace, result)
    assert {table: list(db.table(table).rows) for table in before} == before


def test_merge_refusals(workspace: Workspace, cast: Cast) -> None:
    assert cast.kim.id is not None and cast.carter.id is not None
    with pytest.raises(InvalidInput, match="itself"):
        merge_people(workspace, cast.kim.id, cast.kim.id)
    with pytest.raises(InvalidInput, match="different sides"):
        merge_people(workspace, cast.kim.id, cast.carter.id)
    with pytest.raises(NotFound):
        merge_people(workspace, cast.kim.id, 999)


def test_find_by_id_or_email_and_likely_duplicates(workspace: Workspace, cast: Cast) -> None:
    assert find_person(workspace, "MINJUN.KIM@mofa.example.kr") == cast.kim
    assert find_person(workspace, str(cast.lee.id)) == cast.lee
    with pytest.raises(UserError, match="no person"):
        find_person(workspace, "nobody@example.org")
    same_mail = Person(name="Minjun Kim", side="ROK", email="minjun.kim@mofa.example.kr")
    assert [(m.known.id, m.reason) for m in likely_duplicates(workspace, same_mail)] == [(cast.kim.id, "same e-mail")]
    same_name = Person(name="Kim Min Jun", side="ROK", organization="ministry of foreign affairs")
    assert [m.reason for m in likely_duplicates(workspace, same_name)] == ["same name and organisation"]
    assert likely_duplicates(workspace, Person(name="KIM Min-jun", side="ROK", organization="통일부")) == []
