"""A series of sessions planned from one recurrence rule, with a rotating host."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.body import Body, check_timezone
from desktop_app.domain.notices import Notice
from desktop_app.domain.session import SessionFormat, new_uid
from desktop_app.errors import InvalidInput

VIDEO = "video"  # a rotation entry that is not a side: the session is held by video link


@dataclass(frozen=True)
class Series:
    """How a run of sessions was planned; the sessions themselves are rows of their own.

    ``rule`` is an RFC 5545 RRULE value without COUNT and UNTIL (those are ``count`` and
    ``until``), applied to ``first_start``, a wall-clock time in ``timezone``: "10:00 on
    the second Tuesday" stays 10:00 whatever daylight saving does.
    """

    title: str
    rule: str  # "FREQ=MONTHLY;BYDAY=2TU"
    first_start: datetime  # naive: wall-clock time in `timezone`
    timezone: str
    duration_minutes: int
    hosts: tuple[str, ...]  # rotation, cycled in order: side codes or VIDEO
    count: int | None = None
    until: datetime | None = None  # naive wall-clock time in `timezone`, inclusive
    title_ko: str = ""
    format: SessionFormat = SessionFormat.WORKING
    video_link: str = ""
    uid: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.first_start.tzinfo is not None:
            raise InvalidInput(
                Notice("a series starts at a wall-clock time, without a zone offset", "series.series_starts_wall_clock")
            )
        if not self.uid:
            object.__setattr__(self, "uid", new_uid())

    def validate(self, body: Body) -> None:
        # Each refusal is a Notice: the command line prints its English, the window words it.
        if not self.title.strip():
            raise InvalidInput(Notice("a series needs a title", "series_no_title"))
        check_timezone(self.timezone)
        if not 5 <= self.duration_minutes <= 7 * 24 * 60:
            raise InvalidInput(Notice("a session lasts between 5 minutes and a week", "length"))
        if self.count is None and self.until is None:
            raise InvalidInput(Notice("a series needs an end: an end date or a number of sessions", "series_no_end"))
        if self.count is not None and self.count < 1:
            raise InvalidInput(Notice("a series has at least one session", "series_count"))
        if not self.hosts:
            raise InvalidInput(Notice("a series needs at least one host in its rotation", "series_no_host"))
        for host in self.hosts:
            if host != VIDEO and host not in body.side_codes:
                sides = ", ".join(body.side_codes)
                english = f"host {host!r} is neither a side ({sides}) nor {VIDEO!r}"
                raise InvalidInput(Notice(english, "series_bad_host", host=host, sides=sides))

    def host_for(self, index: int) -> str:
        """The rotation entry of the ``index``-th occurrence (0 is the first)."""
        return self.hosts[index % len(self.hosts)]

    def rotated(self, by: int) -> tuple[str, ...]:
        """The rotation as it stands from the ``by``-th occurrence on (used when a series is split)."""
        shift = by % len(self.hosts)
        return self.hosts[shift:] + self.hosts[:shift]
