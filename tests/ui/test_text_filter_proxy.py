"""The list filter: any column, any case, kept current however the model changes, and sorting intact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from pytestqt.modeltest import ModelTester

from desktop_app.ui.common.record_table_model import SORT_ROLE, Column, RecordTableModel
from desktop_app.ui.common.text_filter_proxy import TextFilterProxy

pytestmark = pytest.mark.gui


def rows(proxy: TextFilterProxy, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


@pytest.fixture
def table() -> tuple[RecordTableModel[tuple[str, str, int]], TextFilterProxy]:
    model: RecordTableModel[tuple[str, str, int]] = RecordTableModel(
        [
            Column("Title", lambda r: r[0]),
            Column("Korean", lambda r: r[1]),
            Column("No.", lambda r: str(r[2]), sort_key=lambda r: r[2], numeric=True),
        ]
    )
    model.set_records(
        [("Senior review", "고위급 점검", 10), ("Working group", "실무그룹", 2), ("Plenary", "전체회의", 7)]
    )
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return model, proxy


def test_any_column_any_case(table: tuple[RecordTableModel[tuple[str, str, int]], TextFilterProxy]) -> None:
    _model, proxy = table
    proxy.set_filter_text("GROUP")
    assert rows(proxy) == ["Working group"]
    proxy.set_filter_text("점검")
    assert rows(proxy) == ["Senior review"]
    proxy.set_filter_text("고위 review")  # every word, in any column, in any order
    assert rows(proxy) == ["Senior review"]
    proxy.set_filter_text("review 실무")  # each word matches a row, never the same one
    assert rows(proxy) == []
    proxy.set_filter_text("ㅅㅁ")  # the initials of 실무그룹
    assert rows(proxy) == ["Working group"]
    proxy.set_filter_text("")
    assert len(rows(proxy)) == 3


def test_a_reload_is_seen(table: tuple[RecordTableModel[tuple[str, str, int]], TextFilterProxy]) -> None:
    model, proxy = table
    proxy.set_filter_text("new")
    assert rows(proxy) == []
    model.set_records([("New round", "", 1), ("Old round", "", 3)])
    assert rows(proxy) == ["New round"]


def test_sorting_by_the_sort_role(
    table: tuple[RecordTableModel[tuple[str, str, int]], TextFilterProxy], qtmodeltester: ModelTester
) -> None:
    model, proxy = table
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert rows(proxy, 2) == ["2", "7", "10"]  # by number, not by text
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert rows(proxy, 2) == ["10", "7", "2"]
    proxy.set_filter_text("e")
    model.set_records([("Seven", "", 7), ("Eleven", "", 11), ("Three", "", 3), ("One", "", 1)])
    assert rows(proxy, 2) == ["11", "7", "3", "1"]
    qtmodeltester.check(proxy)


def test_a_list_model_and_changed_rows() -> None:
    model = QStringListModel(["alpha", "beta", "gamma"])
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("BE")
    assert rows(proxy) == ["beta"]
    model.setData(model.index(2), "beech")  # a row changed under the filter
    assert rows(proxy) == ["beta", "beech"]
    model.insertRows(0, 1)
    model.setData(model.index(0), "bee")
    assert rows(proxy) == ["bee", "beta", "beech"]


def test_record_model_text_cache_follows_changes(
    table: tuple[RecordTableModel[tuple[str, str, int]], TextFilterProxy],
) -> None:
    model, _proxy = table
    assert model.index(0, 0).data() == "Senior review"
    model.set_records([("Renamed", "", 1)])
    assert model.index(0, 0).data() == "Renamed"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
