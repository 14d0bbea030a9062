"""Importing what counterparts really send: Outlook invitations, Google exports; twice changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain.session import SessionStatus
from desktop_app.scheduling.timezones import local_times, wall_time
from desktop_app.services.calendar_files import export_ics, import_ics
from desktop_app.services.calendar_view import warning_context
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository
from tests.exchange.ics_samples import GOOGLE_TITLE, OUTLOOK_UID, google_export, outlook_invitation, outlook_recurring
from tests.scheduling.helpers import draft


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def dump(workspace: Workspace) -> list[str]:
    return list(workspace.store.conn.iterdump())


def test_an_outlook_invitation_with_a_windows_zone(workspace: Workspace, tmp_path: Path) -> None:
    report = import_ics(workspace, write(tmp_path, "invite.ics", outlook_invitation()))
    assert report.summary() == "1 created, 0 updated, 0 unchanged"
    session = session_repository.find_by_uid(workspace.store.db, OUTLOOK_UID)
    assert session is not None
    # 09:00 Eastern on Tuesday 16 March 2027 is after the US spring-forward: EDT, 13:00 UTC, 22:00 in Seoul.
    assert session.start == datetime(2027, 3, 16, 13, 0, tzinfo=UTC)
    assert session.timezone == "America/New_York"
    assert session.duration_minutes == 120
    assert (session.venue_building, session.venue_city) == ("Department of State", "Washington")
    assert session.host_side == "US"
    assert session.title == "Working-level consultation (3rd round)"
    assert local_times(session, workspace.body)["Asia/Seoul"].isoformat() == "2027-03-16T22:00:00+09:00"


def test_importing_twice_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "invite.ics", outlook_invitation())
    import_ics(workspace, path)
    before = dump(workspace)
    report = import_ics(workspace, path)
    assert report.summary() == "0 created, 0 updated, 1 unchanged"
    assert dump(workspace) == before


def test_an_update_with_the_same_uid_moves_the_session_and_an_older_one_is_kept_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_ics(workspace, write(tmp_path, "v0.ics", outlook_invitation()))
    report = import_ics(workspace, write(tmp_path, "v1.ics", outlook_invitation(sequence=1, start="20270317T090000")))
    assert report.summary() == "0 created, 1 updated, 0 unchanged"
    session = session_repository.find_by_uid(workspace.store.db, OUTLOOK_UID)
    assert session is not None and session.sequence == 1 and session.start.day == 17
    stale = import_ics(workspace, write(tmp_path, "v0again.ics", outlook_invitation(sequence=0, summary="Old title")))
    assert stale.summary() == "0 created, 0 updated, 0 unchanged"
    assert "older" in stale.notes[0]


def test_an_outlook_series_with_a_skipped_and_a_moved_occurrence(workspace: Workspace, tmp_path: Path) -> None:
    report = import_ics(workspace, write(tmp_path, "series.ics", outlook_recurring()))
    assert len(report.created) == 5  # six, one skipped by EXDATE
    sessions = sorted(report.created, key=lambda s: s.start)
    walls = [wall_time(s.start, "America/New_York") for s in sessions]
    assert [w.strftime("%m-%d %H:%M") for w in walls] == [
        "03-09 09:00",
        "04-14 09:00",
        "06-08 09:00",
        "07-13 09:00",
        "08-10 09:00",
    ]
    moved = sessions[1]
    assert moved.title == "Monthly video call (moved)" and moved.sequence == 1
    series = series_repository.find_series_by_uid(workspace.store.db, "series-0001@state.example.gov")
    assert series is not None and series.count == 6 and series.rule == "FREQ=MONTHLY;BYDAY=2TU"
    assert all(s.series_id == series.id for s in sessions)
    assert import_ics(workspace, write(tmp_path, "again.ics", outlook_recurring())).summary() == (
        "0 created, 0 updated, 5 unchanged"
    )


def test_a_google_export_in_utc_with_folded_korean(workspace: Workspace, tmp_path: Path) -> None:
    report = import_ics(workspace, write(tmp_path, "google.ics", google_export()))
    assert any("all-day" in note for note in report.notes)
    db = workspace.store.db
    chuseok = session_repository.find_by_uid(db, "7kukuqrfedlm2f9t2vhvb3t9lm@google.com")
    assert chuseok is not None
    assert chuseok.title == GOOGLE_TITLE  # the character split across the fold is whole again
    assert chuseok.timezone == "Asia/Seoul" and wall_time(chuseok.start, "Asia/Seoul") == datetime(2027, 9, 15, 10)
    assert chuseok.status is SessionStatus.CONFIRMED
    assert any("Chuseok (추석)" in w for w in warning_context(workspace).warnings(chuseok))
    reviews = [s for s in report.created if s.series_id is not None]
    assert [wall_time(s.start, "Asia/Seoul").strftime("%m-%d %H:%M") for s in reviews] == ["10-12 10:00", "11-23 10:00"]
    assert all(s.status is SessionStatus.PLANNED for s in reviews)
    assert import_ics(workspace, write(tmp_path, "again.ics", google_export())).summary() == (
        "0 created, 0 updated, 3 unchanged"
    )


def test_our_own_export_reads_back_unchanged_here_and_whole_elsewhere(workspace: Workspace, tmp_path: Path) -> None:
    create_session(workspace, draft("제1차 정책협의", datetime(2027, 3, 9, 10), venue_city="Seoul"))
    create_session(workspace, draft("Video", datetime(2027, 4, 13, 10), video_link="https://video.example.org/r"))
    path = tmp_path / "ours.ics"
    export_ics(workspace, path)
    before = dump(workspace)
    assert import_ics(workspace, path).summary() == "0 created, 0 updated, 2 unchanged"
    assert dump(workspace) == before
    with Workspace.open(tmp_path / "other.sqlite3") as other:
        assert import_ics(other, path).summary() == "2 created, 0 updated, 0 unchanged"
        theirs = {s.uid: s for s in session_repository.list_sessions(other.store.db)}
        for ours in session_repository.list_sessions(workspace.store.db):
            copy = theirs[ours.uid]
            assert (copy.title, copy.start, copy.timezone, copy.venue, copy.status) == (
                ours.title,
                ours.start,
                ours.timezone,
                ours.venue,
                ours.status,
            )


@pytest.mark.parametrize("name", ["missing.ics"])
def test_a_missing_file_is_refused(workspace: Workspace, tmp_path: Path, name: str) -> None:
    from desktop_app.errors import InvalidInput

    with pytest.raises(InvalidInput, match="cannot read"):
        import_ics(workspace, tmp_path / name)


def test_an_outlook_cancellation_cancels_the_session(workspace: Workspace, tmp_path: Path) -> None:
    import_ics(workspace, write(tmp_path, "invite.ics", outlook_invitation()))
    cancel = outlook_invitation(sequence=1).replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
    assert import_ics(workspace, write(tmp_path, "cancel.ics", cancel)).summary() == "0 created, 1 updated, 0 unchanged"
    session = session_repository.find_by_uid(workspace.store.db, OUTLOOK_UID)
    assert session is not None and session.status is SessionStatus.CANCELLED


def test_a_zone_name_of_the_senders_own_is_read_from_its_vtimezone(workspace: Workspace, tmp_path: Path) -> None:
    # Older Outlook versions name the zone by its display name, which no database knows.
    custom = outlook_invitation().replace(b"Eastern Standard Time", b"(UTC-05:00) Eastern Time (US & Canada)")
    import_ics(workspace, write(tmp_path, "old-outlook.ics", custom))
    session = session_repository.find_by_uid(workspace.store.db, OUTLOOK_UID)
    assert session is not None
    assert session.start == datetime(2027, 3, 16, 13, 0, tzinfo=UTC)  # EDT, from the file's own rules
    assert session.timezone == "America/New_York"  # the host's zone: Washington is in the location
