"""The services hand the window values (kinds, keys, numbers), and the window words them in either language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.services.packages import PlanHeading
from desktop_app.services.packet_plan import AgendaState, AgendaStateKind, SectionReason
from desktop_app.ui.exchange.package_actions import plan_heading_text
from desktop_app.ui.packets.sections_list import reason_text
from desktop_app.ui.packets.session_choice import agenda_state_text

pytestmark = pytest.mark.gui
UseLanguage = Callable[[str], list[str]]

DRAFT = AgendaState(AgendaStateKind.NOT_AGREED, "ROK draft 2", 2)
UNLABELLED = AgendaState(AgendaStateKind.NOT_AGREED, "", 3)


def test_the_agenda_state_in_english_is_what_the_command_line_says(use_language: UseLanguage) -> None:
    use_language("en")
    for state in (DRAFT, UNLABELLED, AgendaState(AgendaStateKind.AGREED), AgendaState(AgendaStateKind.NO_AGENDA)):
        assert agenda_state_text(state) == str(state)
    assert agenda_state_text(UNLABELLED) == "DRAFT — version 3 not agreed"


def test_the_agenda_state_in_korean(use_language: UseLanguage) -> None:
    use_language("ko")
    assert agenda_state_text(DRAFT) == "DRAFT — ROK draft 2 미합의"  # the label is the officer's own words
    assert agenda_state_text(UNLABELLED) == "DRAFT — 버전 3 미합의"
    assert agenda_state_text(AgendaState(AgendaStateKind.NO_AGENDA)) == "DRAFT — 의제 없음"


def test_every_reason_a_section_is_left_out_and_every_preview_heading_is_worded_in_korean(
    use_language: UseLanguage,
) -> None:
    use_language("ko")
    for reason in SectionReason:
        assert reason_text(reason) and reason_text(reason) != reason.value, reason
    for heading in PlanHeading:
        assert plan_heading_text(heading) and plan_heading_text(heading) != heading.value, heading
    assert plan_heading_text(PlanHeading.DELEGATIONS) == "대표단"
