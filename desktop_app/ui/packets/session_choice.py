"""A session as the packet panel's picker names it, with where its agenda stands."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop_app.domain.session import SessionStatus
from desktop_app.services.packets import PacketSessionChoice
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate


def agenda_state_text(state: str) -> str:
    """ "agreed", "DRAFT — US draft 2 not agreed", "DRAFT — no agenda yet" (services.packets) for the eye."""
    if state == "agreed":
        return translate("PacketPanel", "agreed")
    if state == "DRAFT — no agenda yet":
        return translate("PacketPanel", "DRAFT — no agenda yet")
    if state.startswith("DRAFT — ") and state.endswith(" not agreed"):
        return translate("PacketPanel", "DRAFT — {0} not agreed").format(state[len("DRAFT — ") : -len(" not agreed")])
    return state


def choice_text(choice: PacketSessionChoice) -> str:
    """ "Wed 13 Jan 2027 · 9th session: humanitarian channel · agenda: DRAFT — ROK draft 2 not agreed"."""
    session = choice.session
    day = session.start.astimezone(ZoneInfo(session.timezone))
    agenda = translate("PacketPanel", "agenda: {0}").format(agenda_state_text(choice.agenda_state))
    parts = [formatting.weekday_date(day, year=True), session.title, agenda]
    if session.status in (SessionStatus.HELD, SessionStatus.POSTPONED, SessionStatus.CANCELLED):
        parts.append(formatting.session_status(session.status, lower=True))
    if choice.upcoming:
        parts.append(translate("PacketPanel", "next"))
    return " · ".join(parts)
