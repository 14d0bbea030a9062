"""Plain dataclasses and rules of a consultative body. No Qt, no SQL."""

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.audit import AuditEntry
from desktop_app.domain.body import Body, Side
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus

__all__ = [
    "ActionItem",
    "ActionStatus",
    "AgendaItem",
    "AgendaStatus",
    "AgendaVersion",
    "Attendance",
    "AuditEntry",
    "Body",
    "Person",
    "Role",
    "Rsvp",
    "Session",
    "SessionFormat",
    "SessionStatus",
    "Side",
]
