"""The curated sample body: a FICTIONAL Seoul–Washington policy-coordination dialogue.

This is what a new user sees on first start, so it reads like the real thing: two
delegations with names and titles in both languages, fourteen sessions over about a
year alternating Seoul and Washington (two by video), agendas negotiated through
several drafts, outcomes and action items carried from one session to the next.

Every person is invented. The institutions are real-sounding on purpose; e-mail
addresses use ``example.go.kr`` / ``example.gov`` domains and telephone numbers the
``555-01xx`` range reserved for fiction.

Dates are relative to the day the sample is created (sessions from about seven months
ago to about six months ahead), so the app always opens on a living body: past
sessions held, the next one confirmed with an agreed agenda, the one after still being
negotiated.

The data is plain Python below; :func:`insert_sample` writes it through the
repositories into an open transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import holidays

from desktop_app.demo_data.sample_people import ORGANIZATIONS, PEOPLE, SIDES, STAND_INS
from desktop_app.demo_data.sample_sessions import CORE_DELEGATIONS, EMBASSY_STAFF, SESSIONS, SessionSpec
from desktop_app.demo_data.sample_topics import TOPIC
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.agenda_rules import outline_numbers
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.storage import (
    action_repository,
    agenda_repository,
    attendance_repository,
    people_repository,
    session_repository,
)

if TYPE_CHECKING:
    import sqlite_utils

_ROLE_ORDER = {Role.HEAD: 0, Role.DEPUTY: 1, Role.MEMBER: 2, Role.OBSERVER: 3, Role.NOTE_TAKER: 4, Role.INTERPRETER: 5}
_PERSON = {spec.key: spec for spec in PEOPLE}


def _stand_in(key: str, index: int) -> str:
    if key in STAND_INS and index <= STAND_INS[key][1]:
        return STAND_INS[key][0]
    return key


def _parse_item(token: str) -> tuple[str, str, int, str]:
    """``-key:variant@SIDE`` -> (key, variant, level, lead override)."""
    level = 1 if token.startswith("-") else 0
    token = token.lstrip("-")
    token, _, lead = token.partition("@")
    key, _, variant = token.partition(":")
    if key not in TOPIC:
        raise ValueError(f"unknown sample topic {key!r}")
    return key, variant, level, lead


def delegation_for(spec: SessionSpec, index: int) -> dict[str, list[tuple[str, Role]]]:
    """Person keys and roles per side, in protocol order (head first)."""
    topics = {_parse_item(token)[0] for version in spec.agenda for token in version.items}
    result: dict[str, list[tuple[str, Role]]] = {}
    for side in SIDES:
        members = [(_stand_in(key, index), role) for key, role in CORE_DELEGATIONS[spec.format][side]]
        if not spec.video_link and spec.host != side:
            members += EMBASSY_STAFF[side]
        for topic_key in sorted(topics):
            for expert in TOPIC[topic_key].experts:
                if _PERSON[expert].side == side:
                    members.append((expert, Role.MEMBER))
        seen: set[str] = set()
        unique = []
        for key, role in members:
            if key not in seen:
                seen.add(key)
                unique.append((key, role))
        unique.sort(key=lambda pair: _ROLE_ORDER[pair[1]])  # stable: keeps the listed order within a role
        result[side] = unique
    return result


# ---------------------------------------------------------------------------------------
# Writing it
# ---------------------------------------------------------------------------------------
@dataclass
class SampleCounts:
    """How much a fill wrote; the curated sample and the large generated body both report it."""

    sessions: int = 0
    people: int = 0
    attendance: int = 0
    agenda_versions: int = 0
    agenda_items: int = 0
    action_items: int = 0


def session_date(today: date, days: int, weekday: int) -> date:
    """``today + days``, moved forward to ``weekday`` and off both countries' public holidays."""
    day = today + timedelta(days=days)
    years = range(day.year, day.year + 2)
    off = set(holidays.country_holidays("KR", years=years)) | set(holidays.country_holidays("US", years=years))
    while day.weekday() != weekday or day in off:
        day += timedelta(days=1)
    return day


