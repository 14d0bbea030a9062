"""The People table's columns and the merge dialog's rows follow the Person fields' one declaration."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt

from desktop_app.domain.person import Person
from desktop_app.ui.people import merge_dialog
from desktop_app.ui.people.person_table_model import FIELDS, IN_TOOLTIP_OF
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.people.conftest import Cast
from tests.ui.people.test_people_view import view_of


def test_the_table_has_a_column_for_every_listed_field_and_none_for_the_biography_or_notes(
    people_window: MainWindow, cast: Cast
) -> None:
    view = view_of(people_window)
    model = view.person_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "이름", "Title", "직함", "Organisation", "Side", "E-mail", "Phone"]
    assert list(FIELDS) == [name for name in Person.LISTED_FIELDS if name not in IN_TOOLTIP_OF]
    assert set(IN_TOOLTIP_OF.values()) <= set(FIELDS)  # a field folded into a tooltip has its column
    row = model.row_of(cast.kim)
    assert row is not None
    cells = [model.index(row, column).data() for column in range(model.columnCount())]
    tips = [model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "" for column in range(model.columnCount())]
    assert "외교부" in tips[FIELDS.index("organization")]  # organization_ko, shown on hover
    assert "Ministry of Foreign Affairs" in cells


def test_a_merge_shows_every_field_a_person_has_but_the_id() -> None:
    shown = [name for name, _label in merge_dialog.FIELDS]
    assert sorted(shown) == sorted(field.name for field in fields(Person) if field.name != "id")
    assert shown[: len(Person.SHAREABLE_FIELDS)] == list(Person.SHAREABLE_FIELDS)
