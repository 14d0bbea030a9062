"""The strip along the top: the next session, one click from its row."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.body import Body
from desktop_app.scheduling.timezones import format_both
from desktop_app.services.overview import NextSession, next_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.widgets import ElidedLabel

REFRESH_MS = 60_000  # "Now" turns into the following session without a reload


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def describe_next(upcoming: NextSession | None, body: Body) -> str:
    """The strip's line, e.g. "Next: 14th session, Seoul, Tue 9 Mar 10:00 KST · Mon 8 Mar 20:00 EST — agenda:
    US counter-draft 2 (proposed, not agreed)".
    """
    if upcoming is None:
        return "No upcoming session is planned."
    session = upcoming.session
    name = f"{ordinal(session.number)} session" if session.number else session.title
    place = session.venue_city or ("video" if session.video_link else "venue not set")
    if upcoming.agenda is None:
        agenda = "none yet"
    elif upcoming.agenda.status is AgendaStatus.AGREED:
        agenda = f"{upcoming.agenda.label} (agreed)"
    else:
        agenda = f"{upcoming.agenda.label} ({upcoming.agenda.status}, not agreed)"
    lead = "Now" if upcoming.running else "Next"
    return f"{lead}: {name}, {place}, {format_both(session, body)} — agenda: {agenda}"


class NextSessionStrip(QFrame):
    """Emits ``show_session(id)`` when the user asks to see the session."""

    show_session = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = ElidedLabel()
        self.button = QPushButton("Show")
        self.button.setToolTip("Show this session in the Sessions list")
        self.button.clicked.connect(self._show_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._workspace: Workspace | None = None
        self._upcoming: NextSession | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def load(self, workspace: Workspace, now: datetime | None = None) -> None:
        self._workspace = workspace
        self.refresh(now)

    def refresh(self, now: datetime | None = None) -> None:
        if self._workspace is None or self._workspace.store.closed:
            return
        self._upcoming = next_session(self._workspace, now or datetime.now(UTC))
        self.label.setText(describe_next(self._upcoming, self._workspace.body))
        self.button.setEnabled(self._upcoming is not None)

    @property
    def upcoming(self) -> NextSession | None:
        return self._upcoming

    def _show_clicked(self) -> None:
        if self._upcoming is not None and self._upcoming.session.id is not None:
            self.show_session.emit(self._upcoming.session.id)
