"""The JSON the ``agenda`` commands print: a contract scripts rely on, so kept in one place."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.agenda_diff import AgendaDiff, FieldChange
from desktop_app.services.agenda import TimedAgendaItem


def timed_item_as_json(entry: TimedAgendaItem) -> dict[str, Any]:
    """One item of ``agenda show --json``; ``start`` carries the session zone's offset."""
    item = entry.item
    return {
        "number": item.number,
        "title": item.title,
        "title_ko": item.title_ko,
        "lead_side": item.lead_side,
        "presenter": entry.presenter,
        "minutes": item.minutes,
        "start": entry.start.isoformat(),
        "description": item.description,
        "talking_points": item.talking_points,
        "if_raised": item.if_raised,
        "internal_notes": item.internal_notes,
    }


def version_as_json(version: AgendaVersion) -> dict[str, Any]:
    return {
        "version": version.version,
        "label": version.label,
        "proposed_by": version.proposed_by,
        "status": str(version.status),
        "created": version.created.isoformat(),
        "gid": version.gid,  # the same on both desks
        "base": version.base_gid,  # the gid of the version it was made from, or ""
        "agreed_by": list(version.agreed_by),  # the sides whose mark is on it
    }


def _summary(item: AgendaItem) -> dict[str, Any]:
    return {"number": item.number, "title": item.title, "title_ko": item.title_ko}


def _change(change: FieldChange) -> dict[str, Any]:
    return {
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "words": [{"op": word.op, "text": word.text} for word in change.words],
    }


def diff_as_json(diff: AgendaDiff) -> dict[str, Any]:
    """``agenda diff --json``: added and removed items, moves (old → new number) and rewordings."""
    return {
        "added": [_summary(item) for item in diff.added],
        "removed": [_summary(item) for item in diff.removed],
        "moved": [
            {"title": m.new.title, "title_ko": m.new.title_ko, "old_number": m.old.number, "new_number": m.new.number}
            for m in diff.moved
        ],
        "changed": [
            {
                "title": c.new.title,
                "title_ko": c.new.title_ko,
                "old_number": c.old.number,
                "new_number": c.new.number,
                "fields": [_change(change) for change in c.changes],
            }
            for c in diff.changed
        ],
    }
