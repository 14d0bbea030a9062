"""The Overview tab of a session's page: when, where, how, and what to watch out for.

Read from services each time the page loads; the buttons open the same dialogs as the
Session menu, and a write reloads every view through the navigator.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.services.session_overview import session_details
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.sessions import style
from desktop_app.ui.sessions.session_dialog import WarningPanel


def _field() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A form gives a Preferred label only its size hint, which a wrapping label guesses narrow:
    # Expanding lets it take the row's width and wrap only where the text is really long.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class OverviewTab(QWidget):
    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.workspace: Workspace | None = None
        self.session_id: int | None = None
        self.session: Session | None = None

        self.when_label = _field()
        self.when_label.setObjectName("overview_when")
        self.venue_label = _field()
        self.venue_label.setObjectName("overview_venue")
        self.venue_label.setTextFormat(Qt.TextFormat.RichText)
        self.venue_label.setOpenExternalLinks(True)
        self.venue_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.format_label = _field()
        self.host_label = _field()
        self.status_label = _field()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setObjectName("overview_status")
        self.series_label = _field()
        self.series_label.setObjectName("overview_series")
        self.notes_label = _field()
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_warnings_label = QLabel(self.tr("No warnings: a working day and working hours in both capitals."))
        self.no_warnings_label.setWordWrap(True)
        self.warning_panel = WarningPanel()
        self.warning_panel.setObjectName("overview_warnings")

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the session (Ctrl+E)"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.postpone_button = QPushButton(self.tr("Postpone"))
        self.cancel_button = QPushButton(self.tr("Cancel session…"))
        self.edit_button.clicked.connect(self.edit)
        self.move_button.clicked.connect(lambda: self._run("move_session"))
        self.postpone_button.clicked.connect(lambda: self._run("postpone_session"))
        self.cancel_button.clicked.connect(lambda: self._run("cancel_session"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("When"), self.when_label)
        form.addRow(self.tr("Venue"), self.venue_label)
        form.addRow(self.tr("Format"), self.format_label)
        form.addRow(self.tr("Host"), self.host_label)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Series"), self.series_label)
        form.addRow(self.tr("Notes (internal)"), self.notes_label)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.move_button, self.postpone_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addSpacing(8)
        inner.addWidget(self.warning_panel)
        inner.addWidget(self.no_warnings_label)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self, workspace: Workspace, session_id: int) -> None:
        self.workspace, self.session_id = workspace, session_id
        details = session_details(workspace, session_id)
        session = self.session = details.session
        body = workspace.body
        lines = formatting.span_long(session, body, zone_names=False)
        length = formatting.duration(session.duration_minutes)
        lines.append(self.tr("Length: {0} · planned in {1}").format(length, session.timezone))
        self.when_label.setText("\n".join(lines))
        self.venue_label.setText(self._venue_html(session))
        self.format_label.setText(formatting.session_format(session.format))
        try:
            side = body.side(session.host_side)
            self.host_label.setText(f"{formatting.side_both(side)} — {formatting.capital_name(side)}")
        except InvalidInput:  # a side renamed away since: the code is all there is
            self.host_label.setText(session.host_side)
        colour = style.STATUS_COLOURS.get(session.status)
        swatch = f'<span style="color:{colour.name()}">■</span> ' if colour else ""
        self.status_label.setText(f"{swatch}{html.escape(style.status_text(session.status))}")
        self.series_label.setText(details.series or self.tr("Not part of a series"))
        self.notes_label.setText(session.notes or "—")
        self.warning_panel.show_warnings(details.warnings, workspace.body)
        self.no_warnings_label.setVisible(not details.warnings)

    def _venue_html(self, session: Session) -> str:
        place = ", ".join(part for part in (session.venue_building, session.venue_city) if part)
        parts = [html.escape(place)] if place else []
        if session.video_link:
            link = html.escape(session.video_link, quote=True)
            # Only a web address is made clickable: a file: or javascript: "link" is shown, never followed.
            web = session.video_link.lower().startswith(("https://", "http://"))
            shown = f'<a href="{link}">{link}</a>' if web else link
            parts.append(self.tr("Video: {0}").format(shown))
        return "<br>".join(parts) if parts else self.tr("To be decided")

    # -- actions ------------------------------------------------------------------------
    def edit(self) -> None:
        self._run("edit_session")

    def _run(self, action: str) -> None:
        if self.workspace is None or self.session_id is None:
            return
        from desktop_app.ui.sessions import flows

        getattr(flows, action)(self, self.workspace, self.navigator, self.session_id)
