"""Holidays that arrive late, in the window: how current the holiday data is, and importing an .ics of holidays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop_app.errors import UserError
from desktop_app.services.calendar_holidays import holiday_data, import_holidays_ics
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.calendar.questions import ics_filter
from desktop_app.ui.i18n import translate
from desktop_app.ui.navigator import Navigator


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
        dialogs.show_error(parent, translate("Holidays", "Cannot import the holidays"), str(exc))
        return False
    navigator.data_changed.emit()
    navigator.status_message.emit(
        translate("Holidays", "Imported {0}: {1} holidays added, {2} already there").format(
            source.name, result.added, result.unchanged
        )
    )
    return True
