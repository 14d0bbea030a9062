"""The form under the session's action items: what, who, which side, by when, done or not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app import clock
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem
from desktop_app.services.actions import ActionDefaults
from desktop_app.ui.common import formatting
from desktop_app.ui.common.date_fields import DateField

DEFAULT_DUE_DAYS = 30


class ActionForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: ActionItem | None = None
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("What is to be done, e.g. “Share the draft joint statement”"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("A delegate (type to choose) or an office"))
        # The session's delegates are offered as the owner is typed; an office stays free text.
        self._owner_sides: dict[str, str] = {}
        self._owner_names = QStringListModel(self)
        completer = QCompleter(self._owner_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._owner_chosen)
        self.owner_edit.setCompleter(completer)
        self.defaults: ActionDefaults | None = None
        self.side_combo = QComboBox()
        self.due_check = QCheckBox(self.tr("Due"))
        self.due_edit = DateField(weekday=False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(formatting.action_status(status), str(status))
        self.item_combo = QComboBox()
        self.item_combo.setToolTip(self.tr("The agenda item it came out of (optional)"))

        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit, 1)
        who = QHBoxLayout()
        who.addWidget(self.owner_edit, 2)
        who.addWidget(self.side_combo, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Action:"), self.text_edit)
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(self.owner_edit)
        form.addRow(owner_label, who)
        form.addRow("", due)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("Agenda &item:"), self.item_combo)
        self.show_action(None)

    def set_sides(self, sides: Sequence[tuple[str, str]]) -> None:
        self.side_combo.clear()
        self.side_combo.addItem(self.tr("— side —"), "")
        for code, name in sides:
            self.side_combo.addItem(f"{code} — {name}", code)

    def set_defaults(self, defaults: ActionDefaults) -> None:
        """What a new action item starts with: due at the next session, the session's delegates as owners."""
        self.defaults = defaults
        self._owner_sides = dict(defaults.owners)
        self._owner_names.setStringList([name for name, _side in defaults.owners])
        if defaults.due_reason == "next_session":
            tip = self.tr("New action items are due at the next session, {0}, where they are reported.")
        else:
            tip = self.tr("No later session is planned: new action items are due four weeks after this one, {0}.")
        self.due_check.setToolTip(tip.format(formatting.weekday_date(defaults.due, year=True)))
        if self.action is None:
            self._show_due(defaults.due)

    def _owner_chosen(self, name: str) -> None:
        side = self._owner_sides.get(name)
        if side:
            self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))

    def _show_due(self, day: date) -> None:
        self.due_edit.setDate(QDate(day.year, day.month, day.day))

    def set_agenda_items(self, items: Sequence[AgendaItem]) -> None:
        current = self.item_combo.currentData()
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("— none —"), None)
        for item in items:
            self.item_combo.addItem(f"{item.number}  {item.title or item.title_ko}", item.id)
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(current)))

    def show_action(self, action: ActionItem | None, today: date | None = None) -> None:
        """Fill the form from ``action``; None clears it for a new one."""
        self.action = action
        self.text_edit.setText(action.text if action else "")
        self.owner_edit.setText(action.owner if action else "")
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(action.owner_side if action else "")))
        due = action.due if action else None
        self.due_check.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        fallback = self.defaults.due if self.defaults else (today or clock.today()) + timedelta(days=DEFAULT_DUE_DAYS)
        self._show_due(due or fallback)
        status = str(action.status) if action else str(ActionStatus.OPEN)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(action.agenda_item_id if action else None)))

    def value(self, session_id: int) -> ActionItem:
        """The action as the form has it: the shown one changed, or a new one of ``session_id``."""
        chosen = self.due_edit.date()
        due = date(chosen.year(), chosen.month(), chosen.day()) if self.due_check.isChecked() else None
        item_id = self.item_combo.currentData()
        fields = {
            "text": self.text_edit.text().strip(),
            "owner": self.owner_edit.text().strip(),
            "owner_side": str(self.side_combo.currentData() or ""),
            "due": due,
            "status": ActionStatus(str(self.status_combo.currentData())),
            "agenda_item_id": int(item_id) if item_id is not None else None,
        }
        if self.action is not None:
            return replace(self.action, **fields)  # type: ignore[arg-type]
        return ActionItem(session_id=session_id, **fields)  # type: ignore[arg-type]
