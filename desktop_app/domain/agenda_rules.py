"""Rules of agenda drafting: numbering, sections, the status ladder and the lock.

An agenda is a flat list in order. Each item has a level: 0 for an item (or a section
heading), 1 for a sub-item, which belongs to the nearest level-0 item above it. Numbers
are never typed: they follow from position and level, so a move or a level change
renumbers everything after it.

Every function here is pure; the services load a version's items, apply a rule and
write back what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from desktop_app.domain.agenda import INTERNAL_ITEM_FIELDS, AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput, UserError

LEVELS = (0, 1)  # item or section, sub-item; two levels are what agendas of the body use
MAX_ITEM_MINUTES = 24 * 60

# The text both sides negotiate. Once a version is agreed these cannot change in it.
SHAREABLE_ITEM_FIELDS = ("title", "title_ko", "lead_side", "presenter_id", "minutes", "description")
# What ``update_item`` writes. Position and level have their own use cases (they renumber),
# and the outcome is recorded after the session (``record_outcome``).
EDITABLE_ITEM_FIELDS = SHAREABLE_ITEM_FIELDS + INTERNAL_ITEM_FIELDS
# Fields that stay editable on an agreed version: our own preparation and the outcome
# are written after the agenda is agreed, and are not part of what was agreed.
UNLOCKED_ITEM_FIELDS = (*INTERNAL_ITEM_FIELDS, "outcome")


class VersionLocked(UserError):
    """The shared text of an agreed version cannot change; edit a new draft made from it."""


# -- order and numbering ---------------------------------------------------------------


def in_order(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """Items by position; the id breaks ties so that a damaged order is still stable."""
    return sorted(items, key=lambda item: (item.position, item.id or 0))


def numbered(ordered: Sequence[AgendaItem]) -> list[AgendaItem]:
    """``ordered`` with positions 0, 1, 2 … and numbers that follow position and level.

    Level 0 counts 1, 2, 3; a sub-item is numbered under the item above it (2.1, 2.2).
    A sub-item with nothing above it (only an import can leave one) is numbered as an
    item rather than refused, so that a damaged agenda still shows every item.
    """
    result = []
    for position, (item, number) in enumerate(zip(ordered, outline_numbers(i.level for i in ordered), strict=True)):
        if (item.position, item.number) != (position, number):
            item = replace(item, position=position, number=number)
        result.append(item)
    return result


def outline_numbers(levels: Iterable[int]) -> list[str]:
    """The numbers of rows at ``levels``, in order: "1", "2", "2.1", "2.2", "3" (see ``numbered``)."""
    numbers = []
    top = sub = 0
    for level in levels:
        if level == 0 or top == 0:
            top, sub = top + 1, 0
            numbers.append(str(top))
        else:
            sub += 1
            numbers.append(f"{top}.{sub}")
    return numbers


def block(ordered: Sequence[AgendaItem], index: int) -> range:
    """The rows that travel with ``ordered[index]``: an item with its sub-items, or a sub-item alone."""
    end = index + 1
    if ordered[index].level == 0:
        while end < len(ordered) and ordered[end].level > 0:
            end += 1
    return range(index, end)


def index_of(ordered: Sequence[AgendaItem], item_id: int) -> int:
    for index, item in enumerate(ordered):
        if item.id == item_id:
            return index
    raise InvalidInput(
        Notice(f"agenda item {item_id} is not in this version", "agenda_rules.agenda_item_not_version", item_id=item_id)
    )


def place(rest: Sequence[AgendaItem], moving: Sequence[AgendaItem], to: int) -> tuple[list[AgendaItem], int]:
    """Put ``moving`` (one block) into ``rest`` so that its first row ends up at index ``to``.

    An item lands between sections, never inside one: dropped among another item's
    sub-items it goes after them, since it would otherwise take them over. Because the
    rows around a block are the same before and after, moving it back to its old index
    undoes the move exactly, which is what the editor's undo relies on.
    Returns the renumbered list and the index the block really went to.
    """
    to = max(0, min(to, len(rest)))
    if moving[0].level == 0:
        while to < len(rest) and rest[to].level > 0:
            to += 1
    elif to == 0:
        raise InvalidInput(
            Notice(
                "a sub-item cannot come first; make it an item or put it below one", "agenda_rules.sub_item_cannot_come"
            )
        )
    return numbered([*rest[:to], *moving, *rest[to:]]), to


def move(ordered: Sequence[AgendaItem], item_id: int, to: int) -> tuple[list[AgendaItem], int, int]:
    """Move an item (with its sub-items) so that it sits at index ``to`` afterwards.

    Returns the renumbered list, the index it came from and the index it went to.
    """
    start = index_of(ordered, item_id)
    span = block(ordered, start)
    moving = list(ordered[span.start : span.stop])
    rest = [*ordered[: span.start], *ordered[span.stop :]]
    result, landed = place(rest, moving, to)
    return result, start, landed


def with_level(ordered: Sequence[AgendaItem], item_id: int, level: int) -> list[AgendaItem]:
    """The list with one item made an item (0) or a sub-item (1); the item keeps its place."""
    check_level(level)
    index = index_of(ordered, item_id)
    if level > 0 and index == 0:
        raise InvalidInput(Notice("the first item cannot be a sub-item", "agenda_rules.first_item_cannot_sub"))
    changed = [*ordered]
    changed[index] = replace(ordered[index], level=level)
    return numbered(changed)


def without_block(ordered: Sequence[AgendaItem], item_id: int) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """Remove an item and its sub-items (a sub-item alone); return (what is left, what went)."""
    span = block(ordered, index_of(ordered, item_id))
    removed = list(ordered[span.start : span.stop])
    return numbered([*ordered[: span.start], *ordered[span.stop :]]), removed


# -- validation ------------------------------------------------------------------------


def check_level(level: int) -> None:
    if level not in LEVELS:
        raise InvalidInput(
            Notice(
                f"level {level} is not 0 (item or section) or 1 (sub-item)",
                "agenda_rules.level_not_0_item",
                level=level,
            )
        )


def check_item(item: AgendaItem, side_codes: Sequence[str]) -> None:
    """Refuse an item a user could not have meant."""
    if not item.title.strip() and not item.title_ko.strip():
        raise InvalidInput(
            Notice("an agenda item needs a title in English or Korean", "agenda_rules.agenda_item_needs_title")
        )
    check_level(item.level)
    if not 0 <= item.minutes <= MAX_ITEM_MINUTES:
        raise InvalidInput(
            Notice(
                f"minutes must be between 0 and {MAX_ITEM_MINUTES}, not {item.minutes}",
                "agenda_rules.minutes_must_between_0",
                max_item_minutes=MAX_ITEM_MINUTES,
                minutes=item.minutes,
            )
        )
    if item.lead_side and item.lead_side not in side_codes:
        raise InvalidInput(
            Notice(
                f"lead side {item.lead_side!r} is not one of this body's sides {list(side_codes)}",
                "agenda_rules.lead_side_not_body",
                lead_side=item.lead_side,
                list_side_codes=list(side_codes),
            )
        )


def changed_fields(old: AgendaItem, new: AgendaItem, names: Iterable[str] = EDITABLE_ITEM_FIELDS) -> list[str]:
    return [name for name in names if getattr(old, name) != getattr(new, name)]


# -- versions: status and lock ---------------------------------------------------------

# draft → proposed → agreed. proposed → draft withdraws a proposal (and undoes "propose").
# agreed is final; only an explicit reopen takes it back to proposed.
_NEXT: dict[AgendaStatus, tuple[AgendaStatus, ...]] = {
    AgendaStatus.DRAFT: (AgendaStatus.PROPOSED,),
    AgendaStatus.PROPOSED: (AgendaStatus.AGREED, AgendaStatus.DRAFT),
    AgendaStatus.AGREED: (),
}


def check_transition(current: AgendaStatus, new: AgendaStatus, *, reopen: bool = False) -> None:
    """Refuse a status change outside draft → proposed → agreed, saying what to do instead."""
    if current is new:
        raise InvalidInput(Notice(f"the version is already {new}", "agenda_rules.version_already", new=new))
    if current is AgendaStatus.AGREED:
        if reopen and new is AgendaStatus.PROPOSED:
            return
        raise VersionLocked(
            Notice(
                "an agreed version is locked; reopen it (back to proposed) or edit a new draft from it",
                "agenda_rules.agreed_version_locked_reopen",
            )
        )
    if new not in _NEXT[current]:
        raise InvalidInput(
            Notice(
                f"a {current} version cannot become {new}; it goes draft → proposed → agreed",
                "agenda_rules.version_cannot_become_goes",
                current=current,
                new=new,
            )
        )


def check_editable(version: AgendaVersion, fields: Iterable[str] = SHAREABLE_ITEM_FIELDS) -> None:
    """Refuse to change ``fields`` of an item in ``version`` when that version is agreed.

    Structural edits (add, delete, move, level) pass the default, which is always locked.
    """
    locked = [name for name in fields if name not in UNLOCKED_ITEM_FIELDS]
    if version.locked and locked:
        raise VersionLocked(
            Notice(
                f'version {version.version} "{version.label}" is agreed and locked; '
                "edit a new draft made from it (its talking points, notes and outcomes stay editable)",
                "agenda_rules.version_agreed_locked_edit",
                version_version=version.version,
                version_label=version.label,
            )
        )


def next_draft_label(versions: Iterable[AgendaVersion], side: str) -> str:
    """ "US draft 3": the label of ``side``'s next draft, counting the versions that side made.

    ``side`` is our side on this desk (``Body.home_side``): a Washington desk writes "US draft N".
    """
    count = sum(1 for version in versions if version.proposed_by == side)
    return f"{side} draft {count + 1}"
