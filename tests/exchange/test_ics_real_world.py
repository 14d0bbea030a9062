"""Calendar files as Outlook, Google, Apple and Notes send them: every recurrence form RFC 5545 has.

Every imported time is checked against an independent reading of the same file by
icalendar + recurring-ical-events (the occurrences between the first and the horizon).
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from desktop_app.cli import main
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.services.calendar_files import ImportRange, import_ics
from desktop_app.services.calendar_import_preview import preview_ics_import
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository
from tests.exchange.ics_real_samples import (
    apple_forms,
    crm_export,
    google_large,
    google_weekly,
    notes_repeating,
    outlook_open_ended,
)

NOW = datetime(2027, 1, 1, tzinfo=UTC)
HORIZON = datetime(2029, 1, 1, tzinfo=UTC)  # two years from NOW (the default horizon)


def independent_starts(data: bytes, uid: str, until: datetime = HORIZON) -> list[tuple[datetime, str]]:
    """(start in UTC, title) of every timed occurrence of ``uid``, as icalendar + recurring-ical-events read them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        calendar = icalendar.Calendar.from_ical(data)
        found = []
        for event in recurring_ical_events.of(calendar).between(datetime(2000, 1, 1, tzinfo=UTC), until):
            start = event["DTSTART"].dt
            if str(event["UID"]) == uid and isinstance(start, datetime):
                found.append((start.astimezone(UTC), str(event["SUMMARY"])))
    return sorted(found)


