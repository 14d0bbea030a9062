"""The index follows every change, whichever path writes it: services, cascades, undo, raw SQL, migration."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.person import Person
from desktop_app.services import actions, agenda, agenda_versions, people
from desktop_app.services.maintenance import backup_now, restore
from desktop_app.services.scheduling import SessionDraft, edit_session
from desktop_app.services.search import check_search_index, rebuild_search_index, search
from desktop_app.services.sessions import get_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, migrations
from desktop_app.storage.search_upkeep import check_index
from tests.old_versions import app_of_schema
from tests.search.conftest import Body, fill, found


def assert_sound(workspace: Workspace) -> None:
    state = check_search_index(workspace, thorough=True)
    assert state.sound, state.problems


def test_a_new_filled_body_is_fully_indexed(body: Body) -> None:
    state = check_search_index(body.workspace, thorough=True)
    assert state.sound
    assert state.counts == {
        "session": (2, 2),
        "agenda_item": (2, 2),
        "outcome": (1, 1),
        "action": (1, 1),
        "person": (2, 2),
    }


def test_editing_a_session_moves_it_in_the_index(body: Body) -> None:
    draft = SessionDraft.of(get_session(body.workspace, body.session_id))
    edit_session(body.workspace, body.session_id, replace(draft, title_ko="제1차 전략대화", title="Strategic dialogue"))
    assert ("session", body.session_id) not in found(body.workspace, "정책협의")
    assert ("session", body.session_id) in found(body.workspace, "전략")
    assert ("session", body.session_id) in found(body.workspace, "strat")
    assert_sound(body.workspace)


def test_agenda_item_edits_outcomes_and_deletes(body: Body) -> None:
    workspace = body.workspace
    item = agenda_repository.get_item(workspace.store.db, body.korean_item_id)
    agenda.update_item(workspace, replace(item, description="비확산 협력 방안 논의"))
    assert ("agenda_item", body.korean_item_id) in found(workspace, "비확산")
    assert ("agenda_item", body.korean_item_id) not in found(workspace, "미사일")

    agenda.record_outcome(workspace, body.korean_item_id, "양측은 협력 강화에 합의함.")
    assert ("outcome", body.korean_item_id) in found(workspace, "강화")
    agenda.record_outcome(workspace, body.korean_item_id, "")
    assert ("outcome", body.korean_item_id) not in found(workspace, "강화")
    assert_sound(workspace)

    removal = agenda.delete_item(workspace, body.item_id)
    assert found(workspace, "busan") == set()
    assert ("outcome", body.item_id) not in found(workspace, "spring")
    agenda.restore_items(workspace, removal)  # undo
    assert {kind for kind, _ in found(workspace, "busan")} == {"agenda_item"}
    assert {kind for kind, _ in found(workspace, "spring")} == {"outcome"}
    assert_sound(workspace)


def test_a_copied_draft_is_indexed_and_deleting_it_cascades(body: Body) -> None:
    workspace = body.workspace
    (version,) = agenda_versions.list_versions(workspace, body.session_id)
    assert version.id is not None
    copy = agenda_versions.save_as_version(workspace, version.id, "our draft 2")
    assert check_search_index(workspace).counts["agenda_item"] == (4, 4)
    assert len(search(workspace, "busan", per_kind=5).hits) == 1  # the same item in two versions shows once
    assert copy.id is not None
    agenda_versions.delete_draft(workspace, copy.id)
    assert check_search_index(workspace).counts["agenda_item"] == (2, 2)
    assert len(found(workspace, "busan")) == 1
    assert_sound(workspace)


def test_action_items(body: Body) -> None:
    workspace = body.workspace
    action = actions.close_action(workspace, body.action_id).action
    actions.update_action(workspace, replace(action, text="Send the 연합훈련 schedule to the embassy."))
    assert ("action", body.action_id) in found(workspace, "연합훈련 embassy")
    assert ("action", body.action_id) not in found(workspace, "circulate")
    actions.delete_action(workspace, body.action_id)
    assert found(workspace, "embassy") == {("session", body.session_id)}
    assert_sound(workspace)


def test_people_edits_merges_and_deletes(body: Body) -> None:
    workspace = body.workspace
    people.update_person(workspace, body.person_id, name_ko="김민수", biography="비확산 전문가")
    assert ("person", body.person_id) in found(workspace, "민수")
    assert ("person", body.person_id) not in found(workspace, "민준")
    twin = people.add_person(workspace, Person(name="KIM Min-su", side="ROK", organization="외교부 북미국"))
    assert twin.id is not None
    result = people.merge_people(workspace, body.person_id, twin.id)
    assert ("person", twin.id) not in found(workspace, "북미국")
    people.undo_merge(workspace, result)
    assert ("person", twin.id) in found(workspace, "북미국")
    people.delete_unused_person(workspace, twin.id)
    assert ("person", twin.id) not in found(workspace, "북미국")
    assert_sound(workspace)


def test_raw_sql_and_cascades_are_followed(body: Body) -> None:
    """Triggers, not the services, keep the index: a session deleted by hand takes its items along."""
    workspace = body.workspace
    with workspace.store.transaction() as db:
        db.execute("UPDATE people SET organization = 'Blue House' WHERE id = ?", [body.person_id])
        db.execute("DELETE FROM sessions WHERE id = ?", [body.session_id])
    assert found(workspace, "exercises") == set()
    assert ("person", body.person_id) in found(workspace, "blue house")
    assert check_search_index(workspace).counts["agenda_item"] == (0, 0)
    assert_sound(workspace)


def test_a_rolled_back_action_leaves_the_index_as_it_was(body: Body) -> None:
    workspace = body.workspace
    with pytest.raises(RuntimeError), workspace.store.transaction() as db:
        db.execute("UPDATE sessions SET title = 'Renamed' WHERE id = ?", [body.session_id])
        raise RuntimeError("the action failed halfway")
    assert ("session", body.session_id) in found(workspace, "policy consultation")
    assert found(workspace, "renamed") == set()
    assert_sound(workspace)


def test_rebuild_gives_the_same_index(body: Body) -> None:
    before = search(body.workspace, "exercises 협의", limit=50)
    state = rebuild_search_index(body.workspace)
    assert state.sound
    assert search(body.workspace, "exercises 협의", limit=50).hits == before.hits


def test_a_damaged_index_is_reported_and_rebuilt(body: Body) -> None:
    with body.workspace.store.transaction() as db:
        db.execute("INSERT INTO search_people (search_people, rowid, name) VALUES ('delete-all', NULL, NULL)")
    state = check_search_index(body.workspace)
    assert not state.sound and "person index holds 0 rows for 2" in state.problems[0]
    assert rebuild_search_index(body.workspace).sound
    assert ("person", body.person_id) in found(body.workspace, "김민준")


def test_upgrading_a_version_2_file_builds_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    with app_of_schema(2), Workspace.open(path) as workspace:
        assert workspace.store.schema_version == 2
        filled = fill(workspace)
        assert "search_sessions" not in workspace.store.db.table_names()
    with Workspace.open(path) as workspace:
        assert workspace.store.schema_version == migrations.SCHEMA_VERSION  # every step up, the index among them
        assert ("session", filled.session_id) in found(workspace, "정책협의")
        assert ("person", filled.person_id) in found(workspace, "민준")
        assert_sound(workspace)
    assert list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite3"))


def test_a_restored_backup_brings_its_index(body: Body) -> None:
    workspace = body.workspace
    made = backup_now(workspace)
    people.update_person(workspace, body.person_id, name_ko="홍길동")
    restore(workspace, made)
    assert ("person", body.person_id) in found(workspace, "민준")
    assert_sound(workspace)


def test_a_connection_without_the_function_cannot_write_indexed_text(body: Body) -> None:
    """The sqlite3 shell of someone else's tool: refused loudly rather than leaving the index behind."""
    path = body.workspace.path
    body.workspace.close()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="search_bigrams"):
            conn.execute("UPDATE people SET name_ko = '홍길동'")
        conn.rollback()
    finally:
        conn.close()
    with Workspace.open(path) as workspace:
        assert check_index(workspace.store.conn, thorough=True).sound


def test_an_item_renumbered_in_a_later_version_still_shows_once(body: Body) -> None:
    workspace = body.workspace
    (version,) = agenda_versions.list_versions(workspace, body.session_id)
    assert version.id is not None
    copy = agenda_versions.save_as_version(workspace, version.id, "our draft 2")
    assert copy.id is not None
    copied = [item for item in agenda.list_items(workspace, copy.id) if item.title.startswith("Joint")]
    assert copied and copied[0].id is not None
    agenda.move_item(workspace, copied[0].id, 1)  # numbered 2 in the new version, 1 in the old
    hits = search(workspace, "busan", per_kind=5).hits
    assert [hit.kind for hit in hits] == ["agenda_item"]
