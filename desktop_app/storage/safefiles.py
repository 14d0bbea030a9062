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

from desktop_app.domain.notices import Notice
from desktop_app.errors import UserError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """One sentence for an ``OSError`` on ``path``, by its error number, never its text alone."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return Notice(f"the disk is full (writing {path})", "safefiles.disk_full_writing", path=path)
    if code == errno.EROFS:
        return Notice(f"{path} is on a read-only disk or share", "safefiles.read_only_disk_share", path=path)
    if code in (errno.EACCES, errno.EPERM):
        return Notice(f"no permission to use {path}", "safefiles.no_permission_use", path=path)
    if code in (errno.EEXIST, errno.ENOTDIR):
        return Notice(
            f"a file that is not a folder is in the way at {path}", "safefiles.file_not_folder_way", path=path
        )
    if code == errno.EISDIR:
        return Notice(f"{path} is a folder, not a file", "safefiles.folder_not_file", path=path)
    if code == errno.ELOOP:
        return Notice(f"{path} is a symbolic link; it was left alone", "safefiles.symbolic_link_left_alone", path=path)
    return Notice(
        f"cannot use {path}: {exc.strerror or exc}", "safefiles.cannot_use", path=path, exc=exc.strerror or exc
    )


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
        raise error(Notice(f"{path} is a folder, not a {what}", "safefiles.folder_not", path=path, what=what))
    raise error(
        Notice(
            f"{path} is not a regular file (a pipe, device or socket), not a {what}; it was not opened",
            "safefiles.not_regular_file_pipe",
            path=path,
            what=what,
        )
    )


def open_regular_for_reading(path: Path, what: str = "file") -> int:
    """An fd reading ``path`` that never blocks on a FIFO: refused unless it is a regular file."""
    require_regular_file(path, what)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC)
    except OSError as exc:
        raise UserError(describe_os_error(exc, path)) from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the check and the open
        os.close(fd)
        raise UserError(
            Notice(f"{path} is not a regular file; it was not opened", "safefiles.not_regular_file_not", path=path)
        )
    return fd


def read_only_reason(path: Path) -> str:
    """Why ``path`` cannot be written, in a sentence: a read-only disk or share, folder or file."""
    try:
        if os.name == "posix" and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return Notice(f"{path} is on a read-only disk or share", "safefiles.read_only_disk_share", path=path)
    except OSError:
        pass
    if not os.access(path.parent, os.W_OK):
        return Notice(
            f"the folder {path.parent} is read-only for you", "safefiles.folder_read_only_you", path_parent=path.parent
        )
    if path.exists() and not os.access(path, os.W_OK):
        return Notice(f"the file {path} is read-only for you", "safefiles.file_read_only_you", path=path)
    return Notice(f"{path} cannot be written", "safefiles.cannot_written", path=path)