def imported(sessions: list[Session], uid: str) -> list[tuple[datetime, str]]:
    return sorted((s.start, s.title) for s in sessions if s.uid.startswith(uid))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_outlook_an_open_ended_weekly_call_imports_to_the_horizon_with_a_note(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = outlook_open_ended()
    report = import_ics(workspace, write(tmp_path, "outlook.ics", data), now=NOW)
    call = "040000008200E00074C5B7101A82E00800000000STANDING-CALL"
    got = imported(report.created, call)
    assert got == independent_starts(data, call)
    assert got[0][0] == datetime(2027, 1, 5, 13, 0, tzinfo=UTC)  # 08:00 EST
    assert datetime(2027, 1, 12, 13, 0, tzinfo=UTC) not in [start for start, _ in got]  # the EXDATE
    assert datetime(2027, 7, 6, 12, 0, tzinfo=UTC) in [start for start, _ in got]  # 08:00 EDT in summer
    assert got[-1][0] < HORIZON and got[-1][0] > HORIZON - timedelta(days=8)
    assert [t for _, t in imported(report.created, "040000008200E00074C5B7101A82E0080000000010TH-ROUND")] == [
        "Policy consultation (10th round)"
    ]
    assert any("Desk officers' standing call" in n and "repeats past 2029-01-01" in n for n in report.notes)
    series = series_repository.find_series_by_uid(workspace.store.db, call)
    assert series is not None and series.until is not None and series.until.year == 2028


def test_a_longer_horizon_reads_further_and_the_command_line_says_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "outlook.ics", outlook_open_ended())
    database = str(tmp_path / "body.sqlite3")
    assert main(["--db", database, "ics", "import", str(path), "--horizon", "3", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("would import") and "(ics import --horizon YEARS reads further)" in out
    with Workspace.open(Path(database)) as workspace:
        assert session_repository.list_sessions(workspace.store.db) == []
    assert main(["--db", database, "ics", "import", str(path), "--horizon", "11"]) == 1
    assert "horizon is 1 to 10 years" in capsys.readouterr().err


def test_google_an_open_series_with_a_moved_and_a_cancelled_date(workspace: Workspace, tmp_path: Path) -> None:
    data = google_weekly()
    report = import_ics(workspace, write(tmp_path, "google.ics", data), now=NOW)
    got = imported(report.created, "3k1v9weekly@google.com")
    assert got == independent_starts(data, "3k1v9weekly@google.com")
    starts = [start for start, _ in got]
    assert datetime(2027, 3, 17, 14, 0, tzinfo=UTC) not in starts  # EXDATE (10:00 EDT)
    assert (datetime(2027, 3, 25, 18, 0, tzinfo=UTC), "Working-level sync (moved to Thursday)") in got
    assert datetime(2027, 3, 24, 14, 0, tzinfo=UTC) not in starts


def test_apple_this_and_all_following_a_period_rdate_and_a_date_only_exdate(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = apple_forms()
    report = import_ics(workspace, write(tmp_path, "apple.ics", data), now=NOW)
    got = imported(report.created, "8E1F4C2A-APPLE-SERIES")
    assert got == independent_starts(data, "8E1F4C2A-APPLE-SERIES")
    kst = [(start + timedelta(hours=9)).strftime("%m-%d %H:%M") for start, _ in got]
    # COUNT=8 from 4 January, less the 11th (EXDATE;VALUE=DATE), plus 7 January (RDATE;VALUE=PERIOD);
    # from 1 February on every week is at 16:00 under the new title (RANGE=THISANDFUTURE).
    assert kst == [
        "01-04 14:00",
        "01-07 14:00",
        "01-18 14:00",
        "01-25 14:00",
        "02-01 16:00",
        "02-08 16:00",
        "02-15 16:00",
        "02-22 16:00",
    ]
    titles = [title for _, title in got]
    assert titles[:4] == ["Consultation prep"] * 4 and titles[4:] == ["Consultation prep (later slot)"] * 4
    extra = next(s for s in report.created if s.start == datetime(2027, 1, 7, 5, 0, tzinfo=UTC))
    assert extra.duration_minutes == 120  # the PERIOD's own length


def test_apple_importing_twice_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "apple.ics", apple_forms())
    import_ics(workspace, path, now=NOW)
    again = import_ics(workspace, path, now=NOW)
    assert again.created == [] and again.updated == [] and again.unchanged == 8


def test_notes_its_own_zone_with_byhour_rules_and_an_rdate_list_without_rrule(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = notes_repeating()
    report = import_ics(workspace, write(tmp_path, "notes.ics", data), now=NOW)
    got = imported(report.created, "A1B2C3D4E5F60718-NOTES")
    assert got == independent_starts(data, "A1B2C3D4E5F60718-NOTES")
    # 09:30 Eastern: EST on 2 March, EDT from 14 March on.
    assert [start for start, _ in got] == [
        datetime(2027, 3, 2, 14, 30, tzinfo=UTC),
        datetime(2027, 3, 16, 13, 30, tzinfo=UTC),
        datetime(2027, 4, 6, 13, 30, tzinfo=UTC),
    ]
    assert all(s.venue_building == "Room 6205" or "Room 6205" in s.venue for s in report.created)


def test_a_crm_export_with_one_malformed_dtend_imports_the_rest(workspace: Workspace, tmp_path: Path) -> None:
    report = import_ics(workspace, write(tmp_path, "crm.ics", crm_export()), now=NOW)
    assert sorted(s.title for s in report.created) == ["Briefing of the delegation", "Debrief"]
    assert [n for n in report.notes if "Call with the embassy" in n] == [
        next(n for n in report.notes if n.startswith("skipped “Call with the embassy”: its DTEND is malformed"))
    ]


def test_a_google_export_over_the_event_limit_is_imported_for_a_range(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "google-all.ics", google_large())
    before = list(workspace.store.conn.iterdump())
    with pytest.raises(InvalidInput, match=r"more than 1,000 events.*--from/--until"):
        import_ics(workspace, path, now=NOW)
    assert list(workspace.store.conn.iterdump()) == before
    reading = ImportRange(first_day=datetime(2025, 1, 1).date(), last_day=datetime(2025, 12, 31).date())
    preview = preview_ics_import(workspace, path, reading, now=NOW)
    assert list(workspace.store.conn.iterdump()) == before
    report = import_ics(workspace, path, reading, now=NOW)
    assert len(report.created) == len(preview.created) == 28 * 12
    assert {s.start.year for s in report.created} == {2025}


def test_the_command_line_imports_a_range(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "google-all.ics", google_large())
    database = str(tmp_path / "body.sqlite3")
    assert main(["--db", database, "ics", "import", str(path), "--from", "2025-03-01", "--until", "2025-03-31"]) == 0
    assert "28 created" in capsys.readouterr().out
    assert main(["--db", database, "ics", "import", str(path), "--from", "2025-04-01", "--until", "2025-03-01"]) == 1
    assert capsys.readouterr().err.startswith("error: the range ends")
