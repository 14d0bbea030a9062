"""A large, realistic body for benchmarks: years of history assembled from phrase banks.

Per year of history: 104 sessions (a monthly plenary and six working groups), 520
people, about 3,400 agenda items in 1–3 versions per session and about 1,100 action
items. Everything comes from a ``random.Random`` with a fixed seed, so two runs on the
same day produce the same body (dates move with the day, like the sample's).

Rows are written with ``executemany`` and ids chosen here (the database is empty), so
ten years take a few seconds; the caller holds the one transaction around it all.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import holidays

from desktop_app.demo_data.large_agendas import (
    AgendaEntry,
    derived_entries,
    presenter,
    topical_entries,
)
from desktop_app.demo_data.large_body_phrases import (
    ACTIONS,
    ASPECTS,
    BOOKENDS_CLOSING,
    BOOKENDS_OPENING,
    DESCRIPTIONS,
    IF_RAISED,
    INTERNAL_NOTES,
    OFFICES,
    OUTCOMES,
    SEOUL_VENUES,
    SERIES,
    SESSION_NOTES,
    TALKING_POINTS,
    TOPICS,
    WASHINGTON_VENUES,
)
from desktop_app.demo_data.large_people import make_people
from desktop_app.demo_data.sample_body import SampleCounts
from desktop_app.demo_data.sample_people import SIDES
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.agenda_rules import outline_numbers
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.storage.action_repository import action_to_row
from desktop_app.storage.session_repository import session_to_row

if TYPE_CHECKING:
    import sqlite_utils

SEED = 20240613
SESSIONS_PER_YEAR = 104
HISTORY_ENDS_DAYS_AGO = 240  # the curated sample covers the last seven months and the next six


# ---------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------
_ITEM_FIELDS = tuple(f.name for f in fields(AgendaItem) if f.name not in ("id", "gid", "lineage"))  # ids: by trigger


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _insert_rows(db: sqlite_utils.Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    db.conn.executemany(sql, rows)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _holidays(first: date, last: date) -> set[date]:
    years = range(first.year, last.year + 2)
    off = set(holidays.country_holidays("KR", years=years))
    off.update(holidays.country_holidays("US", years=years))
    return off


def _working_day(day: date, off: set[date]) -> date:
    while day.weekday() >= 4 or day in off:  # Monday to Thursday: Friday is for readouts
        day += timedelta(days=1)
    return day


def insert_large(db: sqlite_utils.Database, *, years: int, now: datetime, seed: int = SEED) -> SampleCounts:
    """Write ``years`` of generated history into ``db`` (ending where the curated sample starts).

    The caller holds the transaction and has saved the body. Session numbers start at 1.
    """
    rng = random.Random(seed)
    counts = SampleCounts()
    days = 365 * years
    first_day = now.date() - timedelta(days=HISTORY_ENDS_DAYS_AGO + days)
    off = _holidays(first_day, now.date())
    months = days // 30 + 1
    side_codes = list(SIDES)

    people, people_rows, pools = make_people(
        rng, years, days, _next_id(db, "people"), ends_days_ago=HISTORY_ENDS_DAYS_AGO
    )
    by_id = {someone.id: someone for someone in people}
    _insert_rows(db, "people", people_rows)
    counts.people = len(people_rows)

    session_id, attendance_id = _next_id(db, "sessions"), _next_id(db, "attendance")
    version_id, item_id, action_id = (
        _next_id(db, "agenda_versions"),
        _next_id(db, "agenda_items"),
        _next_id(db, "action_items"),
    )
    session_rows: list[dict[str, Any]] = []
    attendance_rows: list[dict[str, Any]] = []
    version_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    action_rows: list[dict[str, Any]] = []

    series_count = dict.fromkeys((key for key, _, _ in SERIES), 0)
    standing: dict[tuple[str, str, str], int] = {}  # (series, side, role) -> person id who usually holds it
    today = now.date()

    def pick(side: str, ranks: Sequence[int], month: int, taken: set[int]) -> int | None:
        for rank in ranks:
            pool = pools.get(side, rank, month)
            for _ in range(4):
                if pool:
                    chosen = rng.choice(pool)
                    if chosen not in taken:
                        return chosen
        for rank in (1, 2, 3, 0):
            for chosen in pools.get(side, rank, month):
                if chosen not in taken:
                    return chosen
        return None

    number = 0
    for year in range(years):
        for slot in range(SESSIONS_PER_YEAR):
            number += 1
            offset = year * 365 + int((slot + rng.random() * 0.7) * 365 / SESSIONS_PER_YEAR)
            day = _working_day(first_day + timedelta(days=offset), off)
            month = min(months - 1, max(0, (day - first_day).days // 30))
            if slot % 9 == 4:
                series = "plenary"
            else:
                series = rng.choice([key for key, _, _ in SERIES[1:]])
            series_count[series] += 1
            k = series_count[series]
            name, name_ko = next((en, ko) for key, en, ko in SERIES if key == series)
            host, guest = (side_codes[0], side_codes[1]) if k % 2 == 1 else (side_codes[1], side_codes[0])
            if series == "plenary":
                session_format = SessionFormat.MINISTERIAL if k % 12 == 6 else SessionFormat.SENIOR
                title = f"{_ordinal(k)} plenary session" + (" (ministerial)" if k % 12 == 6 else "")
                title_ko = f"제{k}차 전체회의" + (" (장관급)" if k % 12 == 6 else "")
            else:
                session_format = SessionFormat.WORKING
                title, title_ko = f"{name}, {_ordinal(k)} meeting", f"{name_ko} 제{k}차 회의"
            video = session_format is not SessionFormat.MINISTERIAL and rng.random() < (
                0.1 if series == "plenary" else 0.3
            )
            zone = SIDES[host].timezone
            if video:
                title, title_ko = title + " (video)", title_ko + " (화상)"
                local = time(8, 0) if host == "ROK" else time(19, 0)
            elif host == "ROK":
                local = rng.choice((time(10, 0), time(9, 30), time(10, 30)))  # mornings in Seoul
            else:
                local = rng.choice((time(9, 30), time(10, 0), time(14, 0)))
            roll = rng.random()
            status = (
                SessionStatus.CANCELLED
                if roll < 0.03
                else SessionStatus.POSTPONED
                if roll < 0.06
                else SessionStatus.HELD
            )
            minutes = {"senior": 180, "ministerial": 90}.get(str(session_format)) or rng.choice((90, 120, 150))
            session = Session(
                title=title,
                title_ko=title_ko,
                start=datetime.combine(day, local, tzinfo=ZoneInfo(zone)),
                timezone=zone,
                duration_minutes=minutes,
                host_side=host,
                number=number,
                venue_city="" if video else SIDES[host].capital,
                venue_building="" if video else rng.choice(SEOUL_VENUES if host == "ROK" else WASHINGTON_VENUES),
                video_link=f"https://vc.example.go.kr/pcd/{number:05d}" if video else "",
                format=session_format,
                status=status,
                uid=f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@briefing-desk",
                sequence=rng.choice((0, 0, 1, 2)),
                notes=rng.choice(SESSION_NOTES) if rng.random() < 0.3 else "",
            )
            session.validate()
            session_rows.append({"id": session_id, **session_to_row(session)})

            # -- delegations
            delegates: dict[str, list[tuple[int, Role]]] = {}
            taken: set[int] = set()
            top = (0, 1) if series == "plenary" else (1, 0)
            for side in side_codes:
                members: list[tuple[int, Role]] = []
                size = rng.randint(5, 15)
                principals: tuple[tuple[Role, tuple[int, ...]], ...] = (
                    (Role.HEAD, top),
                    (Role.DEPUTY, (1, 2) if series == "plenary" else (2, 1)),
                )
                for role, ranks in principals:
                    usual = standing.get((series, side, str(role)))
                    if usual is not None and by_id[usual].joined <= (day - first_day).days < by_id[usual].leaves:
                        chosen: int | None = usual
                    else:
                        chosen = pick(side, ranks, month, taken)
                        if chosen is not None:
                            standing[(series, side, str(role))] = chosen
                    if chosen is not None and chosen not in taken:
                        members.append((chosen, role))
                        taken.add(chosen)
                extra: list[tuple[Role, tuple[int, ...]]] = [(Role.NOTE_TAKER, (3,))]
                if not video:
                    extra.append((Role.INTERPRETER, (9,)))
                if rng.random() < 0.3:
                    extra.append((Role.OBSERVER, (2, 3)))
                while len(members) + len(extra) < size:
                    extra.insert(0, (Role.MEMBER, (2, 3) if rng.random() < 0.6 else (3, 2)))
                for role, ranks in extra:
                    chosen = pick(side, ranks, month, taken)
                    if chosen is not None:
                        members.append((chosen, role))
                        taken.add(chosen)
                delegates[side] = members
                for order, (person_id, role) in enumerate(members):
                    if status is SessionStatus.HELD:
                        rsvp = Rsvp.DECLINED if rng.random() < 0.03 else Rsvp.CONFIRMED
                    else:
                        rsvp = rng.choice((Rsvp.INVITED, Rsvp.TENTATIVE, Rsvp.DECLINED, Rsvp.CONFIRMED))
                    attendance_rows.append(
                        {
                            "id": attendance_id,
                            "session_id": session_id,
                            "person_id": person_id,
                            "role": str(role),
                            "protocol_order": order,
                            "rsvp": str(rsvp),
                        }
                    )
                    attendance_id += 1

            # -- agenda versions and items
            topics = [i for i, (_, _, groups) in enumerate(TOPICS) if series == "plenary" or series in groups]
            held = status is SessionStatus.HELD
            version_count = rng.choices((1, 2, 3), (25, 45, 30))[0]
            entries = topical_entries(
                rng, topics, side_codes, rng.randint(13, 19) - len(BOOKENDS_OPENING) - len(BOOKENDS_CLOSING)
            )
            drafts: dict[str, int] = {}
            agreed: list[tuple[int, AgendaEntry]] = []
            for v in range(version_count):
                if v:
                    entries = derived_entries(rng, entries, topics, side_codes)
                by = host if v % 2 == 0 else guest
                drafts[by] = drafts.get(by, 0) + 1
                label = f"{by} {'draft' if by == host else 'counter-draft'} {drafts[by]}"
                last = v == version_count - 1
                version_status = "agreed" if last and held else "draft" if last and rng.random() < 0.3 else "proposed"
                created = session.start - timedelta(
                    days=(version_count - v) * rng.randint(5, 10), hours=rng.randint(0, 8)
                )
                version_rows.append(
                    {
                        "id": version_id,
                        "session_id": session_id,
                        "version": v + 1,
                        "label": label,
                        "proposed_by": by,
                        "status": version_status,
                        "created": created.isoformat(),
                    }
                )
                full = (
                    [AgendaEntry(key, minutes=minutes) for key, _, _, minutes, _ in BOOKENDS_OPENING]
                    + entries
                    + [AgendaEntry(key, minutes=minutes) for key, _, _, minutes, _ in BOOKENDS_CLOSING]
                )
                record = version_status == "agreed"
                for position, (entry, item_number) in enumerate(
                    zip(full, outline_numbers(e.level for e in full), strict=True)
                ):
                    if entry.key:
                        _, en, ko, _, who = next(b for b in BOOKENDS_OPENING + BOOKENDS_CLOSING if b[0] == entry.key)
                        lead = host if who.startswith("host") else guest
                        text = {"topic": en.lower(), "topic_ko": ko}
                        row = {
                            "title": en,
                            "title_ko": ko,
                            "presenter_id": presenter(rng, delegates[lead], who.split("-")[1]),
                            "description": f"{en}.\n{ko}.",
                            "talking_points": "",
                            "if_raised": "",
                            "internal_notes": "",
                        }
                        if entry.key == "opening":
                            tp = rng.choice(TALKING_POINTS)
                            row["talking_points"] = f"- {tp[0]}\n  ({tp[1]})".format(
                                topic="the agenda", topic_ko="의제"
                            )
                    else:
                        topic_en, topic_ko, _ = TOPICS[entry.topic]
                        aspect_en, aspect_ko = ASPECTS[entry.aspect]
                        lead = entry.lead
                        text = {
                            "topic": topic_en.lower() if not topic_en.startswith("Trilateral") else topic_en,
                            "topic_ko": topic_ko,
                            "aspect": aspect_en,
                            "aspect_ko": aspect_ko,
                            "side": lead,
                            "side_ko": SIDES[lead].name_ko,
                        }
                        description = rng.choice(DESCRIPTIONS)
                        points = rng.sample(TALKING_POINTS, 3)
                        raised = rng.choice(IF_RAISED)
                        row = {
                            "title": f"{topic_en}: {aspect_en}",
                            "title_ko": f"{topic_ko}: {aspect_ko}",
                            "presenter_id": presenter(rng, delegates[lead]),
                            "description": description[0].format(**text) + "\n" + description[1].format(**text),
                            "talking_points": "\n".join(f"- {en}\n  ({ko})" for en, ko in points).format(**text),
                            "if_raised": (raised[0] + "\n" + raised[1]).format(**text) if rng.random() < 0.6 else "",
                            "internal_notes": rng.choice(INTERNAL_NOTES) if rng.random() < 0.4 else "",
                        }
                    outcome = ""
                    if record:
                        if entry.key:
                            outcome = "Noted.\n확인함." if entry.key != "adoption" else "Agenda adopted.\n의제 채택."
                        else:
                            result = rng.choice(OUTCOMES)
                            outcome = result[0].format(**text) + "\n" + result[1].format(**text)
                            agreed.append((item_id, entry))
                    item_rows.append(
                        {
                            "id": item_id,
                            "version_id": version_id,
                            "position": position,
                            "number": item_number,
                            "level": entry.level,
                            "lead_side": lead,
                            "minutes": entry.minutes,
                            "outcome": outcome,
                            **row,
                        }
                    )
                    item_id += 1
                version_id += 1

            # -- action items
            if held:
                for _ in range(rng.randint(8, 15)):
                    link: int | None = None
                    if agreed and rng.random() < 0.85:
                        link, entry = rng.choice(agreed)
                        topic_index = entry.topic
                    else:
                        topic_index = rng.choice(topics)
                    topic_en, topic_ko, _ = TOPICS[topic_index]
                    owner_side = rng.choice(side_codes)
                    owner_id = presenter(rng, delegates[owner_side])
                    if owner_id is not None and rng.random() < 0.6:
                        owner = by_id[owner_id].name
                    else:
                        owner = rng.choice(OFFICES[owner_side])
                    due = day + timedelta(days=rng.randint(14, 120))
                    # a few stay open past their date; after a year they have been closed or dropped
                    roll = rng.random()
                    still_open = 0.09 if (today - due).days < 365 else 0.0
                    if due >= today or roll < still_open:
                        action_status = ActionStatus.OPEN
                    else:
                        action_status = ActionStatus.DONE if roll < 0.92 else ActionStatus.DROPPED
                    text_en, text_ko = rng.choice(ACTIONS)
                    names = {"topic": topic_en.lower(), "topic_ko": topic_ko}
                    action = ActionItem(
                        session_id=session_id,
                        text=f"{text_en.format(**names)}\n{text_ko.format(**names)}",
                        owner=owner,
                        owner_side=owner_side,
                        due=due,
                        status=action_status,
                        agenda_item_id=link,
                    )
                    action_rows.append({"id": action_id, **action_to_row(action)})
                    action_id += 1
            session_id += 1

    _insert_rows(db, "sessions", session_rows)
    _insert_rows(db, "attendance", attendance_rows)
    _insert_rows(db, "agenda_versions", version_rows)
    _insert_rows(db, "agenda_items", [{name: row[name] for name in ("id", *_ITEM_FIELDS)} for row in item_rows])
    _insert_rows(db, "action_items", action_rows)
    counts.sessions = len(session_rows)
    counts.attendance = len(attendance_rows)
    counts.agenda_versions = len(version_rows)
    counts.agenda_items = len(item_rows)
    counts.action_items = len(action_rows)
    return counts
