"""Dragging sessions in the month and week views, right-click menus, and the window's one undo history."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.session import Session, SessionStatus
from desktop_app.scheduling.timezones import wall_time
from desktop_app.services.scheduling import Scope, SessionDraft
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.ui.calendar.calendar_view import CalendarView
from desktop_app.ui.calendar.month_grid import MonthGrid
from desktop_app.ui.sessions import questions
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.calendar.conftest import CHUSEOK_ROUND, PLAIN_ROUND
from tests.ui.clicks import OFFSCREEN_POPUPS

pytestmark = pytest.mark.gui


def by_title(window: MainWindow, title: str) -> Session:
    return next(s for s in list_sessions(window.workspace) if s.title == title)


def calendar_at(window: MainWindow, session: Session, mode: str = "month") -> CalendarView:
    window.show_view("calendar")
    calendar = window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    local = session.local_start(window.workspace.body.home.timezone)
    if mode == "month":
        calendar.show_month(local.year, local.month)
    else:
        calendar.show_week(local.date())
    return calendar


def drag(qtbot: QtBot, widget: object, start: QPoint, end: QPoint) -> None:
    """A real press, moves in steps past the drag distance, and a release."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, start + (end - start) * step / 5)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def press_undo(qtbot: QtBot, window: MainWindow, widget: object, *, redo: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def drag_in_month(qtbot: QtBot, window: MainWindow, session: Session, day: date) -> MonthGrid:
    """Drag ``session``'s chip onto ``day`` with the mouse; the grid it was dragged in."""
    assert session.id is not None
    grid = calendar_at(window, session).month_grid
    chip, target = grid.chip_of(session.id), grid.cell_of(day)
    assert chip is not None and target is not None
    drag(qtbot, grid, chip.rect.center(), target.rect.center())
    return grid


def test_drag_a_session_to_another_day_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    local = wall_time(session.start, session.timezone)
    monkeypatch.setattr(questions, "confirm_drop", lambda parent, description, warnings: True)

    grid = drag_in_month(qtbot, window, session, local.date() + timedelta(days=7))

    moved = get_session(window.workspace, session.id)
    assert wall_time(moved.start, moved.timezone) == local + timedelta(days=7)
    assert "Moved #" in window.statusBar().currentMessage()
    assert window.edit.undo_action.text() == f"&Undo Move #{session.number} “{PLAIN_ROUND}”"
    assert grid.chip_of(session.id) is not None  # shown on its new day
    assert grid.selected_day == local.date() + timedelta(days=7)

    grid.setFocus()
    press_undo(qtbot, window, grid)
    back = get_session(window.workspace, session.id)
    assert back.start == session.start and back.sequence > moved.sequence  # a calendar sees a newer update
    assert window.statusBar().currentMessage().startswith("Undone: move #")
    assert window.edit.redo_action.isEnabled()

    press_undo(qtbot, window, grid, redo=True)
    assert get_session(window.workspace, session.id).start == moved.start


def test_a_drop_with_warnings_asks_like_the_move_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    asked: list[list[str]] = []
    monkeypatch.setattr(
        questions, "confirm_drop", lambda parent, description, warnings: asked.append(warnings) or False
    )

    drag_in_month(qtbot, window, session, date(2027, 9, 15))  # Chuseok in Seoul, and another session that day

    assert asked and any("holiday" in warning.lower() for warning in asked[0])
    assert get_session(window.workspace, session.id).start == session.start  # "Cancel": nothing moved
    assert not window.edit.undo_action.isEnabled()


