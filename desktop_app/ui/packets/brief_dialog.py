"""The principal's brief for one session: purpose, objectives, messages, their asks, deliverables,
logistics and document control, and our aim per agenda item. What the packet is built on.

Saved through ``services.packets_brief`` in one transaction when the user presses Save; a field
the service refuses (a fourth objective, say) keeps the dialog open with everything as typed.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import packets_brief
from desktop_app.services.packets_brief import SessionBrief
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices

MULTI_LINE = ("purpose", "objectives", "key_messages", "their_asks", "deliverables")


class BriefDialog(QDialog):
    def __init__(self, workspace: Workspace, session_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.session_id = workspace, session_id
        self.setWindowTitle(self.tr("Principal's brief: {0}").format(title))
        self.setObjectName("packet_brief_dialog")
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.aim_edits: dict[int, QLineEdit] = {}
        labels = {
            "purpose": self.tr("&Purpose (one to three sentences):"),
            "objectives": self.tr("&Objectives (one a line, at most three):"),
            "key_messages": self.tr("&Key messages (one a line):"),
            "their_asks": self.tr("What &they want and are likely to raise:"),
            "deliverables": self.tr("Expected &deliverables:"),
            "prebrief": self.tr("Pre-&brief (ours):"),
            "drafted_by": self.tr("Drafted b&y:"),
            "cleared_by": self.tr("C&leared by:"),
            "arrival": self.tr("&Arrival and entry:"),
            "room": self.tr("&Room:"),
            "interpretation": self.tr("&Interpretation:"),
            "press": self.tr("Pr&ess arrangements:"),
            "control_officer": self.tr("&Control officer:"),
        }
        brief = packets_brief.session_brief(workspace, session_id)
        groups = (
            (
                self.tr("For our delegation only"),
                ("purpose", "objectives", "key_messages", "their_asks", "deliverables"),
            ),
            (self.tr("Logistics (the pre-brief stays internal)"), ("arrival", "prebrief", "room", "interpretation")),
            (self.tr("Press and contacts"), ("press", "control_officer")),
            (self.tr("Document control"), ("drafted_by", "cleared_by")),
        )
        content = QWidget()
        column = QVBoxLayout(content)
        for heading, names in groups:
            box = QGroupBox(heading)
            form = QFormLayout(box)
            for name in names:
                edit: QLineEdit | QPlainTextEdit
                if name in MULTI_LINE:
                    edit = QPlainTextEdit(getattr(brief, name))
                    edit.setTabChangesFocus(True)
                    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
                else:
                    edit = QLineEdit(getattr(brief, name))
                edit.setObjectName(f"brief_{name}")
                label = QLabel(labels[name])
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.edits[name] = edit
            column.addWidget(box)
        items = packets_brief.item_aims(workspace, session_id)
        if items:
            box = QGroupBox(self.tr("Our aim per agenda item"))
            form = QFormLayout(box)
            for item in items:
                aim = QLineEdit(item.aim)
                aim.setObjectName(f"brief_aim_{item.item_id}")
                label = QLabel(f"{item.number}. {item.title}" if item.number else item.title)
                label.setWordWrap(True)
                label.setBuddy(aim)
                form.addRow(label, aim)
                self.aim_edits[item.item_id] = aim
            column.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def brief(self) -> SessionBrief:
        values = {}
        for field in fields(SessionBrief):
            edit = self.edits[field.name]
            values[field.name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return SessionBrief(**values)

    def save(self) -> None:
        aims = {item_id: edit.text() for item_id, edit in self.aim_edits.items()}
        try:
            packets_brief.save_brief_and_aims(self.workspace, self.session_id, self.brief(), aims)
        except UserError as exc:
            message = notices.refusal(exc).strip()
            dialogs.show_error(self, self.tr("The brief was not saved"), message[:1].upper() + message[1:] + ".")
            return
        self.accept()
