"""The ``ui/name_order`` preference: Hangul first in the People view's columns and the Delegations tab."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.people.delegation_model import NAME as DELEGATE_NAME
from desktop_app.ui.people.delegations_tab import DelegationsTab
from desktop_app.ui.people.people_view import PeopleView
from desktop_app.ui.people.person_table_model import NAME, NAME_KO
from desktop_app.ui.settings import preferences
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.people.conftest import Cast

pytestmark = pytest.mark.gui


def open_window(qtbot: QtBot, database: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    main.resize(1400, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def hangul_column_first(window: MainWindow) -> bool:
    window.show_view("people")
    view = window.views["people"]
    assert isinstance(view, PeopleView)
    header = view.table.horizontalHeader()
    return header.visualIndex(NAME_KO) < header.visualIndex(NAME)


def delegate_names(window: MainWindow, session_id: int) -> list[str]:
    window.open_session(session_id, "delegations")
    tab = window.session_page.tab_widgets["delegations"]
    assert isinstance(tab, DelegationsTab)
    model = tab.columns["ROK"].model
    return [model.index(row, DELEGATE_NAME).data() for row in range(model.rowCount())]


def test_hangul_first_from_the_setting(
    qtbot: QtBot, cast_db: tuple[Path, Cast], cast: Cast, settings: QSettings
) -> None:
    settings.setValue("ui/name_order", "hangul")
    window = open_window(qtbot, cast_db[0], settings)

    assert hangul_column_first(window)
    names = delegate_names(window, cast.first)
    assert names[0] == "⚠ 김민준 (KIM Min-jun)"  # also seated in the clashing session
    assert names[1:] == ["이서연 (LEE Seo-yeon)", "박지호 (PARK Ji-ho)"]


def test_roman_first_by_default_and_hangul_after_preferences(
    people_window: MainWindow, cast: Cast, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not hangul_column_first(people_window)
    assert delegate_names(people_window, cast.first)[1] == "LEE Seo-yeon  이서연"

    def ask(parent: object, current: preferences.Preferences, *args: object, **kwargs: object) -> object:
        return dataclasses.replace(current, name_order=preferences.HANGUL_FIRST)

    monkeypatch.setattr(preferences, "ask_preferences", ask)
    people_window.preferences_action.trigger()

    assert settings.value("ui/name_order") == "hangul"
    assert delegate_names(people_window, cast.first)[1] == "이서연 (LEE Seo-yeon)"  # the page on screen reloads
    assert hangul_column_first(people_window)