def insert_sample(db: sqlite_utils.Database, *, now: datetime, first_number: int = 1) -> SampleCounts:
    """Write the sample body's people, sessions, agendas and action items into ``db``.

    The caller holds the transaction and has saved the body (``SAMPLE_BODY``).
    ``first_number`` numbers the first session (the large body puts its history first).
    """
    counts = SampleCounts()
    today = now.date()
    person_ids: dict[str, int] = {}
    for someone in PEOPLE:
        organization, organization_ko = ORGANIZATIONS[someone.org]
        person = Person(
            name=someone.name,
            side=someone.side,
            name_ko=someone.name_ko,
            title=someone.title,
            title_ko=someone.title_ko,
            organization=organization,
            organization_ko=organization_ko,
            email=someone.email,
            phone=someone.phone,
            biography=someone.biography,
            internal_notes=someone.internal_notes,
            retired=someone.retired,
        )
        person_ids[someone.key] = people_repository.insert_person(db, person)
        counts.people += 1

    topic_seen: dict[str, int] = {}
    for index, spec in enumerate(SESSIONS, start=1):
        host = SIDES[spec.host]
        day = session_date(today, spec.days_from_today, spec.weekday)
        start = datetime.combine(day, spec.local_time, tzinfo=ZoneInfo(host.timezone))
        session = Session(
            title=spec.title,
            title_ko=spec.title_ko,
            start=start,
            timezone=host.timezone,
            duration_minutes=spec.minutes,
            host_side=spec.host,
            number=first_number + index - 1,
            venue_city="" if spec.video_link else host.capital,
            venue_building=spec.building,
            video_link=spec.video_link,
            format=SessionFormat(spec.format),
            status=SessionStatus(spec.status),
            sequence=1 if spec.notes.startswith(("Moved", "Postponed")) else 0,
            notes=spec.notes,
        )
        session_id = session_repository.insert_session(db, session)
        counts.sessions += 1

        # -- delegations
        delegations = delegation_for(spec, index)
        heads: dict[str, str] = {}
        present: set[str] = set()
        for side_code, members in delegations.items():
            heads[side_code] = members[0][0]
            for order, (key, role) in enumerate(members):
                present.add(key)
                if key in spec.declined:
                    rsvp = Rsvp.DECLINED
                elif key in spec.tentative:
                    rsvp = Rsvp.TENTATIVE
                elif spec.status == "held" or (
                    spec.status == "confirmed" and (order <= 1 or spec.days_from_today < 30)
                ):
                    rsvp = Rsvp.CONFIRMED
                else:
                    rsvp = Rsvp.INVITED
                attendance = Attendance(session_id, person_ids[key], role=role, protocol_order=order, rsvp=rsvp)
                attendance_repository.insert_attendance(db, attendance)
                counts.attendance += 1

        # -- agenda versions
        guest = next(code for code in SIDES if code != spec.host)
        agreed_items: dict[str, int] = {}
        for number, version_spec in enumerate(spec.agenda, start=1):
            # saved in office hours by the proposing side; drafts of future sessions count back
            # from today, and none is dated in the future
            proposer_zone = ZoneInfo(SIDES[version_spec.by].timezone)
            saved_on = min(day, today) - timedelta(days=version_spec.days_before)
            created = datetime.combine(saved_on, time(10 + 2 * number, 30), tzinfo=proposer_zone).astimezone(UTC)
            latest = now.replace(second=0, microsecond=0) - timedelta(hours=len(spec.agenda) + 1 - number)
            created = min(created, latest)
            version = AgendaVersion(
                session_id=session_id,
                version=number,
                label=version_spec.label,
                proposed_by=version_spec.by,
                status=AgendaStatus(version_spec.status),
                created=created,
            )
            version_id = agenda_repository.insert_version(db, version)
            counts.agenda_versions += 1
            parsed = [_parse_item(token) for token in version_spec.items]
            numbers = outline_numbers(level for _, _, level, _ in parsed)
            items = []
            is_record = version_spec.status == "agreed" and spec.status == "held"
            for position, ((key, variant, level, lead_override), item_number) in enumerate(
                zip(parsed, numbers, strict=True)
            ):
                topic = TOPIC[key]
                title, title_ko = topic.variants.get(variant, (topic.title, topic.title_ko))
                lead = lead_override or {"host": spec.host, "guest": guest}.get(topic.lead, topic.lead)
                presenter = next((p for p in topic.presenters if p in present and _PERSON[p].side == lead), heads[lead])
                outcome = ""
                if is_record:
                    seen = topic_seen.get(key, 0)
                    topic_seen[key] = seen + 1
                    outcome = spec.outcomes.get(key) or (
                        topic.outcomes[seen % len(topic.outcomes)] if topic.outcomes else ""
                    )
                items.append(
                    AgendaItem(
                        version_id=version_id,
                        position=position,
                        number=item_number,
                        title=title,
                        title_ko=title_ko,
                        level=level,
                        lead_side=lead,
                        presenter_id=person_ids[presenter],
                        minutes=topic.minutes,
                        description=topic.description,
                        outcome=outcome,
                        talking_points=topic.talking_points,
                        if_raised=topic.if_raised,
                        internal_notes=topic.internal_notes,
                    )
                )
            agenda_repository.insert_items(db, items)
            counts.agenda_items += len(items)
            if version_spec.status == "agreed":
                for stored, (key, *_rest) in zip(agenda_repository.list_items(db, version_id), parsed, strict=True):
                    if stored.id is not None:
                        agreed_items.setdefault(key, stored.id)

        # -- action items
        actions = []
        for action in spec.actions:
            owner = _PERSON[action.owner].name if action.owner in _PERSON else action.owner
            actions.append(
                ActionItem(
                    session_id=session_id,
                    text=action.text,
                    owner=owner,
                    owner_side=action.side,
                    due=day + timedelta(days=action.due_days),
                    status=ActionStatus(action.status),
                    agenda_item_id=agreed_items.get(action.topic),
                )
            )
        action_repository.insert_actions(db, actions)
        counts.action_items += len(actions)
    return counts
