"""The Sessions view: every session of the body, filterable as you type.

The model reads the rows a page at a time as the table shows them and sorts in the database,
so the list opens as fast on thirty years of history as on one.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.table_page import TablePage
from desktop_app.ui.common.text_filter_proxy import SourceSortedProxy
from desktop_app.ui.sessions.session_table_model import WHEN, SessionTableModel

SIZED_ROWS = 12


class SessionsView(TablePage):
    """Enter or a double-click opens the session's page."""

    def __init__(self, parent: QWidget | None = None, *, navigator: Navigator | None = None) -> None:
        model = SessionTableModel()
        super().__init__(
            model,
            filter_placeholder=self.tr("Filter sessions: title, 제목, venue, status…"),
            empty_text=self.tr(
                "No sessions in this database yet.\n\n"
                "Plan one with Session → New session… (Ctrl+N), or double-click a day in the calendar. "
                "To look around first, fill a copy with the fictional sample body:\n"
                "    briefing-desk --db sample.sqlite3 demo"
            ),
            proxy=SourceSortedProxy(),  # sorting by the database: no row is read to sort
            parent=parent,
        )
        self.session_model = model
        # Column widths from the first rows only: capped anyway (table_page), and the rows are the same
        # shapes throughout (a time in two zones, a title); each row measured costs start-up time.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
        self.navigator = navigator
        # Enter and a double-click both arrive as activated; doubleClicked too would open the page twice.
        self.table.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        if self.navigator is None or not index.isValid():
            return
        session = self.session_model.record(self.proxy.mapToSource(index).row())
        if session.id is not None:
            self.navigator.open_session.emit(session.id)

    def load(self, workspace: Workspace) -> None:
        self.session_model.load(workspace)
        self.after_reload()

    def select_session(self, session_id: int) -> bool:
        """Select and scroll to the session; False when it is not in the table (or filtered out).

        Its row comes from the index, so a session far from the rows read so far (the next
        session, a search result) costs one page, not the history before it.
        """
        row = self.session_model.row_of(session_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.session_model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
