"""Plain dataclasses and rules of a consultative body. No Qt, no SQL.

The names below are importable from here; each module loads when its name is first used
(``from desktop_app.domain import Person``), so that start-up loads only the modules it needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.domain.actions import ActionItem, ActionStatus
    from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
    from desktop_app.domain.attendance import Attendance, Role, Rsvp
    from desktop_app.domain.audit import AuditEntry
    from desktop_app.domain.body import Body, Side
    from desktop_app.domain.person import Person
    from desktop_app.domain.session import Session, SessionFormat, SessionStatus

_HOMES = {
    "ActionItem": "actions",
    "ActionStatus": "actions",
    "AgendaItem": "agenda",
    "AgendaStatus": "agenda",
    "AgendaVersion": "agenda",
    "Attendance": "attendance",
    "AuditEntry": "audit",
    "Body": "body",
    "Person": "person",
    "Role": "attendance",
    "Rsvp": "attendance",
    "Session": "session",
    "SessionFormat": "session",
    "SessionStatus": "session",
    "Side": "body",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
