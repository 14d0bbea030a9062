"""The calendar: month, week and agenda pages, both capitals' times, holidays, navigation, opening."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import Session
from desktop_app.services.scheduling import SessionDraft
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.calendar.calendar_view import CalendarView
from desktop_app.ui.sessions import questions
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.calendar.conftest import CHUSEOK_ROUND, PLAIN_ROUND, THANKSGIVING_ROUND

pytestmark = pytest.mark.gui


def by_title(workspace: Workspace, title: str) -> Session:
    return next(s for s in list_sessions(workspace) if s.title == title)


def texts(lines: list[tuple[str, str]]) -> list[str]:
    return [text for _kind, text in lines]


def test_the_month_shows_sessions_in_both_zones_and_the_holidays_of_both_sides(calendar: CalendarView) -> None:
    calendar.show_month(2027, 9)
    assert calendar.period_label.text() == "September 2027"
    grid = calendar.month_grid
    chuseok = grid.cell_of(date(2027, 9, 15))
    assert chuseok is not None
    assert chuseok.holidays == [(0, "Chuseok (추석)")]
    [chip] = chuseok.chips
    # The session's own zone first; Washington's time is the evening before.
    lines = texts(chip.lines)
    assert lines[:2] == ["⚠ 10:00 KST · 21:00 EDT (prev. day)", CHUSEOK_ROUND] or lines[:3] == [
        "⚠ 10:00 KST",
        "21:00 EDT (prev. day)",
        CHUSEOK_ROUND,
    ]
    assert "Seoul" in lines[-1]
    tip = grid.tooltip_at(chip.rect.center())
    assert "public holiday in Republic of Korea: Chuseok (추석)" in tip
    assert "⚠" in tip and "Chuseok" in tip
    labor_day = grid.cell_of(date(2027, 9, 6))
    assert labor_day is not None and labor_day.holidays == [(1, "Labor Day")]
    assert "Public holiday in United States: Labor Day" in grid.tooltip_at(labor_day.rect.center())
    assert "2 sessions this month" in calendar.summary_label.text()
    assert not calendar.month_grid.grab().isNull()  # paints without a Qt warning


def test_a_washington_session_on_thanksgiving_sits_on_seouls_next_day(calendar: CalendarView) -> None:
    calendar.show_month(2027, 11)
    grid = calendar.month_grid
    thanksgiving = grid.cell_of(date(2027, 11, 25))
    assert thanksgiving is not None and thanksgiving.holidays == [(1, "Thanksgiving Day")]
    assert thanksgiving.chips == []
    friday = grid.cell_of(date(2027, 11, 26))
    assert friday is not None
    [chip] = friday.chips
    joined = " ".join(texts(chip.lines))
    assert "10:00 EST (prev. day)" in joined and "00:00 KST" in joined
    assert THANKSGIVING_ROUND in joined
    assert "Thanksgiving" in grid.tooltip_at(chip.rect.center())


def test_next_previous_and_today(calendar: CalendarView, qtbot: QtBot) -> None:
    calendar.show_month(2027, 9)
    calendar.next_button.click()
    assert calendar.period_label.text() == "October 2027"
    calendar.prev_button.click()
    calendar.prev_button.click()
    assert calendar.period_label.text() == "August 2027"
    calendar.month_grid.setFocus()
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_PageDown)
    assert calendar.period_label.text() == "September 2027"
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert (calendar.month_grid.year, calendar.month_grid.month) == (2027, 10)
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_PageUp)
    assert calendar.period_label.text() == "August 2027"
    calendar.today_button.click()
    today = calendar.today()
    assert (calendar.month_grid.year, calendar.month_grid.month) == (today.year, today.month)
    # December → January crosses the year.
    calendar.show_month(2027, 12)
    calendar.next_button.click()
    assert calendar.period_label.text() == "January 2028"


def test_only_the_visible_days_are_read(calendar: CalendarView) -> None:
    calendar.show_month(2027, 9)
    assert calendar.page is not None
    shown = {entry.session.title for entry in calendar.page.entries}
    assert shown == {CHUSEOK_ROUND, PLAIN_ROUND}
    first, last = calendar.month_grid.first_day, calendar.month_grid.last_day
    assert (first, last) == (date(2027, 8, 29), date(2027, 10, 2))  # Sunday to Saturday


def test_week_and_agenda_pages(calendar: CalendarView, cal_workspace: Workspace, qtmodeltester: ModelTester) -> None:
    calendar.show_month(2027, 9)
    calendar.month_grid.select_day(date(2027, 9, 15))
    calendar.mode_bar.setCurrentIndex(1)  # Week
    assert calendar.mode == "week"
    assert calendar.period_label.text() == "12 – 18 Sep 2027"
    chuseok = by_title(cal_workspace, CHUSEOK_ROUND)
    assert chuseok.id is not None
    block = calendar.week_grid.block_of(chuseok.id)
    assert block is not None and block.day == date(2027, 9, 15)
    assert "Chuseok (추석)" in calendar.week_grid.tooltip_at(block.rect.center())
    calendar.step(1)
    assert calendar.period_label.text() == "19 – 25 Sep 2027"
    assert not calendar.week_grid.grab().isNull()

    calendar.mode_bar.setCurrentIndex(2)  # Agenda
    assert calendar.mode == "agenda"
    model = calendar.agenda_model
    qtmodeltester.check(model)
    rows = [model.row_data(n) for n in range(model.rowCount())]
    assert [row.entry.session.title for row in rows if row.entry] == [CHUSEOK_ROUND, PLAIN_ROUND]
    holidays = [row.holiday for row in rows if row.entry is None]
    assert "Chuseok (추석)" in holidays and "Labor Day" in holidays
    row = model.row_of(chuseok.id)
    assert row is not None
    assert model.index(row, 1).data().startswith("⚠ 10:00 KST · 21:00 EDT (prev. day)")


def test_double_click_on_a_session_opens_its_page(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1400, 900)
    window.show_view("calendar")
    calendar = window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    calendar.show_month(2027, 9)
    chuseok = by_title(window.workspace, CHUSEOK_ROUND)
    assert chuseok.id is not None
    chip = calendar.month_grid.chip_of(chuseok.id)
    assert chip is not None
    qtbot.mouseDClick(calendar.month_grid, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    assert window.stack.currentWidget() is window.session_page
    assert window.session_page.session_id == chuseok.id
    overview = window.session_page.tab_widgets["overview"]
    assert "Chuseok (추석)" in overview.warning_panel.text()  # type: ignore[attr-defined]


def test_enter_on_the_selected_session_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    window.show_view("calendar")
    calendar = window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    calendar.show_month(2027, 9)
    calendar.month_grid.setFocus()
    calendar.month_grid.select_day(date(2027, 9, 21))
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_Return)
    assert window.session_page.session_id == by_title(window.workspace, PLAIN_ROUND).id


def test_double_click_on_an_empty_day_offers_a_new_session_there(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1400, 900)
    window.show_view("calendar")
    calendar = window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    calendar.show_month(2027, 9)
    offered: list[SessionDraft] = []

    def answer(parent: object, workspace: object, initial: SessionDraft, **kwargs: object) -> SessionDraft:
        offered.append(initial)
        return SessionDraft(**{**initial.__dict__, "title": "Drafted on the calendar"})

    monkeypatch.setattr(questions, "ask_session_draft", answer)
    cell = calendar.month_grid.cell_of(date(2027, 9, 9))
    assert cell is not None and not cell.chips
    qtbot.mouseDClick(calendar.month_grid, Qt.MouseButton.LeftButton, pos=cell.rect.center())
    assert offered and offered[0].local_start == datetime(2027, 9, 9, 10, 0)
    assert offered[0].timezone == "Asia/Seoul"
    created = by_title(window.workspace, "Drafted on the calendar")
    assert created.local_start().date() == date(2027, 9, 9)
    # The write reloaded the calendar: the new session is on its day and selected.
    cell = calendar.month_grid.cell_of(date(2027, 9, 9))
    assert cell is not None and [chip.entry.session.id for chip in cell.chips] == [created.id]
    assert calendar.selected_session_id() == created.id


def test_a_session_past_midnight_continues_on_the_next_day_of_the_week(
    calendar: CalendarView, cal_workspace: Workspace
) -> None:
    from desktop_app.services.scheduling import create_session
    from tests.ui.calendar.conftest import draft

    late = create_session(cal_workspace, draft("Late call", datetime(2027, 10, 13, 23, 0))).session
    calendar.show_week(date(2027, 10, 13))
    blocks = [b for b in calendar.week_grid.blocks() if b.entry.session.id == late.id]
    assert [b.day for b in blocks] == [date(2027, 10, 13), date(2027, 10, 14)]
    assert blocks[1].rect.top() <= calendar.week_grid.y_of(0) + 1
