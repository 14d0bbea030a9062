"""One writer at a time: a lock file beside the database naming its holder.

The lock file holds an OS advisory lock for as long as the writer lives, so a lock
left behind by a killed process is recognised (the OS released it) and taken over;
the text inside only serves to tell the next user who holds it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from desktop_app.errors import DatabaseInUse

try:  # POSIX
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

except ImportError:  # Windows
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _user() -> str:
    # As getpass.getuser() looks first, without loading getpass (and termios) on every start.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment; the pid still identifies us
        return "unknown user"


def _host() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename  # what socket.gethostname() answers, without loading socket
    import socket

    return socket.gethostname()


def _whoami() -> LockHolder:
    return LockHolder(_user(), _host(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


class WriterLock:
    """Held while a database is open for writing. Use as a context manager or call release()."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._handle: IO[str] | None = None
        self.took_over_from: LockHolder | None = None

    def acquire(self) -> WriterLock:
        previous = read_holder(self.path)
        for _attempt in range(5):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
            if not _try_lock(handle):
                handle.close()
                holder = read_holder(self.path)
                who = holder.describe() if holder else "another process"
                raise DatabaseInUse(f"{self.path.with_suffix('').name} is in use by {who}")
            if _same_file(handle, self.path):
                break
            # The holder released and unlinked the file between our open and our lock:
            # we locked an orphan. Start again on the file that is there now.
            handle.close()
        else:
            raise DatabaseInUse(f"could not take the lock {self.path}")
        # Whoever wrote the file before us is gone: the OS dropped their lock with them.
        self.took_over_from = previous
        handle.seek(0)
        handle.truncate()
        me = _whoami()
        handle.write(json.dumps(me.__dict__))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
