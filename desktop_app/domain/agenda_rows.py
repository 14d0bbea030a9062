"""Where the agenda editor's row commands land: add, move a step, drop, indent and outdent.

The editor shows a version's items in order and acts on the selected row. These functions
answer from the rows alone — the index a new item takes, the index a moved block ends up
at, whether a row can change level — so that the widget only wires keys and buttons to them
and the services (``agenda_rules.place``, ``move``, ``with_level``) do the renumbering.

Indexes are those of ``move``: the index the block's first row has once it has moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.agenda_rules import block


def insertion_point(ordered: Sequence[AgendaItem], row: int | None, level: int) -> tuple[int, int]:
    """(index, level) of a new item added with ``row`` selected.

    An item (level 0) goes after the selected item and its sub-items; a sub-item (level 1)
    right below the selected row. With nothing selected it is an item at the end.
    """
    if row is None:
        return len(ordered), 0
    if level == 0:
        return (block(ordered, row).stop if ordered[row].level == 0 else row + 1), 0
    return row + 1, level


def sub_item_count(ordered: Sequence[AgendaItem], row: int) -> int:
    """How many sub-items go with ``row`` when it is deleted or moved (0 for a sub-item)."""
    return len(block(ordered, row)) - 1


def step_target(ordered: Sequence[AgendaItem], row: int, delta: int) -> int | None:
    """The index that moves ``row``'s block one step up (``delta`` -1) or down (+1); None at the edge.

    An item steps over a whole neighbouring item with its sub-items; a sub-item steps one row.
    """
    item = ordered[row]
    span = block(ordered, row)
    if delta < 0:
        if row == 0:
            return None
        above = row - 1
        if item.level == 0:
            while above > 0 and ordered[above].level > 0:
                above -= 1
        return above
    if span.stop >= len(ordered):
        return None
    following = block(ordered, span.stop) if item.level == 0 else range(span.stop, span.stop + 1)
    return span.start + len(following)


def drop_target(ordered: Sequence[AgendaItem], item_id: int, before_row: int) -> int | None:
    """The index for ``item_id``'s block dropped before ``before_row``; None when not a move.

    None when the item is not in the rows, or the drop is onto the block itself.
    """
    start = next((index for index, item in enumerate(ordered) if item.id == item_id), None)
    if start is None:
        return None
    span = block(ordered, start)
    if span.start <= before_row <= span.stop:
        return None  # dropped onto itself
    return before_row if before_row < span.start else before_row - len(span)


def can_indent(ordered: Sequence[AgendaItem], row: int) -> bool:
    """An item can become a sub-item of the item above it: not the first row, not one already indented."""
    return ordered[row].level == 0 and row > 0


def can_outdent(ordered: Sequence[AgendaItem], row: int) -> bool:
    return ordered[row].level > 0
