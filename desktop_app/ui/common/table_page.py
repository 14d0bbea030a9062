"""A filterable, sortable table with an empty state: the shape of every list view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.no_matches import NoMatchesBar
from desktop_app.ui.common.record_table_model import SORT_ROLE, RecordTableModel
from desktop_app.ui.common.text_filter_proxy import TextFilterProxy
from desktop_app.ui.common.widgets import record_table

# Wide enough for "Tue 9 Mar 10:00 KST · Mon 8 Mar 20:00 EST", narrow enough that one long
# title cannot push the other columns off screen (the full text is in its tooltip).
MAX_COLUMN_WIDTH = 340
# Free text (titles) gives way first when the window is narrow: the times must stay whole.
TEXT_COLUMN_WIDTH = 220


class TablePage(QWidget):
    """A filter box above a table over ``model``; when the model is empty, a page that teaches instead."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        *,
        filter_placeholder: str,
        empty_text: str,
        proxy: TextFilterProxy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)  # the page owns its model
        # Matches any column: title, Korean title, venue, status …
        self.proxy = proxy if proxy is not None else TextFilterProxy()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)

        # Said in words when the filter hides every row, with the way back one click away.
        self.no_matches = NoMatchesBar(self.filter_edit)
        self.no_matches_label = self.no_matches.label
        self.clear_filter_button = self.no_matches.clear_button

        self.table = record_table(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # Fitting columns to their contents reads 100 rows, not the default 1,000: a thousand sessions
        # took 0.7 s of start-up to size columns whose widths are capped anyway (MAX_COLUMN_WIDTH).
        header.setResizeContentsPrecision(100)

        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._pages = QStackedWidget()
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter_edit)
        table_layout.addWidget(self.no_matches)
        table_layout.addWidget(self.table)
        self._pages.addWidget(table_page)
        self._pages.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._pages)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_no_matches()

    def _show_no_matches(self) -> None:
        self.no_matches.update_for(self.proxy.rowCount(), self.model.rowCount())

    def after_reload(self) -> None:
        """Show the table or the empty state, and fit the columns to what is in them now."""
        empty = self.model.rowCount() == 0
        self._show_no_matches()
        self._pages.setCurrentIndex(1 if empty else 0)
        if empty:
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            limit = TEXT_COLUMN_WIDTH if self.model.column_spec(column).free_text else MAX_COLUMN_WIDTH
            if header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
        # The last column stretches into whatever room is left; sized to its contents it would
        # push a horizontal scroll bar onto every table wider than the window.
        header.resizeSection(self.model.columnCount() - 1, 120)

    @property
    def showing_empty_state(self) -> bool:
        return self._pages.currentIndex() == 1

    def visible_row_count(self) -> int:
        return self.proxy.rowCount()
