"""Reading the parts of a session package that format 2 added: ids, change clocks, action items.

Called by ``package_read.py`` after the schema check, so shapes are known; these checks are
the ones a schema cannot state (ids listed once, side codes among the package's sides, dates).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.package_model import PackageAction, PackageVersion


def side_counters(counters: dict[str, int], codes: set[str], refuse: Callable[[str], InvalidInput]) -> dict[str, int]:
    for code in counters:
        if code not in codes:
            raise refuse(
                Notice(
                    f"a change clock names side {code!r}, which is not one of the package's sides",
                    "package_read_v2.change_clock_names_side",
                    code_given=code,
                )
            )
    return dict(counters)


def counters_of(
    clock: dict[str, dict[str, int]], codes: set[str], refuse: Callable[[str], InvalidInput]
) -> dict[str, dict[str, int]]:
    return {name: side_counters(counters, codes, refuse) for name, counters in clock.items()}


def check_ids(versions: list[PackageVersion], refuse: Callable[[str], InvalidInput]) -> None:
    """Format 2: every version and item id once; an item's lineage is a well-formed id (checked by the schema)."""
    version_ids = [v.gid for v in versions if v.gid]
    if len(set(version_ids)) != len(version_ids):
        raise refuse(Notice("an agenda version is listed twice", "package_read_v2.agenda_version_listed_twice"))
    item_ids = [item.gid for v in versions for item in v.items if item.gid]
    if len(set(item_ids)) != len(item_ids):
        raise refuse(Notice("an agenda item is listed twice", "package_read_v2.agenda_item_listed_twice"))
    for v in versions:
        lineages = [item.lineage for item in v.items if item.lineage]
        if len(set(lineages)) != len(lineages):
            raise refuse(
                Notice(
                    f"agenda version {v.label[:40]!r} holds the same item twice",
                    "package_read_v2.agenda_version_holds_same",
                    v_label=v.label[:40],
                )
            )


def action_of(entry: dict[str, Any], codes: set[str], refuse: Callable[[str], InvalidInput]) -> PackageAction:
    owner_side = entry["owner_side"]
    if owner_side and owner_side not in codes:
        raise refuse(
            Notice(
                f"an action item names side {owner_side!r}, which is not one of the package's sides",
                "package_read_v2.action_item_names_side",
                owner_side=owner_side,
            )
        )
    try:
        due = date.fromisoformat(entry["due"]) if entry["due"] else None
    except ValueError as exc:
        raise refuse(
            Notice(
                f"an action item's due date {entry['due']!r} is not a date",
                "package_read_v2.action_item_due_date",
                entry=entry["due"],
            )
        ) from exc
    if not entry["text"].strip():
        raise refuse(Notice("an action item has no text", "package_read_v2.action_item_no_text"))
    return PackageAction(
        gid=entry["gid"],
        text=entry["text"],
        owner=entry["owner"],
        owner_side=owner_side,
        due=due,
        status=ActionStatus(entry["status"]),
        item=entry["item"],
        clock=counters_of(entry["clock"], codes, refuse),
    )
