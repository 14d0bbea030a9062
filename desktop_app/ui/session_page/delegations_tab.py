"""The Delegations tab of a session's page."""

from __future__ import annotations

from desktop_app.ui.session_page.placeholder_tab import PlaceholderTab


class DelegationsTab(PlaceholderTab):
    PROMISE = "Both delegations side by side, heads first, in protocol order; drag to reorder."
