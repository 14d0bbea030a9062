"""Words and colours the agenda and action-item views share; no widgets here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor, QPalette

from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.timetable import overrun_is_serious
from desktop_app.services.actions import FollowUp
from desktop_app.services.agenda import TimedAgenda
from desktop_app.services.delegations import SessionDelegations
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.widgets import semantic_colour
from desktop_app.ui.people.delegation_model import role_label

_LIGHT = QPalette(QColor("#000000"), QColor("#ffffff"))  # any palette with a light base

# The light-palette values of the semantic colours these views use; the views ask
# widgets.semantic_colour(...) for the palette's own (these on a light one, lighter tints
# on a dark one). The words always say the same as the colour.
AMBER = semantic_colour("warning", _LIGHT)
RED = semantic_colour("error", _LIGHT)
ADDED_BACKGROUND = semantic_colour("added", _LIGHT).name()
REMOVED_BACKGROUND = semantic_colour("removed", _LIGHT).name()
MOVED_BACKGROUND = semantic_colour("moved", _LIGHT).name()

STATUS_COLOURS: dict[AgendaStatus, QColor] = {
    AgendaStatus.DRAFT: QColor("#8a8a8a"),
    AgendaStatus.PROPOSED: QColor("#4a7fd4"),
    AgendaStatus.AGREED: QColor("#2e9e44"),
}


def version_text(version: AgendaVersion) -> str:
    """ "v3 · ROK draft 2 · proposed by ROK · proposed": the version bar's entry."""
    return translate("AgendaFormatting", "v{0} · {1} · proposed by {2} · {3}").format(
        version.version, version.label, version.proposed_by, formatting.agenda_status(version.status, lower=True)
    )


def agenda_status_text(version: AgendaVersion | None) -> str:
    """ "US draft 2 (agreed)" or "US counter-draft 2 (proposed, not agreed)"; "no agenda yet"."""
    if version is None:
        return translate("AgendaFormatting", "no agenda yet")
    if version.status is AgendaStatus.AGREED:
        return translate("AgendaFormatting", "{0} (agreed)").format(version.label)
    status = formatting.agenda_status(version.status, lower=True)
    return translate("AgendaFormatting", "{0} ({1}, not agreed)").format(version.label, status)


def clock_text(local: datetime, reference_day: date) -> str:
    """ "10:20", or "Wed 00:20" when the item starts on another day than the session there."""
    if local.date() == reference_day:
        return formatting.clock(local)
    return f"{formatting.weekday_short(local)} {formatting.clock(local)}"


def overdue_days(follow_up: FollowUp, today: date) -> int:
    """Days past due for an open item; 0 when it is not overdue."""
    action = follow_up.action
    if action.status is not ActionStatus.OPEN or action.due is None or action.due >= today:
        return 0
    return (today - action.due).days


def due_text(follow_up: FollowUp, today: date) -> str:
    """ "12 Dec 2026", "12 Dec 2026 — overdue by 3 days", or "no date"."""
    due = follow_up.action.due
    if due is None:
        return translate("AgendaFormatting", "no date")
    text = formatting.day_month(due, year=True)
    late = overdue_days(follow_up, today)
    if late == 1:
        text += translate("AgendaFormatting", " — overdue by 1 day")
    elif late:
        text += translate("AgendaFormatting", " — overdue by {0} days").format(late)
    return text


def session_text(follow_up: FollowUp) -> str:
    number = f"#{follow_up.session_number} " if follow_up.session_number else ""
    return f"{number}{follow_up.session_title}"


def total_text(agenda: TimedAgenda) -> tuple[str, str]:
    """The line under the items and its semantic colour role ("error", "warning", "success"; "" for normal text)."""
    session_minutes = agenda.session.duration_minutes
    if not agenda.items:
        return translate("AgendaEditor", "No items yet — add the first one with “Add item” (Ctrl+Shift+N)."), ""
    if agenda.overrun_minutes:
        over = agenda.overrun_minutes
        colour = "error" if overrun_is_serious(over, session_minutes) else "warning"
        return (
            translate(
                "AgendaEditor",
                "Runs {0} min over the {1}-minute session ({2} min planned). Shorten items or lengthen the session.",
            ).format(over, session_minutes, agenda.total_minutes),
            colour,
        )
    spare = session_minutes - agenda.total_minutes
    text = translate("AgendaEditor", "Total {0} of {1} minutes").format(agenda.total_minutes, session_minutes)
    if spare:
        text += translate("AgendaEditor", " · {0} min to spare").format(spare)
    else:
        text += translate("AgendaEditor", " · exactly the session's length")
    return text, "success"


def presenter_choices(seated: SessionDelegations) -> list[tuple[int, str]]:
    """Who can present an item: everyone seated, as "Kim Min-jun 김민준 (ROK, Head of delegation)"."""
    people = []
    for side in seated.sides:
        for delegate in side.delegates:
            person = delegate.person
            if person.id is None:
                continue
            korean = f" {person.name_ko}" if person.name_ko else ""
            role = role_label(delegate.attendance.role)
            people.append((person.id, f"{person.name}{korean} ({side.side.code}, {role})"))
    return people
