"""Opening a session shows its page, with every tab; Back returns to the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_enter_on_a_session_opens_its_page_and_back_returns(window: MainWindow, qtbot: QtBot) -> None:
    window.show_view("sessions")
    table = window.sessions_view.table
    table.setFocus()
    index = window.sessions_view.proxy.index(0, 1)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.session_page
    assert window.stack.currentWidget() is page
    first = window.sessions_view.session_model.record(window.sessions_view.proxy.mapToSource(index).row())
    assert first.title in page.title.text()
    assert "KST" in page.subtitle.text() and ("EST" in page.subtitle.text() or "EDT" in page.subtitle.text())
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())][:3] == ["Overview", "Delegations", "Agenda"]
    page.back_button.click()
    assert window.stack.currentWidget() is window.sessions_view


def test_the_navigator_opens_any_tab(window: MainWindow) -> None:
    session = window.sessions_view.session_model.record(0)
    assert session.id is not None
    window.open_session(session.id, "packet")
    assert window.session_page.tabs.currentWidget() is window.session_page.tab_widgets["packet"]


def test_a_missing_session_is_refused_with_a_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui.common import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    before = window.stack.currentWidget()
    window.open_session(999_999)
    assert shown and "999999" in shown[0]
    assert window.stack.currentWidget() is before
