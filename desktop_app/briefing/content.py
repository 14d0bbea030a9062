"""A packet's content for one session and one edition, as a ``PacketContent`` tree.

The internal edition holds everything; the counterpart edition is assembled from the
shared sections alone, out of data loaded without any internal field (see ``sources``).
Nothing is built and then removed: what the counterpart must not see is never read.

>>> content = build_content(load_packet_data(db, 7, body, internal=False, today=today), options)  # doctest: +SKIP
>>> content.section_titles()  # doctest: +SKIP
['Cover', 'Contents', 'Timed agenda', 'Participants', 'Background', 'Logistics and contacts']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.briefing import internal_sections as internal_
from desktop_app.briefing import shared_sections as shared_
from desktop_app.briefing.formatting import both, ordinal, short_date
from desktop_app.briefing.model import Audience, Cover, PacketContent, Section, clean
from desktop_app.briefing.sources import PacketData, SharedData
from desktop_app.domain.session import SessionFormat

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


def _cover(data: SharedData, audience: Audience, generated: datetime) -> Cover:
    body, session = data.body, data.session
    number = f"{ordinal(session.number)} session · " if session.number else ""
    if data.version is None:
        agenda_line = "Agenda: none yet"
    else:
        status = "agreed by both sides" if data.agreed else "draft, not yet agreed"
        agenda_line = f"Agenda version {data.version.version} ({clean(data.version.label)}): {status}"
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
        times=tuple(shared_.when_lines(data)),
        venue=clean(session.venue) or "Venue to be confirmed",
        agenda_line=agenda_line,
        audience_line=audience_line,
        prepared_line=f"Prepared by {office} · {short_date(generated.astimezone(body.home.zone).date())}",
    )


def _sections(data: PacketData, bilingual: bool) -> list[Section | None]:
    shared = data.shared
    if data.internal is None:
        # The counterpart edition: cover, agenda, participants, shared background, logistics.
        return [
            shared_.agenda_section(shared, bilingual),
            shared_.participants_section(shared, bilingual),
            shared_.background_section(shared, bilingual),
            shared_.logistics_section(shared),
        ]
    internal = data.internal
    return [
        internal_.purpose_section(shared, internal),
        internal_.scene_setter_section(internal),
        shared_.agenda_section(shared, bilingual),
        shared_.participants_section(shared, bilingual),
        internal_.biographies_section(shared, internal),
        internal_.talking_points_section(shared, internal, bilingual),
        shared_.background_section(shared, bilingual),
        shared_.logistics_section(shared),
    ]


def build_content(data: PacketData, options: PacketOptions) -> PacketContent:
    if (options.audience is Audience.INTERNAL) != (data.internal is not None):
        raise ValueError("the data loaded does not match the edition asked for")
    shared = data.shared
    body, session, version = shared.body, shared.session, shared.version
    edition = "internal" if options.audience is Audience.INTERNAL else "counterpart"
    marking = clean(options.marking if options.marking is not None else body.default_marking)
    if version is None:
        draft_line = "DRAFT · no agenda yet"
    else:
        draft_line = "" if shared.agreed else f"DRAFT · agenda version {version.version} ({clean(version.label)})"
    number = f"{ordinal(session.number)} session" if session.number else clean(session.title)
    home_zone = body.home.timezone
    return PacketContent(
        audience=options.audience,
        marking=marking,
        draft=not shared.agreed,
        draft_line=draft_line,
        cover=_cover(shared, options.audience, options.generated),
        sections=tuple(section for section in _sections(data, options.bilingual) if section is not None),
        title=f"Briefing packet: {number}, {clean(session.title)}",
        subject=f"{both(clean(body.name), clean(body.name_ko), ' · ')}: {edition} edition",
        author=clean(body.office) or clean(body.name),
        page_size="Letter" if home_zone.startswith(LETTER_ZONE_PREFIXES) else "A4",
        running_title=f"{clean(body.name)} · {number} · {edition} edition",
    )
