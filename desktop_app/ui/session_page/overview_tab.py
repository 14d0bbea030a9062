"""The Overview tab of a session's page."""

from __future__ import annotations

from desktop_app.ui.session_page.placeholder_tab import PlaceholderTab


class OverviewTab(PlaceholderTab):
    PROMISE = "The session's date, both capitals' times, venue or link, format, status and warnings, editable."
