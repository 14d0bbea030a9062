"""The Packet tab of a session's page."""

from __future__ import annotations

from desktop_app.ui.session_page.placeholder_tab import PlaceholderTab


class PacketTab(PlaceholderTab):
    PROMISE = "The briefing packet: choose the edition, see its sections, generate and open it."
