"""The Sessions table: one row per ``Session``, times in both sides' zones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.errors import InvalidInput
from desktop_app.scheduling.timezones import local_times
from desktop_app.ui.models.record_table_model import Column, RecordTableModel

# Mid-tone colours that read on light and dark palettes; shown as a swatch beside the word,
# so the status never depends on colour alone.
STATUS_COLOURS: dict[SessionStatus, QColor] = {
    SessionStatus.PLANNED: QColor("#4a7fd4"),
    SessionStatus.CONFIRMED: QColor("#2e9e44"),
    SessionStatus.HELD: QColor("#8a8a8a"),
    SessionStatus.POSTPONED: QColor("#e0a100"),
    SessionStatus.CANCELLED: QColor("#d0392b"),
}

# Venue comes last: the header stretches the last column, so the longest and least urgent text
# is the one that gives way (elided, full text in the tooltip) when the window is narrow.
NUMBER, WHEN, TITLE, TITLE_KO, FORMAT, HOST, STATUS, VENUE = range(8)


def format_when(session: Session, body: Body) -> str:
    """ "Sun 9 Mar 2031 10:00 KST · Sat 8 Mar 20:00 EST": as ``format_both``, with the year once.

    A list spans years (and may be sorted by title), so unlike the next-session strip it needs the year.
    """
    parts: list[str] = []
    for local in local_times(session, body).values():
        year = f" {local.year}" if not parts else ""
        parts.append(f"{local:%a} {local.day} {local:%b}{year} {local:%H:%M} {local.tzname()}")
    return " · ".join(parts)


def list_venue(session: Session) -> str:
    """The city first, so that it survives when the column is too narrow for the building."""
    place = ", ".join(part for part in (session.venue_city, session.venue_building) if part)
    if session.video_link:
        return f"{place} (and video)" if place else "Video"
    return place


def _when_tooltip(session: Session, body: Body) -> str:
    # The table omits the year to stay narrow; the tooltip gives the full dates and the length.
    lines = []
    for zone, local in local_times(session, body).items():
        end = session.end.astimezone(local.tzinfo)
        lines.append(f"{local:%A} {local.day} {local:%B %Y, %H:%M}–{end:%H:%M} {local.tzname()} ({zone})")
    hours, minutes = divmod(session.duration_minutes, 60)
    lines.append(f"Length: {hours} h {minutes:02d} min" if hours else f"Length: {minutes} min")
    return "\n".join(lines)


class SessionTableModel(RecordTableModel[Session]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._body = DEFAULT_BODY
        super().__init__(self._columns_for_body(), parent)

    def _columns_for_body(self) -> list[Column[Session]]:
        def side_name(code: str) -> str:
            try:
                side = self._body.side(code)
            except InvalidInput:  # a side renamed away since the session was saved: show the code
                return code
            return f"{side.name} ({side.name_ko})"

        return [
            Column(
                "No.",
                lambda s: str(s.number or ""),
                sort_key=lambda s: s.number or 0,
                numeric=True,
                header_tooltip="The session's number in the series",
            ),
            Column(
                "When",
                lambda s: format_when(s, self._body),
                sort_key=lambda s: s.start.isoformat(),
                tooltip=lambda s: _when_tooltip(s, self._body),
                header_tooltip="The start in the session's own zone first, then in the other capital",
            ),
            Column("Title", lambda s: s.title, tooltip=lambda s: s.title),
            Column("Korean title", lambda s: s.title_ko, tooltip=lambda s: s.title_ko or None),
            Column("Format", lambda s: str(s.format).capitalize()),
            Column("Host", lambda s: s.host_side, tooltip=lambda s: side_name(s.host_side)),
            Column(
                "Status",
                lambda s: str(s.status).capitalize(),
                sort_key=lambda s: str(s.status),
                decoration=lambda s: STATUS_COLOURS.get(s.status),
            ),
            Column("Venue", list_venue, tooltip=lambda s: s.venue),
        ]

    def set_sessions(self, sessions: Sequence[Session], body: Body) -> None:
        self._body = body  # the columns read it lazily, so it is in place before the reset
        self.set_records(sessions)

    def row_of(self, session_id: int) -> int | None:
        for row, session in enumerate(self.records()):
            if session.id == session_id:
                return row
        return None
