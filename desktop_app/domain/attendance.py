"""Who sits in which session, in what role and order."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    NOTE_TAKER = "note-taker"
    INTERPRETER = "interpreter"
    OBSERVER = "observer"


class Rsvp(enum.StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    TENTATIVE = "tentative"


@dataclass(frozen=True)
class Attendance:
    session_id: int
    person_id: int
    role: Role = Role.MEMBER
    protocol_order: int = 0  # 0 sits first; the head of delegation normally holds it
    rsvp: Rsvp = Rsvp.INVITED
    id: int | None = None
