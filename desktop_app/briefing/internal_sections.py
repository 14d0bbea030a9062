"""The sections only our own delegation sees. Each takes ``InternalData``, which the counterpart
edition never loads."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop_app.briefing.formatting import both, joined, ordinal, short_date, title_ko
from desktop_app.briefing.model import Block, Para, ParaKind, Row, Section, SubHeading, Table, clean
from desktop_app.briefing.shared_sections import item_heading, paragraphs, seats_of
from desktop_app.briefing.sources import InternalData, SharedData, SharedItem, session_label


def _session_name(data: SharedData) -> str:
    session = data.session
    return f"the {ordinal(session.number)} session" if session.number else f"the session “{clean(session.title)}”"


def _lead_list(items: list[SharedItem]) -> list[Para]:
    return [Para(item_heading(item, bilingual=False), ParaKind.BULLET) for item in items]


def purpose_section(data: SharedData, internal: InternalData) -> Section:
    body, session = data.body, data.session
    day = session.start.astimezone(ZoneInfo(session.timezone)).date()
    where = f" in {clean(session.venue_city)}" if session.venue_city else (" by video" if session.video_link else "")
    blocks: list[Block] = [
        Para(
            f"To prepare the {body.home.name} delegation for {_session_name(data)} of the {clean(body.name)} "
            f"with the {body.counterpart.name} on {short_date(day)}{where}.",
            label="Purpose:",
        )
    ]
    if data.version is None:
        blocks.append(Para("There is no agenda yet; this packet is marked DRAFT until one is agreed.", label="Agenda:"))
    elif data.agreed:
        blocks.append(Para(f"Agreed by both sides (version {data.version.version}).", label="Agenda:"))
    else:
        version = data.version
        blocks.append(
            Para(
                f"Not yet agreed. The latest is version {version.version}, “{clean(version.label)}”, proposed by "
                f"{version.proposed_by}; this packet is marked DRAFT until the agenda is agreed.",
                label="Agenda:",
            )
        )
    notes = paragraphs(internal.session_notes)
    if notes:
        blocks += [SubHeading("Objectives and desk notes"), *notes]
    titled = [item for item in data.items if clean(item.title) and item.level == 0]
    ours = [item for item in titled if item.lead_side == body.home_side]
    theirs = [item for item in titled if item.lead_side == body.counterpart.code]
    if ours:
        blocks += [SubHeading(f"Items the {body.home.name} side leads"), *_lead_list(ours)]
    if theirs:
        blocks += [SubHeading(f"Items the {body.counterpart.name} side leads"), *_lead_list(theirs)]
    return Section("purpose", "Purpose memo", tuple(blocks))


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
        rows = []
        for entry in internal.open_actions:
            action = entry.action
            due = short_date(action.due) if action.due else "no date"
            rows.append(
                Row(
                    (
                        clean(action.text),
                        clean(action.owner),
                        action.owner_side,
                        f"{due}\nOVERDUE" if entry.overdue else due,
                        entry.session_label,
                    )
                )
            )
        blocks.append(Table(("Action", "Owner", "Side", "Due", "Agreed at"), tuple(rows), (40, 18, 7, 13, 22)))
    return Section("scene", "Scene-setter", tuple(blocks)) if blocks else None


def biographies_section(data: SharedData, internal: InternalData) -> Section | None:
    blocks: list[Block] = []
    for seat in seats_of(data, data.body.counterpart.code):
        person = seat.person
        biography = paragraphs(person.biography)
        note = clean(internal.person_notes.get(person.id, ""))
        if not biography and not note:
            continue
        blocks.append(SubHeading(both(clean(person.name), clean(person.name_ko), " · ")))
        titles = both(
            joined(clean(person.title), clean(person.organization)),
            title_ko(clean(person.title_ko), clean(person.organization_ko)),
        )
        if titles:
            blocks.append(Para(titles, ParaKind.NOTE))
        blocks += biography
        if note:
            blocks.append(Para(note, label="Desk note (internal):"))
    return Section("biographies", "Counterpart biographies", tuple(blocks)) if blocks else None


def talking_points_section(data: SharedData, internal: InternalData, bilingual: bool) -> Section | None:
    blocks: list[Block] = []
    for item in data.items:
        brief = internal.briefs.get(item.id)
        if brief is None:
            continue
        points = paragraphs(brief.talking_points, ParaKind.BULLET)
        defensive = paragraphs(brief.if_raised, ParaKind.BULLET)
        notes = clean(brief.internal_notes)
        if not (points or defensive or notes):
            continue
        blocks.append(SubHeading(item_heading(item, bilingual)))
        if points:
            blocks += [Para("", label="Points to make"), *points]
        if defensive:
            blocks += [Para("", label="If raised"), *defensive]
        if notes:
            blocks.append(Para(notes, ParaKind.NOTE, label="Desk note:"))
    return Section("talking_points", "Talking points", tuple(blocks)) if blocks else None
