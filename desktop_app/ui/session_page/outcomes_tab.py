"""The Outcomes tab of a session's page."""

from __future__ import annotations

from desktop_app.ui.session_page.placeholder_tab import PlaceholderTab


class OutcomesTab(PlaceholderTab):
    PROMISE = "Outcomes per agenda item and the action items agreed, with owners and due dates."
