"""Holidays that arrive late, in the window: how current the holiday data is, and importing an .ics of holidays.

Adding a holiday and importing a file are commands of the window's one history ("Undo Import
holidays.ics"): undo puts back each day as it was (``undo_holiday_change``), redo writes it again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services.calendar_holidays import (
    HolidayChange,
    holiday_data,
    import_holidays_ics,
    record_holiday,
    redo_holiday_change,
    undo_holiday_change,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import CallCommand, ErrorReporter
from desktop_app.ui.sessions.questions import ics_filter


def holiday_data_text(workspace: Workspace) -> str:
    """ "Holiday rules: holidays 0.109; 2 added, up to 2027-06-03 (latest 2027-05-10)", for the legend."""
    data = holiday_data(workspace)
    if not data.added or data.last_added_at is None or data.latest_day is None:
        return translate("Holidays", "Holiday rules: holidays {0}; none added").format(data.package_version)
    return translate("Holidays", "Holiday rules: holidays {0}; {1} added, up to {2} (latest added {3})").format(
        data.package_version, data.added, f"{data.latest_day:%Y-%m-%d}", f"{data.last_added_at:%Y-%m-%d}"
    )


def ask_holidays_path(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Holidays", "Import public holidays"), str(start), ics_filter()
    )
    return Path(chosen) if chosen else None


def ask_side(parent: QWidget | None, workspace: Workspace) -> str | None:
    sides = workspace.body.sides
    labels = [f"{side.name} ({side.code})" for side in sides]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("Holidays", "Import public holidays"),
        translate("Holidays", "Whose public holidays are these?"),
        labels,
        0,
        False,
    )
    return sides[labels.index(chosen)].code if ok and chosen in labels else None


def _push(parent: QWidget | None, workspace: Workspace, navigator: Navigator, text: str, change: HolidayChange) -> None:
    """A write that already ran, onto the window's history; every view reads again (the warnings count it)."""
    navigator.data_changed.emit()
    if not change.rows:
        return  # nothing was written: nothing to undo

    def after(status: str) -> None:
        navigator.data_changed.emit()
        if status:
            navigator.status_message.emit(status)

    reporter = ErrorReporter(lambda title, message: dialogs.show_error(parent, title, message))
    navigator.history.push(
        CallCommand(
            reporter,
            text,
            lambda: redo_holiday_change(workspace, change),
            lambda: undo_holiday_change(workspace, change),
            after=after,
        )
    )


def import_holidays(parent: QWidget | None, workspace: Workspace, navigator: Navigator) -> bool:
    source = ask_holidays_path(parent, workspace.path.parent)
    if source is None:
        return False
    side = ask_side(parent, workspace)
    if side is None:
        return False
    try:
        result = import_holidays_ics(workspace, source, side)
    except UserError as exc:
        dialogs.show_error(parent, translate("Holidays", "Cannot import the holidays"), notices.refusal(exc))
        return False
    _push(parent, workspace, navigator, translate("Holidays", "Import {0}").format(source.name), result.change)
    navigator.status_message.emit(
        translate("Holidays", "Imported {0}: {1} holidays added, {2} already there").format(
            source.name, result.added, result.unchanged
        )
    )
    return True


class AddHolidayDialog(QDialog):
    """One public holiday by hand: whose, which day, its name ("임시공휴일")."""

    def __init__(self, workspace: Workspace, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a public holiday"))
        self.side = QComboBox()
        for side in workspace.body.sides:
            self.side.addItem(f"{side.name} ({side.code})", side.code)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 임시공휴일 (Temporary public holiday)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Public holiday of:"), self.side)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, date, str]:
        picked = self.day.date()
        return str(self.side.currentData()), date(picked.year(), picked.month(), picked.day()), self.name.text()


def ask_holiday(parent: QWidget | None, workspace: Workspace) -> tuple[str, date, str] | None:
    dialog = AddHolidayDialog(workspace, clock.today(), parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def add_holiday_by_hand(parent: QWidget | None, workspace: Workspace, navigator: Navigator) -> bool:
    chosen = ask_holiday(parent, workspace)
    if chosen is None:
        return False
    side, day, name = chosen
    try:
        change = record_holiday(workspace, side, day, name)
    except UserError as exc:
        dialogs.show_error(parent, translate("Holidays", "Cannot add the holiday"), notices.refusal(exc))
        return False
    _push(parent, workspace, navigator, translate("Holidays", "Add the public holiday {0}").format(name), change)
    navigator.status_message.emit(translate("Holidays", "Added the public holiday {0} on {1}").format(name, day))
    return True
