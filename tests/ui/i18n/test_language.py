"""Which language the window speaks: the setting, the system locale, the environment; and what it looks like."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, i18n
from desktop_app.ui.settings import preferences
from desktop_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

UseLanguage = Callable[[str], list[str]]
KOREAN_LOCALE = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _window(qtbot: QtBot, database: Path, settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(database), settings)
    qtbot.addWidget(main)
    return main


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _rail(window: MainWindow) -> list[str]:
    return [window.rail.list.item(row).text() for row in range(window.rail.list.count())]


# -- choosing -------------------------------------------------------------------------------------
def test_the_setting_names_the_language(settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "ko")
    assert i18n.startup_language(settings, environ={}, system=ENGLISH_LOCALE) == "ko"
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.startup_language(settings, environ={}, system=KOREAN_LOCALE) == "en"


def test_system_follows_the_system_locale(settings: QSettings) -> None:
    assert i18n.chosen_language(settings) == "system"  # the default
    assert i18n.startup_language(settings, environ={}, system=KOREAN_LOCALE) == "ko"
    assert i18n.startup_language(settings, environ={}, system=ENGLISH_LOCALE) == "en"
    assert i18n.startup_language(settings, environ={}, system=QLocale(QLocale.Language.German)) == "en"
    assert i18n.startup_language(settings, environ={}, system=QLocale.c()) == "en"


def test_system_asks_qt_for_the_system_locale(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "system")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: KOREAN_LOCALE))
    assert i18n.startup_language(settings, environ={}) == "ko"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: ENGLISH_LOCALE))
    assert i18n.startup_language(settings, environ={}) == "en"


def test_the_environment_overrides_the_setting(settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.startup_language(settings, environ={"BRIEFING_DESK_LANG": "ko"}) == "ko"
    assert i18n.startup_language(settings, environ={"BRIEFING_DESK_LANG": " KO "}) == "ko"
    settings.setValue(i18n.LANGUAGE_KEY, "ko")
    assert i18n.startup_language(settings, environ={"BRIEFING_DESK_LANG": "en"}) == "en"
    assert i18n.startup_language(settings, environ={"BRIEFING_DESK_LANG": "fr"}) == "ko"  # not ours: ignored


def test_a_setting_that_is_not_a_language_means_system(settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.chosen_language(settings) == "system"
    assert i18n.startup_language(settings, environ={}, system=ENGLISH_LOCALE) == "en"


def test_the_preferences_dialog_writes_the_key_the_loader_reads() -> None:
    assert preferences.LANGUAGE_KEY == i18n.LANGUAGE_KEY
    assert set(preferences.LANGUAGES) == set(i18n.CHOICES)


def test_install_from_settings_reads_the_setting(
    use_language: UseLanguage, qapp: QApplication, settings: QSettings
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "ko")
    assert i18n.install_from_settings(qapp, settings) == "ko"
    assert i18n.current_language() == "ko"
    assert QLocale().language() == QLocale.Language.Korean  # dates in editors follow


# -- the window in each language ------------------------------------------------------------------
def test_korean_window_menus_rail_and_status(
    use_language: UseLanguage, qtbot: QtBot, database: Path, settings: QSettings
) -> None:
    assert use_language("ko") == ["qtbase_ko", "briefing_desk_ko"]
    window = _window(qtbot, database, settings)
    assert _menus(window) == ["파일(&F)", "편집(&E)", "보기(&V)", "회의(&S)", "도움말(&H)"]
    assert _rail(window) == ["달력", "회의", "인물", "의제", "조치사항", "브리핑 자료"]
    assert window.state_label.text() == "저장됨"
    assert window.search.placeholderText() == "전체 검색 (Ctrl+K)"
    assert window.strip.label.text().startswith("다음 회의: ")
    model = window.sessions_view.model
    shown = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert shown == ["번호", "일시", "영문 제목", "한국어 제목", "형식", "주최", "상태", "장소"]


def test_korean_standard_buttons_come_from_qts_catalogue(use_language: UseLanguage, qtbot: QtBot) -> None:
    use_language("ko")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "확인"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"
    assert buttons.button(QDialogButtonBox.StandardButton.Yes).text().startswith("예")
    assert buttons.button(QDialogButtonBox.StandardButton.No).text().startswith("아니요")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Close).text() == "닫기"


def test_english_window_has_no_translator(
    use_language: UseLanguage, qtbot: QtBot, database: Path, settings: QSettings
) -> None:
    use_language("ko")
    assert use_language("en") == []  # switching back takes Korean away again
    window = _window(qtbot, database, settings)
    assert _menus(window) == ["&File", "&Edit", "&View", "&Session", "&Help"]
    assert _rail(window) == ["Calendar", "Sessions", "People", "Agenda", "Action items", "Packets"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_every_view_and_session_tab_builds_in_korean(
    use_language: UseLanguage, qtbot: QtBot, database: Path, settings: QSettings
) -> None:
    """Built, loaded and shown in Korean: no view keeps an English label in its chrome."""
    use_language("ko")
    window = _window(qtbot, database, settings)
    window.show()
    for key in ("calendar", "sessions", "people", "agenda", "actions", "packets"):
        window.show_view(key)
    session_id = window.sessions_view.session_model.record(0).id
    assert session_id is not None
    for tab in ("overview", "delegations", "agenda", "packet", "outcomes"):
        window.open_session(session_id, tab)
    page = window.session_page
    assert [page.tabs.tabText(index) for index in range(page.tabs.count())] == [
        "개요",
        "대표단",
        "의제",
        "브리핑 자료",
        "결과 및 조치사항",
    ]
    assert page.back_button.text() == "← 뒤로"


# -- dates -----------------------------------------------------------------------------------------
SEOUL_SESSION = Session(
    title="Working group",
    start=datetime(2031, 3, 9, 1, 0, tzinfo=UTC),  # Sunday 10:00 in Seoul, Saturday 20:00 in Washington
    timezone="Asia/Seoul",
    duration_minutes=120,
    host_side="ROK",
    status=SessionStatus.CONFIRMED,
)


def test_dates_in_english(use_language: UseLanguage) -> None:
    use_language("en")
    assert formatting.format_both(SEOUL_SESSION, DEFAULT_BODY) == "Sun 9 Mar 10:00 KST · Sat 8 Mar 20:00 EST"
    assert formatting.month_year(SEOUL_SESSION.start) == "March 2031"
    assert formatting.weekday_names_short(6)[:2] == ["Sun", "Mon"]
    assert formatting.duration(90) == "1 h 30 min"
    assert formatting.session_status(SessionStatus.CONFIRMED) == "Confirmed"
    assert formatting.session_name(14) == "14th session"


def test_dates_in_korean(use_language: UseLanguage) -> None:
    use_language("ko")
    assert formatting.format_both(SEOUL_SESSION, DEFAULT_BODY) == "3월 9일 (일) 10:00 KST · 3월 8일 (토) 20:00 EST"
    assert formatting.format_when(SEOUL_SESSION, DEFAULT_BODY).startswith("2031년 3월 9일 (일) 10:00 KST")
    assert formatting.month_year(SEOUL_SESSION.start) == "2031년 3월"
    assert formatting.long_date(SEOUL_SESSION.start) == "2031년 3월 9일 일요일"
    assert formatting.weekday_names_short(6) == ["일", "월", "화", "수", "목", "금", "토"]
    assert formatting.duration(90) == "1시간 30분"
    assert formatting.session_status(SessionStatus.CONFIRMED) == "확정"
    assert formatting.session_name(14) == "제14차 회의"
    assert formatting.number(1234567) == "1,234,567"


def test_korean_edit_menu_names_the_step_to_undo(
    use_language: UseLanguage, qtbot: QtBot, database: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.sessions import list_sessions
    from desktop_app.ui.sessions import flows, questions

    use_language("ko")
    window = _window(qtbot, database, settings)
    texts = [action.text() for action in window.edit_menu.actions() if not action.isSeparator()]
    assert texts[:6] == ["실행 취소(&U)", "다시 실행(&R)", "잘라내기(&T)", "복사(&C)", "붙여넣기(&P)", "모두 선택(&A)"]
    session = next(s for s in list_sessions(window.workspace) if s.series_id is None and s.id is not None)
    assert session.id is not None
    monkeypatch.setattr(questions, "confirm_cancel", lambda parent, description, scope: True)
    assert flows.cancel_session(window, window.workspace, window.navigator, session.id)
    assert window.edit.undo_action.text() == f"실행 취소(&U) {flows.describe(session)} 취소"
    assert window.statusBar().currentMessage().endswith("Ctrl+Z로 되돌릴 수 있습니다")
