"""One writer at a time: a lock file beside the database naming its holder.

The lock file holds an OS advisory lock for as long as the writer lives, so a lock
left behind by a killed process is recognised (the OS released it) and taken over;
the text inside only serves to tell the next user who holds it.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from desktop_app.domain.notices import Notice
from desktop_app.errors import DatabaseInUse, UserError
from desktop_app.storage.safefiles import describe_os_error

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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_MAX_LOCK_BYTES = 4096


def _read_lock_text(path: Path) -> str | None:
    """The text of the lock file, never through a symbolic link and never more than a few KB."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, _MAX_LOCK_BYTES + 1).decode("utf-8", errors="replace")
    except OSError:
        return None
    finally:
        os.close(fd)


def _parse_holder(text: str | None) -> LockHolder | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (ValueError, KeyError, TypeError):
        return None


def read_holder(path: Path) -> LockHolder | None:
    return _parse_holder(_read_lock_text(path))


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.lstat(path))
    except OSError:
        return False


def _refuse_odd_lock_path(path: Path) -> None:
    """The lock path must be absent or a regular file of ours: never a link, folder, FIFO or device."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(
            Notice(
                f"cannot use the lock file {path}: {describe_os_error(exc, path)}",
                "lock.cannot_use_lock_file",
                path=path,
                describe_os_error_exc=describe_os_error(exc, path),
            )
        ) from exc
    if stat.S_ISLNK(info.st_mode):
        raise UserError(
            Notice(
                f"the lock file {path} is a symbolic link; remove it (it and its target were left alone)",
                "lock.lock_file_symbolic_link",
                path=path,
            )
        )
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            Notice(
                f"the lock file {path} is not a regular file (a folder, pipe or device); remove it",
                "lock.lock_file_not_regular",
                path=path,
            )
        )
    if info.st_nlink > 1:
        raise UserError(
            Notice(
                f"the lock file {path} is a hard link to another file; remove it (it was left alone)",
                "lock.lock_file_hard_link",
                path=path,
            )
        )


def _open_lock(path: Path) -> tuple[IO[str], bool]:
    """Open the lock file without following links; ``True`` when this call created it."""
    _refuse_odd_lock_path(path)
    flags = os.O_RDWR | _NOFOLLOW | _CLOEXEC
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
        created = True
    except FileExistsError:
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            raise UserError(
                Notice(
                    f"cannot use the lock file {path}: {describe_os_error(exc, path)}",
                    "lock.cannot_use_lock_file",
                    path=path,
                    describe_os_error_exc=describe_os_error(exc, path),
                )
            ) from exc
        created = False
    except OSError as exc:
        raise UserError(
            Notice(
                f"cannot create the lock file {path}: {describe_os_error(exc, path)}",
                "lock.cannot_create_lock_file",
                path=path,
                describe_os_error_exc=describe_os_error(exc, path),
            )
        ) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:  # swapped between the check and the open
        os.close(fd)
        raise UserError(
            Notice(
                f"the lock file {path} is not a regular file of its own; remove it",
                "lock.lock_file_not_regular_2",
                path=path,
            )
        )
    return os.fdopen(fd, "r+", encoding="utf-8"), created


class WriterLock:
    """Held while a database is open for writing. Use as a context manager or call release()."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._handle: IO[str] | None = None
        self.took_over_from: LockHolder | None = None

    def acquire(self) -> WriterLock:
        previous_text = _read_lock_text(self.path)
        for _attempt in range(5):
            handle, created = _open_lock(self.path)
            if not _try_lock(handle):
                handle.close()
                holder = read_holder(self.path)
                who = holder.describe() if holder else "another process"
                raise DatabaseInUse(
                    Notice(
                        f"{self.path.with_suffix('').name} is in use by {who}",
                        "lock.use",
                        database=self.path.with_suffix("").name,
                        who=who,
                    )
                )
            if _same_file(handle, self.path):
                break
            # The holder released and unlinked the file between our open and our lock:
            # we locked an orphan. Start again on the file that is there now.
            handle.close()
        else:
            raise DatabaseInUse(
                Notice(f"could not take the lock {self.path}", "lock.could_not_take_lock", path=self.path)
            )
        text = handle.read(_MAX_LOCK_BYTES + 1)
        if not created and text.strip() and _parse_holder(text) is None:
            # Not a lock we wrote: never truncate a file we did not create.
            handle.close()
            raise UserError(
                Notice(
                    f"{self.path} is not a Briefing Desk lock file; it was left alone (move it away)",
                    "lock.not_briefing_desk_lock",
                    path=self.path,
                )
            )
        # Whoever wrote the file before us is gone: the OS dropped their lock with them.
        self.took_over_from = _parse_holder(previous_text)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(_whoami().__dict__))
            handle.flush()
        except OSError as exc:
            self._discard(handle)
            raise UserError(
                Notice(
                    f"cannot write the lock file {self.path}: {describe_os_error(exc, self.path)}",
                    "lock.cannot_write_lock_file",
                    path=self.path,
                    describe_os_error_exc=describe_os_error(exc, self.path),
                )
            ) from exc
        self._handle = handle
        return self

    def _discard(self, handle: IO[str]) -> None:
        """Remove the lock file we hold (only when it still is ours), then let go of it."""
        try:
            if _same_file(handle, self.path):
                self.path.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                handle.close()

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        self._discard(handle)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
