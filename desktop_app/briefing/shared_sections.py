"""The sections both editions carry: built from ``SharedData`` only, so they cannot hold anything internal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from desktop_app.briefing.brief import LOGISTICS_LABELS
from desktop_app.briefing.formatting import (
    ROLE_LABELS,
    both,
    clock,
    day_and_times,
    joined,
    short_date,
    title_ko,
    unbroken,
    zones,
)
from desktop_app.briefing.model import Block, Para, ParaKind, Row, Section, SubHeading, Table, clean
from desktop_app.briefing.sources import Seat, SharedData, SharedItem, SharedPerson, TrackedAction
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.attendance import Role
from desktop_app.domain.timetable import overrun_minutes, timetable, total_minutes

CONTACT_ROLES = (Role.HEAD, Role.DEPUTY, Role.NOTE_TAKER)
_LOGISTICS_ORDER = tuple(LOGISTICS_LABELS)


KOREAN_GIST = "요지"


def paragraphs(text: str, kind: ParaKind = ParaKind.BODY) -> list[Para]:
    """One paragraph per non-empty line; list markers typed by hand become real bullets.

    A Korean gist line ("요지: …") comes first, as a Korean report puts the gist before the detail.
    """
    result = []
    for line in clean(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        if kind is ParaKind.BULLET or line[:2] in ("- ", "• ", "* "):
            result.append(Para(line.lstrip("-•* ").strip(), ParaKind.BULLET))
        else:
            result.append(Para(line, kind))
    gist = [para for para in result if para.text.startswith(KOREAN_GIST)]
    return gist + [para for para in result if not para.text.startswith(KOREAN_GIST)]


def item_heading(item: SharedItem, bilingual: bool) -> str:
    title = f"{item.number}. {clean(item.title)}" if item.number else clean(item.title)
    return both(title, clean(item.title_ko), " · ") if bilingual else title


def person_name(person: SharedPerson | None) -> str:
    return unbroken(clean(person.name)) if person else ""


def _stand_ins(items: list[SharedItem]) -> list[AgendaItem]:
    # The timetable works on domain items and reads only positions and minutes: stand-ins
    # carrying just those keep the internal fields out of this edition's code path.
    return [AgendaItem(0, item.position, item.number, "", minutes=item.minutes, id=item.id) for item in items]


def item_starts(data: SharedData) -> dict[int, datetime]:
    """When each titled item starts, by id."""
    items = [item for item in data.items if clean(item.title)]
    return {
        timed.item.id: timed.start
        for timed in timetable(_stand_ins(items), data.session.start)
        if timed.item.id is not None
    }


def item_clocks(data: SharedData, start: datetime) -> str:
    """ "10:00 KST · 20:00 EST (−1)": an item's start in the session's zone and each capital's."""
    session = data.session
    parts = []
    for _, zone in zones(session.timezone, data.body):
        first_day = session.start.astimezone(zone).date()
        parts.append(f"{clock(start, zone, first_day)} {start.astimezone(zone).tzname()}")
    return " · ".join(parts)


def agenda_section(data: SharedData, bilingual: bool, state: str = "") -> Section | None:
    items = [item for item in data.items if clean(item.title)]
    if not items:
        return None
    session = data.session
    clocks = zones(session.timezone, data.body)
    first_days = {zone.key: session.start.astimezone(zone).date() for _, zone in clocks}
    stand_ins = _stand_ins(items)
    starts = item_starts(data)
    header = ["No.", "Item", *(["의제"] if bilingual else []), "Lead", "Presenter", "Min"]
    header += [f"{label}\n{session.start.astimezone(zone).tzname()}" for label, zone in clocks]
    # Relative widths; a time column must hold "Washington" in bold 9 pt on one line.
    widths = [6, 20, 17, 8, 14, 6] if bilingual else [6, 34, 8, 17, 6]
    widths += [15] * len(clocks)
    rows = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        is_section = item.minutes == 0 and following is not None and following.level > item.level
        presenter = data.presenters.get(item.presenter_id) if item.presenter_id is not None else None
        names = [clean(item.title), *([clean(item.title_ko)] if bilingual else [])]
        who = both(person_name(presenter), clean(presenter.name_ko)) if bilingual and presenter else ""
        cells = [item.number, *names, item.lead_side, who or person_name(presenter), str(item.minutes or "")]
        start = starts[item.id]
        cells += [clock(start, zone, first_days[zone.key]) for _, zone in clocks]
        rows.append(Row(tuple(cells), level=item.level, strong=is_section))
    blocks: list[Block] = []
    if state and not data.agreed:
        blocks.append(Para(state[0].upper() + state[1:] + ".", ParaKind.NOTE))
    minutes = total_minutes(stand_ins)
    zone_names = " and ".join(f"{label} ({session.start.astimezone(zone).tzname()})" for label, zone in clocks)
    blocks.append(
        Para(
            f"Start times in {zone_names}. The items run {minutes} of the session's "
            f"{session.duration_minutes} minutes.",
            ParaKind.NOTE,
        )
    )
    overrun = overrun_minutes(stand_ins, session.duration_minutes)
    if overrun:
        blocks.append(Para(f"The agenda runs {overrun} minutes past the scheduled end.", ParaKind.WARNING))
    blocks.append(Table(tuple(header), tuple(rows), tuple(widths)))
    return Section("agenda", "Timed agenda", tuple(blocks))


def _protocol_key(seat: Seat) -> tuple[int, int]:
    return (0 if seat.role is Role.HEAD else 1, seat.protocol_order)


