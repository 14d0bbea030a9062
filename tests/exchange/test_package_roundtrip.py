"""A session carried from one database into another arrives exactly; again, it changes nothing.

The comparison is of the shareable projection: what a package is meant to carry (the session
without its notes, both delegations in protocol order, the shareable agenda versions with
their items), with people named by their fields since ids differ between databases.
"""

from __future__ import annotations

import io
import json
import sqlite3
import string
import tempfile
import zipfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.agenda import AgendaItem, AgendaStatus
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.exchange.package_model import PERSON_FIELDS
from desktop_app.services import agenda, agenda_versions, delegations, packages, people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, people_repository, session_repository
from tests.exchange.package_samples import MARK, fill, members_of

SESSION_FIELDS = (
    "uid",
    "sequence",
    "number",
    "title",
    "title_ko",
    "start",
    "timezone",
    "duration_minutes",
    "format",
    "status",
    "host_side",
    "venue_building",
    "venue_city",
    "video_link",
)
ITEM_FIELDS = ("level", "number", "title", "title_ko", "lead_side", "minutes", "description")
TABLES = ("sessions", "people", "attendance", "agenda_versions", "agenda_items", "action_items", "audit_log")


def projection(workspace: Workspace, uid: str) -> dict[str, Any]:
    """What a package of the session is meant to reproduce, free of local ids."""
    db = workspace.store.db
    session = session_repository.find_by_uid(db, uid)
    assert session is not None and session.id is not None

    def person(person_id: int) -> tuple[str, ...]:
        p = people_repository.get_person(db, person_id)
        return (p.side, *(getattr(p, name) for name in PERSON_FIELDS))

    seats = {
        side: [
            (person(a.person_id), a.role, a.rsvp, a.protocol_order)
            for a, p in people_repository.delegation(db, session.id)
            if p.side == side
        ]
        for side in workspace.body.side_codes
    }
    current = agenda_repository.current_versions(db).get(session.id)
    versions = []
    for version in agenda_repository.list_versions(db, session.id):
        if version.status is AgendaStatus.DRAFT and (current is None or current.id != version.id):
            continue
        assert version.id is not None
        items = [
            (
                *(getattr(item, name) for name in ITEM_FIELDS),
                person(item.presenter_id) if item.presenter_id is not None else None,
            )
            for item in agenda_repository.list_items(db, version.id)
        ]
        versions.append((version.label, version.proposed_by, version.status, version.created, items))
    return {
        "session": {name: getattr(session, name) for name in SESSION_FIELDS},
        "seats": seats,
        "versions": versions,
    }


def awaiting_confirmation(seen: dict[str, Any]) -> dict[str, Any]:
    """The projection as the other desk has it: a version one side agreed waits there for the other's mark."""
    versions = [
        (label, side, AgendaStatus.PROPOSED if status is AgendaStatus.AGREED else status, created, items)
        for label, side, status, created, items in seen["versions"]
    ]
    return {**seen, "versions": versions}


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        conn.close()


# -- the sample session -------------------------------------------------------------------------


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path, str]:
    """A database with the sample session, and its package (with packet and .ics)."""
    source = tmp_path / "seoul.sqlite3"
    with Workspace.open(source) as workspace:
        filled = fill(workspace)
        uid = session_repository.get_session(workspace.store.db, filled.session_id).uid
        packages.export_package(workspace, filled.session_id, tmp_path / "out.bdpkg")
    return source, tmp_path / "out.bdpkg", uid


