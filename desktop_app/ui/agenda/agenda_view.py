"""The Agenda view: pick a session (the next one first) and work on its agenda right here.

The picker lists every session with where its agenda stands ("US draft 2 (agreed)",
"ROK draft 1 (draft, not agreed)"); below it is the same editor as on the session page.
Enter in the picker, or "Open session page", opens the session page on its Agenda tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app import clock
from desktop_app.domain.agenda import AgendaVersion
from desktop_app.domain.session import Session
from desktop_app.services.agenda_versions import current_versions
from desktop_app.services.overview import next_session
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.editor import AgendaEditor
from desktop_app.ui.agenda.formatting import STATUS_COLOURS, agenda_status_text
from desktop_app.ui.agenda.widgets import buddy_label
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.widgets import ElidedLabel, semantic_colour
from desktop_app.ui.sessions.page_opening import open_session_tab


def picker_text(session: Session, agenda: AgendaVersion | None) -> str:
    """ "#8 · 15 Dec 2026 · 8th session: … — US draft 2 (agreed)"."""
    local = session.local_start()
    number = f"#{session.number} · " if session.number else ""
    return translate("AgendaView", "{0}{1} · {2} — agenda: {3}").format(
        number, formatting.day_month(local, year=True), session.title, agenda_status_text(agenda)
    )


class AgendaView(QWidget):
    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self._workspace: Workspace | None = None
        self.session_id: int | None = None
        self.agendas: dict[int, AgendaVersion] = {}

        self.picker = QComboBox()
        self.picker.setObjectName("agenda_session_picker")
        self.picker.setToolTip(self.tr("Every session, with where its agenda stands; Enter opens the session page"))
        self.picker.setMaxVisibleItems(20)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.picker.activated.connect(lambda _index: self._chosen())
        open_page = QAction(self.tr("Open session page"), self.picker)
        open_page.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_page.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_page.triggered.connect(lambda _checked=False: self.open_session_page())
        self.picker.addAction(open_page)

        self.when = ElidedLabel()
        self.when.setObjectName("agenda_session_when")
        self.open_button = QPushButton(self.tr("Open session page"))
        self.open_button.setToolTip(self.tr("The session's page, on its Agenda tab (Enter in the list of sessions)"))
        self.open_button.clicked.connect(self.open_session_page)
        self.editor = AgendaEditor(navigator)

        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Session:"), self.picker))
        top.addWidget(self.picker, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.when)
        layout.addWidget(self.editor, 1)

    def load(self, workspace: Workspace) -> None:
        first = self._workspace is not workspace
        self._workspace = workspace
        self.agendas = current_versions(workspace)
        sessions = list_sessions(workspace)
        keep = None if first else self.session_id
        self.picker.blockSignals(True)
        self.picker.clear()
        for session in sessions:
            agenda = self.agendas.get(session.id or 0)
            self.picker.addItem(picker_text(session, agenda), session.id)
            colour = STATUS_COLOURS.get(agenda.status) if agenda else None
            index = self.picker.count() - 1
            self.picker.setItemData(
                index,
                colour if colour is not None else semantic_colour("none", self.palette()),
                Qt.ItemDataRole.DecorationRole,
            )
            self.picker.setItemData(index, session.title, Qt.ItemDataRole.ToolTipRole)
        self.picker.blockSignals(False)
        if keep is None or self.picker.findData(keep) < 0:
            upcoming = next_session(workspace, clock.now())
            keep = upcoming.session.id if upcoming else (sessions[-1].id if sessions else None)
        self.select_session(keep)

    def select_session(self, session_id: int | None) -> None:
        index = self.picker.findData(session_id) if session_id is not None else -1
        if index < 0:
            self.session_id = None
            self.when.setText(self.tr("No sessions yet: plan one in the Sessions view first."))
            self.editor.setEnabled(False)
            self.open_button.setEnabled(False)
            return
        self.picker.setCurrentIndex(index)
        self._chosen()

    def _chosen(self) -> None:
        session_id = self.picker.currentData()
        if session_id is None or self._workspace is None:
            return
        session = get_session(self._workspace, int(session_id))
        self.session_id = int(session_id)
        venue = session.venue or self.tr("venue to be decided")
        status = formatting.session_status(session.status, lower=True)
        self.when.setText(f"{formatting.format_both(session, self._workspace.body)} — {venue} — {status}")
        self.editor.setEnabled(True)
        self.open_button.setEnabled(True)
        self.editor.load(self._workspace, self.session_id)

    def open_session_page(self) -> None:
        if self.navigator is not None and self.session_id is not None:
            open_session_tab(self.navigator, self.session_id, "agenda")
