"""A body built for packet tests and the packet benchmark: every internal field holds a unique marker.

Written through the repositories into a real database file, like the app writes it.
``MARKER_PREFIX`` text appears only in internal fields; the counterpart edition must not
contain any of it. Last session's outcomes carry their own markers: they belong to the
internal scene-setter only. Action items carry ``TRACKER_PREFIX`` markers: both sides agreed
them, so the counterpart edition's action-item tracker shows the open ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app import clock
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Body, Side
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat
from desktop_app.services.workspace import Workspace
from desktop_app.storage import action_repository, agenda_repository, people_repository, session_repository
from desktop_app.storage.body_repository import save_body

MARKER_PREFIX = "INTERNAL-MARKER-"
SCENE_PREFIX = "SCENE-MARKER-"
TRACKER_PREFIX = "TRACKER-ITEM-"

BODY = Body(
    name="ROK–US Policy Coordination Dialogue",
    name_ko="한미 정책협의체",
    home_side="ROK",
    sides=(
        Side("ROK", "Republic of Korea", "대한민국", "Seoul", "서울", "Asia/Seoul"),
        Side("US", "United States", "미국", "Washington", "워싱턴", "America/New_York"),
    ),
    default_marking="SENSITIVE BUT UNCLASSIFIED",
    office="North America Policy Division",
)

SURNAMES = [("KIM", "김"), ("LEE", "이"), ("PARK", "박"), ("CHOI", "최"), ("JUNG", "정"), ("KANG", "강")]
GIVEN = [("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-ho", "지호"), ("Ha-eun", "하은"), ("Do-hyun", "도현")]
US_NAMES = ["Avery HALL", "Jordan PRICE", "Morgan REYES", "Casey BROOKS", "Riley NGUYEN", "Taylor COLE"]
ROLES = [Role.HEAD, Role.DEPUTY, Role.MEMBER, Role.MEMBER, Role.NOTE_TAKER, Role.INTERPRETER, Role.MEMBER]


@dataclass
class PacketBody:
    path: Path
    session_id: int  # the session the packets are for: agenda not agreed
    previous_id: int
    internal_markers: list[str] = field(default_factory=list)  # every marker put in an internal field
    shown_markers: list[str] = field(default_factory=list)  # those the internal edition prints
    scene_markers: list[str] = field(default_factory=list)  # outcomes: scene-setter only
    tracker_markers: list[str] = field(default_factory=list)  # open action items: both editions


class _Markers:
    """Hands out unique markers, noting which ones the internal edition is expected to print."""

    def __init__(self, prefix: str, into: list[str], shown: list[str]) -> None:
        self.prefix, self.into, self.shown = prefix, into, shown

    def __call__(self, shown: bool = True) -> str:
        marker = f"{self.prefix}{len(self.into) + 1:03d}"
        self.into.append(marker)
        if shown:
            self.shown.append(marker)
        return marker


def _person(index: int, side: str, internal: _Markers) -> Person:
    if side == "ROK":
        (surname, surname_ko), (given, given_ko) = SURNAMES[index % 6], GIVEN[index % 5]
        name, name_ko = f"{surname} {given}", f"{surname_ko}{given_ko}"
        title, title_ko = f"Director {index + 1}", f"과장 {index + 1}"
        organization, organization_ko = "Ministry of Foreign Affairs", "외교부"
        email = f"desk{index}@example.go.kr"
    else:
        name, name_ko = f"{US_NAMES[index % 6]} {index + 1}", f"미국 대표 {index + 1}"
        title, title_ko = f"Deputy Assistant Secretary {index + 1}", f"부차관보 {index + 1}"
        organization, organization_ko = "Department of State", "국무부"
        email = f"officer{index}@example.gov"
    return Person(
        name=name,
        side=side,
        name_ko=name_ko,
        title=title,
        title_ko=title_ko,
        organization=organization,
        organization_ko=organization_ko,
        email=email,
        phone=f"+1 202 555 01{index:02d}",
        biography=f"{name} has served in the {organization} since 20{10 + index % 10}.",
        # the internal edition prints desk notes on the counterparts (with their biographies) only
        internal_notes=f"Desk view of {name}: {internal(shown=side == 'US')}",
    )


def build_packet_body(
    path: Path, *, items: int = 15, per_side: int = 15, agreed: bool = False, today: date | None = None
) -> PacketBody:
    """A body with a session (``items`` agenda items, ``per_side`` people a side) and the one before it."""
    today = today or clock.now().date()
    result = PacketBody(path, 0, 0)
    internal = _Markers(MARKER_PREFIX, result.internal_markers, result.shown_markers)
    scene = _Markers(SCENE_PREFIX, result.scene_markers, [])
    tracker = _Markers(TRACKER_PREFIX, result.tracker_markers, [])
    with Workspace.open(path) as workspace, workspace.store.transaction() as db:
        save_body(db, BODY)
        start = datetime.combine(today + timedelta(days=20), datetime.min.time(), tzinfo=UTC) + timedelta(hours=1)
        previous_id = session_repository.insert_session(
            db,
            Session(
                title="Spring round",
                title_ko="봄 정기 협의",
                start=start - timedelta(days=90),
                timezone="America/New_York",
                duration_minutes=150,
                host_side="US",
                number=13,
                venue_city="Washington",
                venue_building="Harry S Truman Building",
                notes=f"Previous notes {internal(shown=False)}",
            ),
        )
        session_id = session_repository.insert_session(
            db,
            Session(
                title="Summer round",
                title_ko="여름 정기 협의",
                start=start,
                timezone="Asia/Seoul",
                duration_minutes=max(120, items * 10),
                host_side="ROK",
                number=14,
                venue_city="Seoul",
                venue_building="Ministry of Foreign Affairs",
                format=SessionFormat.SENIOR,
                notes=f"Objective: align on the summit deliverables. {internal()}",
            ),
        )
        people: dict[str, list[int]] = {"ROK": [], "US": []}
        for side in ("ROK", "US"):
            for index in range(per_side):
                person_id = people_repository.insert_person(db, _person(index, side, internal))
                people[side].append(person_id)
                rsvp = Rsvp.CONFIRMED if index != 3 else Rsvp.TENTATIVE
                people_repository.add_attendance(
                    db, Attendance(session_id, person_id, ROLES[min(index, 6)], protocol_order=index, rsvp=rsvp)
                )
        # Last session: an agreed agenda with outcomes, and action items, two still open.
        old_version = agenda_repository.insert_version(
            db, AgendaVersion(previous_id, 1, "agreed agenda", "US", AgendaStatus.AGREED, clock.now())
        )
        agenda_repository.insert_items(
            db,
            [
                AgendaItem(
                    old_version,
                    position,
                    str(position + 1),
                    f"Earlier item {position + 1}",
                    outcome=f"Agreed to continue. {scene()}",
                    talking_points=internal(shown=False),
                )
                for position in range(3)
            ],
        )
        action_repository.insert_actions(
            db,
            [
                ActionItem(
                    previous_id, f"Share the draft readout {tracker()}", "KIM Min-jun", "ROK", today - timedelta(9)
                ),
                ActionItem(previous_id, f"Propose dates for the next round {tracker()}", "Avery HALL", "US"),
                ActionItem(previous_id, "Closed long ago", "LEE", "ROK", status=ActionStatus.DONE),
            ],
        )
        # This session: our draft, then their counter-draft (latest, not agreed), optionally agreed.
        versions = [
            (1, "ROK draft 1", "ROK", AgendaStatus.DRAFT),
            (2, "US counter-draft 1", "US", AgendaStatus.PROPOSED),
        ]
        if agreed:
            versions.append((3, "agreed text", "ROK", AgendaStatus.AGREED))
        for number, label, side, status in versions:
            version_id = agenda_repository.insert_version(
                db, AgendaVersion(session_id, number, label, side, status, clock.now())
            )
            current = number == len(versions)  # the latest counts (agreed, when there is an agreed one)
            agenda_repository.insert_items(db, _items(version_id, items, people, internal, current))
    result.session_id, result.previous_id = session_id, previous_id
    return result


def _items(
    version_id: int, count: int, people: dict[str, list[int]], internal: _Markers, current: bool
) -> list[AgendaItem]:
    """``count`` items; the third is a section heading with two sub-items under it."""
    result = []
    number = 0
    for position in range(count):
        sub = position in (3, 4)
        if not sub:
            number += 1
        label = f"{number}.{position - 2}" if sub else str(number)
        side = "ROK" if position % 2 == 0 else "US"
        heading = position == 2
        result.append(
            AgendaItem(
                version_id,
                position,
                label,
                f"Topic {label}: cooperation on area {position + 1}",
                title_ko=f"의제 {label}: 분야 {position + 1} 협력",
                level=1 if sub else 0,
                lead_side=side,
                presenter_id=people[side][position % len(people[side])],
                minutes=0 if heading else 10,
                description=f"Shared background on topic {label}; agreed in the joint statement.",
                talking_points=f"Welcome progress on area {position + 1}. {internal(current)}\n"
                f"- Press for dates {internal(current)}",
                if_raised=f"If pressed on costs: decline to speculate. {internal(current)}",
                internal_notes=f"Watch for linkage. {internal(current)}",
            )
        )
    return result
