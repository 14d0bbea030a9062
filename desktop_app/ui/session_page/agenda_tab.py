"""The Agenda tab of a session's page."""

from __future__ import annotations

from desktop_app.ui.session_page.placeholder_tab import PlaceholderTab


class AgendaTab(PlaceholderTab):
    PROMISE = "The agenda editor with its versions: draft, proposed, agreed; compare any two."
