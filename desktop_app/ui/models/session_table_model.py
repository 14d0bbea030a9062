"""The Sessions table: one row per ``Session``, times in both sides' zones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.errors import InvalidInput
from desktop_app.ui import formatting
from desktop_app.ui.i18n import translate
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
    return formatting.format_when(session, body)


def list_venue(session: Session) -> str:
    """The city first, so that it survives when the column is too narrow for the building."""
    place = ", ".join(part for part in (session.venue_city, session.venue_building) if part)
    if session.video_link:
        if place:
            return translate("SessionTableModel", "{0} (and video)").format(place)
        return translate("SessionTableModel", "Video")
    return place


def _when_tooltip(session: Session, body: Body) -> str:
    # The table omits the year to stay narrow; the tooltip gives the full dates and the length.
    lines = formatting.span_long(session, body)
    lines.append(translate("SessionTableModel", "Length: {0}").format(formatting.duration(session.duration_minutes)))
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
            return formatting.side_both(side)

        return [
            Column(
                self.tr("No."),
                lambda s: str(s.number or ""),
                sort_key=lambda s: s.number or 0,
                numeric=True,
                header_tooltip=self.tr("The session's number in the series"),
            ),
            Column(
                self.tr("When"),
                lambda s: format_when(s, self._body),
                sort_key=lambda s: s.start.isoformat(),
                tooltip=lambda s: _when_tooltip(s, self._body),
                header_tooltip=self.tr("The start in the session's own zone first, then in the other capital"),
            ),
            Column(self.tr("Title"), lambda s: s.title, tooltip=lambda s: s.title, free_text=True),
            Column(self.tr("Korean title"), lambda s: s.title_ko, tooltip=lambda s: s.title_ko or None, free_text=True),
            Column(self.tr("Format"), lambda s: formatting.session_format(s.format)),
            Column(self.tr("Host"), lambda s: s.host_side, tooltip=lambda s: side_name(s.host_side)),
            Column(
                self.tr("Status"),
                lambda s: formatting.session_status(s.status),
                sort_key=lambda s: str(s.status),
                decoration=lambda s: STATUS_COLOURS.get(s.status),
            ),
            Column(self.tr("Venue"), list_venue, tooltip=lambda s: s.venue),
        ]

    def set_sessions(self, sessions: Sequence[Session], body: Body) -> None:
        self._body = body  # the columns read it lazily, so it is in place before the reset
        self.set_records(sessions)

    def row_of(self, session_id: int) -> int | None:
        for row, session in enumerate(self.records()):
            if session.id == session_id:
                return row
        return None
