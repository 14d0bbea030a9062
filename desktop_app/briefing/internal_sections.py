"""The sections only our own delegation sees. Each takes ``InternalData``, which the counterpart
edition never loads.

Principal first: the summary (one page), then one brief per agenda item holding everything
about it; the scene-setter, participants, biographies and logistics come after. A held
session's packet is a record instead: its outcomes and the action items agreed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop_app.briefing.brief import lines
from desktop_app.briefing.formatting import both, joined, ordinal, short_date, title_ko
from desktop_app.briefing.model import Block, Para, ParaKind, Section, SubHeading, Table, clean
from desktop_app.briefing.shared_sections import (
    ACTION_HEADER,
    ACTION_WIDTHS,
    action_rows,
    item_clocks,
    item_heading,
    item_starts,
    paragraphs,
    person_name,
    seats_of,
)
from desktop_app.briefing.sources import InternalData, SharedData, TrackedAction, session_label
from desktop_app.domain.attendance import Role
from desktop_app.domain.session import SessionStatus


def _session_name(data: SharedData) -> str:
    session = data.session
    return f"the {ordinal(session.number)} session" if session.number else f"the session “{clean(session.title)}”"


def _listed(label: str, text: str, kind: ParaKind = ParaKind.BULLET) -> list[Block]:
    entries = lines(text)
    if not entries:
        return []
    blocks: list[Block] = [Para("", ParaKind.LABEL, label=label)]
    if kind is ParaKind.NUMBERED:
        blocks += [Para(entry, kind, label=f"{number}.") for number, entry in enumerate(entries, start=1)]
    else:
        blocks += [Para(entry, kind) for entry in entries]
    return blocks


def _principal_slots(data: SharedData) -> list[Para]:
    """The items our head of delegation presents, with their start in both capitals' times."""
    heads = {seat.person.id for seat in seats_of(data, data.body.home_side) if seat.role is Role.HEAD}
    starts = item_starts(data)
    slots = []
    for item in data.items:
        if item.presenter_id in heads and item.id in starts and clean(item.title):
            minutes = f", {item.minutes} min" if item.minutes else ""
            slots.append(
                Para(f"{item_heading(item, False)}{minutes}", ParaKind.BULLET, label=item_clocks(data, starts[item.id]))
            )
    return slots


def summary_section(data: SharedData, internal: InternalData, agenda_state: str) -> Section:
    """The one-page summary: purpose, objectives, messages, their asks, deliverables, speaking slots."""
    body, session, brief = data.body, data.session, internal.brief
    day = session.start.astimezone(ZoneInfo(session.timezone)).date()
    where = f" in {clean(session.venue_city)}" if session.venue_city else (" by video" if session.video_link else "")
    purpose = clean(brief.purpose) or (
        f"To prepare the {body.home.name} delegation for {_session_name(data)} of the {clean(body.name)} "
        f"with the {body.counterpart.name} on {short_date(day)}{where}."
    )
    blocks: list[Block] = [Para(purpose, label="Purpose:"), Para(agenda_state, label="Agenda:")]
    blocks += _listed("Our objectives", brief.objectives, ParaKind.NUMBERED)
    blocks += _listed("Key messages", brief.key_messages)
    blocks += _listed(f"What the {body.counterpart.name} side wants and is likely to raise", brief.their_asks)
    blocks += _listed("Expected deliverables", brief.deliverables)
    slots = _principal_slots(data)
    if slots:
        blocks += [Para("", ParaKind.LABEL, label="Your speaking slots"), *slots]
    notes = paragraphs(internal.session_notes)
    if notes:
        blocks += [Para("", ParaKind.LABEL, label="Desk notes"), *notes]
    return Section("summary", "Summary", tuple(blocks), new_page=True)


