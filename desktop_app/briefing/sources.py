"""Reading what a packet needs from the database, split into what both sides share and what is ours.

The counterpart edition is built from ``SharedData`` alone. Its types carry no internal
field at all (no talking points, no desk notes, no session notes), so no code path that
builds that edition can reach an internal value, by mistake or otherwise; the internal
fields are read only when ``load_packet_data`` is asked for the internal edition.

Which agenda each edition carries: the internal one the version that counts for us (the
agreed one, else the latest, even our own unproposed draft, labelled as such); the
counterpart edition only a version the counterpart has seen: the agreed one, else the latest
that was proposed to them or came from them. Our drafts never proposed are never read for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop_app.briefing.brief import SHARED_LOGISTICS_FIELDS, SessionBrief
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.body import Body
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.storage import (
    action_repository,
    agenda_repository,
    brief_repository,
    people_repository,
    session_repository,
)
from desktop_app.storage.rows import Readable


@dataclass(frozen=True)
class SharedSession:
    """A session without its internal notes."""

    id: int
    number: int | None
    title: str
    title_ko: str
    start: datetime
    timezone: str
    duration_minutes: int
    host_side: str
    venue_city: str
    venue_building: str
    video_link: str
    format: SessionFormat
    venue: str
    status: SessionStatus = SessionStatus.PLANNED

    @classmethod
    def of(cls, session: Session) -> SharedSession:
        assert session.id is not None  # read from the database
        return cls(
            id=session.id,
            number=session.number,
            title=session.title,
            title_ko=session.title_ko,
            start=session.start,
            timezone=session.timezone,
            duration_minutes=session.duration_minutes,
            host_side=session.host_side,
            venue_city=session.venue_city,
            venue_building=session.venue_building,
            video_link=session.video_link,
            format=session.format,
            venue=session.venue,
            status=session.status,
        )


@dataclass(frozen=True)
class SharedItem:
    """An agenda item's shareable fields (see ``domain.agenda.INTERNAL_ITEM_FIELDS`` for the rest)."""

    id: int
    position: int
    number: str
    title: str
    title_ko: str
    level: int
    lead_side: str
    presenter_id: int | None
    minutes: int
    description: str

    @classmethod
    def of(cls, item: AgendaItem) -> SharedItem:
        assert item.id is not None
        return cls(
            id=item.id,
            position=item.position,
            number=item.number,
            title=item.title,
            title_ko=item.title_ko,
            level=item.level,
            lead_side=item.lead_side,
            presenter_id=item.presenter_id,
            minutes=item.minutes,
            description=item.description,
        )


@dataclass(frozen=True)
class SharedPerson:
    """A person as the other side may see them: no internal notes."""

    id: int
    name: str
    name_ko: str
    side: str
    title: str
    title_ko: str
    organization: str
    organization_ko: str
    email: str
    phone: str
    biography: str

    @classmethod
    def of(cls, person: Person) -> SharedPerson:
        assert person.id is not None
        return cls(
            id=person.id,
            name=person.name,
            name_ko=person.name_ko,
            side=person.side,
            title=person.title,
            title_ko=person.title_ko,
            organization=person.organization,
            organization_ko=person.organization_ko,
            email=person.email,
            phone=person.phone,
            biography=person.biography,
        )


@dataclass(frozen=True)
class Seat:
    """One place at the table."""

    person: SharedPerson
    role: Role
    protocol_order: int
    tentative: bool


@dataclass(frozen=True)
class TrackedAction:
    """An action item as both sides agreed it at a session: the shared tracker."""

    action: ActionItem
    session_label: str  # where it was agreed
    overdue: bool


@dataclass(frozen=True)
class SharedData:
    body: Body
    session: SharedSession
    version: AgendaVersion | None
    items: tuple[SharedItem, ...]
    seats: tuple[Seat, ...]  # declined seats are left out: they will not be in the room
    presenters: dict[int, SharedPerson]  # presenters may sit outside the delegation lists
    logistics: tuple[tuple[str, str], ...] = ()  # (field, text) of the shared logistics fields filled in
    actions: tuple[TrackedAction, ...] = ()  # open items from earlier sessions, then this session's

    @property
    def agreed(self) -> bool:
        return self.version is not None and self.version.status is AgendaStatus.AGREED


@dataclass(frozen=True)
class ItemBrief:
    """What we say on one item: internal only."""

    talking_points: str
    if_raised: str
    internal_notes: str


@dataclass(frozen=True)
class PreviousSession:
    session: SharedSession
    outcomes: tuple[tuple[str, str, str], ...]  # (number, title, outcome)


@dataclass(frozen=True)
class OpenAction:
    action: ActionItem
    session_label: str  # where it was agreed
    overdue: bool


@dataclass(frozen=True)
class InternalData:
    session_notes: str
    briefs: dict[int, ItemBrief]  # by agenda item id
    person_notes: dict[int, str]  # by person id
    previous: PreviousSession | None
    open_actions: tuple[OpenAction, ...]
    brief: SessionBrief = field(default_factory=SessionBrief)
    aims: dict[int, str] | None = None  # our aim per agenda item id
    outcomes: tuple[tuple[str, str, str], ...] = ()  # this session's (number, title, outcome), once held
    agreed_here: tuple[ActionItem, ...] = ()  # action items agreed at this session


@dataclass(frozen=True)
class PacketData:
    shared: SharedData
    internal: InternalData | None  # None for the counterpart edition: never read, so never written


def _current_items(db: Readable, session_id: int) -> tuple[AgendaVersion | None, list[AgendaItem]]:
    version = agenda_repository.current_versions(db).get(session_id)
    if version is None or version.id is None:
        return None, []
    return version, agenda_repository.list_items(db, version.id)


