"""Which widget serves each entry of the navigation rail.

One line a view: a view's module replaces its own line here, so views can be built
side by side without touching the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.ui.navigator import Navigator


def _sessions(navigator: Navigator) -> QWidget:
    from desktop_app.ui.views.sessions_view import SessionsView

    return SessionsView(navigator=navigator)


def _people(navigator: Navigator) -> QWidget:
    from desktop_app.ui.views.people_view import PeopleView

    return PeopleView(navigator)


# Every factory returns a widget with ``load(workspace)``.
VIEW_FACTORIES: dict[str, Callable[[Navigator], QWidget]] = {
    "calendar": lambda nav: __import__("desktop_app.ui.calendar").ui.calendar.make_view(nav),
    "sessions": _sessions,
    "people": _people,
    "agenda": lambda nav: __import__("desktop_app.ui.agenda.factories").ui.agenda.factories.agenda_view(nav),
    "actions": lambda nav: __import__("desktop_app.ui.agenda.factories").ui.agenda.factories.actions_view(nav),
    "packets": lambda navigator: __import__("desktop_app.ui.packets.view").ui.packets.view.PacketsView(navigator),
}
