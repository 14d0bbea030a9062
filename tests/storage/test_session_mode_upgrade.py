"""Upgrading to schema 5: each session's mode (in person, by video) is stored, taken from today's rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.session import SessionMode
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import fileformat, migrations, store

ROWS = [  # (title, city, building, link)
    ("In Seoul", "Seoul", "Ministry of Foreign Affairs", ""),
    ("Hybrid", "Washington", "", "https://video.example/a"),
    ("Link only", "", "", "https://video.example/b"),
    ("Series video, no link yet", "", "Video conference", ""),
    ("Venue to be decided", "", "", ""),
]


def test_a_version_3_file_gets_each_sessions_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    for module in (migrations, fileformat, store):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
    with Workspace.open(path) as workspace, workspace.store.transaction() as db:
        for number, (title, city, building, link) in enumerate(ROWS, start=1):
            db.execute(
                "INSERT INTO sessions (uid, number, title, start_utc, timezone, duration_minutes, venue_city,"
                " venue_building, video_link, format, host_side, status)"
                " VALUES (?, ?, ?, '2027-03-09T01:00:00+00:00', 'Asia/Seoul', 120, ?, ?, ?, 'working', 'ROK',"
                " 'planned')",
                [f"s{number}@test", number, title, city, building, link],
            )
    monkeypatch.undo()
    with Workspace.open(path) as workspace:
        assert workspace.store.schema_version == migrations.SCHEMA_VERSION
        modes = {session.title: session.mode for session in list_sessions(workspace)}
    assert modes == {
        "In Seoul": SessionMode.IN_PERSON,
        "Hybrid": SessionMode.IN_PERSON,  # a city: the delegations meet there, the link is for others
        "Link only": SessionMode.VIDEO,
        "Series video, no link yet": SessionMode.VIDEO,
        "Venue to be decided": SessionMode.IN_PERSON,
    }
    assert list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite3"))
