"""Action items agreed at a session and followed up at the next ones."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ActionItem:
    session_id: int
    text: str
    owner: str = ""  # a person's name or an office
    owner_side: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    agenda_item_id: int | None = None
    id: int | None = None
    gid: str = ""  # the global id, the same on both desks ("" until saved)

    def is_overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due < today