def test_a_package_reproduces_the_session_in_an_empty_database(
    exported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    source, package, uid = exported
    with Workspace.open(source) as workspace:
        expected = projection(workspace, uid)
    target = tmp_path / "washington.sqlite3"
    with Workspace.open(target) as workspace:
        done = packages.import_package(workspace, package)
        assert done.plan.session.action == "create"
        assert workspace.body.home_side == "US"  # the empty desk joined the body as the other side
        assert expected["versions"][-1][2] is AgendaStatus.AGREED
        assert projection(workspace, uid) == awaiting_confirmation(expected)
    assert len(expected["versions"]) == 3  # proposed, proposed, agreed; the stale draft stayed home
    assert [seat[1] for seat in expected["seats"]["US"]] == [Role.HEAD, Role.MEMBER]


def test_importing_the_same_package_again_changes_nothing(exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    _, package, _ = exported
    target = tmp_path / "washington.sqlite3"
    with Workspace.open(target) as workspace:
        packages.import_package(workspace, package)
    before, dump = counts(target), _dump(target)
    with Workspace.open(target) as workspace:
        again = packages.import_package(workspace, package)
    assert again.changes_nothing
    assert again.summary().startswith("nothing to change")
    assert counts(target) == before and _dump(target) == dump


def test_importing_a_package_back_into_its_source_changes_nothing(exported: tuple[Path, Path, str]) -> None:
    source, package, _ = exported
    before = counts(source)
    with Workspace.open(source) as workspace:
        assert packages.import_package(workspace, package).changes_nothing
    assert counts(source) == before


def _dump(path: Path) -> list[str]:
    """Every row, through the app's own connection (it registers the SQL functions the schema uses)."""
    with Workspace.open(path) as workspace:
        return list(workspace.store.conn.iterdump())


def _texts(members: dict[str, bytes]) -> dict[str, str]:
    """Every member as text; the packet's XML parts unpacked (a .docx is itself a zip)."""
    texts = {}
    for name, data in members.items():
        if name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as docx:
                for part in docx.namelist():
                    texts[f"{name}/{part}"] = docx.read(part).decode("utf-8", errors="replace")
        else:
            texts[name] = data.decode("utf-8")
    return texts


def test_no_internal_field_reaches_any_member(exported: tuple[Path, Path, str]) -> None:
    _, package, _ = exported
    members = members_of(package)
    assert sorted(members) == ["counterpart-packet.docx", "manifest.json", "session.ics", "session.json"]
    texts = _texts(members)
    assert any("word/document.xml" in name for name in texts)
    leaks = {name: text[text.find(MARK) - 40 : text.find(MARK) + 40] for name, text in texts.items() if MARK in text}
    assert leaks == {}
    document = json.loads(members["session.json"])
    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            keys.update(value)
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(document)
    assert not keys & {"notes", "internal_notes", "talking_points", "if_raised", "outcome", "id", "series_id"}
    assert "retired" not in keys


def test_the_packet_in_the_package_is_the_counterpart_edition(exported: tuple[Path, Path, str]) -> None:
    _, package, _ = exported
    texts = _texts(members_of(package))
    document = texts["counterpart-packet.docx/word/document.xml"]
    assert "Working group on supply chains" in document
    assert "Talking points" not in document
    assert "BEGIN:VCALENDAR" in texts["session.ics"] and "Working group on supply chains" in texts["session.ics"]


def test_our_internal_fields_survive_an_update_from_the_other_side(
    exported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    source, package, uid = exported
    with Workspace.open(source) as workspace:
        db = workspace.store.db
        session = session_repository.find_by_uid(db, uid)
        assert session is not None
        # We retitled the session after the package was written: ours is newer and stays; our notes stay.
        with workspace.store.transaction() as tx:
            session_repository.update_session(tx, replace(session, title="New title", sequence=0))
        done = packages.import_package(workspace, package)
        assert done.plan.session.action == "kept" and done.plan.session.changed == ("title",)
        after = session_repository.find_by_uid(db, uid)
        assert after is not None and after.title == "New title"
        assert after.notes == f"{MARK}-session-notes"
        kim = next(p for p in people_repository.list_people(db) if p.name == "KIM Min-jun")
        assert kim.internal_notes == f"{MARK}-person-KIM Min-jun"
        talking = [row[0] for row in db.execute("SELECT talking_points FROM agenda_items")]
        assert all(text.startswith(MARK) for text in talking)


# -- generated sessions ---------------------------------------------------------------------------

HANGUL = "".join(chr(code) for code in range(0xAC00, 0xAC00 + 200, 7))
LETTERS = string.ascii_letters + string.digits + " -'.,"
text = st.text(alphabet=LETTERS + HANGUL, min_size=0, max_size=24)
title = st.text(alphabet=LETTERS + HANGUL, min_size=1, max_size=30).filter(lambda value: value.strip() != "")
label = title.map(str.strip)
sides = st.sampled_from(["ROK", "US"])


@dataclass(frozen=True)
class Plan:
    session: dict[str, Any]
    people: list[dict[str, Any]]
    seats: list[tuple[int, Role, Rsvp]]
    versions: list[tuple[str, str, AgendaStatus, list[dict[str, Any]]]]


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    start = draw(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2034, 12, 31)))
    session = {
        "title": draw(title),
        "title_ko": draw(text),
        "start": start.replace(second=0, microsecond=0, tzinfo=UTC),
        "timezone": draw(st.sampled_from(["Asia/Seoul", "America/New_York", "UTC"])),
        "duration_minutes": draw(st.integers(5, 600)),
        "host_side": draw(sides),
        "number": draw(st.one_of(st.none(), st.integers(1, 60))),
        "venue_city": draw(text),
        "venue_building": draw(text),
        "video_link": draw(st.sampled_from(["", "https://video.example/room"])),
        "format": draw(st.sampled_from(list(SessionFormat))),
        "status": draw(st.sampled_from(list(SessionStatus))),
        "sequence": draw(st.integers(0, 5)),
        "notes": f"{MARK}-notes",
    }
    people_ = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "name": title.map(str.strip),
                    "side": sides,
                    "name_ko": text.map(str.strip),
                    "organization": st.sampled_from(
                        ["", "Ministry of Foreign Affairs", "Department of State", "외교부"]
                    ),
                    "email": st.sampled_from(["", "a@mofa.example.kr", "b@state.example.gov", "c@nsc.example.gov"]),
                    "biography": text,
                }
            ),
            max_size=6,
        )
    )
    seats = []
    for index in draw(st.lists(st.integers(0, max(len(people_) - 1, 0)), unique=True, max_size=len(people_))):
        seats.append((index, draw(st.sampled_from(list(Role))), draw(st.sampled_from(list(Rsvp)))))
    versions = []
    for _ in range(draw(st.integers(0, 4))):
        items = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "title": title,
                        "title_ko": text,
                        "level": st.sampled_from([0, 1]),
                        "lead_side": st.sampled_from(["", "ROK", "US"]),
                        "presenter": st.one_of(st.none(), st.integers(0, 5)),
                        "minutes": st.integers(0, 120),
                        "description": text,
                    }
                ),
                max_size=5,
            )
        )
        status = draw(st.sampled_from(list(AgendaStatus)))
        versions.append((draw(label), draw(sides), status, items))
    return Plan(session, people_, seats, versions)