def seats_of(data: SharedData, side: str) -> list[Seat]:
    return sorted((seat for seat in data.seats if seat.person.side == side), key=_protocol_key)


def sides_in_order(data: SharedData) -> list[str]:
    """The host side first, as the host's protocol office lists the table."""
    codes = list(data.body.side_codes)
    return sorted(codes, key=lambda code: code != data.session.host_side)


def _delegation_table(seats: list[Seat], bilingual: bool) -> Table:
    if bilingual:
        header: tuple[str, ...] = ("No.", "Name", "성명", "Title and organization", "직함 및 소속", "Role")
        widths: tuple[int, ...] = (6, 18, 12, 26, 23, 15)
    else:
        header, widths = ("No.", "Name", "Title and organization", "Role"), (6, 25, 51, 18)
    rows = []
    for position, seat in enumerate(seats, start=1):
        person = seat.person
        english = joined(clean(person.title), clean(person.organization))
        korean = title_ko(clean(person.title_ko), clean(person.organization_ko))
        role = ROLE_LABELS[seat.role] + (" (to be confirmed)" if seat.tentative else "")
        if bilingual:
            cells: tuple[str, ...] = (str(position), person_name(person), clean(person.name_ko), english, korean, role)
        else:
            cells = (str(position), both(person_name(person), clean(person.name_ko)), both(english, korean), role)
        rows.append(Row(cells))
    return Table(header, tuple(rows), widths)


def participants_section(data: SharedData, bilingual: bool) -> Section | None:
    blocks: list[Block] = []
    for code in sides_in_order(data):
        seats = seats_of(data, code)
        if not seats:
            continue
        side = data.body.side(code)
        blocks.append(SubHeading(both(f"{side.name} delegation", f"{side.name_ko} 대표단", " · ")))
        blocks.append(_delegation_table(seats, bilingual))
    if not blocks:
        return None
    return Section("participants", "Participants", tuple(blocks), new_page=True)


def background_section(data: SharedData, bilingual: bool) -> Section | None:
    blocks: list[Block] = []
    for item in data.items:
        text = paragraphs(item.description)
        if text:
            blocks.append(SubHeading(item_heading(item, bilingual)))
            blocks.extend(text)
    return Section("background", "Background", tuple(blocks)) if blocks else None


def when_lines(data: SharedData) -> Iterator[tuple[str, str]]:
    session = data.session
    end = session.start + timedelta(minutes=session.duration_minutes)
    for label, zone in zones(session.timezone, data.body):
        yield label, day_and_times(session.start, end, zone)


def logistics_section(data: SharedData, extra: tuple[tuple[str, str], ...] = ()) -> Section:
    """When and where, the logistics fields filled in (``extra``: internal ones such as the pre-brief), contacts."""
    session, body = data.session, data.body
    blocks: list[Block] = [Para(text, label=f"{label}:") for label, text in when_lines(data)]
    blocks.append(Para(f"{session.duration_minutes} minutes", label="Duration:"))
    place = joined(clean(session.venue_building), clean(session.venue_city))
    if place:
        blocks.append(Para(place, label="Venue:"))
    if session.video_link:
        blocks.append(Para(clean(session.video_link), label="Video link:"))
    if not place and not session.video_link:
        blocks.append(Para("to be confirmed", label="Venue:"))
    host = body.side(session.host_side) if session.host_side in body.side_codes else None
    if host:
        blocks.append(Para(both(host.name, host.name_ko, " · "), label="Host:"))
    for name, text in sorted((*data.logistics, *extra), key=lambda pair: _LOGISTICS_ORDER.index(pair[0])):
        blocks.append(Para(clean(text), label=f"{LOGISTICS_LABELS[name]}:"))
    contacts = [
        seat
        for seat in seats_of(data, body.home_side)
        if seat.role in CONTACT_ROLES and (seat.person.email or seat.person.phone)
    ]
    if contacts:
        blocks.append(SubHeading(f"Contacts: {body.home.name} delegation"))
        rows = tuple(
            Row(
                (
                    both(person_name(seat.person), clean(seat.person.name_ko)),
                    ROLE_LABELS[seat.role],
                    unbroken(clean(seat.person.email)),
                    clean(seat.person.phone),
                )
            )
            for seat in contacts
        )
        blocks.append(Table(("Name", "Role", "E-mail", "Phone"), rows, (25, 17, 38, 20)))
    return Section("logistics", "Logistics and contacts", tuple(blocks))


def action_rows(actions: tuple[TrackedAction, ...] | list[TrackedAction]) -> tuple[Row, ...]:
    rows = []
    for entry in actions:
        action = entry.action
        due = short_date(action.due) if action.due else "no date"
        state = "OVERDUE" if entry.overdue else str(action.status)
        rows.append(
            Row(
                (
                    clean(action.text),
                    unbroken(clean(action.owner)),
                    action.owner_side,
                    f"{due}\n{state}",
                    entry.session_label,
                )
            )
        )
    return tuple(rows)


ACTION_HEADER = ("Action", "Owner", "Side", "Due", "Agreed at")
ACTION_WIDTHS = (40, 18, 8, 14, 20)


def action_annex(data: SharedData) -> Section | None:
    """The shared action-item tracker: what both sides committed to, and where it stands."""
    if not data.actions:
        return None
    blocks: list[Block] = [
        Para("Open items from earlier sessions and the items agreed at this session.", ParaKind.NOTE),
        Table(ACTION_HEADER, action_rows(data.actions), ACTION_WIDTHS),
    ]
    return Section("actions", "Annex: action-item tracker", tuple(blocks), new_page=True)
