"""A session as the packet panel's picker names it, with where its agenda stands."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop_app.domain.session import SessionStatus
from desktop_app.services.packet_plan import AgendaState, AgendaStateKind, PacketSessionChoice
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate


def agenda_state_text(state: AgendaState) -> str:
    """ "agreed", "DRAFT — US draft 2 not agreed", "DRAFT — no agenda yet", in the interface language."""
    if state.kind is AgendaStateKind.AGREED:
        return translate("PacketPanel", "agreed")
    if state.kind is AgendaStateKind.NO_AGENDA:
        return translate("PacketPanel", "DRAFT — no agenda yet")
    name = state.label or translate("PacketPanel", "version {0}").format(state.version)
    return translate("PacketPanel", "DRAFT — {0} not agreed").format(name)


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
