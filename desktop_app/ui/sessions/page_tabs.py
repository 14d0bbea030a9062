"""The tabs of a session's page, in order. One line a tab, so tabs can be built side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.services.workspace import Workspace
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.navigator import Navigator


class SessionTab(Protocol):
    def load(self, workspace: Workspace, session_id: int) -> None: ...


def _overview(navigator: Navigator) -> QWidget:
    from desktop_app.ui.sessions.overview_tab import OverviewTab

    return OverviewTab(navigator)


def _delegations(navigator: Navigator) -> QWidget:
    from desktop_app.ui.people.delegations_tab import DelegationsTab

    return DelegationsTab(navigator)


def _agenda(navigator: Navigator) -> QWidget:
    from desktop_app.ui.agenda.agenda_tab import AgendaTab

    return AgendaTab(navigator)


def _packet(navigator: Navigator) -> QWidget:
    from desktop_app.ui.packets.packet_tab import PacketTab

    return PacketTab(navigator)


def _outcomes(navigator: Navigator) -> QWidget:
    from desktop_app.ui.actions.outcomes_tab import OutcomesTab

    return OutcomesTab(navigator)


# (key, label, factory): the key is stable for tests and settings; the label is the English
# source, shown through ``tab_label``.
TABS: tuple[tuple[str, str, Callable[[Navigator], QWidget]], ...] = (
    ("overview", QT_TRANSLATE_NOOP("SessionTabs", "Overview"), _overview),
    ("delegations", QT_TRANSLATE_NOOP("SessionTabs", "Delegations"), _delegations),
    ("agenda", QT_TRANSLATE_NOOP("SessionTabs", "Agenda"), _agenda),
    ("packet", QT_TRANSLATE_NOOP("SessionTabs", "Packet"), _packet),
    ("outcomes", QT_TRANSLATE_NOOP("SessionTabs", "Outcomes and actions"), _outcomes),
)


def tab_label(label: str) -> str:
    """A tab's label in the interface language."""
    return translate("SessionTabs", label)
