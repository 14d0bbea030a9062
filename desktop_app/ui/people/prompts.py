"""Every dialog the People view and the Delegations tab open, each as a small plain function.

Callers go through the module (``prompts.ask_person(...)``) so that a test can replace any of
them with ``monkeypatch.setattr`` and never block on a modal loop; the dialogs themselves are
tested by building them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.domain.body import Body
from desktop_app.domain.duplicates import Match
from desktop_app.domain.person import Person
from desktop_app.services.people_io import PeopleListPreview
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.people.import_dialog import ImportChoice, ImportPreviewDialog
from desktop_app.ui.people.merge_dialog import MergeChoice, MergeDialog
from desktop_app.ui.people.person_dialog import PersonDialog
from desktop_app.ui.people.picker_dialog import PeoplePickerDialog


def list_filter() -> str:
    """ "People lists (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)", descriptions translated."""
    return ";;".join(
        (
            translate("PeoplePrompts", "People lists ({0})").format("*.csv *.xlsx *.vcf"),
            translate("PeoplePrompts", "CSV ({0})").format("*.csv"),
            translate("PeoplePrompts", "Excel workbook ({0})").format("*.xlsx"),
            translate("PeoplePrompts", "vCard ({0})").format("*.vcf"),
        )
    )


@dataclass(frozen=True)
class ExportTarget:
    path: Path
    layout: str = "briefing-desk"  # or "outlook", "google": whose importer the columns are for


def export_filters() -> dict[str, tuple[str, str]]:
    """Each filter of the export dialog, with the suffix it gives a name typed without one, and its layout."""
    return {
        translate("PeoplePrompts", "Excel workbook ({0})").format("*.xlsx"): (".xlsx", "briefing-desk"),
        translate("PeoplePrompts", "CSV, UTF-8 ({0})").format("*.csv"): (".csv", "briefing-desk"),
        translate("PeoplePrompts", "Outlook CSV, for Outlook's import ({0})").format("*.csv"): (".csv", "outlook"),
        translate("PeoplePrompts", "Google CSV, for Google Contacts ({0})").format("*.csv"): (".csv", "google"),
        translate("PeoplePrompts", "vCard, for Outlook, Google and Apple Contacts ({0})").format("*.vcf"): (
            ".vcf",
            "briefing-desk",
        ),
    }


def ask_person(parent: QWidget | None, body: Body, person: Person | None = None) -> Person | None:
    """A new person (``person`` None) or ``person`` edited; None when cancelled."""
    dialog = PersonDialog(body, person, parent)
    return dialog.person() if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_add_duplicate(parent: QWidget | None, person: Person, matches: Sequence[Match]) -> bool:
    known = "\n".join(
        f"• {m.known.display_name}, {m.known.organization or m.known.side} ({formatting.match_reason(m.reason)})"
        for m in matches
    )
    answer = QMessageBox.question(
        parent,
        translate("PeoplePrompts", "Probably already in the directory"),
        translate(
            "PeoplePrompts",
            "{0} looks like someone already on file:\n\n{1}\n\n"
            "Add a new record anyway? (To combine two records later, select both and choose Merge.)",
        ).format(person.name, known),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_merge(parent: QWidget | None, first: Person, second: Person) -> MergeChoice | None:
    dialog = MergeDialog(first, second, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_import_path(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("PeoplePrompts", "Import a people list"), str(start), list_filter()
    )
    return Path(chosen) if chosen else None


def review_import(
    parent: QWidget | None,
    preview: PeopleListPreview,
    body: Body,
    rebuild: Callable[[str | None], PeopleListPreview] | None = None,
) -> ImportChoice | None:
    dialog = ImportPreviewDialog(preview, body, rebuild=rebuild, parent=parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_export_path(parent: QWidget | None, start: Path) -> ExportTarget | None:
    filters = export_filters()
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, translate("PeoplePrompts", "Export the people list"), str(start / "people.xlsx"), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix, layout = filters.get(chosen_filter, (".xlsx", "briefing-desk"))
    if path.suffix.lower() not in (".csv", ".xlsx", ".vcf"):
        path = path.with_suffix(suffix)
    return ExportTarget(path, layout if path.suffix.lower() == ".csv" else "briefing-desk")


def pick_people(
    parent: QWidget | None,
    people: Sequence[Person],
    body: Body,
    *,
    side: str | None,
    excluded_ids: Iterable[int],
) -> list[int]:
    """Person ids chosen for a delegation; empty when cancelled."""
    dialog = PeoplePickerDialog(people, body, side=side, excluded_ids=excluded_ids, parent=parent)
    return dialog.selected_ids() if dialog.exec() == QDialog.DialogCode.Accepted else []
