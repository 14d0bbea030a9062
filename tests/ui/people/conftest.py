"""People and delegations on a real database file: a small cast, two sessions seated, one overlapping."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.services.delegations import add_to_delegation, set_rsvp
from desktop_app.services.people import add_person, retire_person
from desktop_app.services.sessions import add_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.people import prompts
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import BASE


@dataclass(frozen=True)
class Cast:
    """Ids of the people and sessions the tests name."""

    kim: int
    lee: int
    park: int
    choi: int  # retired
    carter: int
    brooks: int
    first: int  # 2031-03-09, seated: ROK kim (head), lee, park; US carter (head), brooks
    second: int  # 35 days later, nobody seated
    clash: int  # starts half an hour before the first and overlaps it; kim sits in it too


PEOPLE = {
    "kim": Person(
        "KIM Min-jun",
        "ROK",
        name_ko="김민준",
        title="Director-General",
        title_ko="북미국장",
        organization="Ministry of Foreign Affairs",
        organization_ko="외교부",
        email="minjun.kim@mofa.example.kr",
        phone="+82-2-2100-7000",
    ),
    "lee": Person("LEE Seo-yeon", "ROK", name_ko="이서연", title="Director", organization="Ministry of Unification"),
    "park": Person("PARK Ji-ho", "ROK", name_ko="박지호", title="Interpreter", organization_ko="외교부"),
    "choi": Person("CHOI Mi-na", "ROK", name_ko="최미나", title="Counsellor"),
    "carter": Person(
        "Emily Carter",
        "US",
        title="Director for Korea",
        organization="Department of State",
        email="emily.carter@state.example.gov",
    ),
    "brooks": Person("James Brooks", "US", title="Senior Advisor", organization="National Security Council"),
}


def seat(workspace: Workspace, session_id: int, ids: dict[str, int]) -> None:
    add_to_delegation(workspace, session_id, ids["kim"], role=Role.HEAD, rsvp=Rsvp.CONFIRMED)
    add_to_delegation(workspace, session_id, ids["lee"], role=Role.DEPUTY, rsvp=Rsvp.CONFIRMED)
    add_to_delegation(workspace, session_id, ids["park"], role=Role.INTERPRETER)
    add_to_delegation(workspace, session_id, ids["carter"], role=Role.HEAD, rsvp=Rsvp.CONFIRMED)
    add_to_delegation(workspace, session_id, ids["brooks"], rsvp=Rsvp.DECLINED)


@pytest.fixture
def cast_db(database: Path) -> tuple[Path, Cast]:
    """The window tests' database with six people, the first session seated and a clashing session."""
    with Workspace.open(database) as workspace:
        ids = {key: add_person(workspace, person).id for key, person in PEOPLE.items()}
        assert all(isinstance(value, int) for value in ids.values())
        typed: dict[str, int] = {key: value for key, value in ids.items() if value is not None}
        sessions = list_sessions(workspace)
        first, second = sessions[0], sessions[1]
        assert first.id is not None and second.id is not None
        seat(workspace, first.id, typed)
        clash = add_session(
            workspace,
            Session(
                title="Clashing video call",
                start=BASE - timedelta(minutes=30),  # before the first, so not its "previous session"
                timezone="Asia/Seoul",
                duration_minutes=60,
                host_side="ROK",
            ),
        )
        assert clash.id is not None
        add_to_delegation(workspace, clash.id, typed["kim"])
        retire_person(workspace, typed["choi"])
        set_rsvp(workspace, first.id, typed["park"], Rsvp.TENTATIVE)
        cast = Cast(**typed, first=first.id, second=second.id, clash=clash.id)
    return database, cast


@pytest.fixture
def cast(cast_db: tuple[Path, Cast]) -> Cast:
    return cast_db[1]


@pytest.fixture
def people_window(qtbot: QtBot, cast_db: tuple[Path, Cast], settings: QSettings) -> MainWindow:
    main = MainWindow(Workspace.open(cast_db[0]), settings)
    qtbot.addWidget(main)
    main.resize(1400, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture(autouse=True)
def _no_real_people_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A people dialog that a test did not stand in for fails the test instead of blocking."""

    def refuse(name: str) -> Callable[..., None]:
        def fake(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"unexpected dialog prompts.{name}")

        return fake

    for name in (
        "ask_person",
        "confirm_add_duplicate",
        "ask_merge",
        "ask_import_path",
        "review_import",
        "ask_export_path",
        "pick_people",
    ):
        monkeypatch.setattr(prompts, name, refuse(name))
    yield
