"""The Sessions table: one row per ``Session``, times in both sides' zones, read a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services import sessions as sessions_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.record_table_model import Column, RecordTableModel

# Mid-tone colours that read on light and dark palettes; shown as a swatch beside the word,
# so the status never depends on colour alone.
STATUS_COLOURS: dict[SessionStatus, QColor] = {
    SessionStatus.PLANNED: QColor("#4a7fd4"),
    SessionStatus.CONFIRMED: QColor("#2e9e44"),
    SessionStatus.HELD: QColor("#8a8a8a"),
    SessionStatus.POSTPONED: QColor("#e0a100"),
    SessionStatus.CANCELLED: QColor("#d0392b"),
}

# Venue comes last: the header stretches the last column, so the longest and least urgent text
# is the one that gives way (elided, full text in the tooltip) when the window is narrow.
NUMBER, WHEN, TITLE, TITLE_KO, FORMAT, HOST, STATUS, VENUE = range(8)
# Each column's order in the database (``storage.session_window.ORDERS``).
COLUMN_ORDERS = ("number", "start", "title", "title_ko", "format", "host", "status", "venue")
PAGE_ROWS = 100  # read from the file as the view first asks for a row of the page
# Warnings need the holiday tables and every booking of the page's weeks: read a moment after the
# page is shown, so the first paint never waits for them; the marker then appears in place.
WARNINGS_DELAY_MS = 300


def format_when(session: Session, body: Body) -> str:
    """ "Sun 9 Mar 2031 10:00 KST · Sat 8 Mar 20:00 EST": as ``format_both``, with the year once.

    A list spans years (and may be sorted by title), so unlike the next-session strip it needs the year.
    """
    return formatting.format_when(session, body)


def list_venue(session: Session) -> str:
    """The city first, so that it survives when the column is too narrow for the building."""
    place = ", ".join(part for part in (session.venue_city, session.venue_building) if part)
    if session.video_link:
        if place:
            return translate("SessionTableModel", "{0} (and video)").format(place)
        return translate("SessionTableModel", "Video")
    return place


def _when_tooltip(session: Session, body: Body) -> str:
    # The table omits the year to stay narrow; the tooltip gives the full dates and the length.
    lines = formatting.span_long(session, body)
    lines.append(translate("SessionTableModel", "Length: {0}").format(formatting.duration(session.duration_minutes)))
    return "\n".join(lines)


class SessionTableModel(RecordTableModel[Session]):
    """Every session of the body, read from the file a page at a time as the view shows the rows.

    The row count comes from the index, the rows the view paints are read a page at a time,
    and sorting is the database's ``ORDER BY``: a body with thirty years of history opens
    as fast as one with a year. A filter reads every row (it must look at all of them).

    Not Qt's ``canFetchMore``/``fetchMore``: that grows the list from the top, and the row the
    list opens on (the next session, selected at start) lies near the end of the history in time
    order, so it would read all the years before it. Here every row exists from the start and the
    page a row falls in is read when the view first asks for it, wherever it is.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        self._body = DEFAULT_BODY
        self._workspace: Workspace | None = None
        self._total = 0
        self._pages: dict[int, list[Session]] = {}
        self._order, self._descending = "start", False
        self._warnings: dict[int, list[str]] = {}  # session id → its warnings, once read
        self._pages_to_warn: set[int] = set()
        self._warning_icon: QIcon | None = None
        super().__init__(self._columns_for_body(), parent)
        self._warning_timer = QTimer(self)
        self._warning_timer.setSingleShot(True)
        self._warning_timer.setInterval(WARNINGS_DELAY_MS)
        self._warning_timer.timeout.connect(self._read_warnings)

    def _columns_for_body(self) -> list[Column[Session]]:
        def side_name(code: str) -> str:
            try:
                side = self._body.side(code)
            except InvalidInput:  # a side renamed away since the session was saved: show the code
                return code
            return formatting.side_both(side)

        return [
            Column(
                self.tr("No."),
                lambda s: str(s.number or ""),
                sort_key=lambda s: s.number or 0,
                numeric=True,
                header_tooltip=self.tr("The session's number in the series"),
            ),
            Column(
                self.tr("When"),
                lambda s: format_when(s, self._body),
                sort_key=lambda s: s.start.isoformat(),
                tooltip=self._when_tooltip,
                decoration=self._warning_marker,
                header_tooltip=self.tr("The start in the session's own zone first, then in the other capital"),
            ),
            Column(self.tr("Title"), lambda s: s.title, tooltip=lambda s: s.title, free_text=True),
            Column(self.tr("Korean title"), lambda s: s.title_ko, tooltip=lambda s: s.title_ko or None, free_text=True),
            Column(self.tr("Format"), lambda s: formatting.session_format(s.format)),
            Column(self.tr("Host"), lambda s: s.host_side, tooltip=lambda s: side_name(s.host_side)),
            Column(
                self.tr("Status"),
                lambda s: formatting.session_status(s.status),
                sort_key=lambda s: str(s.status),
                decoration=lambda s: STATUS_COLOURS.get(s.status),
            ),
            Column(self.tr("Venue"), list_venue, tooltip=lambda s: s.venue),
        ]

    # -- the rows, a page at a time --------------------------------------------
    def load(self, workspace: Workspace) -> None:
        """Read the workspace again: the count now, the rows when the view first asks for them."""
        self.beginResetModel()
        self._workspace, self._body = workspace, workspace.body  # the columns read the body lazily
        self._total = sessions_service.count_sessions(workspace)
        self._pages.clear()
        self._warnings.clear()
        self._pages_to_warn.clear()
        self.endResetModel()

    def _row_total(self) -> int:
        return self._total

    def record(self, row: int) -> Session:
        if not 0 <= row < self._total or self._workspace is None:
            raise IndexError(row)
        page, at = divmod(row, PAGE_ROWS)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = sessions_service.session_page(
                self._workspace, self._order, descending=self._descending, offset=page * PAGE_ROWS, limit=PAGE_ROWS
            )
            self._pages_to_warn.add(page)
            self._warning_timer.start()
        if at >= len(rows):  # the file changed under us since the count (another writer): show what is there
            raise IndexError(row)
        return rows[at]

    def records(self) -> list[Session]:
        """Every session, in the list's order (reads them all: for tests and tools, not for painting)."""
        return [self.record(row) for row in range(self._total)]

    def loaded_rows(self) -> int:
        """How many rows have been read from the file so far."""
        return sum(len(rows) for rows in self._pages.values())

    def row_of(self, session_id: int) -> int | None:
        """The session's row in the current order, from the index; None when there is no such session."""
        if self._workspace is None:
            return None
        try:
            return sessions_service.session_position(
                self._workspace, self._order, session_id, descending=self._descending
            )
        except NotFound:
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database (by value: numbers as numbers, times as instants), the selection kept."""
        if not 0 <= column < len(COLUMN_ORDERS):
            return
        key, descending = COLUMN_ORDERS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        kept = [(index, self._session_id_at(index.row())) for index in self.persistentIndexList()]
        self._order, self._descending = key, descending
        self._pages.clear()
        for index, session_id in kept:
            row = self.row_of(session_id) if session_id is not None else None
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
        self.layoutChanged.emit()

    # -- warnings, a moment after their page ------------------------------------
    def warnings(self, session: Session) -> list[str]:
        """The session's warnings as the core said them; empty until its page's were read."""
        return self._warnings.get(session.id or 0, [])

    def _warning_marker(self, session: Session) -> QIcon | None:
        if not self.warnings(session):
            return None
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _when_tooltip(self, session: Session) -> str:
        said = notices.words(self.warnings(session), self._body)
        lines = [_when_tooltip(session, self._body), *(f"⚠ {warning}" for warning in said)]
        return "\n".join(lines)

    def _read_warnings(self) -> None:
        if self._workspace is None or self._workspace.store.closed:
            return
        for page in sorted(self._pages_to_warn):
            rows = self._pages.get(page, [])
            self._warnings.update(sessions_service.warnings_of(self._workspace, rows))
            if rows:
                first, last = page * PAGE_ROWS, page * PAGE_ROWS + len(rows) - 1
                roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
                self.dataChanged.emit(self.index(first, WHEN), self.index(last, WHEN), roles)
        self._pages_to_warn.clear()

    def wait_for_warnings(self) -> None:
        """Read the pending pages' warnings now (tests; a view that must show them at once)."""
        self._warning_timer.stop()
        self._read_warnings()

    def _session_id_at(self, row: int) -> int | None:
        try:
            return self.record(row).id
        except IndexError:
            return None
