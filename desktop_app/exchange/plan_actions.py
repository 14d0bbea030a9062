"""What an import does to a session's action items and outcomes: merged per field by their clocks.

Only the shared part travels (text, owner, owner side, due date, status; an item's outcome).
A new action item is added with its gid; a known one takes the package's fields that are
newer, keeps ours that are newer, and lists a conflict where both desks changed a field.
Nothing is deleted by an import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.domain.actions import ActionItem
from desktop_app.exchange.merge import Choose, Conflict, merge_fields
from desktop_app.exchange.package_model import SessionPackage

ACTION_FIELDS = ("text", "owner", "owner_side", "due", "status")
Clock = Mapping[str, Mapping[str, int]]


@dataclass(frozen=True)
class ActionPlan:
    action: str  # "new", "update" or "same"
    item: ActionItem  # as it will be (session id and agenda item filled in by the import)
    lineage: str  # the agenda item it was recorded against, by lineage ("" for none)
    clock: dict[str, dict[str, int]]
    before: ActionItem | None = None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutcomePlan:
    lineage: str
    title: str
    text: str  # as it will be
    before: str
    clock: dict[str, int]

    @property
    def changed(self) -> bool:
        return self.text != self.before


def _values(action: ActionItem) -> dict[str, Any]:
    return {name: getattr(action, name) for name in ACTION_FIELDS}


def _show(name: str, value: Any) -> str:
    return value.isoformat() if name == "due" and value is not None else str(value or "")


def plan_actions(
    package: SessionPackage,
    actions: Sequence[ActionItem],
    clocks: Mapping[str, Clock],
    home: str,
    choose: Choose,
) -> tuple[tuple[ActionPlan, ...], tuple[Conflict, ...]]:
    by_gid = {action.gid: action for action in actions if action.gid}
    plans: list[ActionPlan] = []
    conflicts: list[Conflict] = []
    for incoming in package.actions:
        theirs = ActionItem(
            session_id=0,
            text=incoming.text,
            owner=incoming.owner,
            owner_side=incoming.owner_side,
            due=incoming.due,
            status=incoming.status,
            gid=incoming.gid,
        )
        known = by_gid.get(incoming.gid)
        clock = {name: dict(counters) for name, counters in incoming.clock.items()}
        if known is None:
            plans.append(ActionPlan("new", theirs, incoming.item, clock))
            continue
        merged = merge_fields(
            ACTION_FIELDS,
            _values(known),
            _values(theirs),
            clocks.get(incoming.gid, {}),
            incoming.clock,
            home=home,
            key=f"action/{incoming.gid}",
            record=f"action item “{known.text[:50]}”",
            choose=choose,
            show=_show,
        )
        conflicts += merged.conflicts
        item = replace(known, **merged.values)
        action = "update" if merged.values else "same"
        plans.append(ActionPlan(action, item, incoming.item, merged.clock, known, tuple(merged.values)))
    return tuple(plans), tuple(conflicts)


def plan_outcomes(
    package: SessionPackage,
    outcomes: Mapping[str, tuple[str, str]],  # lineage → (item title, our outcome) in the version that counts
    clocks: Mapping[str, Mapping[str, int]],  # lineage → counters
    home: str,
    choose: Choose,
) -> tuple[tuple[OutcomePlan, ...], tuple[Conflict, ...]]:
    plans: list[OutcomePlan] = []
    conflicts: list[Conflict] = []
    for incoming in package.outcomes:
        title, ours = outcomes.get(incoming.item, ("", ""))
        merged = merge_fields(
            ("text",),
            {"text": ours},
            {"text": incoming.text},
            {"text": clocks.get(incoming.item, {})},
            {"text": incoming.clock},
            home=home,
            key=f"outcome/{incoming.item}",
            record=f"outcome of “{title[:50] or 'an item'}”",
            choose=choose,
        )
        conflicts += merged.conflicts
        text = merged.values.get("text", ours)
        plans.append(OutcomePlan(incoming.item, title, text, ours, merged.clock["text"]))
    return tuple(plans), tuple(conflicts)
