"""How much of a calendar file to import: the horizon for series without an end, and a date range.

Shown from the import preview ("Horizon and range…") and, with the range ticked, when a
file holds more events than are read at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.calendar_files import MAX_HORIZON_YEARS, ImportRange


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ImportRangeDialog(QDialog):
    def __init__(self, reading: ImportRange, today: date, *, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Horizon and range"))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, MAX_HORIZON_YEARS)
        self.horizon.setValue(reading.horizon_years)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setToolTip(self.tr("A series without an end date is imported this far ahead"))
        self.limited = QCheckBox(self.tr("Only sessions &from"))
        self.first = QDateEdit(_qdate(reading.first_day or today))
        self.last = QDateEdit(_qdate(reading.last_day or today.replace(month=12, day=31)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.limited.setChecked(bool(reason) or reading.first_day is not None or reading.last_day is not None)
        self.limited.toggled.connect(self._update)
        range_row = QHBoxLayout()
        range_row.addWidget(self.limited)
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        range_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Series without an end: up to"), self.horizon)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addLayout(range_row)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        self.first.setEnabled(self.limited.isChecked())
        self.last.setEnabled(self.limited.isChecked())

    def reading(self) -> ImportRange:
        if not self.limited.isChecked():
            return ImportRange(self.horizon.value())
        return ImportRange(self.horizon.value(), _day(self.first.date()), _day(self.last.date()))


def ask_import_range(parent: QWidget | None, reading: ImportRange, today: date, reason: str = "") -> ImportRange | None:
    dialog = ImportRangeDialog(reading, today, reason=reason, parent=parent)
    return dialog.reading() if dialog.exec() == QDialog.DialogCode.Accepted else None
