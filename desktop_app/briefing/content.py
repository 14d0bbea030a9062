"""A packet's content for one session and one edition, as a ``PacketContent`` tree.

The internal edition holds everything; the counterpart edition is assembled from the
shared sections alone, out of data loaded without any internal field (see ``sources``).
Nothing is built and then removed: what the counterpart must not see is never read.

>>> content = build_content(load_packet_data(db, 7, body, internal=False, today=today), options)  # doctest: +SKIP
>>> content.section_titles()  # doctest: +SKIP
['Cover', 'Contents', 'Timed agenda', 'Participants', 'Background', 'Logistics and contacts', …]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop_app.briefing import internal_sections as internal_
from desktop_app.briefing import shared_sections as shared_
from desktop_app.briefing.agenda_state import counterpart_state, internal_state
from desktop_app.briefing.formatting import both, ordinal, short_date
from desktop_app.briefing.model import Audience, Cover, PacketContent, Section, clean
from desktop_app.briefing.sources import PacketData, SharedData
from desktop_app.domain.session import SessionFormat, SessionStatus

FORMAT_LABELS = {
    SessionFormat.WORKING: "Working level",
    SessionFormat.SENIOR: "Senior officials",
    SessionFormat.MINISTERIAL: "Ministerial",
}
# Letter paper where the home side's capital uses it; A4 everywhere else.
LETTER_ZONE_PREFIXES = ("America/",)


@dataclass(frozen=True)
class PacketOptions:
    audience: Audience
    generated: datetime  # aware; goes on the cover and into the document properties
    marking: str | None = None  # None: the body's default marking
    bilingual: bool = False


STATUS_LINES = {
    SessionStatus.POSTPONED: "POSTPONED: the date below was set before the postponement; a new date is to be agreed",
    SessionStatus.CANCELLED: "CANCELLED: this session will not take place",
    SessionStatus.HELD: "HELD: this packet is the record of the session",
}


COUNTERPART_HELD = "HELD: the session took place; the action items agreed are in the annex"


def _agenda_state(data: SharedData, audience: Audience) -> str:
    if audience is Audience.INTERNAL:
        return internal_state(data.version, data.body)
    return counterpart_state(data.version, data.body)


def _generated(body_zone: ZoneInfo, generated: datetime) -> str:
    local = generated.astimezone(body_zone)
    return f"{short_date(local.date())} {local:%H:%M} {local.tzname()}"


def _control(data: PacketData, audience: Audience, generated: datetime) -> tuple[tuple[str, str], ...]:
    body = data.shared.body
    office = clean(body.office) or clean(body.name)
    when = _generated(body.home.zone, generated)
    version = data.shared.version
    agenda = f"agenda version {version.version}" if version is not None else "no agenda version yet"
    if data.internal is None:
        return (("Prepared by", office), ("Version", f"{agenda} · {when}"))
    brief = data.internal.brief
    return (
        ("Drafted by", clean(brief.drafted_by) or office),
        ("Cleared by", clean(brief.cleared_by) or "not yet cleared"),
        ("Version", f"{agenda} · {when}"),
    )


def _cover(data: PacketData, audience: Audience, generated: datetime) -> Cover:
    shared = data.shared
    body, session = shared.body, shared.session
    number = f"{ordinal(session.number)} session · " if session.number else ""
    state = _agenda_state(shared, audience)
    agenda_line = f"Agenda: {state}"
    if audience is Audience.INTERNAL:
        audience_line = f"Internal edition for the {body.home.name} delegation: not for the counterpart"
    else:
        audience_line = f"Counterpart edition for the {body.counterpart.name} delegation"
    office = clean(body.office) or clean(body.name)
    return Cover(
        body=clean(body.name),
        body_ko=clean(body.name_ko),
        session_line=f"{number}{FORMAT_LABELS[session.format]}",
        title=clean(session.title),
        title_ko=clean(session.title_ko),
        times=tuple(shared_.when_lines(shared)),
        venue=clean(session.venue) or "Venue to be confirmed",
        agenda_line=agenda_line,
        audience_line=audience_line,
        prepared_line=f"Prepared by {office} · {short_date(generated.astimezone(body.home.zone).date())}",
        status_line=(
            COUNTERPART_HELD
            if session.status is SessionStatus.HELD and audience is Audience.COUNTERPART
            else STATUS_LINES.get(session.status, "")
        ),
        control=_control(data, audience, generated),
    )


def _sections(data: PacketData, bilingual: bool, state: str) -> list[Section | None]:
    shared = data.shared
    if data.internal is None:
        # The counterpart edition: cover, agenda, participants, shared background, logistics, tracker.
        return [
            shared_.agenda_section(shared, bilingual, state),
            shared_.participants_section(shared, bilingual),
            shared_.background_section(shared, bilingual),
            shared_.logistics_section(shared),
            shared_.action_annex(shared),
        ]
    internal = data.internal
    prebrief = (("prebrief", internal.brief.prebrief),) if internal.brief.prebrief else ()
    after = [
        shared_.participants_section(shared, bilingual),
        internal_.biographies_section(shared, internal),
        shared_.logistics_section(shared, prebrief),
    ]
    if shared.session.status is SessionStatus.HELD:
        return [
            internal_.record_section(shared, internal, state),
            shared_.agenda_section(shared, bilingual, state),
            *after,
        ]
    return [
        internal_.summary_section(shared, internal, state),
        internal_.item_briefs_section(shared, internal, bilingual),
        shared_.agenda_section(shared, bilingual, state),
        internal_.scene_setter_section(internal),
        *after,
    ]


def build_content(data: PacketData, options: PacketOptions) -> PacketContent:
    if (options.audience is Audience.INTERNAL) != (data.internal is not None):
        raise ValueError("the data loaded does not match the edition asked for")
    shared = data.shared
    body, session, version = shared.body, shared.session, shared.version
    edition = "internal" if options.audience is Audience.INTERNAL else "counterpart"
    marking = clean(options.marking if options.marking is not None else body.default_marking)
    if version is None:
        draft_line = "DRAFT · no agenda yet" if options.audience is Audience.INTERNAL else "DRAFT · agenda to be agreed"
    else:
        draft_line = "" if shared.agreed else f"DRAFT · agenda version {version.version}"
    status = internal_.status_words(session.status)
    if status:
        draft_line = f"{status} · {draft_line}" if draft_line else status
    number = f"{ordinal(session.number)} session" if session.number else clean(session.title)
    home_zone = body.home.timezone
    state = _agenda_state(shared, options.audience)
    return PacketContent(
        audience=options.audience,
        marking=marking,
        draft=not shared.agreed,
        draft_line=draft_line,
        cover=_cover(data, options.audience, options.generated),
        sections=tuple(section for section in _sections(data, options.bilingual, state) if section is not None),
        title=f"Briefing packet: {number}, {clean(session.title)}",
        subject=f"{both(clean(body.name), clean(body.name_ko), ' · ')}: {edition} edition",
        author=clean(body.office) or clean(body.name),
        page_size="Letter" if home_zone.startswith(LETTER_ZONE_PREFIXES) else "A4",
        running_title=f"{clean(body.name)} · {number} · {edition} edition",
        status_line=status,
    )
