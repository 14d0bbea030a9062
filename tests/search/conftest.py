"""A small bilingual body for search tests, written through the services as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.person import Person
from desktop_app.services import actions, agenda, agenda_versions, people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session


@dataclass(frozen=True)
class Body:
    workspace: Workspace
    session_id: int  # 2029, Seoul
    other_session_id: int  # 2027, Washington
    item_id: int  # "Joint exercises: schedule", with an outcome
    korean_item_id: int  # "협의체 구성"
    action_id: int
    person_id: int  # 김민준


@pytest.fixture
def body(workspace: Workspace) -> Iterator[Body]:
    yield fill(workspace)


def fill(workspace: Workspace) -> Body:
    first = add_session(
        workspace,
        seoul_session(
            "Policy consultation, 1st round",
            title_ko="제1차 정책협의는 서울에서",
            start=datetime(2029, 3, 9, 1, 0, tzinfo=UTC),
            notes="Pre-meeting of our delegation at the embassy.",
        ),
    )
    other = add_session(
        workspace,
        seoul_session(
            "Working group on sanctions",
            title_ko="제재 실무그룹",
            start=datetime(2027, 6, 8, 14, 0, tzinfo=UTC),
            timezone="America/New_York",
            host_side="US",
            venue_city="Washington",
        ),
    )
    assert first.id is not None and other.id is not None
    version = agenda_versions.start_draft(workspace, first.id, "our draft 1")
    assert version.id is not None
    item = agenda.add_item(
        workspace,
        AgendaItem(
            version_id=version.id,
            position=0,
            number="",
            title="Joint exercises: schedule",
            title_ko="연합훈련 일정",
            description="Exchange of views on the follow-up to the combined exercises.",
            talking_points="Stress that exercises are defensive.",
            internal_notes="Keep the Busan port visit out of the joint text.",
        ),
    ).item
    korean = agenda.add_item(
        workspace,
        AgendaItem(
            version_id=version.id,
            position=0,
            number="",
            title="Consultative body",
            title_ko="협의체 구성",
            description="북한 미사일 발사 관련 정세 평가 공유.",
            if_raised="대한민국 측 입장 재확인.",
        ),
    ).item
    assert item.id is not None and korean.id is not None
    agenda.record_outcome(workspace, item.id, "Agreed to hold the exercises in spring. 봄철 훈련 실시에 합의함.")
    action = actions.add_action(
        workspace,
        ActionItem(
            session_id=first.id,
            text="Circulate a draft joint paper on exercises. 공동 문서 초안 회람",
            owner="North America Division",
            due=date(2029, 4, 1),
        ),
    )
    person = people.add_person(
        workspace,
        Person(
            name="KIM Min-jun",
            name_ko="김민준",
            side="ROK",
            title="Director-General for North American Affairs",
            title_ko="북미국장",
            organization="Ministry of Foreign Affairs",
            organization_ko="외교부",
            email="minjun.kim@mofa.example.go.kr",
        ),
    )
    people.add_person(workspace, Person(name="Emily Hartwell", side="US", title="Deputy Assistant Secretary"))
    assert action.id is not None and person.id is not None
    return Body(workspace, first.id, other.id, item.id, korean.id, action.id, person.id)


def found(workspace: Workspace, query: str) -> set[tuple[str, int]]:
    """(kind, id) of everything ``query`` finds."""
    from desktop_app.services.search import search

    return {(hit.kind, hit.id) for hit in search(workspace, query, limit=100).hits}
