"""Dates outside the years the app can work with, and zones nobody knows, from every door."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.dates import EARLIEST_YEAR, LATEST_YEAR, check_date, in_range
from desktop_app.errors import InvalidInput
from tests.reliability.hostile import cli, digest


def event_calendar(dtstart: str, *, extra: tuple[str, ...] = (), summary: str = "Round") -> bytes:
    lines = (
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Counterpart//EN",
        *extra,
        "BEGIN:VEVENT",
        "UID:round-1@counterpart.example",
        "DTSTAMP:20270101T000000Z",
        dtstart,
        "DURATION:PT2H",
        f"SUMMARY:{summary}",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def test_the_range_has_one_definition() -> None:
    from datetime import UTC, date, datetime

    assert in_range(datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC))
    assert in_range(date(LATEST_YEAR, 12, 31))
    assert not in_range(datetime(9999, 12, 31, 23, tzinfo=UTC))
    assert not in_range(date(EARLIEST_YEAR - 1, 12, 31))
    with pytest.raises(InvalidInput, match="outside the years"):
        check_date(date(1, 1, 1))


@pytest.mark.parametrize("start", ["9999-12-31 23:00", "1850-06-01 10:00", "2201-01-01 00:00"])
def test_a_session_outside_the_range_is_refused_from_the_command_line(filled_db: Path, capsys, start: str) -> None:
    before = digest(filled_db)
    line = cli(
        capsys, filled_db, "sessions", "add", "--title", "Far", "--start", start, "--tz", "UTC"
    ).refused_in_one_line()
    assert "outside the years Briefing Desk accepts (1900–2200)" in line
    assert digest(filled_db) == before


def test_an_action_due_outside_the_range_is_refused(filled_db: Path, capsys) -> None:
    before = digest(filled_db)
    outcome = cli(capsys, filled_db, "actions", "add", "1", "Reply", "--due", "9999-12-31")
    assert "outside the years" in outcome.refused_in_one_line()
    assert digest(filled_db) == before


def test_an_ics_event_in_year_9999_is_skipped_with_a_note_and_nothing_written(
    filled_db: Path, tmp_path: Path, capsys
) -> None:
    ics = tmp_path / "far.ics"
    ics.write_bytes(event_calendar("DTSTART:99991231T230000Z"))
    before = digest(filled_db)
    outcome = cli(capsys, filled_db, "ics", "import", str(ics))
    assert "0 created" in outcome.out
    assert (
        "skipped “Round”: its date in the year 9999 is outside the years Briefing Desk accepts"
        in outcome.out + outcome.err
    )
    assert digest(filled_db) == before


def _plant_far_session(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE sessions SET start_utc = '9999-12-31T23:00:00+00:00' WHERE id = 1")
    conn.close()


def test_a_database_already_holding_a_far_session_still_opens(filled_db: Path, tmp_path: Path, capsys) -> None:
    _plant_far_session(filled_db)
    listed = cli(capsys, filled_db, "sessions", "list")
    assert listed.code == 0
    assert "Second round" in listed.out
    assert "warning: session 1" in listed.err and "invalid start" in listed.err
    added = cli(
        capsys, filled_db, "sessions", "add", "--title", "Next", "--start", "2027-09-01 10:00", "--tz", "Asia/Seoul"
    )
    assert added.code == 0, added.err
    assert cli(capsys, filled_db, "ics", "export", "-o", str(tmp_path / "all.ics")).code == 0
    assert cli(capsys, filled_db, "packet", "-o", str(tmp_path / "p.docx"), "2").code == 0
    assert "session 1" in cli(capsys, filled_db, "packet", "-o", str(tmp_path / "q.docx"), "1").refused_in_one_line()
    line = cli(capsys, filled_db, "check").refused_in_one_line()
    assert "session 1" in line and "invalid start" in line


@pytest.mark.parametrize(
    ("tzid", "shown"),
    [
        ("America/New_Yrok", "America/New_Yrok"),
        ("Mars/Olympus_Mons", "Mars/Olympus_Mons"),
        ("../../../etc/localtime", "../../../etc/localtime"),
        ("", "time zone ''"),
    ],
    ids=["typo", "mars", "path", "empty"],
)
def test_an_unknown_zone_is_never_read_as_seoul(filled_db: Path, tmp_path: Path, capsys, tzid: str, shown: str) -> None:
    ics = tmp_path / "zone.ics"
    ics.write_bytes(event_calendar(f"DTSTART;TZID={tzid}:20270316T090000"))
    outcome = cli(capsys, filled_db, "ics", "import", str(ics))
    assert shown in outcome.out + outcome.err
    listed = cli(capsys, filled_db, "sessions", "list", "--json")
    assert "round-1@counterpart.example" not in listed.out


def test_a_zone_the_file_defines_itself_is_used(filled_db: Path, tmp_path: Path, capsys) -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE",
        "TZID:America/New_Yrok",
        "BEGIN:STANDARD",
        "DTSTART:19701101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "END:STANDARD",
        "END:VTIMEZONE",
    )
    ics = tmp_path / "own.ics"
    ics.write_bytes(event_calendar("DTSTART;TZID=America/New_Yrok:20270116T090000", extra=vtimezone))
    assert cli(capsys, filled_db, "ics", "import", str(ics)).code == 0
    import json

    listed = json.loads(cli(capsys, filled_db, "sessions", "list", "--json").out)
    (imported,) = [s for s in listed if s["uid"] == "round-1@counterpart.example"]
    from datetime import datetime

    assert datetime.fromisoformat(imported["start"]).utcoffset().total_seconds() in (-5 * 3600, 0, 9 * 3600)
    start = datetime.fromisoformat(imported["start"])
    assert start.astimezone(__import__("datetime").UTC).hour == 14