def build(workspace: Workspace, plan: Plan) -> str:
    """Put the plan in the database through the services, as an officer would; return the session's UID."""
    session = add_session(workspace, Session(**plan.session))
    assert session.id is not None
    ids = [people.add_person(workspace, Person(internal_notes=f"{MARK}-person", **fields)).id for fields in plan.people]
    heads: set[str] = set()
    for index, role, rsvp in plan.seats:
        person_id = ids[index]
        assert person_id is not None
        side = plan.people[index]["side"]
        if role is Role.HEAD and side in heads:
            role = Role.MEMBER
        if role is Role.HEAD:
            heads.add(side)
        delegations.add_to_delegation(workspace, session.id, person_id, role=role, rsvp=rsvp)
    for number, (name, side, status, items) in enumerate(plan.versions):
        made = agenda_versions.start_draft(
            workspace, session.id, name, side, now=datetime(2027, 1, 1, tzinfo=UTC) + timedelta(days=number)
        )
        assert made.id is not None
        for position, fields in enumerate(items):
            presenter = fields["presenter"]
            agenda.add_item(
                workspace,
                AgendaItem(
                    version_id=made.id,
                    position=0,
                    number="",
                    title=fields["title"],
                    title_ko=fields["title_ko"],
                    level=fields["level"] if position else 0,
                    lead_side=fields["lead_side"],
                    presenter_id=ids[presenter] if presenter is not None and presenter < len(ids) else None,
                    minutes=fields["minutes"],
                    description=fields["description"],
                    talking_points=f"{MARK}-tp",
                    internal_notes=f"{MARK}-in",
                ),
            )
        if status is not AgendaStatus.DRAFT:
            agenda_versions.set_status(workspace, made.id, AgendaStatus.PROPOSED)
        if status is AgendaStatus.AGREED:
            agenda_versions.set_status(workspace, made.id, AgendaStatus.AGREED)
    return session.uid


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plans())
def test_round_trip_of_generated_sessions(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        with Workspace.open(here / "a.sqlite3") as workspace:
            uid = build(workspace, plan)
            expected = projection(workspace, uid)
            session = session_repository.find_by_uid(workspace.store.db, uid)
            assert session is not None and session.id is not None
            packages.export_package(workspace, session.id, here / "s.bdpkg", documents=False)
        data = (here / "s.bdpkg").read_bytes()
        assert MARK.encode() not in data and MARK.encode() not in zipfile.ZipFile(io.BytesIO(data)).read("session.json")
        with Workspace.open(here / "b.sqlite3") as workspace:
            packages.import_package(workspace, here / "s.bdpkg")
            assert projection(workspace, uid) == awaiting_confirmation(expected)
        before = counts(here / "b.sqlite3")
        with Workspace.open(here / "b.sqlite3") as workspace:
            assert packages.import_package(workspace, here / "s.bdpkg").changes_nothing
        assert counts(here / "b.sqlite3") == before
        before = counts(here / "a.sqlite3")
        with Workspace.open(here / "a.sqlite3") as workspace:
            assert packages.import_package(workspace, here / "s.bdpkg").changes_nothing
        assert counts(here / "a.sqlite3") == before
