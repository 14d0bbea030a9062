"""One writer at a time; a lock left by a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseInUse
from desktop_app.storage.lock import lock_path_for, read_holder
from desktop_app.storage.store import Store

HOLD_OPEN = """
import sys, time
from desktop_app.storage.store import Store
store = Store.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def _stop(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait()
    if process.stdout:
        process.stdout.close()


def _hold_in_another_process(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


def test_a_second_writer_in_the_same_process_is_refused(db_path: Path) -> None:
    with Store.open(db_path), pytest.raises(DatabaseInUse, match="is in use by"):
        Store.open(db_path)
    with Store.open(db_path):
        pass  # released on close


def test_a_second_writer_process_is_refused_and_told_who_holds_it(filled_db: Path) -> None:
    holder = _hold_in_another_process(filled_db)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--db", str(filled_db), "sessions", "list"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1
        assert result.stderr.startswith("error: ") and "is in use by" in result.stderr
        assert f"process {holder.pid}" in result.stderr
        assert result.stderr.count("\n") == 1
    finally:
        _stop(holder)


def test_a_stale_lock_from_a_killed_process_is_taken_over(filled_db: Path) -> None:
    holder = _hold_in_another_process(filled_db)
    os.kill(holder.pid, signal.SIGKILL)
    _stop(holder)
    stale = read_holder(lock_path_for(filled_db))
    assert stale is not None and stale.pid == holder.pid  # the file is still there…
    with Store.open(filled_db) as store:  # …but nobody holds it
        assert store.lock is not None and store.lock.took_over_from == stale
        assert store.db["sessions"].count == 2
    assert not lock_path_for(filled_db).exists()


def test_the_lock_file_names_user_host_and_process(db_path: Path) -> None:
    with Store.open(db_path):
        holder = read_holder(lock_path_for(db_path))
        assert holder is not None
        assert holder.pid == os.getpid()
        assert holder.host and holder.user
