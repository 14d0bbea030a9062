"""The People view: everyone on file, read-only until the people editor arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.services.people import list_people
from desktop_app.services.workspace import Workspace
from desktop_app.ui.models.person_table_model import PersonTableModel
from desktop_app.ui.views.table_page import TablePage

EMPTY_TEXT = (
    "No people in this database yet.\n\n"
    "Delegation lists — names in Hangul and roman letters, titles, biographies — "
    "can be edited and imported in a later version."
)


class PeopleView(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        model = PersonTableModel()
        super().__init__(
            model,
            filter_placeholder="Filter people: name, 이름, organisation…",
            empty_text=EMPTY_TEXT,
            parent=parent,
        )
        self.person_model = model
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def load(self, workspace: Workspace) -> None:
        self.person_model.set_records(list_people(workspace))
        self.after_reload()
