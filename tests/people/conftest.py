"""A small body on disk: two sessions and a few people of each side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.services.people import add_person
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session


@dataclass
class Cast:
    """The people and sessions of the ``cast`` fixture, by the names the tests use."""

    kim: Person
    lee: Person
    park: Person
    carter: Person
    brooks: Person
    first: Session
    second: Session


def person(name: str, side: str, **fields: Any) -> Person:
    return Person(name=name, side=side, **fields)


@pytest.fixture
def cast(workspace: Workspace) -> Cast:
    first = add_session(workspace, seoul_session())
    second = add_session(
        workspace,
        seoul_session(
            "Second round",
            start=datetime(2027, 6, 8, 14, 0, tzinfo=UTC),
            timezone="America/New_York",
            host_side="US",
            venue_city="Washington",
        ),
    )
    return Cast(
        kim=add_person(
            workspace,
            person(
                "KIM Min-jun",
                "ROK",
                name_ko="김민준",
                title="Director-General",
                title_ko="북미국장",
                organization="Ministry of Foreign Affairs",
                organization_ko="외교부",
                email="minjun.kim@mofa.example.kr",
            ),
        ),
        lee=add_person(
            workspace, person("LEE Seo-yeon", "ROK", name_ko="이서연", organization="Ministry of Unification")
        ),
        park=add_person(workspace, person("PARK Ji-ho", "ROK", name_ko="박지호", title="Interpreter")),
        carter=add_person(
            workspace,
            person(
                "Emily Carter",
                "US",
                title="Director for Korea",
                organization="Department of State",
                email="emily.carter@state.example.gov",
            ),
        ),
        brooks=add_person(workspace, person("James Brooks", "US", organization="National Security Council")),
        first=first,
        second=second,
    )


def ids(*people: Person) -> list[int]:
    return [p.id for p in people if p.id is not None]
