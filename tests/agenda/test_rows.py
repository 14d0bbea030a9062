"""Where the editor's row commands land, from the rows alone: add, step, drop, indent, outdent."""

from __future__ import annotations

from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.agenda_rows import (
    can_indent,
    can_outdent,
    drop_target,
    insertion_point,
    step_target,
    sub_item_count,
)

# 0 Opening · 1 Security · 2 - Cyber · 3 - Space · 4 Closing
LEVELS = [0, 0, 1, 1, 0]


def _rows(levels: list[int] = LEVELS) -> list[AgendaItem]:
    return [
        AgendaItem(version_id=1, position=i, number="", title=f"T{i}", level=level, id=i + 1)
        for i, level in enumerate(levels)
    ]


def _moved(rows: list[AgendaItem], row: int, to: int) -> list[int]:
    item_id = rows[row].id
    assert item_id is not None
    result, _start, _landed = rules.move(rows, item_id, to)
    return [item.id or 0 for item in result]


def test_a_new_item_goes_after_the_selected_item_and_its_sub_items() -> None:
    rows = _rows()
    assert insertion_point(rows, 1, 0) == (4, 0)
    assert insertion_point(rows, 0, 0) == (1, 0)
    assert insertion_point(rows, 2, 0) == (3, 0)  # below a sub-item: the service puts it after the section


def test_a_new_sub_item_goes_right_below_the_selected_row() -> None:
    assert insertion_point(_rows(), 1, 1) == (2, 1)
    assert insertion_point(_rows(), 3, 1) == (4, 1)


def test_with_nothing_selected_a_new_item_goes_last_as_an_item() -> None:
    assert insertion_point(_rows(), None, 1) == (5, 0)
    assert insertion_point([], None, 0) == (0, 0)


def test_sub_items_counted_with_their_item() -> None:
    rows = _rows()
    assert [sub_item_count(rows, row) for row in range(len(rows))] == [0, 2, 0, 0, 0]


def test_an_item_steps_over_a_whole_section() -> None:
    rows = _rows()
    assert _moved(rows, 0, step_target(rows, 0, 1) or 0) == [2, 3, 4, 1, 5]
    assert _moved(rows, 4, step_target(rows, 4, -1) or 0) == [1, 5, 2, 3, 4]
    assert _moved(rows, 1, step_target(rows, 1, 1) or 0) == [1, 5, 2, 3, 4]


def test_a_sub_item_steps_one_row() -> None:
    rows = _rows()
    assert _moved(rows, 2, step_target(rows, 2, 1) or 0) == [1, 2, 4, 3, 5]
    assert _moved(rows, 3, step_target(rows, 3, -1) or 0) == [1, 2, 4, 3, 5]


def test_no_step_past_the_edges() -> None:
    rows = _rows()
    assert step_target(rows, 0, -1) is None
    assert step_target(rows, 4, 1) is None
    assert step_target(rows, 1, 1) == 2  # the section can still go below Closing


def test_a_drop_gives_the_index_the_block_takes() -> None:
    rows = _rows()
    assert drop_target(rows, 1, 5) == 4  # Opening dropped at the end
    assert drop_target(rows, 5, 0) == 0  # Closing dropped first
    assert drop_target(rows, 2, 5) == 2  # the section (3 rows) dropped at the end


def test_a_drop_onto_itself_or_of_an_unknown_item_is_no_move() -> None:
    rows = _rows()
    for before in (1, 2, 3, 4):
        assert drop_target(rows, 2, before) is None
    assert drop_target(rows, 99, 0) is None


def test_indent_needs_an_item_above_and_outdent_a_sub_item() -> None:
    rows = _rows()
    assert [can_indent(rows, row) for row in range(5)] == [False, True, False, False, True]
    assert [can_outdent(rows, row) for row in range(5)] == [False, False, True, True, False]


def test_outline_numbers_follow_the_levels_alone() -> None:
    assert rules.outline_numbers([0, 0, 1, 1, 0]) == ["1", "2", "2.1", "2.2", "3"]
    assert rules.outline_numbers([1, 0, 1]) == ["1", "2", "2.1"]  # a leading sub-item counts as an item
    assert rules.outline_numbers([]) == []
