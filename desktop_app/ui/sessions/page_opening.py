"""Opening a session's page on a given tab from a view that only holds the navigator."""

from __future__ import annotations

from desktop_app.ui.common.navigator import Navigator


def open_session_tab(navigator: Navigator, session_id: int, tab: str) -> None:
    """Show the session's page on ``tab`` ("agenda", "outcomes" …).

    The navigator's ``open_session`` signal carries no tab, so the window that owns the
    navigator is asked directly when it offers ``open_session(session_id, tab)``.
    """
    window = navigator.parent()
    opener = getattr(window, "open_session", None)
    if callable(opener):
        opener(session_id, tab)
    else:
        navigator.open_session.emit(session_id)
