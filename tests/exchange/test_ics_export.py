"""Exported calendar files: parsed back with icalendar, raw bytes checked, nothing internal inside."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Timezone

from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.errors import NotFound, UserError
from desktop_app.exchange.vtimezone import vtimezone
from desktop_app.services.calendar_files import export_ics
from desktop_app.services.scheduling import SessionDraft, cancel_session, create_session, edit_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, people_repository
from tests.scheduling.helpers import draft

LONG_KOREAN = "제1차 한미 외교안보 정책협의회 실무회의 — 한반도 정세 평가 및 대북 정책 공조 방안에 관한 심층 논의"


@pytest.fixture
def planned(workspace: Workspace) -> Workspace:
    """Two sessions, one with both delegations and an agenda carrying internal notes."""
    first = create_session(
        workspace,
        draft(
            LONG_KOREAN,
            datetime(2027, 1, 12, 9),
            venue_city="Seoul",
            venue_building="Ministry of Foreign Affairs",
            notes="SECRET-SESSION-NOTE",
        ),
    ).session
    create_session(
        workspace, draft("Summer round", datetime(2027, 7, 13, 10), "America/New_York", venue_city="Washington")
    )
    assert first.id is not None
    with workspace.store.transaction() as db:
        kim = people_repository.insert_person(
            db,
            Person(
                "KIM Min-jun",
                "ROK",
                name_ko="김민준",
                email="minjun.kim@mofa.example.kr",
                internal_notes="SECRET-PERSON-NOTE",
            ),
        )
        carter = people_repository.insert_person(db, Person("Jane Carter", "US", email="jane.carter@state.example.gov"))
        lee = people_repository.insert_person(db, Person("LEE Seo-yeon", "ROK"))  # no e-mail
        people_repository.add_attendance(db, Attendance(first.id, kim, Role.HEAD, rsvp=Rsvp.CONFIRMED))
        people_repository.add_attendance(db, Attendance(first.id, carter, Role.HEAD, rsvp=Rsvp.TENTATIVE))
        people_repository.add_attendance(db, Attendance(first.id, lee, Role.NOTE_TAKER))
        version = agenda_repository.insert_version(
            db, AgendaVersion(first.id, 1, "our draft 1", "ROK", AgendaStatus.AGREED, datetime(2027, 1, 1, tzinfo=UTC))
        )
        agenda_repository.insert_items(
            db,
            [
                AgendaItem(version, 0, "1", "Opening remarks", title_ko="개회사"),
                AgendaItem(
                    version,
                    1,
                    "2",
                    "Assessment of the peninsula",
                    talking_points="SECRET-TALKING-POINT",
                    if_raised="SECRET-IF-RAISED",
                    internal_notes="SECRET-ITEM-NOTE",
                ),
            ],
        )
    return workspace


def export(workspace: Workspace, path: Path, *keys: str) -> tuple[bytes, Calendar]:
    export_ics(workspace, path, keys)
    raw = path.read_bytes()
    return raw, Calendar.from_ical(raw)


def test_the_file_parses_back_with_everything_a_client_needs(planned: Workspace, tmp_path: Path) -> None:
    raw, calendar = export(planned, tmp_path / "out.ics")
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    first = events[0]
    assert str(first["SUMMARY"]) == LONG_KOREAN
    assert first.decoded("DTSTART") == datetime(2027, 1, 12, 9, tzinfo=ZoneInfo("Asia/Seoul"))
    assert first["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert str(first["LOCATION"]) == "Ministry of Foreign Affairs, Seoul"
    assert str(first["STATUS"]) == "TENTATIVE"
    assert str(first["ORGANIZER"]) == "mailto:minjun.kim@mofa.example.kr"
    attendees = {str(a): a.params for a in first["ATTENDEE"]}
    assert attendees["mailto:minjun.kim@mofa.example.kr"]["ROLE"] == "CHAIR"
    assert attendees["mailto:minjun.kim@mofa.example.kr"]["PARTSTAT"] == "ACCEPTED"
    assert attendees["mailto:jane.carter@state.example.gov"]["PARTSTAT"] == "TENTATIVE"
    assert attendees["mailto:minjun.kim@mofa.example.kr"]["CN"] == "KIM Min-jun"
    description = str(first["DESCRIPTION"])
    assert "1. Opening remarks / 개회사" in description and "2. Assessment of the peninsula" in description
    assert "LEE Seo-yeon (note-taker)" in description  # no e-mail: named in the description instead
    assert "Tue 12 Jan 09:00 KST · Mon 11 Jan 19:00 EST" in description
    assert str(calendar["METHOD"]) == "PUBLISH" and b"PRODID:-//Briefing Desk//" in raw


def test_a_vtimezone_for_every_tzid_used(planned: Workspace, tmp_path: Path) -> None:
    raw, calendar = export(planned, tmp_path / "out.ics")
    used = {e["DTSTART"].params["TZID"] for e in calendar.walk("VEVENT")}
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert used == defined == {"Asia/Seoul", "America/New_York"}
    assert calendar.get_missing_tzids() == set()
    assert raw.index(b"BEGIN:VTIMEZONE") < raw.index(b"BEGIN:VEVENT")


def test_nothing_internal_leaves_the_office(planned: Workspace, tmp_path: Path) -> None:
    raw, _ = export(planned, tmp_path / "out.ics")
    assert b"SECRET" not in raw


def test_lines_are_folded_at_75_octets_without_splitting_a_character(planned: Workspace, tmp_path: Path) -> None:
    raw, _ = export(planned, tmp_path / "out.ics")
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) >= 2  # the Korean title and the description were folded
    for line in lines:
        line.decode("utf-8")  # a character split across a fold would not decode on its own


def test_uid_is_stable_and_sequence_rises_with_each_change(planned: Workspace, tmp_path: Path) -> None:
    _, before = export(planned, tmp_path / "one.ics")
    uid = str(before.walk("VEVENT")[0]["UID"])
    assert before.walk("VEVENT")[0]["SEQUENCE"] == 0
    edit_session(planned, 1, replace(SessionDraft.of(planned_session(planned)), duration_minutes=150))
    cancel_session(planned, 1)
    _, after = export(planned, tmp_path / "two.ics")
    event = after.walk("VEVENT")[0]
    assert str(event["UID"]) == uid and event["SEQUENCE"] == 2
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=150)


def planned_session(workspace: Workspace):  # type: ignore[no-untyped-def]
    from desktop_app.storage.session_repository import get_session

    return get_session(workspace.store.db, 1)


def test_export_of_named_sessions_only(planned: Workspace, tmp_path: Path) -> None:
    _, calendar = export(planned, tmp_path / "one.ics", "2")
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Summer round"]
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"America/New_York"}
    with pytest.raises(NotFound):
        export_ics(planned, tmp_path / "none.ics", ["99"])
    assert not (tmp_path / "none.ics").exists()


def test_a_failed_export_leaves_the_target_as_it_was(
    planned: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"the previous export")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)  # fails after the new file was written, before it replaces
    with pytest.raises(UserError, match="No space left"):
        export_ics(planned, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3" and "sqlite3" not in p.name] == [
        "calendar.ics"
    ]
    with pytest.raises(UserError, match="does not exist"):
        export_ics(planned, tmp_path / "missing" / "calendar.ics")


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Seoul", "Europe/London", "Australia/Sydney"])
def test_the_outlook_style_vtimezone_gives_the_same_offsets_as_the_zone_database(zone: str) -> None:
    component = vtimezone(zone, date(2027, 1, 1), date(2029, 12, 31))
    tz = Timezone.from_ical(component.to_ical()).to_tz(lookup_tzid=False)
    real = ZoneInfo(zone)
    moment = datetime(2027, 1, 1, 0, 30, tzinfo=UTC)
    while moment < datetime(2029, 12, 31, tzinfo=UTC):  # every instant, so gaps and folds are compared too
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += timedelta(minutes=97)
    if zone != "Asia/Seoul":
        assert b"RDATE" not in component.to_ical() and component.to_ical().count(b"RRULE:FREQ=YEARLY") == 2


def test_a_zone_whose_rule_changed_in_the_range_falls_back_to_exact_transitions() -> None:
    component = vtimezone("America/New_York", date(2006, 1, 1), date(2008, 12, 31))
    assert b"RDATE" in component.to_ical()


def test_the_dst_edges_in_the_file(workspace: Workspace, tmp_path: Path) -> None:
    # 10:00 New York on the Friday before and after the spring-forward weekend of 14 March 2027.
    for day in (12, 19):
        create_session(workspace, draft(f"Call {day}", datetime(2027, 3, day, 10), "America/New_York"))
    _, calendar = export(workspace, tmp_path / "dst.ics")
    tz = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    starts = [e["DTSTART"].dt.replace(tzinfo=tz).astimezone(UTC) for e in calendar.walk("VEVENT")]
    assert starts == [datetime(2027, 3, 12, 15, tzinfo=UTC), datetime(2027, 3, 19, 14, tzinfo=UTC)]
    assert re.findall(rb"DTSTART;TZID=America/New_York:(\S+)", tmp_path.joinpath("dst.ics").read_bytes()) == [
        b"20270312T100000",
        b"20270319T100000",
    ]
