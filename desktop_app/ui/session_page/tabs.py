"""The tabs of a session's page, in order. One line a tab, so tabs can be built side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.navigator import Navigator


class SessionTab(Protocol):
    def load(self, workspace: Workspace, session_id: int) -> None: ...


def _overview(navigator: Navigator) -> QWidget:
    from desktop_app.ui.session_page.overview_tab import OverviewTab

    return OverviewTab(navigator)


def _delegations(navigator: Navigator) -> QWidget:
    from desktop_app.ui.session_page.delegations_tab import DelegationsTab

    return DelegationsTab(navigator)


def _agenda(navigator: Navigator) -> QWidget:
    from desktop_app.ui.session_page.agenda_tab import AgendaTab

    return AgendaTab(navigator)


def _packet(navigator: Navigator) -> QWidget:
    from desktop_app.ui.session_page.packet_tab import PacketTab

    return PacketTab(navigator)


def _outcomes(navigator: Navigator) -> QWidget:
    from desktop_app.ui.session_page.outcomes_tab import OutcomesTab

    return OutcomesTab(navigator)


# (key, label, factory): the key is stable for tests and settings.
TABS: tuple[tuple[str, str, Callable[[Navigator], QWidget]], ...] = (
    ("overview", "Overview", _overview),
    ("delegations", "Delegations", _delegations),
    ("agenda", "Agenda", _agenda),
    ("packet", "Packet", _packet),
    ("outcomes", "Outcomes and actions", _outcomes),
)
