"""What opening checks: ``quick_check`` on a small file or after an unclean close, less on a large one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseRefused
from desktop_app.services.maintenance import check_database
from desktop_app.storage import fileformat
from desktop_app.storage.store import Store
from tests.conftest import env_without_display


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The full-file checks run, by pragma, as the file is opened."""
    ran: list[str] = []
    real = fileformat.run_integrity_check

    def spy(path: Path, *, thorough: bool) -> list[str]:
        ran.append("integrity_check" if thorough else "quick_check")
        return real(path, thorough=thorough)

    monkeypatch.setattr(fileformat, "run_integrity_check", spy)
    return ran


def test_a_small_file_is_quick_checked_on_every_open(filled_db: Path, checks: list[str]) -> None:
    Store.open(filled_db).close()
    assert checks == ["quick_check"]


def test_a_large_cleanly_closed_file_opens_without_reading_every_page(
    filled_db: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fileformat, "QUICK_CHECK_LIMIT", 0)
    with Store.open(filled_db) as store:
        assert store.db["sessions"].count == 2
    assert checks == []
    assert not fileformat.closed_uncleanly(filled_db)


def test_after_an_unclean_close_a_large_file_is_quick_checked(
    filled_db: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A writer that dies without closing the file (as in a crash or a power cut) leaves its -wal behind.
    crash = (
        "import os, sys\n"
        "from desktop_app.storage.store import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "with store.transaction() as db:\n"
        "    db.execute(\"UPDATE sessions SET notes = 'written before the crash'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(filled_db)], check=True, env=env_without_display())
    assert fileformat.closed_uncleanly(filled_db)
    monkeypatch.setattr(fileformat, "QUICK_CHECK_LIMIT", 0)
    with Store.open(filled_db) as store:
        notes = [row[0] for row in store.conn.execute("SELECT notes FROM sessions")]
    assert checks == ["quick_check"]
    assert notes == ["written before the crash"] * 2  # the committed change survived the crash


def test_damage_a_quick_open_skipped_is_found_by_check(filled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileformat, "QUICK_CHECK_LIMIT", 0)
    data = bytearray(filled_db.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # the second page, the header intact
    filled_db.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused, match="damaged"):
        check_database(filled_db)


def test_the_empty_wal_a_reader_leaves_is_no_sign_of_an_unclean_close(
    filled_db: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    reader = sqlite3.connect(filled_db.resolve().as_uri() + "?mode=ro", uri=True)
    reader.execute("SELECT count(*) FROM sessions").fetchall()
    reader.close()
    assert filled_db.with_name(filled_db.name + "-wal").exists()  # left behind, empty
    assert not fileformat.closed_uncleanly(filled_db)
    monkeypatch.setattr(fileformat, "QUICK_CHECK_LIMIT", 0)
    Store.open(filled_db).close()
    assert checks == []
