"""Date and time fields that take what people type: 2027-01-12, 2027년 1월 12일, 12 Jan 2027; 10:00, 1000, 10시.

``QDateEdit`` edits a date section by section: typing 2027-01-12 into "Tue 9 Mar 2027" is
ignored, Tab leaves after the day, and digits do nothing unless a section is selected. These
fields are a line edit each: the text is read as a whole (``domain.typed_dates``) whenever it
makes a date, so warnings follow the typing; on Enter, Tab or leaving the field it is written
back in the window's format, or — when it is not a date — put back as it was, with a tip saying
what the field takes. ↑/↓ step a day (or five minutes); the ▾ button, or Alt+↓, opens a calendar.

The API is the part of ``QDateEdit``/``QTimeEdit`` the dialogs use: ``date()``/``setDate()``
with ``dateChanged``, ``time()``/``setTime()`` with ``timeChanged``.
"""

from __future__ import annotations

import datetime
from datetime import date, time

from PySide6.QtCore import QDate, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from desktop_app import clock
from desktop_app.domain.typed_dates import parse_date, parse_time
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import ui_locale


class _StepEdit(QLineEdit):
    """A line edit that tells its field about ↑, ↓, Alt+↓ and leaving."""

    def __init__(self, field: DateField | TimeField) -> None:
        super().__init__()
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._field.open_popup()
            else:
                self._field.step(1 if key == Qt.Key.Key_Up else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._field.settle()


class DateField(QWidget):
    """A date typed in any common form, or picked from a calendar."""

    dateChanged = Signal(QDate)

    def __init__(self, initial: QDate | None = None, *, weekday: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weekday = weekday
        today = clock.today()
        self.popup: QMenu | None = None  # the calendar pop-up while it is open
        self._date: date = _from_qdate(initial) if initial is not None and initial.isValid() else today
        self.edit = _StepEdit(self)
        self.edit.setAccessibleName(self.tr("Date"))
        self.edit.setPlaceholderText(self.tr("e.g. 2027-01-12, 2027년 1월 12일, 12 Jan 2027"))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.settle)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field, not through the button
        self.button.clicked.connect(self.open_popup)
        self.setFocusProxy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self._show()

    # -- the QDateEdit part the dialogs use --------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date.year, self._date.month, self._date.day)

    def setDate(self, value: QDate) -> None:
        self._set(_from_qdate(value))
        self._show()

    # -- typing ----------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        found = parse_date(text, clock.today())
        if found is not None:
            self._set(found)

    def settle(self) -> None:
        """Enter, Tab or leaving: write the date back in the window's format, or restore it."""
        text = self.edit.text()
        found = parse_date(text, clock.today())
        if found is None and text.strip() and text != self._text():
            QToolTip.showText(
                self.edit.mapToGlobal(QPoint(0, self.edit.height())),
                self.tr("“{0}” is not a date. Type it as 2027-01-12, 2027년 1월 12일 or 12 Jan 2027.").format(text),
                self.edit,
            )
        elif found is not None:
            self._set(found)
        self._show()

    def step(self, days: int) -> None:
        self._set(date.fromordinal(self._date.toordinal() + days))
        self._show()

    def open_popup(self) -> None:
        calendar = QCalendarWidget()
        calendar.setSelectedDate(self.date())
        calendar.setGridVisible(False)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(value: QDate) -> None:
            self.setDate(value)
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self.popup = menu  # reachable from tests while it is open
        menu.exec(self.mapToGlobal(QPoint(0, self.height())))
        self.popup = None
        self.edit.setFocus()

    # -- inside -----------------------------------------------------------------------------
    def _set(self, value: datetime.date) -> None:  # the module's: ``date`` here is the method
        if value != self._date:
            self._date = value
            self.dateChanged.emit(self.date())

    def _text(self) -> str:
        # Through the interface's locale: QDate.toString alone writes English weekday names.
        return ui_locale().toString(self.date(), formatting.date_edit_format(weekday=self._weekday))

    def _show(self) -> None:
        if self.edit.text() != self._text():
            self.edit.setText(self._text())


class TimeField(QWidget):
    """A time of day typed as 10:00, 1000, 10, 10시, 3pm; ↑/↓ step five minutes."""

    timeChanged = Signal(QTime)
    STEP_MINUTES = 5

    def __init__(self, initial: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = time(initial.hour(), initial.minute()) if initial is not None and initial.isValid() else time(10)
        self.edit = _StepEdit(self)
        self.edit.setAccessibleName(self.tr("Time"))
        self.edit.setPlaceholderText("10:00")
        self.edit.setMaxLength(16)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.settle)
        self.setFocusProxy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self._show()

    def time(self) -> QTime:
        return QTime(self._time.hour, self._time.minute)

    def setTime(self, value: QTime) -> None:
        self._set(time(value.hour(), value.minute()))
        self._show()

    def _typed(self, text: str) -> None:
        found = parse_time(text)
        if found is not None and len(text.strip()) >= 3:  # "1" on the way to "1030" is not yet 01:00
            self._set(found)

    def settle(self) -> None:
        text = self.edit.text()
        found = parse_time(text)
        if found is None and text.strip() and text != self._text():
            QToolTip.showText(
                self.edit.mapToGlobal(QPoint(0, self.edit.height())),
                self.tr("“{0}” is not a time. Type it as 10:00, 1000 or 10시.").format(text),
                self.edit,
            )
        elif found is not None:
            self._set(found)
        self._show()

    def step(self, steps: int) -> None:
        minutes = (self._time.hour * 60 + self._time.minute + steps * self.STEP_MINUTES) % (24 * 60)
        self._set(time(minutes // 60, minutes % 60))
        self._show()

    def open_popup(self) -> None:
        """A time has no pop-up; Alt+↓ steps back like ↓."""
        self.step(-1)

    def _set(self, value: datetime.time) -> None:  # the module's: ``time`` here is the method
        if value != self._time:
            self._time = value
            self.timeChanged.emit(self.time())

    def _text(self) -> str:
        return f"{self._time:%H:%M}"

    def _show(self) -> None:
        if self.edit.text() != self._text():
            self.edit.setText(self._text())


def _from_qdate(value: QDate | date) -> date:
    if isinstance(value, date):
        return value
    return date(value.year(), value.month(), value.day())
