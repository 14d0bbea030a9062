"""People booked into two sessions at once.

The index is built once (when a dialog opens, or per calendar page) from plain data
and answered in O(log n + overlaps), so the dialog can ask on every keystroke.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.notices import Notice


@dataclass(frozen=True)
class Booking:
    """A session that is going to happen, and who sits in it."""

    session_id: int
    label: str  # how a warning names it: "#3 “Second round”"
    start: datetime  # aware
    end: datetime
    people: frozenset[int]


@dataclass(frozen=True)
class Conflict:
    person_id: int
    person_name: str
    other: Booking

    def message(self) -> str:
        english = f"{self.person_name} is also in session {self.other.label}, which overlaps"
        return Notice(english, "double_booking", person=self.person_name, session=self.other.label)


class ConflictIndex:
    """Bookings ordered by start, with the names of the people in them."""

    def __init__(self, bookings: Iterable[Booking], names: Mapping[int, str]) -> None:
        self._bookings = sorted(bookings, key=lambda booking: (booking.start, booking.session_id))
        self._starts = [booking.start for booking in self._bookings]
        self._by_id = {booking.session_id: booking for booking in self._bookings}
        self._longest = max((b.end - b.start for b in self._bookings), default=timedelta(0))
        self._names = dict(names)

    def __len__(self) -> int:
        return len(self._bookings)

    def people_of(self, session_id: int | None) -> frozenset[int]:
        booking = self._by_id.get(session_id) if session_id is not None else None
        return booking.people if booking else frozenset()

    def overlapping(self, start: datetime, end: datetime, *, exclude: int | None = None) -> list[Booking]:
        """Bookings that share some time with [start, end); touching end to start is no overlap."""
        upper = bisect.bisect_left(self._starts, end)
        lower = bisect.bisect_left(self._starts, start - self._longest)
        return [
            booking for booking in self._bookings[lower:upper] if booking.end > start and booking.session_id != exclude
        ]

    def conflicts(
        self, start: datetime, end: datetime, people: Collection[int], *, exclude: int | None = None
    ) -> list[Conflict]:
        if not people:
            return []
        found = []
        for booking in self.overlapping(start, end, exclude=exclude):
            for person_id in sorted(booking.people.intersection(people)):
                name = self._names.get(person_id, f"person {person_id}")
                found.append(Conflict(person_id, name, booking))
        return found
