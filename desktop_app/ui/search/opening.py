"""Where a chosen search result leads: the session's page at the right tab, or the People view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.services.search import SearchHit

# The tab of the session's page each kind of result opens (keys of session_page.tabs.TABS).
TAB_OF_KIND = {"session": "overview", "agenda_item": "agenda", "outcome": "outcomes", "action": "outcomes"}


class Window(Protocol):
    views: dict[str, QWidget]

    def open_session(self, session_id: int, tab: str | None = None) -> None: ...

    def show_view(self, key: str) -> None: ...

    def open_agenda_item(self, session_id: int, item_id: int) -> None: ...


def open_hit(window: Window, hit: SearchHit) -> None:
    if hit.kind == "person":
        window.show_view("people")
        people = window.views["people"]
        select = getattr(people, "select_person", None)
        if select is None or not select(hit.id):
            set_filter = getattr(people, "set_filter_text", None)
            if set_filter is not None:  # retired and hidden, say: the filter shows who it was
                set_filter(hit.title.split(" · ")[0])
        return
    if hit.kind == "agenda_item" and hit.session_id is not None:
        window.open_agenda_item(hit.session_id, hit.id)  # that very item, in the version it was found in
        return
    if hit.session_id is not None:
        window.open_session(hit.session_id, TAB_OF_KIND[hit.kind])
