"""The right-hand pane of the People view: everything about the selected person, and their sessions."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.attendance import Attendance
from desktop_app.domain.body import Body
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.ui.common import formatting
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.people.delegation_model import role_label, rsvp_label

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _session_line(session: Session, attendance: Attendance) -> str:
    when = formatting.weekday_date(session.local_start(), year=True)
    role, rsvp = role_label(attendance.role), rsvp_label(attendance.rsvp)
    return f"{when} — {session.title} ({role}, {rsvp.lower()})"


class PersonDetailPane(QFrame):
    """Read-only details; Edit… opens the dialog. A double-click on a session opens its page."""

    edit_requested = Signal()
    session_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.heading = _label()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = _label()
        self.biography = _label()
        self.notes = _label()
        self.sessions_heading = QLabel("<b>" + self.tr("Sessions") + "</b>")
        self.sessions = QListWidget()
        self.sessions.setWordWrap(True)
        self.sessions.itemActivated.connect(self._open_session)
        install_row_menu(self.sessions, self._session_menu)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this person (F2 or Enter in the list)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.placeholder = QLabel(self.tr("Select someone to see their details here."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addWidget(self.facts)
        inner.addWidget(self.biography)
        inner.addWidget(self.notes)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(scroll, 3)
        content.addWidget(self.sessions_heading)
        content.addWidget(self.sessions, 2)
        content.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.show_person(None)

    def show_person(
        self,
        person: Person | None,
        body: Body | None = None,
        history: Sequence[tuple[Session, Attendance]] = (),
        *,
        count: int = 1,
    ) -> None:
        self.content.setVisible(person is not None)
        self.placeholder.setVisible(person is None)
        if person is None:
            self.placeholder.setText(
                self.tr("{0} people selected.").format(count)
                if count > 1
                else self.tr("Select someone to see their details here.")
            )
            return
        retired = " <i>" + self.tr("(retired)") + "</i>" if person.retired else ""
        korean = f"<br>{escape(person.name_ko)}" if person.name_ko else ""
        self.heading.setText(f"{escape(person.name)}{retired}{korean}")
        side = person.side
        if body is not None:
            try:
                s = body.side(person.side)
                side = formatting.side_both(s)
            except InvalidInput:
                pass
        rows = [
            (self.tr("Title"), " · ".join(v for v in (person.title, person.title_ko) if v)),
            (self.tr("Organisation"), " · ".join(v for v in (person.organization, person.organization_ko) if v)),
            (self.tr("Side"), side),
            (self.tr("E-mail"), person.email),
            (self.tr("Phone"), person.phone),
        ]
        self.facts.setText(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='color:#808080; white-space:nowrap'>{name}&nbsp;</td><td>{escape(value)}</td></tr>"
                for name, value in rows
                if value
            )
            + "</table>"
        )
        self.biography.setText(
            "<b>" + self.tr("Biography") + f"</b><br>{escape(person.biography)}"
            if person.biography
            else "<i>" + self.tr("No biography yet.") + "</i>"
        )
        self.notes.setText(
            "<b>"
            + self.tr("Internal notes")
            + "</b> <small>"
            + self.tr("(never exported)")
            + f"</small><br>{escape(person.internal_notes)}"
            if person.internal_notes
            else ""
        )
        self.notes.setVisible(bool(person.internal_notes))
        self.sessions.clear()
        for session, attendance in history:
            item = QListWidgetItem(_session_line(session, attendance))
            item.setData(SESSION_ID_ROLE, session.id)
            item.setToolTip(self.tr("Double-click to open the session"))
            self.sessions.addItem(item)
        heading = "<b>" + self.tr("Sessions") + "</b>"
        self.sessions_heading.setText(
            f"{heading} ({len(history)})" if history else heading + " — " + self.tr("none yet")
        )

    def _session_menu(self, index: QModelIndex) -> list[QAction | None] | None:
        """A right click on one of the sessions: open it, or copy its line."""
        item = self.sessions.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        opened = QAction(self.tr("Open the session"), self.sessions)
        opened.triggered.connect(lambda _checked=False: self._open_session(item))
        copy = QAction(self.tr("Copy"), self.sessions)
        copy.triggered.connect(lambda _checked=False: QGuiApplication.clipboard().setText(item.text()))
        return [opened, None, copy]

    def _open_session(self, item: QListWidgetItem) -> None:
        session_id = item.data(SESSION_ID_ROLE)
        if isinstance(session_id, int):
            self.session_activated.emit(session_id)
