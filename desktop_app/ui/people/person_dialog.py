"""Adding or editing one person: the dialog returns a ``Person``; the service writes it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.body import Body
from desktop_app.domain.person import EMAIL, Person
from desktop_app.ui.common import formatting
from desktop_app.ui.common.widgets import follow_palette, semantic_colour

ERROR_STYLE = "color: #c0392b;"  # on a light palette; the dialog asks semantic_colour("error")


class PersonDialog(QDialog):
    """English and Korean side by side; OK stays off until the record would be accepted."""

    def __init__(self, body: Body, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = person
        self.setWindowTitle(self.tr("Edit {0}").format(person.name) if person else self.tr("Add a person"))
        self.setMinimumWidth(640)

        def line(value: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(value)
            edit.setPlaceholderText(placeholder)
            edit.setCursorPosition(0)  # show a long title from its start, not its end
            return edit

        p = person or Person(name="", side=body.home_side)
        self.name = line(p.name, self.tr("KIM Min-jun, as on the passport"))
        self.name_ko = line(p.name_ko, "김민준")
        self.title_edit = line(p.title, "Director-General")
        self.title_ko = line(p.title_ko, "국장")
        self.organization = line(p.organization, "Ministry of Foreign Affairs")
        self.organization_ko = line(p.organization_ko, "외교부")
        self.email = line(p.email, "name@example.org")
        self.phone = line(p.phone, "+82-2-2100-0000")
        self.side = QComboBox()
        for side in body.sides:
            self.side.addItem(formatting.side_both(side), side.code)
        self.side.setCurrentIndex(max(0, self.side.findData(p.side)))
        self.biography = QPlainTextEdit(p.biography)
        self.biography.setPlaceholderText(self.tr("Shareable: goes into briefing packets"))
        self.notes = QPlainTextEdit(p.internal_notes)
        self.notes.setPlaceholderText(self.tr("Internal: never exported, never in the counterpart's packet"))
        for box in (self.biography, self.notes):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self.fontMetrics().height() * 4)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        pairs = (
            (self.tr("&Name"), self.name, self.tr("이름"), self.name_ko),
            (self.tr("&Title"), self.title_edit, self.tr("직함"), self.title_ko),
            (self.tr("&Organisation"), self.organization, self.tr("기관"), self.organization_ko),
            (self.tr("&E-mail"), self.email, self.tr("&Phone"), self.phone),
        )
        for row, (label, edit, label_ko, edit_ko) in enumerate(pairs):
            for column, (text, widget) in enumerate(((label, edit), (label_ko, edit_ko))):
                caption = QLabel(text)
                caption.setBuddy(widget)
                grid.addWidget(caption, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        side_label = QLabel(self.tr("&Side"))
        side_label.setBuddy(self.side)
        grid.addWidget(side_label, len(pairs), 0)
        grid.addWidget(self.side, len(pairs), 1)
        if person is not None and person.id is not None:
            self.side.setToolTip(
                self.tr("A person does not change government; correct it only if it was entered wrongly.")
            )

        bio_label = QLabel(self.tr("&Biography"))
        bio_label.setBuddy(self.biography)
        notes_label = QLabel(self.tr("&Internal notes"))
        notes_label.setBuddy(self.notes)

        self.error = QLabel()
        follow_palette(self.error, lambda palette: f"color: {semantic_colour('error', palette).name()};")
        self.error.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if person else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(bio_label)
        layout.addWidget(self.biography, 1)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for edit in (self.name, self.email):
            edit.textChanged.connect(self._check)
        self._check()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self) -> str:
        """What stops the record being saved, in words; empty when it can be."""
        if not self.name.text().strip():
            return self.tr("A name in roman letters is needed.")
        email = self.email.text().strip()
        if email and not EMAIL.match(email):
            return self.tr("{0} is not an e-mail address.").format(repr(email))
        return ""

    def _check(self) -> None:
        problem = self.problem()
        # An empty new record is not an error yet: say nothing until something was typed.
        pristine = self._original is None and not self.name.text() and not self.email.text()
        self.error.setText("" if pristine else problem)
        self.ok_button.setEnabled(not problem)

    def person(self) -> Person:
        """The record as entered (text as typed; the service tidies and checks it again)."""
        edited = Person(
            name=self.name.text(),
            name_ko=self.name_ko.text(),
            title=self.title_edit.text(),
            title_ko=self.title_ko.text(),
            organization=self.organization.text(),
            organization_ko=self.organization_ko.text(),
            side=str(self.side.currentData()),
            email=self.email.text(),
            phone=self.phone.text(),
            biography=self.biography.toPlainText(),
            internal_notes=self.notes.toPlainText(),
        )
        if self._original is None:
            return edited
        return replace(edited, id=self._original.id, retired=self._original.retired)