def exchanged(version: AgendaVersion, home_side: str) -> bool:
    """Whether the counterpart has seen this version: agreed, proposed to them, or theirs."""
    return version.status is not AgendaStatus.DRAFT or version.proposed_by != home_side


def shared_version(versions: list[AgendaVersion], home_side: str) -> AgendaVersion | None:
    """The version the counterpart edition carries: the agreed one, else the latest exchanged one."""
    agreed = [v for v in versions if v.status is AgendaStatus.AGREED]
    if agreed:
        return max(agreed, key=lambda v: v.version)
    seen = [v for v in versions if exchanged(v, home_side)]
    return max(seen, key=lambda v: v.version) if seen else None


def _shared_items(db: Readable, session_id: int, home_side: str) -> tuple[AgendaVersion | None, list[AgendaItem]]:
    version = shared_version(agenda_repository.list_versions(db, session_id), home_side)
    if version is None or version.id is None:
        return None, []
    return version, agenda_repository.list_items(db, version.id)


def session_label(session: Session | SharedSession) -> str:
    """ "Session 13, 8 Dec 2026": the date as the session's own capital saw it."""
    day = session.start.astimezone(ZoneInfo(session.timezone)).date()
    name = f"Session {session.number}" if session.number else session.title
    return f"{name}, {day.day} {day:%b %Y}"


def _tracked(db: Readable, session: Session, today: date) -> tuple[TrackedAction, ...]:
    """Open action items from earlier sessions, then every item agreed at this one."""
    sessions = {s.id: s for s in session_repository.list_sessions(db) if s.id is not None}
    earlier, here = [], []
    for action in action_repository.list_actions(db):
        agreed_at = sessions.get(action.session_id)
        if agreed_at is None:
            continue
        entry = TrackedAction(action, session_label(agreed_at), action.is_overdue(today))
        if action.session_id == session.id:
            here.append(entry)
        elif agreed_at.start < session.start and action.status is ActionStatus.OPEN:
            earlier.append(entry)
    return tuple(earlier + here)


def _load_shared(
    db: Readable, session: Session, body: Body, *, internal: bool, today: date
) -> tuple[SharedData, list[AgendaItem]]:
    assert session.id is not None
    if internal:
        version, items = _current_items(db, session.id)
    else:
        version, items = _shared_items(db, session.id, body.home_side)
    seats = []
    for attendance, person in people_repository.delegation(db, session.id):
        if attendance.rsvp is Rsvp.DECLINED:
            continue
        seats.append(
            Seat(
                person=SharedPerson.of(person),
                role=attendance.role,
                protocol_order=attendance.protocol_order,
                tentative=attendance.rsvp is Rsvp.TENTATIVE,
            )
        )
    seated = {seat.person.id: seat.person for seat in seats}
    presenters: dict[int, SharedPerson] = {}
    for item in items:
        if item.presenter_id is not None and item.presenter_id not in presenters:
            known = seated.get(item.presenter_id)
            presenters[item.presenter_id] = known or SharedPerson.of(
                people_repository.get_person(db, item.presenter_id)
            )
    brief = brief_repository.get_brief(db, session.id)
    shared = SharedData(
        body=body,
        session=SharedSession.of(session),
        version=version,
        items=tuple(SharedItem.of(item) for item in items),
        seats=tuple(seats),
        presenters=presenters,
        logistics=tuple((name, getattr(brief, name)) for name in SHARED_LOGISTICS_FIELDS if getattr(brief, name)),
        actions=_tracked(db, session, today),
    )
    return shared, items


def _load_internal(
    db: Readable, session: Session, items: list[AgendaItem], seats: tuple[Seat, ...], today: date
) -> InternalData:
    sessions = session_repository.list_sessions(db)
    earlier = [s for s in sessions if s.start < session.start and s.id is not None]
    # The last session that took (or takes) place: a cancelled or postponed one has no outcomes to report.
    happened = [s for s in earlier if s.status not in (SessionStatus.CANCELLED, SessionStatus.POSTPONED)]
    previous = None
    if happened:
        last = happened[-1]
        assert last.id is not None
        _, last_items = _current_items(db, last.id)
        outcomes = tuple((i.number, i.title, i.outcome) for i in last_items if i.outcome.strip())
        previous = PreviousSession(SharedSession.of(last), outcomes)
    by_id = {s.id: s for s in earlier}
    open_actions = tuple(
        OpenAction(action, session_label(by_id[action.session_id]), action.is_overdue(today))
        for action in action_repository.list_actions(db, open_only=True)
        if action.session_id in by_id
    )
    seated = {seat.person.id for seat in seats}
    person_notes = {
        person.id: person.internal_notes
        for person in people_repository.list_people(db)
        if person.id in seated and person.id is not None and person.internal_notes.strip()
    }
    assert session.id is not None
    version_id = items[0].version_id if items else None
    return InternalData(
        brief=brief_repository.get_brief(db, session.id),
        aims=brief_repository.aims_for(db, session.id, version_id) if version_id is not None else {},
        outcomes=tuple((i.number, i.title, i.outcome) for i in items if i.outcome.strip()),
        agreed_here=tuple(a for a in action_repository.list_actions(db) if a.session_id == session.id),
        session_notes=session.notes,
        briefs={
            item.id: ItemBrief(item.talking_points, item.if_raised, item.internal_notes)
            for item in items
            if item.id is not None
        },
        person_notes=person_notes,
        previous=previous,
        open_actions=open_actions,
    )


def load_packet_data(db: Readable, session_id: int, body: Body, *, internal: bool, today: date) -> PacketData:
    session = session_repository.get_session(db, session_id)
    shared, items = _load_shared(db, session, body, internal=internal, today=today)
    if not internal:
        return PacketData(shared, None)
    return PacketData(shared, _load_internal(db, session, items, shared.seats, today))
