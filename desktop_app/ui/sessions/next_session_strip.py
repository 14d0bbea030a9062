"""The strip along the top: the next session, one click from its row."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop_app import clock
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.body import Body
from desktop_app.services.overview import NextSession, next_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.widgets import ElidedLabel

REFRESH_MS = 60_000  # "Now" turns into the following session without a reload


ordinal = formatting.ordinal  # 1st, 2nd, 3rd … (English)


def describe_next(upcoming: NextSession | None, body: Body) -> str:
    """The strip's line, e.g. "Next: 14th session, Seoul, Tue 9 Mar 10:00 KST · Mon 8 Mar 20:00 EST — agenda:
    US counter-draft 2 (proposed, not agreed)".
    """
    if upcoming is None:
        return translate("NextSessionStrip", "No upcoming session is planned.")
    session = upcoming.session
    name = formatting.session_name(session.number) if session.number else session.title
    place = session.venue_city or (
        translate("NextSessionStrip", "video") if session.video_link else translate("NextSessionStrip", "venue not set")
    )
    if upcoming.agenda is None:
        agenda = translate("NextSessionStrip", "none yet")
    elif upcoming.agenda.status is AgendaStatus.AGREED:
        agenda = translate("NextSessionStrip", "{0} (agreed)").format(upcoming.agenda.label)
    else:
        status = formatting.agenda_status(upcoming.agenda.status, lower=True)
        agenda = translate("NextSessionStrip", "{0} ({1}, not agreed)").format(upcoming.agenda.label, status)
    if upcoming.running:
        line = translate("NextSessionStrip", "Now: {0}, {1}, {2} — agenda: {3}")
    else:
        line = translate("NextSessionStrip", "Next: {0}, {1}, {2} — agenda: {3}")
    return line.format(name, place, formatting.format_both(session, body), agenda)


class NextSessionStrip(QFrame):
    """Emits ``show_session(id)`` when the user asks to see the session."""

    show_session = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Next session"))
        self.label = ElidedLabel()
        self.label.setAccessibleDescription(self.tr("The next session"))  # its name is the line itself
        self.button = QPushButton(self.tr("Show"))
        self.button.setAccessibleName(self.tr("Show the next session"))
        self.button.setToolTip(self.tr("Show this session in the Sessions list"))
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
        self._upcoming = next_session(self._workspace, now or clock.now())
        self.label.setText(describe_next(self._upcoming, self._workspace.body))
        self.button.setEnabled(self._upcoming is not None)

    @property
    def upcoming(self) -> NextSession | None:
        return self._upcoming

    def _show_clicked(self) -> None:
        if self._upcoming is not None and self._upcoming.session.id is not None:
            self.show_session.emit(self._upcoming.session.id)