def item_briefs_section(data: SharedData, internal: InternalData, bilingual: bool) -> Section | None:
    """One brief per agenda item: time, lead and presenter, our aim, points, if raised, background."""
    starts = item_starts(data)
    aims = internal.aims or {}
    blocks: list[Block] = []
    for item in data.items:
        if not clean(item.title) or item.id not in starts:
            continue
        brief = internal.briefs.get(item.id)
        blocks.append(SubHeading(item_heading(item, bilingual)))
        presenter = data.presenters.get(item.presenter_id) if item.presenter_id is not None else None
        when = item_clocks(data, starts[item.id]) + (f" · {item.minutes} min" if item.minutes else "")
        blocks.append(Para(when, label="When:"))
        lead = joined(item.lead_side, person_name(presenter), sep=" · ")
        if lead:
            blocks.append(Para(lead, label="Lead and presenter:"))
        aim = clean(aims.get(item.id, ""))
        if aim:
            blocks.append(Para(aim, label="Our aim:"))
        if brief is not None:
            points = paragraphs(brief.talking_points, ParaKind.BULLET)
            if points:
                blocks += [Para("", ParaKind.LABEL, label="Points to make"), *points]
            defensive = paragraphs(brief.if_raised, ParaKind.BULLET)
            if defensive:
                blocks += [Para("", ParaKind.LABEL, label="If raised"), *defensive]
        background = paragraphs(item.description)
        if background:
            blocks += [Para("", ParaKind.LABEL, label="Background (may be used with the counterpart)"), *background]
        notes = paragraphs(brief.internal_notes) if brief is not None else []
        if notes:
            blocks += [Para("", ParaKind.LABEL, label="Not for disclosure"), *notes]
    return Section("briefs", "Item briefs", tuple(blocks), new_page=True) if blocks else None


def record_section(data: SharedData, internal: InternalData, agenda_state: str) -> Section:
    """A held session's record: when it was held, each item's outcome, the action items agreed."""
    blocks: list[Block] = [
        Para(f"{session_label(data.session)}. This packet is the record of the session.", label="Held:"),
        Para(agenda_state, label="Agenda:"),
    ]
    if internal.outcomes:
        blocks.append(SubHeading("Outcomes"))
        for number, title, outcome in internal.outcomes:
            head = f"{number}. {clean(title)}" if number else clean(title)
            blocks += [Para("", ParaKind.LABEL, label=head), *paragraphs(outcome)]
    else:
        blocks.append(Para("No outcomes were recorded for this session.", ParaKind.NOTE))
    here = [entry for entry in data.actions if entry.action.session_id == data.session.id]
    if here:
        blocks.append(SubHeading("Action items agreed"))
        blocks.append(Table(ACTION_HEADER, action_rows(here), ACTION_WIDTHS))
    return Section("record", "Record of the session", tuple(blocks), new_page=True)


def scene_setter_section(internal: InternalData) -> Section | None:
    blocks: list[Block] = []
    previous = internal.previous
    if previous is not None:
        place = f" ({clean(previous.session.venue_city)})" if previous.session.venue_city else ""
        blocks.append(SubHeading(f"Last session: {session_label(previous.session)}{place}"))
        if previous.outcomes:
            for number, title, outcome in previous.outcomes:
                blocks.append(Para(clean(outcome), ParaKind.BULLET, label=f"{number}. {clean(title)}:"))
        else:
            blocks.append(Para("No outcomes were recorded for it.", ParaKind.NOTE))
    if internal.open_actions:
        overdue = sum(1 for entry in internal.open_actions if entry.overdue)
        blocks.append(SubHeading("Open action items"))
        summary = f"{len(internal.open_actions)} open from earlier sessions"
        blocks.append(Para(f"{summary}, {overdue} overdue." if overdue else f"{summary}.", ParaKind.NOTE))
        tracked = [TrackedAction(entry.action, entry.session_label, entry.overdue) for entry in internal.open_actions]
        blocks.append(Table(ACTION_HEADER, action_rows(tracked), ACTION_WIDTHS))
    return Section("scene", "Scene-setter", tuple(blocks)) if blocks else None


def biographies_section(data: SharedData, internal: InternalData) -> Section | None:
    """One biography per counterpart, each held together on one page (name, titles, text, desk note)."""
    blocks: list[Block] = []
    for seat in seats_of(data, data.body.counterpart.code):
        person = seat.person
        biography = paragraphs(person.biography)
        note = clean(internal.person_notes.get(person.id, ""))
        if not biography and not note:
            continue
        blocks.append(SubHeading(both(person_name(person), clean(person.name_ko), " · ")))
        entry: list[Para] = []
        titles = both(
            joined(clean(person.title), clean(person.organization)),
            title_ko(clean(person.title_ko), clean(person.organization_ko)),
        )
        if titles:
            entry.append(Para(titles, ParaKind.NOTE))
        entry += biography
        if note:
            entry.append(Para(note, label="Desk note (internal):"))
        blocks += [Para(p.text, p.kind, p.label, keep_next=index < len(entry) - 1) for index, p in enumerate(entry)]
    return Section("biographies", "Counterpart biographies", tuple(blocks)) if blocks else None


def status_words(status: SessionStatus) -> str:
    return {
        SessionStatus.POSTPONED: "POSTPONED",
        SessionStatus.CANCELLED: "CANCELLED",
        SessionStatus.HELD: "HELD",
    }.get(status, "")
