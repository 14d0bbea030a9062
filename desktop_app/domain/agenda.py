"""Agenda versions as negotiated between the sides, and their items."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class AgendaStatus(enum.StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    AGREED = "agreed"  # locked: editing an agreed version starts a new draft from it


@dataclass(frozen=True)
class AgendaVersion:
    session_id: int
    version: int  # 1, 2, 3 … in the order the drafts were saved
    label: str  # "our draft 2", "US counter-draft 1"
    proposed_by: str  # side code
    status: AgendaStatus
    created: datetime
    id: int | None = None
    gid: str = ""  # the global id, the same on both desks ("" until saved)
    base_gid: str = ""  # the gid of the version this one was made from ("" for a first draft)
    agreed_by: tuple[str, ...] = ()  # the side codes that marked it agreed

    @property
    def locked(self) -> bool:
        return self.status is AgendaStatus.AGREED

    def agreed_by_both(self, sides: tuple[str, str]) -> bool:
        return all(code in self.agreed_by for code in sides)


@dataclass(frozen=True)
class AgendaItem:
    """One item. The first group of fields is shareable; the last three are internal only."""

    version_id: int
    position: int
    number: str  # "1", "2", "2.1": numbering follows position and level
    title: str
    title_ko: str = ""
    level: int = 0  # 0 item or section, 1 sub-item
    lead_side: str = ""
    presenter_id: int | None = None
    minutes: int = 0
    description: str = ""
    outcome: str = ""
    talking_points: str = ""  # internal
    if_raised: str = ""  # internal: defensive lines
    internal_notes: str = ""  # internal
    id: int | None = None
    gid: str = ""  # the global id of this row, the same on both desks ("" until saved)
    lineage: str = ""  # the gid of the first item this one descends from (its identity across versions)


INTERNAL_ITEM_FIELDS = ("talking_points", "if_raised", "internal_notes")
