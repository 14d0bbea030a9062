"""Files the app keeps for itself: private (0600 in 0700 folders), regular, never reached through a link.

Everything internal — the database and its WAL/SHM, backups, restore copies, the internal
packet, the error log, temporary copies — is created through these helpers. Files meant
for the counterpart (packages, .ics, lists) are not: they follow the user's umask.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from desktop_app.errors import UserError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """One sentence for an ``OSError`` on ``path``, by its error number, never its text alone."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return f"the disk is full (writing {path})"
    if code == errno.EROFS:
        return f"{path} is on a read-only disk or share"
    if code in (errno.EACCES, errno.EPERM):
        return f"no permission to use {path}"
    if code in (errno.EEXIST, errno.ENOTDIR):
        return f"a file that is not a folder is in the way at {path}"
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file"
    if code == errno.ELOOP:
        return f"{path} is a symbolic link; it was left alone"
    return f"cannot use {path}: {exc.strerror or exc}"


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def make_private_dir(directory: Path, *, tighten: bool = True) -> None:
    """Create ``directory`` (and missing parents) as 0700; with ``tighten``, an existing one of ours becomes 0700.

    A folder the user named (``backup --to``) is created private but otherwise left as it is.
    """
    existed = directory.is_dir()
    directory.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if tighten or not existed:
        tighten_dir(directory)


def tighten_dir(directory: Path) -> None:
    """Make a folder the app created private; a folder owned by someone else is left as it is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = directory.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(directory, stat.S_IMODE(info.st_mode) & ~0o077)


def make_private(path: Path) -> None:
    """Set an internal file that exists to 0600 (the WAL and SHM SQLite made beside it, a copy)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)


def make_database_private(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        make_private(candidate)


def create_private(path: Path) -> None:
    """Create an empty 0600 file at ``path`` (replacing nothing); SQLite then fills it keeping the mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, PRIVATE_FILE)
    os.close(fd)


def open_private_append(path: Path) -> int:
    """An fd appending to the private file ``path`` (the error log), never through a link."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _CLOEXEC, PRIVATE_FILE)
    make_private(path)
    return fd


def require_regular_file(path: Path, what: str = "file", error: type[UserError] = UserError) -> None:
    """Refuse at once anything that is not a regular file: a FIFO, a device, a socket, a folder."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return  # the caller says what a missing file means
    except OSError as exc:
        raise error(describe_os_error(exc, path)) from exc
    if stat.S_ISREG(info.st_mode):
        return
    if stat.S_ISDIR(info.st_mode):
        raise error(f"{path} is a folder, not a {what}")
    raise error(f"{path} is not a regular file (a pipe, device or socket), not a {what}; it was not opened")


def read_only_reason(path: Path) -> str:
    """Why ``path`` cannot be written, in a sentence: a read-only disk or share, folder or file."""
    try:
        if os.name == "posix" and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return f"{path} is on a read-only disk or share"
    except OSError:
        pass
    if not os.access(path.parent, os.W_OK):
        return f"the folder {path.parent} is read-only for you"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path} is read-only for you"
    return f"{path} cannot be written"
