"""What a session package carries, as plain data: shareable fields only, by construction.

These types have no field for a session's notes, a person's internal notes, an agenda
item's talking points, "if raised" lines, internal notes or outcome, nor for any local id
or series. Whatever builds a package (``services/packages.py``) lists the fields it copies
into them one by one; whatever reads a package gets nothing else back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.actions import ActionStatus
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.domain.session import SessionFormat, SessionMode, SessionStatus, mode_from_venue


@dataclass(frozen=True)
class PackageSide:
    code: str
    name: str
    name_ko: str
    # Optional in the format (a package of an older release has none): what a desk that joins adopts.
    capital: str = ""
    capital_ko: str = ""
    timezone: str = ""
    holiday_country: str = ""


@dataclass(frozen=True)
class PackageBody:
    name: str
    name_ko: str
    sides: tuple[PackageSide, PackageSide]
    uid: str = ""  # the body's UID, shared by both desks; "" in a package of an older release

    @property
    def side_codes(self) -> tuple[str, str]:
        return (self.sides[0].code, self.sides[1].code)


@dataclass(frozen=True)
class PackageSession:
    uid: str
    sequence: int
    number: int | None
    title: str
    title_ko: str
    start: datetime  # aware, UTC
    timezone: str
    duration_minutes: int
    format: SessionFormat
    status: SessionStatus
    host_side: str
    # logistics
    venue_building: str
    venue_city: str
    video_link: str
    # per shared field, the sender's change counters by side (format 2; empty in format 1)
    clock: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # in person or by video; a package that does not say (format 1, early format 2) goes by the venue
    mode: SessionMode | None = None

    def __post_init__(self) -> None:
        if self.mode is None:
            object.__setattr__(self, "mode", mode_from_venue(self.venue_city, self.video_link))


@dataclass(frozen=True)
class PackagePerson:
    ref: str  # "p1": names the person inside this package only
    side: str
    name: str
    name_ko: str
    title: str
    title_ko: str
    organization: str
    organization_ko: str
    email: str
    phone: str
    biography: str


# A person's fields in a package besides the side (written beside ``ref``): the shareable ones.
# ``PackagePerson`` holds exactly these (a test keeps the two the same).
PERSON_FIELDS = tuple(name for name in Person.SHAREABLE_FIELDS if name != "side")


@dataclass(frozen=True)
class PackageSeat:
    person: str  # a PackagePerson.ref
    role: Role
    protocol_order: int  # 0, 1, 2 … within the person's side
    rsvp: Rsvp


@dataclass(frozen=True)
class PackageItem:
    level: int
    title: str
    title_ko: str
    lead_side: str
    presenter: str | None  # a PackagePerson.ref
    minutes: int
    description: str
    gid: str = ""  # format 2: the item's global id and its lineage ("" in format 1)
    lineage: str = ""


@dataclass(frozen=True)
class PackageVersion:
    label: str
    proposed_by: str
    status: AgendaStatus
    created: datetime  # aware, UTC
    items: tuple[PackageItem, ...]  # in agenda order
    gid: str = ""  # format 2: the version's global id, the one it was made from, who marked it agreed
    base: str = ""
    agreed_by: tuple[str, ...] = ()
    agreed_clock: Mapping[str, int] = field(default_factory=dict)  # per side: changes of its mark


@dataclass(frozen=True)
class PackageAction:
    """The shared part of an action item; its clock orders changes as the session's does."""

    gid: str
    text: str
    owner: str
    owner_side: str
    due: date | None
    status: ActionStatus
    item: str = ""  # the lineage of the agenda item it was recorded against, or ""
    clock: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class PackageOutcome:
    """The outcome recorded against an item (by lineage) after the session."""

    item: str
    text: str
    clock: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionPackage:
    created: datetime  # aware, UTC
    generator: str
    body: PackageBody
    exported_by: str  # the side code of the office that wrote the package
    office: str
    session: PackageSession
    people: tuple[PackagePerson, ...]
    seats: tuple[PackageSeat, ...]
    versions: tuple[PackageVersion, ...]  # oldest first
    packet: bytes | None = None  # counterpart-packet.docx
    calendar: bytes | None = None  # session.ics
    format_version: int = 2  # 1: a package of the first format (no ids, clocks, actions or outcomes)
    actions: tuple[PackageAction, ...] = ()
    outcomes: tuple[PackageOutcome, ...] = ()

    def person(self, ref: str) -> PackagePerson:
        for person in self.people:
            if person.ref == ref:
                return person
        raise KeyError(ref)