def test_a_held_session_cannot_be_dragged(qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from desktop_app.services import scheduling

    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    draft = replace(SessionDraft.of(session), status=SessionStatus.HELD)
    scheduling.edit_session(window.workspace, session.id, draft)
    window.reload_views()
    drag_in_month(qtbot, window, session, wall_time(session.start, session.timezone).date() + timedelta(days=1))

    assert get_session(window.workspace, session.id).start == session.start
    assert "has been held" in window.statusBar().currentMessage()


def test_drag_in_the_week_moves_the_time_and_the_bottom_edge_changes_the_length(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    calendar = calendar_at(window, session, "week")
    grid = calendar.week_grid
    block = grid.block_of(session.id)
    assert block is not None
    hour = int(grid.hour_height())
    start = QPoint(block.rect.center().x(), block.rect.top() + 8)
    calendar.week_page.scroll_area.ensureVisible(start.x(), block.rect.bottom() + 3 * hour)

    drag(qtbot, grid, start, start + QPoint(0, 2 * hour))  # two hours later
    moved = get_session(window.workspace, session.id)
    assert moved.start == session.start + timedelta(hours=2)
    assert moved.duration_minutes == session.duration_minutes

    block = grid.block_of(session.id)
    assert block is not None
    edge = QPoint(block.rect.center().x(), block.rect.bottom() - 2)
    drag(qtbot, grid, edge, edge + QPoint(0, hour))  # an hour longer
    resized = get_session(window.workspace, session.id)
    assert resized.start == moved.start
    assert resized.duration_minutes == session.duration_minutes + 60
    assert window.edit.undo_action.text().startswith("&Undo Change the length of #")

    window.edit.undo_action.trigger()
    assert get_session(window.workspace, session.id).duration_minutes == session.duration_minutes
    window.edit.undo_action.trigger()
    assert get_session(window.workspace, session.id).start == session.start


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_right_click_on_a_calendar_entry_offers_its_actions(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = by_title(window, CHUSEOK_ROUND)
    assert session.id is not None
    calendar = calendar_at(window, session)
    grid = calendar.month_grid
    chip = grid.chip_of(session.id)
    assert chip is not None
    point = chip.rect.center()
    QApplication.sendEvent(grid, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, grid.mapToGlobal(point)))
    menu = calendar.context_menu
    assert menu is not None and menu.isVisible()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&Open", "&Edit…", "&Move…", "&Postpone", "&Cancel session…", "E&xport to calendar file…"]
    postpone = next(action for action in menu.actions() if action.text() == "&Postpone")
    menu.close()
    postpone.trigger()
    assert get_session(window.workspace, session.id).status is SessionStatus.POSTPONED
    window.edit.undo_action.trigger()
    assert get_session(window.workspace, session.id).status is SessionStatus.PLANNED


def test_new_session_and_cancel_are_undone_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(parent: object, workspace: object, initial: SessionDraft, **kwargs: object) -> SessionDraft:
        from dataclasses import replace

        return replace(initial, title="Undo me", local_start=datetime(2027, 10, 5, 10))

    monkeypatch.setattr(questions, "ask_session_draft", fill)
    created = window.session_menu.new_session()
    assert created is not None
    assert window.edit.undo_action.text() == "&Undo Create “Undo me”"
    window.edit.undo_action.trigger()
    assert all(s.title != "Undo me" for s in list_sessions(window.workspace))
    window.edit.redo_action.trigger()
    assert get_session(window.workspace, created).title == "Undo me"  # the same id again

    monkeypatch.setattr(questions, "confirm_cancel", lambda parent, description, scope: True)
    from desktop_app.ui.sessions import flows

    assert flows.cancel_session(window, window.workspace, window.navigator, created)
    assert window.edit.undo_action.text().startswith("&Undo Cancel #")
    window.edit.undo_action.trigger()
    assert get_session(window.workspace, created).status is SessionStatus.PLANNED


def test_moving_this_and_the_following_sessions_of_a_series_is_undone_in_one_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.series import SeriesDraft, create_series

    series, sessions = create_series(
        window.workspace,
        SeriesDraft("Monthly call", "FREQ=MONTHLY;COUNT=4", datetime(2027, 3, 9, 10), "Asia/Seoul", 60, ("ROK",)),
    )
    second = sessions[1].session
    assert second.id is not None
    monkeypatch.setattr(
        questions, "ask_new_start", lambda parent, workspace, s: (datetime(2027, 4, 13, 14), s.timezone)
    )
    monkeypatch.setattr(questions, "ask_scope", lambda parent, what: Scope.FOLLOWING)
    from desktop_app.ui.sessions import flows

    before = {s.id: s.start for s in list_sessions(window.workspace) if s.series_id == series.id}
    assert flows.move_session(window, window.workspace, window.navigator, second.id)
    assert get_session(window.workspace, second.id).series_id != series.id  # the series was split
    window.edit.undo_action.trigger()
    after = {s.id: s.start for s in list_sessions(window.workspace) if s.series_id == series.id}
    assert after == before
    ids = {s.series_id for s in list_sessions(window.workspace)}
    assert len([i for i in ids if i is not None]) == 1  # the split-off series is gone


def test_the_edit_menu_acts_on_the_focused_text(qtbot: QtBot, window: MainWindow) -> None:
    texts = [action.text() for action in window.edit_menu.actions() if not action.isSeparator()]
    assert texts[:6] == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &All"]
    field: QLineEdit = window.search
    field.setFocus()
    qtbot.keyClicks(field, "cyber")
    window.edit.update_enabled()
    assert not window.edit.copy_action.isEnabled()  # nothing selected yet
    window.edit.select_all_action.trigger()
    window.edit.update_enabled()
    assert window.edit.cut_action.isEnabled()
    window.edit.cut_action.trigger()
    assert field.text() == ""
    window.edit.update_enabled()  # as the menu does when it opens
    window.edit.paste_action.trigger()
    assert field.text() == "cyber"


def test_escape_during_a_drag_leaves_the_session_where_it_was(qtbot: QtBot, window: MainWindow) -> None:
    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    grid = calendar_at(window, session).month_grid
    chip = grid.chip_of(session.id)
    target = grid.cell_of(wall_time(session.start, session.timezone).date() + timedelta(days=2))
    assert chip is not None and target is not None
    start, end = chip.rect.center(), target.rect.center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(grid, start + (end - start) * step / 5)
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    assert get_session(window.workspace, session.id).start == session.start
    assert not window.edit.undo_action.isEnabled()


def hover(qtbot: QtBot, grid: QWidget, point: QPoint) -> Qt.CursorShape:
    """The mouse moved to ``point`` with no button down; the cursor the grid shows there."""
    qtbot.mouseMove(grid, point)
    return grid.cursor().shape()


def test_the_week_cursor_says_what_a_press_would_do_before_any_drag(qtbot: QtBot, window: MainWindow) -> None:
    session = by_title(window, PLAIN_ROUND)
    assert session.id is not None
    calendar = calendar_at(window, session, "week")
    grid = calendar.week_grid
    block = grid.block_of(session.id)
    assert block is not None
    calendar.week_page.scroll_area.ensureVisible(block.rect.center().x(), block.rect.bottom() + 40)
    body = block.rect.center()
    edge = QPoint(body.x(), block.rect.bottom() - 2)
    empty = QPoint(grid.day_rect(0).center().x(), grid.y_of(3))

    assert hover(qtbot, grid, body) == Qt.CursorShape.OpenHandCursor
    assert hover(qtbot, grid, edge) == Qt.CursorShape.SizeVerCursor
    assert hover(qtbot, grid, empty) == Qt.CursorShape.ArrowCursor

    from dataclasses import replace

    from desktop_app.services import scheduling

    draft = replace(SessionDraft.of(session), status=SessionStatus.HELD)
    scheduling.edit_session(window.workspace, session.id, draft)
    window.reload_views()
    assert hover(qtbot, grid, empty) == Qt.CursorShape.ArrowCursor
    assert hover(qtbot, grid, edge) == Qt.CursorShape.ArrowCursor  # held: it stays where it took place
    assert hover(qtbot, grid, body) == Qt.CursorShape.ArrowCursor
