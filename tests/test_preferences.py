"""The body's preferences (one transaction through save_body), the backup folder, and backups from a worker."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.errors import InvalidInput, ReadOnlyDatabase, UserError
from desktop_app.services import maintenance
from desktop_app.services.preferences import (
    BodyPreferences,
    body_preferences,
    default_backup_folder,
    save_body_preferences,
    set_backup_folder,
    timezone_choices,
    timezone_problem,
)
from desktop_app.services.sessions import add_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backups
from tests.conftest import seoul_session


def test_body_preferences_read_the_body(workspace: Workspace) -> None:
    prefs = body_preferences(workspace)
    assert prefs.default_marking == workspace.body.default_marking
    assert prefs.office == workspace.body.office
    assert dict(prefs.timezones) == {"ROK": "Asia/Seoul", "US": "America/New_York"}


def test_saved_preferences_are_there_after_reopening(db_path: Path) -> None:
    with Workspace.open(db_path) as workspace:
        prefs = BodyPreferences(
            default_marking="  FOR OFFICIAL USE ONLY ",
            office="Korea Policy Division",
            timezones={"ROK": "Asia/Seoul", "US": "America/Los_Angeles"},
        )
        body = save_body_preferences(workspace, prefs)
        assert body is workspace.body  # the open workspace sees the change at once
        assert body.default_marking == "FOR OFFICIAL USE ONLY"
    with Workspace.open(db_path) as reopened:
        assert reopened.body.default_marking == "FOR OFFICIAL USE ONLY"
        assert reopened.body.office == "Korea Policy Division"
        assert reopened.body.side("US").timezone == "America/Los_Angeles"
        assert reopened.body.side("ROK").timezone == "Asia/Seoul"
        assert reopened.body.name == "New consultative body"  # what the dialog does not hold is kept


@pytest.mark.parametrize(
    ("zones", "reason"),
    [
        ({"US": "America/New_Yrok"}, "unknown time zone 'America/New_Yrok'"),
        ({"US": ""}, "a time zone is needed"),
        ({"ROK": "localtime"}, "not a place in the IANA time zone database"),
        ({"ROK": "../../etc/passwd"}, "unknown time zone"),
        ({"JP": "Asia/Tokyo"}, "unknown side 'JP'"),
    ],
)
def test_an_invalid_zone_is_refused_with_the_reason_and_nothing_is_written(
    db_path: Path, zones: dict[str, str], reason: str
) -> None:
    with Workspace.open(db_path) as workspace:
        before = body_preferences(workspace)
        changed = replace(before, office="Should not be saved", timezones={**before.timezones, **zones})
        with pytest.raises(InvalidInput, match=reason.replace("(", r"\(")):
            save_body_preferences(workspace, changed)
    with Workspace.open(db_path) as reopened:
        assert body_preferences(reopened) == before  # one transaction: not even the office was written


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("default_marking", "SECRET\nNOFORN", "must be one line"),
        ("default_marking", "X" * 121, "at most 120"),
        ("office", "Division\r\nTwo", "must be one line"),
    ],
)
def test_markings_and_offices_must_fit_a_page_header(workspace: Workspace, field: str, value: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason):
        save_body_preferences(workspace, replace(body_preferences(workspace), **{field: value}))


def test_an_empty_marking_is_allowed(workspace: Workspace) -> None:
    assert (
        save_body_preferences(workspace, replace(body_preferences(workspace), default_marking="")).default_marking == ""
    )


def test_a_read_only_database_refuses(filled_db: Path) -> None:
    with Workspace.open(filled_db, read_only=True) as workspace, pytest.raises(ReadOnlyDatabase):
        save_body_preferences(workspace, replace(body_preferences(workspace), office="x"))


def test_timezone_choices_are_iana_places() -> None:
    choices = timezone_choices()
    assert "Asia/Seoul" in choices and "America/New_York" in choices and "UTC" in choices
    assert "localtime" not in choices and not any(name.startswith(("posix/", "right/")) for name in choices)
    assert list(choices) == sorted(choices)
    assert timezone_problem(" Asia/Seoul ") is None


# -- the backup folder -------------------------------------------------------------------------
def test_backup_folder_default_and_chosen(workspace: Workspace, tmp_path: Path) -> None:
    assert set_backup_folder(workspace, None) == default_backup_folder(workspace) == workspace.path.parent / "backups"
    chosen = tmp_path / "elsewhere"  # need not exist yet: the first backup makes it
    assert set_backup_folder(workspace, chosen) == chosen
    assert workspace.store.backups_dir == chosen
    assert maintenance.backup_now(workspace).parent == chosen
    assert set_backup_folder(workspace, "") == default_backup_folder(workspace)


def test_backup_folder_refusals(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="full path"):
        set_backup_folder(workspace, "relative/folder")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(UserError, match="is a file"):
        set_backup_folder(workspace, a_file)
    with pytest.raises(UserError, match="does not exist"):
        set_backup_folder(workspace, tmp_path / "no" / "such" / "folder")
    assert workspace.store.backups_dir == workspace.path.parent / "backups"  # a refusal leaves it as it was


# -- backups from a worker thread --------------------------------------------------------------
def test_backup_file_from_another_thread_is_a_sound_copy(filled_db: Path, tmp_path: Path) -> None:
    with Workspace.open(filled_db) as workspace:
        add_session(workspace, seoul_session("Third round"))
        job = maintenance.plan_backup(workspace, tmp_path / "copies")
        made: list[Path] = []
        worker = threading.Thread(target=lambda: made.append(maintenance.backup_file(job.database, job.directory)))
        worker.start()
        worker.join(timeout=30)
        assert made and made[0].parent == tmp_path / "copies"
        assert workspace.store.changed_since_backup
        maintenance.record_backup(workspace, job, made[0])
        assert not workspace.store.changed_since_backup
        assert workspace.store.last_backup == made[0]
        assert workspace.close() is None  # nothing changed since: closing takes no second backup
    with Workspace.open(made[0], read_only=True) as copy:
        assert len(list_sessions(copy)) == 3


def test_a_change_saved_during_the_backup_does_not_spoil_its_check(
    filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy and the row counts it is checked against come from one snapshot."""
    workspace = Workspace.open(filled_db)
    original = backups.copy_verified

    def copy_while_the_window_writes(source: sqlite3.Connection, target: Path) -> Path:
        add_session(workspace, seoul_session("Saved while the backup ran"))  # the writer commits mid-backup
        return original(source, target)

    monkeypatch.setattr(backups, "copy_verified", copy_while_the_window_writes)
    try:
        job = maintenance.plan_backup(workspace, tmp_path / "copies")
        made = maintenance.backup_file(job.database, job.directory)
        maintenance.record_backup(workspace, job, made)
        assert workspace.store.changed_since_backup  # the new session is not in that backup
    finally:
        monkeypatch.undo()
        closing_backup = workspace.close()
    assert closing_backup is not None  # so closing backs it up
    with Workspace.open(made, read_only=True) as copy:
        assert len(list_sessions(copy)) == 2


def test_backup_file_of_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        maintenance.backup_file(tmp_path / "gone.sqlite3", tmp_path / "copies")
    assert not (tmp_path / "copies").exists() or not any((tmp_path / "copies").iterdir())


def test_record_backup_ignores_another_or_a_closed_workspace(filled_db: Path, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with Workspace.open(filled_db) as workspace:
        job = maintenance.plan_backup(workspace)
        made = maintenance.backup_file(job.database, job.directory)
        with Workspace.open(other) as unrelated:
            add_session(unrelated, seoul_session())
            maintenance.record_backup(unrelated, job, made)
            assert unrelated.store.changed_since_backup and unrelated.store.last_backup is None
    maintenance.record_backup(workspace, job, made)  # closed: nothing to note
