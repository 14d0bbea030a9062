"""Three-way merging of what two desks changed: per-field change clocks, and agenda items by lineage.

Pure functions over plain data (``package_plan.py`` and ``plan_agenda.py`` call them).

**Clocks.** Each shared field of a record carries a version vector ``{"ROK": 3, "US": 1}``:
one counter per side, raised by that side on each change of the field (never on an
internal edit). Comparing ours with the package's tells, without trusting any clock on
a wall, whether the package's value is newer (its vector dominates: apply it), older
(ours dominates, or they are equal: keep ours — an older package changes nothing), or
concurrent (both changed the field since they last agreed on it): a **conflict**, which
is never decided silently. A conflict is resolved per field by a choice (``ours`` or
``theirs``); keeping ours raises our counter past both, so the other desk takes ours.

**Agenda items** of two concurrent drafts made from one base version are merged per
item (by lineage) and per field: a change from one side only is taken; the same field
changed differently on both sides is a conflict; an item deleted by one side and
changed by the other is a conflict too. Order: the side that reordered wins; when both
did, theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.notices import Notice

Counters = Mapping[str, int]
OURS, THEIRS = "ours", "theirs"
KEEP_CHOICES = (OURS, THEIRS)
ITEM_MERGE_FIELDS = ("level", "title", "title_ko", "lead_side", "presenter_id", "minutes", "description")
DELETED = "(deleted)"


def dominates(a: Counters, b: Counters) -> bool:
    """``a`` has seen every change ``b`` has (a ≥ b on every side)."""
    return all(a.get(side, 0) >= count for side, count in b.items())


def relation(ours: Counters, theirs: Counters) -> str:
    """ "same", "ours" (ours is newer or equal), "theirs" (theirs is newer) or "concurrent"."""
    mine, other = dominates(ours, theirs), dominates(theirs, ours)
    if mine and other:
        return "same"
    if mine:
        return OURS
    return THEIRS if other else "concurrent"


def joined(a: Counters, b: Counters) -> dict[str, int]:
    return {side: max(a.get(side, 0), b.get(side, 0)) for side in sorted({*a, *b})}


def bumped(clock: Counters, side: str) -> dict[str, int]:
    result = dict(clock)
    result[side] = result.get(side, 0) + 1
    return result


@dataclass(frozen=True)
class Conflict:
    """One field changed on both sides since the common base, shown side by side."""

    key: str  # unique in a plan: "session/venue_city", "item/<lineage>/title", "action/<gid>/due"
    record: str  # in words: "the session", "agenda item “Opening remarks”"
    field: str
    ours: str
    theirs: str
    choice: str = ""  # "ours", "theirs", or "" while unresolved

    def line(self) -> str:
        chosen = f" → keeping {self.choice}" if self.choice else ""
        return f"{self.record}, {self.field}: ours “{_short(self.ours)}” / theirs “{_short(self.theirs)}”{chosen}"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


Choose = Callable[[str], str]  # conflict key → "ours", "theirs" or ""


def choices(keep: str | None = None, per_field: Mapping[str, str] | None = None) -> Choose:
    """The resolution of each conflict: the one chosen for its key, else ``keep`` for all."""
    for choice in (keep, *(per_field or {}).values()):
        if choice is not None and choice not in KEEP_CHOICES:
            raise ValueError(Notice(f"keep {choice!r}: choose ours or theirs", "merge.keep_which", choice=choice))
    table = dict(per_field or {})
    return lambda key: table.get(key, keep or "")


@dataclass(frozen=True)
class FieldsMerge:
    values: dict[str, Any]  # the fields whose value changes here, and to what
    clock: dict[str, dict[str, int]]  # every field's counters after the merge
    conflicts: tuple[Conflict, ...]
    taken: tuple[str, ...]  # fields taken from the package


def merge_fields(
    names: Sequence[str],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    our_clock: Mapping[str, Counters],
    their_clock: Mapping[str, Counters],
    *,
    home: str,
    key: str,
    record: str,
    choose: Choose,
    show: Callable[[str, Any], str] = lambda _name, value: str(value),
) -> FieldsMerge:
    values: dict[str, Any] = {}
    clock: dict[str, dict[str, int]] = {}
    conflicts, taken = [], []
    for name in names:
        mine, other = our_clock.get(name, {}), their_clock.get(name, {})
        merged = joined(mine, other)
        if ours[name] == theirs[name]:
            clock[name] = merged
            continue
        how = relation(mine, other)
        if how == THEIRS:
            values[name], clock[name] = theirs[name], merged
            taken.append(name)
            continue
        if how in (OURS, "same") and (mine or how == OURS):
            clock[name] = merged  # ours is newer: an older package changes nothing
            continue
        conflict_key = f"{key}/{name}"
        choice = choose(conflict_key)
        conflicts.append(Conflict(conflict_key, record, name, show(name, ours[name]), show(name, theirs[name]), choice))
        if choice == THEIRS:
            values[name], clock[name] = theirs[name], merged
            taken.append(name)
        elif choice == OURS:
            clock[name] = bumped(merged, home)  # ours now dominates: the other desk takes it
        else:
            clock[name] = dict(mine)
    return FieldsMerge(values, clock, tuple(conflicts), tuple(taken))


# -- agenda items ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemsMerge:
    items: tuple[AgendaItem, ...]  # in order (positions not yet numbered); lineage kept
    conflicts: tuple[Conflict, ...]
    changed: bool  # the result differs from theirs (ours brought something)


def _title(item: AgendaItem) -> str:
    return item.title or item.title_ko


def merge_items(
    base: Sequence[AgendaItem],
    ours: Sequence[AgendaItem],
    theirs: Sequence[AgendaItem],
    *,
    choose: Choose,
    show: Callable[[str, Any], str] = lambda _name, value: str(value),
) -> ItemsMerge:
    """Three-way merge of two versions made from ``base``; items are matched by lineage."""
    b = {item.lineage: item for item in base}
    o = {item.lineage: item for item in ours}
    t = {item.lineage: item for item in theirs}
    conflicts: list[Conflict] = []
    result: dict[str, AgendaItem | None] = {}
    for lineage in dict.fromkeys([*t, *o]):
        was, mine, other = b.get(lineage), o.get(lineage), t.get(lineage)
        record = f"agenda item “{_short(_title(mine or other or was), 50)}”"  # type: ignore[arg-type]
        if was is None:  # added by one side (or both, as the same item)
            result[lineage] = other or mine
            continue
        if mine is None or other is None:  # deleted by one side
            kept = other or mine
            assert kept is not None
            if _same(was, kept):
                result[lineage] = None
                continue
            key = f"item/{lineage}/deleted"
            choice = choose(key)
            ours_text = DELETED if mine is None else "changed"
            theirs_text = DELETED if other is None else "changed"
            conflicts.append(Conflict(key, record, "deleted or changed", ours_text, theirs_text, choice))
            chosen = mine if choice == OURS else other if choice == THEIRS else kept
            result[lineage] = chosen
            continue
        merged = other
        for name in ITEM_MERGE_FIELDS:
            old, a, c = getattr(was, name), getattr(mine, name), getattr(other, name)
            if a in (c, old):
                continue
            if c == old:
                merged = replace(merged, **{name: a})
                continue
            key = f"item/{lineage}/{name}"
            choice = choose(key)
            conflicts.append(Conflict(key, record, name.removesuffix("_id"), show(name, a), show(name, c), choice))
            if choice == OURS:
                merged = replace(merged, **{name: a})
        result[lineage] = merged
    order = _order([i.lineage for i in base], [i.lineage for i in ours], [i.lineage for i in theirs])
    items = tuple(item for lineage in order if (item := result.get(lineage)) is not None)
    changed = [(_key(i), i.lineage) for i in items] != [(_key(i), i.lineage) for i in theirs]
    return ItemsMerge(items, tuple(conflicts), changed)


def _key(item: AgendaItem) -> tuple[object, ...]:
    return tuple(getattr(item, name) for name in ITEM_MERGE_FIELDS)


def _same(a: AgendaItem, b: AgendaItem) -> bool:
    return _key(a) == _key(b)


def _order(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """The merged order: the side that reordered the common items wins (theirs when both did);
    an item only in the other list goes after the item it follows there."""
    common = set(base) & set(ours) & set(theirs)

    def seq(order: list[str]) -> list[str]:
        return [lineage for lineage in order if lineage in common]

    we_moved, they_moved = seq(ours) != seq(base), seq(theirs) != seq(base)
    skeleton, other = (ours, theirs) if we_moved and not they_moved else (theirs, ours)
    result = list(skeleton)
    for index, lineage in enumerate(other):
        if lineage in result:
            continue
        before = next((other[k] for k in range(index - 1, -1, -1) if other[k] in result), None)
        result.insert(result.index(before) + 1 if before is not None else 0, lineage)
    return result
