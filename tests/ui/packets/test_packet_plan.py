"""The services the packet panel reads: the plan of sections, the session choices, the default file name.

Pure functions, tested here beside the panel that needs them (marked gui with the rest of this folder).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desktop_app.domain.session import Session
from desktop_app.services.packet_plan import (
    AgendaState,
    AgendaStateKind,
    default_packet_name,
    packet_plan,
    packet_session_choices,
)
from desktop_app.services.packets import Audience, packet_sections
from desktop_app.services.workspace import Workspace
from tests.ui.packets.conftest import BEFORE_NINTH, NINTH

pytestmark = pytest.mark.gui


def test_the_plan_includes_exactly_the_sections_the_packet_will_hold(sample_workspace: Workspace) -> None:
    for choice in packet_session_choices(sample_workspace):
        session_id = choice.session.id
        assert session_id is not None
        for audience in Audience:
            plan = packet_plan(sample_workspace, session_id, audience)
            assert [entry.title for entry in plan if entry.included] == packet_sections(
                sample_workspace, session_id, audience
            )
            assert all(entry.reason for entry in plan if not entry.included)
            assert len({entry.key for entry in plan}) == len(plan) == 12  # every section, once, included or not


def test_the_counterpart_plan_names_the_internal_sections_as_left_out(sample_workspace: Workspace) -> None:
    plan = {entry.key: entry for entry in packet_plan(sample_workspace, NINTH, Audience.COUNTERPART)}
    for key in ("record", "summary", "briefs", "scene", "biographies"):
        assert not plan[key].included
        assert plan[key].reason == "internal only"


def test_the_choices_mark_the_next_session_and_the_agenda_state(sample_workspace: Workspace) -> None:
    choices = {choice.session.id: choice for choice in packet_session_choices(sample_workspace, BEFORE_NINTH)}
    assert [id_ for id_, choice in choices.items() if choice.upcoming] == [NINTH]
    ninth = choices[NINTH].agenda_state
    assert (ninth.kind, ninth.label) == (AgendaStateKind.NOT_AGREED, "ROK draft 2") and not choices[NINTH].agreed
    assert str(ninth) == "DRAFT — ROK draft 2 not agreed"  # in English, for the command line and the logs
    assert choices[8].agenda_state.kind is AgendaStateKind.AGREED and choices[8].agreed
    assert choices[12].agenda_state == AgendaState(AgendaStateKind.NO_AGENDA)
    assert str(choices[12].agenda_state) == "DRAFT — no agenda yet"


def test_the_default_file_name_sorts_by_date_and_says_the_edition() -> None:
    session = Session(
        title="Working group",
        start=datetime(2027, 1, 12, 16, 0, tzinfo=UTC),  # 13 January in Seoul
        timezone="Asia/Seoul",
        duration_minutes=60,
        host_side="ROK",
        number=9,
    )
    assert default_packet_name(session, Audience.INTERNAL) == "2027-01-13 9th session – internal.docx"
    assert default_packet_name(session, Audience.COUNTERPART) == "2027-01-13 9th session – counterpart.docx"
    unnumbered = replace(session, number=None, title='Talks: "supply chains" / 공급망?')
    assert default_packet_name(unnumbered, Audience.INTERNAL) == "2027-01-13 Talks supply chains 공급망 – internal.docx"
