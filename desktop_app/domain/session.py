"""A session of the body: when, where, at what level, in what state."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop_app.domain.body import check_timezone
from desktop_app.domain.dates import check_date
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput


class SessionFormat(enum.StrEnum):
    WORKING = "working"
    SENIOR = "senior"
    MINISTERIAL = "ministerial"


class SessionMode(enum.StrEnum):
    """How the delegations meet: a fact of the session, not something guessed from its venue."""

    IN_PERSON = "in_person"  # both delegations in one room, in the venue's city
    VIDEO = "video"  # each delegation in its own capital, joined by a link (which may come later)


def mode_from_venue(venue_city: str, video_link: str) -> SessionMode:
    """The rule before the mode was stored, for rows and files that do not say: a link and no city is video."""
    return SessionMode.VIDEO if video_link and not venue_city else SessionMode.IN_PERSON


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


_VIDEO_SUFFIX = re.compile(r"^(?P<place>.*?) \(video: (?P<link>\S+)\)$")
_LINK = re.compile(r"^https?://\S+$")


def split_venue(text: str) -> tuple[str, str, str]:
    """``(building, city, video_link)`` from a venue in one line; the inverse of ``Session.venue``.

    "Ministry of Foreign Affairs, Seoul" → building and city; a bare link → video.
    """
    text = " ".join(text.split())
    if text.startswith("Video link: "):
        return "", "", text.removeprefix("Video link: ")
    if _LINK.match(text):
        return "", "", text
    match = _VIDEO_SUFFIX.match(text)
    place, link = (match.group("place"), match.group("link")) if match else (text, "")
    building, _, city = place.rpartition(", ")
    return building, city, link


def new_uid() -> str:
    """A UID stable across exports, in the form calendar clients expect."""
    import uuid  # only a new session needs one: not loaded at start-up

    return f"{uuid.uuid4()}@briefing-desk"


@dataclass(frozen=True)
class Session:
    """One meeting in the series.

    ``start`` is always an aware datetime in UTC; ``timezone`` is the IANA zone the
    session is planned in, so a session at 10:00 in Seoul stays at 10:00 in Seoul
    whatever daylight saving does in Washington.
    """

    title: str
    start: datetime
    timezone: str
    duration_minutes: int
    host_side: str
    number: int | None = None
    title_ko: str = ""
    venue_city: str = ""
    venue_building: str = ""
    video_link: str = ""
    format: SessionFormat = SessionFormat.WORKING
    status: SessionStatus = SessionStatus.PLANNED
    uid: str = ""
    sequence: int = 0  # raised on every change; calendar clients need it to accept an update
    notes: str = ""  # internal
    series_id: int | None = None  # the series it was planned in; a moved occurrence keeps it
    # In person or by video. Left out (None), it follows the venue as it always did: a link and
    # no city is video; a stored session always has it.
    mode: SessionMode | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.start.tzinfo is None:
            raise InvalidInput(Notice("a session start needs a time zone", "session.session_start_needs_time"))
        if self.start.utcoffset() != timedelta(0) or self.start.tzinfo is not UTC:
            object.__setattr__(self, "start", self.start.astimezone(UTC))
        if not self.uid:
            object.__setattr__(self, "uid", new_uid())
        if self.mode is None:
            object.__setattr__(self, "mode", mode_from_venue(self.venue_city, self.video_link))
        elif not isinstance(self.mode, SessionMode):
            object.__setattr__(self, "mode", SessionMode(self.mode))

    def validate(self) -> None:
        if not self.title.strip():
            raise InvalidInput(Notice("a session needs a title", "session.session_needs_title"))
        if not 5 <= self.duration_minutes <= 7 * 24 * 60:
            raise InvalidInput(
                Notice("a session lasts between 5 minutes and a week", "session.session_lasts_between_5")
            )
        check_timezone(self.timezone)
        check_date(self.start, "a session starting")
        check_date(self.end, "a session ending")
        if self.number is not None and self.number < 1:
            raise InvalidInput(Notice("a session number starts at 1", "session.session_number_starts_1"))

    @property
    def end(self) -> datetime:
        try:
            return self.start + timedelta(minutes=self.duration_minutes)
        except OverflowError:  # a row out of range is refused by validate(); never crash on it
            return datetime.max.replace(tzinfo=UTC)

    @property
    def is_video(self) -> bool:
        return self.mode is SessionMode.VIDEO

    @property
    def venue(self) -> str:
        """The venue in one line, as lists and packets show it."""
        place = ", ".join(part for part in (self.venue_building, self.venue_city) if part)
        if self.video_link and place:
            return f"{place} (video: {self.video_link})"
        if self.video_link:
            return f"Video link: {self.video_link}"
        return place

    def local_start(self, zone: str | None = None) -> datetime:
        """The start in ``zone`` (the session's own zone by default)."""
        return self.start.astimezone(ZoneInfo(zone or self.timezone))

    def changed(self, **fields: object) -> Session:
        """A copy with ``fields`` changed and the sequence raised, as an edit makes."""
        return replace(self, sequence=self.sequence + 1, **fields)  # type: ignore[arg-type]
