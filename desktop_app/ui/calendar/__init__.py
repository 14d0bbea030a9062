"""The calendar and everything that plans a session: month, week and agenda views, the session and series dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.calendar.calendar_view import CalendarView
    from desktop_app.ui.navigator import Navigator


def make_view(navigator: Navigator) -> CalendarView:
    """The rail's Calendar entry (``ui/views/registry.py``); imports the view only when it is built."""
    from desktop_app.ui.calendar.calendar_view import CalendarView

    return CalendarView(navigator)
