"""A session's time as each side sees it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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


def _offsets(local: datetime, zone: ZoneInfo) -> tuple[timedelta | None, timedelta | None]:
    return local.replace(tzinfo=zone, fold=0).utcoffset(), local.replace(tzinfo=zone, fold=1).utcoffset()


def is_skipped(local: datetime, zone: str) -> bool:
    """Whether the wall-clock time ``local`` never happens in ``zone`` (the clocks jump over it)."""
    tz = ZoneInfo(zone)
    aware = local.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None)


def is_repeated(local: datetime, zone: str) -> bool:
    """Whether ``local`` happens twice in ``zone`` (the clocks fall back over it)."""
    early, late = _offsets(local.replace(tzinfo=None), ZoneInfo(zone))
    return early != late and not is_skipped(local, zone)


def wall_time_note(local: datetime, zone: str) -> str | None:
    """What is odd about the wall-clock time ``local`` in ``zone``, in a sentence; None when nothing."""
    from desktop_app.domain.notices import Notice

    when = f"{local:%H:%M} on {local.day} {local:%b %Y}"
    if is_skipped(local, zone):
        return Notice(
            f"{when} does not exist in {zone}: the clocks go forward then", "skipped_time", at=local, zone=zone
        )
    if is_repeated(local, zone):
        english = f"{when} happens twice in {zone} (the clocks go back); the first one is meant"
        return Notice(english, "repeated_time", at=local, zone=zone)
    return None


def to_utc(local: datetime, zone: str, *, strict: bool = True) -> datetime:
    """The instant of wall-clock time ``local`` in ``zone``.

    A repeated time (the clocks fall back) means its first occurrence. A skipped time
    (the clocks go forward) is refused when ``strict`` (an officer typed it); otherwise
    it is read with the offset before the change, as RFC 5545 says, which lands an hour later.
    """
    naive = local.replace(tzinfo=None)
    if strict and is_skipped(naive, zone):
        from desktop_app.errors import InvalidInput

        raise InvalidInput(wall_time_note(naive, zone) or "")
    return naive.replace(tzinfo=ZoneInfo(zone), fold=0).astimezone(UTC)


def wall_time(instant: datetime, zone: str) -> datetime:
    """The naive wall-clock time of ``instant`` in ``zone``."""
    return instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
