"""A session's time as each side sees it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop_app.domain.body import Body
from desktop_app.domain.session import Session


def local_times(session: Session, body: Body) -> dict[str, datetime]:
    """From each side's zone name to the session start there; the session's own zone first."""
    zones = [session.timezone] + [side.timezone for side in body.sides]
    result: dict[str, datetime] = {}
    for zone in zones:
        result.setdefault(zone, session.start.astimezone(ZoneInfo(zone)))
    return result


def format_both(session: Session, body: Body) -> str:
    """ "Tue 9 Mar 10:00 KST · Mon 8 Mar 20:00 EST": the session's zone first, the day always."""
    parts = []
    for local in local_times(session, body).values():
        parts.append(f"{local:%a} {local.day} {local:%b %H:%M} {local.tzname()}")
    return " · ".join(parts)
