"""The page an agenda-less session shows: how to start an agenda, and the offer to copy the last one.

Its strings are the editor's ("AgendaEditor"): the page is the editor's first state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.agenda_versions import PreviousAgenda
from desktop_app.ui.agenda.formatting import agenda_status_text
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

# English source, shown through translate("AgendaEditor", …).
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "AgendaEditor", "No agenda yet — start a draft, or copy the agenda of the previous session."
)


class EmptyAgendaPage(QWidget):
    """The explanation and two buttons: "Start a draft" and "Copy the previous session's agenda"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(translate("AgendaEditor", EMPTY_TEXT))
        self.label.setObjectName("agenda_empty")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        self.start_button = QPushButton(translate("AgendaEditor", "Start a draft"))
        self.start_button.setToolTip(translate("AgendaEditor", "An empty draft proposed by our side"))
        self.copy_button = QPushButton(translate("AgendaEditor", "Copy the previous session's agenda"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def offer(self, previous: PreviousAgenda | None, *, read_only: bool) -> None:
        """Teach how to start, offering ``previous`` (the last earlier session's agenda) to copy."""
        self.label.setText(translate("AgendaEditor", EMPTY_TEXT))
        if previous is None:
            self.copy_button.setEnabled(False)
            self.copy_button.setText(translate("AgendaEditor", "Copy the previous session's agenda"))
            self.copy_button.setToolTip(translate("AgendaEditor", "No earlier session has an agenda yet"))
        else:
            self.copy_button.setEnabled(True)
            if previous.session_number:
                self.copy_button.setText(
                    translate("AgendaEditor", "Copy the agenda of session #{0}").format(previous.session_number)
                )
            else:
                self.copy_button.setText(translate("AgendaEditor", "Copy the agenda of session"))
            self.copy_button.setToolTip(
                translate("AgendaEditor", "{0}: {1}, copied into a new draft (outcomes are not copied)").format(
                    previous.session_title, agenda_status_text(previous.version)
                )
            )
        self.start_button.setEnabled(not read_only)
        self.copy_button.setEnabled(self.copy_button.isEnabled() and not read_only)

    def show_gone(self) -> None:
        """The session was deleted meanwhile: say so, and offer nothing."""
        self.label.setText(translate("AgendaEditor", "This session no longer exists."))
        self.start_button.setEnabled(False)
        self.copy_button.setEnabled(False)
