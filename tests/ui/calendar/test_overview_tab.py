"""The Overview tab: both capitals' times, venue or link, format, host, status, series, warnings, Edit…."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.services.scheduling import SessionDraft
from desktop_app.services.sessions import get_session, list_sessions
from desktop_app.ui.sessions import questions
from desktop_app.ui.sessions.overview_tab import OverviewTab
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.calendar.conftest import CHUSEOK_ROUND

pytestmark = pytest.mark.gui


def overview_of(window: MainWindow, title: str) -> OverviewTab:
    session = next(s for s in list_sessions(window.workspace) if s.title == title)
    assert session.id is not None
    window.open_session(session.id, "overview")
    tab = window.session_page.tab_widgets["overview"]
    assert isinstance(tab, OverviewTab)
    return tab


def test_the_overview_of_a_session_on_a_holiday(window: MainWindow) -> None:
    tab = overview_of(window, CHUSEOK_ROUND)
    when = tab.when_label.text().splitlines()
    assert when[0] == "Wednesday 15 September 2027, 10:00–12:00 KST"
    assert when[1] == "Tuesday 14 September 2027, 21:00–23:00 EDT"
    assert tab.venue_label.text() == "Seoul"
    assert tab.format_label.text() == "Working"
    assert tab.host_label.text() == "Republic of Korea (대한민국) — Seoul"
    assert "Planned" in tab.status_label.text()
    assert tab.series_label.text() == "Not part of a series"
    assert tab.warning_panel.isVisibleTo(tab)
    assert "⚠" in tab.warning_panel.text() and "Chuseok (추석)" in tab.warning_panel.text()
    assert not tab.no_warnings_label.isVisibleTo(tab)


def test_a_video_link_is_clickable(window: MainWindow) -> None:
    tab = overview_of(window, "Video check-in")
    assert tab.venue_label.text() == 'Video: <a href="https://video.example/room">https://video.example/room</a>'
    assert tab.venue_label.openExternalLinks()


def test_edit_opens_the_dialog_and_the_service_saves(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = overview_of(window, CHUSEOK_ROUND)
    seen: list[SessionDraft] = []

    def answer(parent: object, workspace: object, initial: SessionDraft, **kwargs: object) -> SessionDraft:
        seen.append(initial)
        return replace(initial, venue_building="Ministry of Foreign Affairs", duration_minutes=90)

    monkeypatch.setattr(questions, "ask_session_draft", answer)
    tab.edit_button.click()
    assert seen and seen[0].title == CHUSEOK_ROUND
    saved = get_session(window.workspace, window.session_page.session_id or 0)
    assert (saved.venue, saved.duration_minutes) == ("Ministry of Foreign Affairs, Seoul", 90)
    assert tab.venue_label.text() == "Ministry of Foreign Affairs, Seoul"  # the page reloaded
    assert "10:00–11:30 KST" in tab.when_label.text()
