"""The Calendar view: Month, Week and Agenda over the sessions, in both capitals' times.

Each page asks ``sessions_in_range`` for the visible days only, so a month change on a
ten-year body costs one indexed query and one paint. Double-click (or Enter) opens a
session; a double-click on an empty day offers a new session there.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.domain.session import Session
from desktop_app.scheduling.timezones import to_utc, wall_time
from desktop_app.services.calendar_view import CalendarRange, sessions_in_range
from desktop_app.services.workspace import Workspace
from desktop_app.ui.calendar.agenda_model import SESSION_ID_ROLE, AgendaModel, agenda_rows
from desktop_app.ui.calendar.holidays_flow import holiday_data_text
from desktop_app.ui.calendar.month_grid import MonthGrid, visible_days
from desktop_app.ui.calendar.week_grid import week_start
from desktop_app.ui.calendar.week_page import WeekPage
from desktop_app.ui.common import formatting
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.widgets import ElidedLabel
from desktop_app.ui.sessions import style

MONTH, WEEK, AGENDA = "month", "week", "agenda"
MODES = (MONTH, WEEK, AGENDA)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class CalendarView(QWidget):
    """``load(workspace)`` like every view; ``show_month``, ``show_week`` and ``show_agenda`` pick the page."""

    selection_changed = Signal(int)  # the selected session's id, 0 when none

    def __init__(self, navigator: Navigator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.workspace: Workspace | None = None
        self.body: Body = DEFAULT_BODY
        self.mode = MONTH
        self.anchor = clock.today()
        self.page: CalendarRange | None = None
        self.context_menu: QMenu | None = None  # the last right-click menu
        self._selected: int | None = None

        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Back to today (Home)"))
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.setToolTip(self.tr("Previous (Page Up, Ctrl+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next (Page Down, Ctrl+Right)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        for button in (self.prev_button, self.next_button):
            button.setAutoRaise(False)
            button.setMinimumWidth(32)
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)
        self.summary_label = ElidedLabel()  # shrinks with the window; the full text is in its tooltip
        self.summary_label.setObjectName("summary")
        self.mode_bar = QTabBar()
        self.mode_bar.setObjectName("calendar_modes")
        self.mode_bar.setExpanding(False)
        self.mode_bar.setDrawBase(False)
        for label in (self.tr("Month"), self.tr("Week"), self.tr("Agenda")):
            self.mode_bar.addTab(label)
        self.mode_bar.setToolTip(self.tr("Month, week or a list of the period"))

        self.month_grid = MonthGrid()
        self.month_grid.setObjectName("month_grid")
        self.week_page = WeekPage()
        self.week_grid = self.week_page.grid
        self.agenda_model = AgendaModel(self)
        self.agenda_table = QTableView()
        self.agenda_table.setObjectName("agenda_table")
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_table.setWordWrap(False)
        self.agenda_table.verticalHeader().hide()
        self.agenda_table.verticalHeader().setDefaultSectionSize(int(style.line_height(self.font()) * 1.6))
        self.agenda_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.agenda_table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.week_page)
        self.stack.addWidget(self.agenda_table)

        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")

        top = QHBoxLayout()
        top.addWidget(self.today_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addSpacing(10)
        top.addWidget(self.period_label)
        top.addSpacing(10)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.mode_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.mode_bar.currentChanged.connect(lambda index: self.set_mode(MODES[index]))
        for keys, step in (("PgUp", -1), ("PgDown", 1), ("Ctrl+Left", -1), ("Ctrl+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        home = QShortcut(QKeySequence("Home"), self)
        home.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        home.activated.connect(self.go_today)

        self.month_grid.session_activated.connect(self.open_session)
        self.month_grid.session_selected.connect(self._selected_in_page)
        self.month_grid.day_activated.connect(self.offer_new_session)
        self.month_grid.page_requested.connect(self._keyboard_page)
        self.week_grid.session_activated.connect(self.open_session)
        self.week_grid.session_selected.connect(self._selected_in_page)
        self.week_grid.slot_activated.connect(self.offer_new_session)
        self.week_grid.page_requested.connect(self.step)
        self.agenda_table.activated.connect(self._agenda_activated)
        self.agenda_table.doubleClicked.connect(self._agenda_activated)
        self.agenda_table.selectionModel().currentRowChanged.connect(self._agenda_current)
        self.month_grid.session_dropped.connect(self._dropped_on_day)
        self.week_grid.session_dropped.connect(self._dropped_at)
        self.week_grid.session_resized.connect(self._resized)
        self.month_grid.context_requested.connect(self.show_context_menu)
        self.week_grid.context_requested.connect(self.show_context_menu)
        self.agenda_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda_table.customContextMenuRequested.connect(self._agenda_context_menu)
        self._update_legend()

    # -- the zone and today ----------------------------------------------------------------
    @property
    def zone(self) -> str:
        return self.body.home.timezone

    def today(self) -> date:
        return clock.now().astimezone(ZoneInfo(self.zone)).date()

    # -- loading -------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        """Read the visible period again (after any write), keeping the period and the selection."""
        first = self.workspace is None or self.workspace is not workspace
        self.workspace, self.body = workspace, workspace.body
        self.week_grid.read_only = workspace.store.read_only
        if first:
            self.anchor = self.today()
            self._selected = None
        self._update_legend()  # the holiday data may have changed
        self.refresh()

    def refresh(self) -> None:
        if self.mode == MONTH:
            self.show_month(self.anchor.year, self.anchor.month, keep_day=True)
        elif self.mode == WEEK:
            self.show_week(self.anchor)
        else:
            self.show_agenda(self.anchor.year, self.anchor.month)

    def _query(self, first: date, end: date) -> CalendarRange | None:
        if self.workspace is None:
            return None
        self.page = sessions_in_range(self.workspace, first, end, zone=self.zone)
        return self.page

    def show_month(self, year: int, month: int, *, keep_day: bool = False) -> None:
        """Show ``year``-``month``: one query for its visible days, one paint. The benchmark times this."""
        self._set_mode_quietly(MONTH)
        if not (keep_day and (self.anchor.year, self.anchor.month) == (year, month)):
            self.anchor = date(year, month, 1)
        first, weeks = visible_days(year, month)
        page = self._query(first, first + timedelta(days=7 * weeks))
        entries = page.entries if page else []
        holidays = page.holidays if page else {}
        grid = self.month_grid
        kept = grid.selected_day
        if not (keep_day and kept is not None and (kept.year, kept.month) == (year, month)):
            grid.selected_day = None
            grid.selected_session = None
        grid.set_page(year, month, entries, holidays, self.body, self.zone, self.today())
        if self._selected is not None and not grid.select_session(self._selected):
            grid.selected_session = None
        self.period_label.setText(formatting.month_year(date(year, month, 1)))
        in_month = [e for e in entries if e.session.start.astimezone(ZoneInfo(self.zone)).month == month]
        self._summarise(len(in_month), sum(1 for e in in_month if e.warnings), week=False)
        self.stack.setCurrentWidget(grid)

    def show_week(self, day: date) -> None:
        self._set_mode_quietly(WEEK)
        first = week_start(day)
        self.anchor = day
        # From the day before: a session late on the last evening runs on past midnight into this week.
        page = self._query(first - timedelta(days=1), first + timedelta(days=7))
        entries = page.entries if page else []
        self.week_grid.set_week(
            first, entries, page.holidays if page else {}, self.body, self.zone, self.today(), clock.now()
        )
        if self._selected is not None:
            self.week_grid.select_session(self._selected)
        last = first + timedelta(days=6)
        self.period_label.setText(formatting.week_span(first, last))
        tz = ZoneInfo(self.zone)
        in_week = [e for e in entries if e.session.start.astimezone(tz).date() >= first]
        self._summarise(len(in_week), sum(1 for e in in_week if e.warnings), week=True)
        self.stack.setCurrentWidget(self.week_page)
        self.week_page.scroll_to_working_day()

    def show_agenda(self, year: int, month: int) -> None:
        self._set_mode_quietly(AGENDA)
        if (self.anchor.year, self.anchor.month) != (year, month):
            self.anchor = date(year, month, 1)
        first = date(year, month, 1)
        page = self._query(first, add_months(first, 1))
        entries = page.entries if page else []
        self.agenda_model.set_rows(agenda_rows(entries, page.holidays if page else {}, self.body, self.zone), self.body)
        self.agenda_table.resizeColumnsToContents()
        header = self.agenda_table.horizontalHeader()
        for column, limit in ((2, 380), (3, 320)):
            if header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
        if self._selected is not None:
            self._select_agenda_row(self._selected)
        self.period_label.setText(formatting.month_year(first))
        self._summarise(len(entries), sum(1 for e in entries if e.warnings), week=False)
        self.stack.setCurrentWidget(self.agenda_table)

    def _summarise(self, count: int, warned: int, *, week: bool) -> None:
        if count == 0:
            if week:
                text = self.tr("No sessions this week. Double-click a day to plan one (or Ctrl+N).")
            else:
                text = self.tr("No sessions this month. Double-click a day to plan one (or Ctrl+N).")
            self.summary_label.setText(text)
            return
        if week:
            text = self.tr("1 session this week") if count == 1 else self.tr("{0} sessions this week")
        else:
            text = self.tr("1 session this month") if count == 1 else self.tr("{0} sessions this month")
        text = text.format(count)
        if warned:
            text += self.tr(", {0} with warnings").format(warned)
        self.summary_label.setText(text)

    def _update_legend(self) -> None:
        palette = self.palette()
        swatch = '<span style="color:{0}">■</span>&nbsp;{1}'
        parts = [
            swatch.format(colour.name(), style.status_text(status)) for status, colour in style.STATUS_COLOURS.items()
        ]
        parts.append(
            f'<span style="background:{style.amber_fill(palette).name()};color:{style.amber_text(palette).name()}">'
            f"&nbsp;{style.WARNING_SIGN} " + self.tr("warnings") + "&nbsp;</span> " + self.tr("(hover for the reasons)")
        )
        sides = self.body.sides
        for index, side in enumerate(sides):
            colour = style.readable(style.SIDE_HOLIDAY_COLOURS[index], palette).name()
            parts.append(f'<span style="color:{colour}">' + self.tr("{0} holiday").format(side.code) + "</span>")
        home = self.body.home
        zone_name = clock.now().astimezone(ZoneInfo(self.zone)).strftime("%Z")
        parts.append(
            self.tr("Days in {0} time ({1}); each session's own zone first").format(
                home.capital or self.zone, zone_name
            )
        )
        if self.workspace is not None:
            parts.append(holiday_data_text(self.workspace))
        self.legend.setText(" &nbsp;·&nbsp; ".join(parts))

    # -- modes and paging ----------------------------------------------------------------
    def _set_mode_quietly(self, mode: str) -> None:
        self.mode = mode
        if self.mode_bar.currentIndex() != MODES.index(mode):
            self.mode_bar.blockSignals(True)
            self.mode_bar.setCurrentIndex(MODES.index(mode))
            self.mode_bar.blockSignals(False)

    def set_mode(self, mode: str) -> None:
        if mode == WEEK and self.mode == MONTH and self.month_grid.selected_day is not None:
            self.anchor = self.month_grid.selected_day
        self.mode = mode
        self._update_legend()
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.show_week(self.anchor + timedelta(days=7 * direction))
        else:
            moved = add_months(date(self.anchor.year, self.anchor.month, 1), direction)
            if self.mode == MONTH:
                self.show_month(moved.year, moved.month)
            else:
                self.show_agenda(moved.year, moved.month)

    def _keyboard_page(self, direction: int) -> None:
        day = self.month_grid.selected_day
        self.step(direction)
        if day is not None and self.mode == MONTH:
            self.month_grid.select_day(day)

    def go_today(self) -> None:
        today = self.today()
        if self.mode == WEEK:
            self.show_week(today)
        elif self.mode == MONTH:
            self.show_month(today.year, today.month)
            self.month_grid.select_day(today)
        else:
            self.show_agenda(today.year, today.month)

    # -- selection and opening -------------------------------------------------------------
    def selected_session_id(self) -> int | None:
        return self._selected

    def select_session(self, session_id: int) -> bool:
        self._selected = session_id
        if self.mode == MONTH:
            return self.month_grid.select_session(session_id)
        if self.mode == WEEK:
            return self.week_grid.select_session(session_id)
        return self._select_agenda_row(session_id)

    def _selected_in_page(self, session_id: int) -> None:
        self._selected = session_id or None
        self.selection_changed.emit(session_id)

    def _select_agenda_row(self, session_id: int) -> bool:
        row = self.agenda_model.row_of(session_id)
        if row is None:
            return False
        self.agenda_table.selectionModel().setCurrentIndex(
            self.agenda_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _agenda_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.siblingAtColumn(0).data(SESSION_ID_ROLE) if current.isValid() else None
        self._selected_in_page(int(session_id or 0))

    def _agenda_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        session_id = index.siblingAtColumn(0).data(SESSION_ID_ROLE)
        if session_id:
            self.open_session(int(session_id))
        else:
            self.offer_new_session(self.agenda_model.row_data(index.row()).day)

    def open_session(self, session_id: int) -> None:
        self._selected = session_id
        if self.navigator is not None:
            self.navigator.open_session.emit(session_id)

    # -- dragging and right-clicking ----------------------------------------------------------
    def _shown(self, session_id: int) -> Session | None:
        entries = self.page.entries if self.page is not None else []
        return next((entry.session for entry in entries if entry.session.id == session_id), None)

    def _drop(self, session_id: int, local: datetime | None, minutes: int | None = None) -> None:
        if self.workspace is None or self.navigator is None:
            return
        from desktop_app.ui.sessions import flows

        session = self._shown(session_id)
        if session is None:
            return
        wall = wall_time(session.start, session.timezone) if local is None else local
        if flows.drop_session(self, self.workspace, self.navigator, session_id, wall, minutes):
            self.select_session(session_id)
        else:
            self.refresh()  # the block or chip goes back where it was

    def _dropped_on_day(self, session_id: int, origin: date, day: date) -> None:
        """Month: the same wall-clock time, in the session's own zone, ``day - origin`` days later."""
        session = self._shown(session_id)
        if session is not None:
            self._drop(session_id, wall_time(session.start, session.timezone) + (day - origin))

    def _dropped_at(self, session_id: int, start: datetime) -> None:
        """Week: ``start`` is naive in the calendar's zone; the session keeps its own zone."""
        session = self._shown(session_id)
        if session is not None:
            self._drop(session_id, wall_time(to_utc(start, self.zone, strict=False), session.timezone))

    def _resized(self, session_id: int, minutes: int) -> None:
        self._drop(session_id, None, minutes)

    def show_context_menu(self, session_id: int | None, when: date | datetime | None, where: QPoint) -> QMenu | None:
        """The session's actions, or "New session here…" on an empty day or half hour."""
        if self.workspace is None or self.navigator is None:
            return None
        from desktop_app.ui.sessions.context_menu import day_menu, session_menu

        if session_id:
            menu = session_menu(self, self.workspace, self.navigator, session_id)
        elif when is not None:
            menu = day_menu(self, self.workspace, self.navigator, when)
        else:
            return None
        self.context_menu = menu  # kept for tests, which read it while it is shown
        menu.popup(where)
        return menu

    def _agenda_context_menu(self, point: QPoint) -> None:
        index = self.agenda_table.indexAt(point)
        if not index.isValid():
            return
        row = self.agenda_model.row_data(index.row())
        session_id = row.entry.session.id if row.entry is not None else None
        self.show_context_menu(session_id, row.day, self.agenda_table.viewport().mapToGlobal(point))

    def offer_new_session(self, when: date | datetime) -> None:
        """A double-click on an empty day (or a free half hour of the week): the new-session dialog, there."""
        if self.workspace is None or self.navigator is None:
            return
        from desktop_app.ui.sessions import flows

        created = flows.new_session(self, self.workspace, self.navigator, when)
        if created is not None:
            self.select_session(created)
