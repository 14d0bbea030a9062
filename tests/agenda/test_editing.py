"""The editor's use cases: numbering follows position and level, and every edit can be undone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services import agenda
from desktop_app.services.actions import add_action
from desktop_app.services.workspace import Workspace
from tests.agenda.conftest import add, add_person, fill, numbers


def _flat(levels: list[int]) -> list[AgendaItem]:
    return [
        AgendaItem(version_id=1, position=i, number="", title=f"T{i}", level=level, id=i + 1)
        for i, level in enumerate(levels)
    ]


def test_numbers_follow_position_and_level() -> None:
    items = rules.numbered(_flat([0, 0, 1, 1, 0, 1]))
    assert [item.number for item in items] == ["1", "2", "2.1", "2.2", "3", "3.1"]
    assert [item.position for item in items] == [0, 1, 2, 3, 4, 5]


def test_a_leading_sub_item_is_numbered_rather_than_lost() -> None:
    assert [item.number for item in rules.numbered(_flat([1, 1, 0]))] == ["1", "1.1", "2"]


def test_adding_items_and_sub_items_numbers_them(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["Opening", "Security", "- Cyber", "- Space", "Closing"])
    assert numbers(workspace, draft) == [
        ("1", "Opening"),
        ("2", "Security"),
        ("2.1", "Cyber"),
        ("2.2", "Space"),
        ("3", "Closing"),
    ]


def test_an_item_inserted_in_a_section_goes_after_its_sub_items(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["Opening", "Security", "- Cyber", "Closing"])
    add(workspace, draft, "Economy", at=2)  # dropped between "Security" and its sub-item
    assert [title for _, title in numbers(workspace, draft)] == ["Opening", "Security", "Cyber", "Economy", "Closing"]
    add(workspace, draft, "Space", at=3, level=1)  # a sub-item goes exactly where it is put
    assert numbers(workspace, draft)[3] == ("2.2", "Space")


def test_moving_an_item_renumbers_and_moving_it_back_undoes(workspace: Workspace, draft: AgendaVersion) -> None:
    ids = fill(workspace, draft, ["A", "B", "C", "D"])
    before = numbers(workspace, draft)
    move = agenda.move_item(workspace, ids[0], 2)
    assert [(i.number, i.title) for i in move.items] == [("1", "B"), ("2", "C"), ("3", "A"), ("4", "D")]
    assert move.previous_position == 0 and move.item.number == "3"
    assert numbers(workspace, draft) == [("1", "B"), ("2", "C"), ("3", "A"), ("4", "D")]
    agenda.move_item(workspace, ids[0], move.previous_position)
    assert numbers(workspace, draft) == before


def test_a_section_moves_with_its_sub_items(workspace: Workspace, draft: AgendaVersion) -> None:
    ids = fill(workspace, draft, ["Opening", "Security", "- Cyber", "- Space", "Economy", "- Trade"])
    agenda.move_item(workspace, ids[1], 2)  # Security (with 2 sub-items) after Economy's section
    assert numbers(workspace, draft) == [
        ("1", "Opening"),
        ("2", "Economy"),
        ("2.1", "Trade"),
        ("3", "Security"),
        ("3.1", "Cyber"),
        ("3.2", "Space"),
    ]


def test_a_sub_item_moves_to_another_section(workspace: Workspace, draft: AgendaVersion) -> None:
    ids = fill(workspace, draft, ["Security", "- Cyber", "- Space", "Economy", "- Trade"])
    agenda.move_item(workspace, ids[1], 4)  # Cyber to the end: under Economy
    assert numbers(workspace, draft) == [
        ("1", "Security"),
        ("1.1", "Space"),
        ("2", "Economy"),
        ("2.1", "Trade"),
        ("2.2", "Cyber"),
    ]
    with pytest.raises(InvalidInput, match="cannot come first"):
        agenda.move_item(workspace, ids[1], 0)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 1), min_size=1, max_size=9), st.data())
def test_every_move_is_undone_by_moving_back(levels: list[int], data: st.DataObject) -> None:
    levels[0] = 0
    items = rules.numbered(_flat(levels))
    item = data.draw(st.sampled_from(items))
    to = data.draw(st.integers(0, len(items)))
    assert item.id is not None
    try:
        moved, start, landed = rules.move(items, item.id, to)
    except InvalidInput:
        assert item.level == 1  # only a sub-item is refused, and only when put first
        return
    assert moved[landed].id == item.id
    assert moved[0].level == 0  # a sub-item never ends up first
    back, _, _ = rules.move(moved, item.id, start)
    assert back == items


def test_levels_make_sub_items_and_undo(workspace: Workspace, draft: AgendaVersion) -> None:
    ids = fill(workspace, draft, ["Security", "Cyber", "Economy"])
    change = agenda.set_level(workspace, ids[1], 1)
    assert change.previous is not None and change.previous.level == 0
    assert [(i.number, i.title) for i in change.items] == [("1", "Security"), ("1.1", "Cyber"), ("2", "Economy")]
    agenda.set_level(workspace, ids[1], change.previous.level)
    assert numbers(workspace, draft) == [("1", "Security"), ("2", "Cyber"), ("3", "Economy")]
    with pytest.raises(InvalidInput, match="first item"):
        agenda.set_level(workspace, ids[0], 1)
    with pytest.raises(InvalidInput, match="level 2"):
        agenda.set_level(workspace, ids[2], 2)


def test_update_returns_the_previous_item_and_undoes(workspace: Workspace, draft: AgendaVersion) -> None:
    presenter = add_person(workspace, "KIM Min-jun")
    fill(workspace, draft, ["Opening"])
    stored = agenda.list_items(workspace, draft.id or 0)[0]
    change = agenda.update_item(
        workspace,
        replace(stored, title="Opening remarks", title_ko="모두발언", presenter_id=presenter, lead_side="ROK"),
    )
    assert change.previous == stored
    assert change.item.title_ko == "모두발언" and change.items == (change.item,)
    agenda.update_item(workspace, change.previous)
    assert agenda.list_items(workspace, draft.id or 0)[0] == stored


def test_update_ignores_position_and_refuses_nonsense(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["A", "B"])
    first = agenda.list_items(workspace, draft.id or 0)[0]
    agenda.update_item(workspace, replace(first, position=1, number="9", title="A2"))
    assert numbers(workspace, draft) == [("1", "A2"), ("2", "B")]
    for bad, message in [
        ({"title": " ", "title_ko": ""}, "needs a title"),
        ({"minutes": -5}, "minutes"),
        ({"lead_side": "JP"}, "lead side"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            agenda.update_item(workspace, replace(first, **bad))  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="no person"):
        agenda.update_item(workspace, replace(first, presenter_id=999))


def test_deleting_a_section_takes_its_sub_items_and_restore_puts_everything_back(
    workspace: Workspace, draft: AgendaVersion
) -> None:
    ids = fill(workspace, draft, ["Opening", "Security", "- Cyber", "- Space", "Closing"])
    assert draft.session_id is not None
    action = add_action(workspace, ActionItem(session_id=draft.session_id, text="Draft a paper", agenda_item_id=ids[2]))
    before = agenda.list_items(workspace, draft.id or 0)
    removal = agenda.delete_item(workspace, ids[1])
    assert [item.title for item in removal.removed] == ["Security", "Cyber", "Space"]
    assert removal.action_links == ((action.id, ids[2]),)
    assert numbers(workspace, draft) == [("1", "Opening"), ("2", "Closing")]
    restored = agenda.restore_items(workspace, removal)
    assert restored == before  # same ids, numbers and text
    from desktop_app.storage.action_repository import get_action

    assert get_action(workspace.store.db, action.id or 0).agenda_item_id == ids[2]


def test_renumber_repairs_an_imported_order(workspace: Workspace, draft: AgendaVersion) -> None:
    from desktop_app.storage import agenda_repository

    assert draft.id is not None
    with workspace.store.transaction() as db:
        agenda_repository.insert_items(
            db,
            [
                AgendaItem(version_id=draft.id, position=7, number="x", title="Second"),
                AgendaItem(version_id=draft.id, position=3, number="y", title="First", level=1),
            ],
        )
    items = agenda.renumber(workspace, draft.id)
    assert [(i.position, i.number, i.title, i.level) for i in items] == [(0, "1", "First", 0), (1, "2", "Second", 0)]
    assert numbers(workspace, draft) == [("1", "First"), ("2", "Second")]
