"""The rail views of this package, built on demand (the registry names them in one line each)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.navigator import Navigator


def agenda_view(navigator: Navigator) -> QWidget:
    from desktop_app.ui.agenda.agenda_view import AgendaView

    return AgendaView(navigator)


def actions_view(navigator: Navigator) -> QWidget:
    from desktop_app.ui.agenda.actions_view import ActionsView

    return ActionsView(navigator)
