"""Which widget serves each entry of the navigation rail.

One line a view: a view's module replaces its own line here, so views can be built
side by side without touching the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop_app.ui.i18n import translate
from desktop_app.ui.navigator import Navigator
from desktop_app.ui.views.placeholder_view import PlaceholderView

# English sources; shown through translate("ViewPromises", …).
PROMISES = {
    "calendar": QT_TRANSLATE_NOOP(
        "ViewPromises",
        "A month and week calendar of the sessions, in both capitals' times, with holidays, "
        "weekends and double bookings marked in amber.",
    ),
    "agenda": QT_TRANSLATE_NOOP(
        "ViewPromises",
        "The agenda of each session: drafts, proposals and counter-drafts, what changed between "
        "them, and the version both sides agreed.",
    ),
    "actions": QT_TRANSLATE_NOOP(
        "ViewPromises",
        "What each session agreed to do, who owns it and by when, carried forward until done; overdue items stand out.",
    ),
    "packets": QT_TRANSLATE_NOOP(
        "ViewPromises",
        "The principal's briefing packet for each session: generate it, review its sections, open "
        "the document, and a shorter edition for the counterpart.",
    ),
}


def _placeholder(key: str, label: str) -> Callable[[Navigator], QWidget]:
    return lambda navigator: PlaceholderView(label, translate("ViewPromises", PROMISES[key]))


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
