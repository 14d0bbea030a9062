"""The timed agenda: each item's start computed from the session start and the durations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.agenda import AgendaItem


@dataclass(frozen=True)
class TimedItem:
    item: AgendaItem
    start: datetime  # aware; in the zone of the session start it was computed from
    end: datetime


def timetable(items: Sequence[AgendaItem], session_start: datetime) -> list[TimedItem]:
    """Items in order, each starting when the one before ends.

    A section heading (minutes 0) takes no time of its own: its sub-items carry the
    minutes, so the heading shares the start of its first sub-item.
    """
    clock = session_start
    timed = []
    for item in sorted(items, key=lambda i: i.position):
        end = clock + timedelta(minutes=item.minutes)
        timed.append(TimedItem(item, clock, end))
        clock = end
    return timed


def total_minutes(items: Sequence[AgendaItem]) -> int:
    return sum(item.minutes for item in items)


def overrun_minutes(items: Sequence[AgendaItem], session_minutes: int) -> int:
    """How far the agenda runs past the session's end; 0 when it fits."""
    return max(0, total_minutes(items) - session_minutes)


def overrun_is_serious(overrun: int, session_minutes: int) -> bool:
    """An overrun past a tenth of the session (and at least 10 minutes) is an error, not a warning:
    a few minutes over are absorbed by a short break, a quarter of an hour is not."""
    return overrun > max(10, session_minutes // 10)
