"""Which widget serves each entry of the navigation rail.

One function a view, each importing its view only when it is first built: start-up imports only the
view it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.ui.common.navigator import Navigator


def _calendar(navigator: Navigator) -> QWidget:
    from desktop_app.ui.calendar.calendar_view import CalendarView

    return CalendarView(navigator)


def _sessions(navigator: Navigator) -> QWidget:
    from desktop_app.ui.sessions.sessions_view import SessionsView

    return SessionsView(navigator=navigator)


def _people(navigator: Navigator) -> QWidget:
    from desktop_app.ui.people.people_view import PeopleView

    return PeopleView(navigator)


def _agenda(navigator: Navigator) -> QWidget:
    from desktop_app.ui.agenda.agenda_view import AgendaView

    return AgendaView(navigator)


def _actions(navigator: Navigator) -> QWidget:
    from desktop_app.ui.actions.actions_view import ActionsView

    return ActionsView(navigator)


def _packets(navigator: Navigator) -> QWidget:
    from desktop_app.ui.packets.view import PacketsView

    return PacketsView(navigator)


# Every factory returns a widget with ``load(workspace)``.
VIEW_FACTORIES: dict[str, Callable[[Navigator], QWidget]] = {
    "calendar": _calendar,
    "sessions": _sessions,
    "people": _people,
    "agenda": _agenda,
    "actions": _actions,
    "packets": _packets,
}
