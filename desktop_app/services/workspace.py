"""Opening and closing the database the user works in."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.body import DEFAULT_BODY, Body
from desktop_app.storage.body_repository import load_body
from desktop_app.storage.safefiles import describe_os_error, make_private_dir, open_private_append
from desktop_app.storage.store import Store


class Workspace:
    """The open database and the body it serves, as every use case needs them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.body: Body = load_body(store.conn)
        from desktop_app.services.calendar_holidays import load_added_holidays

        load_added_holidays(self)  # holidays declared after the package's release count in every warning

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, create: bool = True) -> Workspace:
        return cls(Store.open(path, read_only=read_only, create=create, seed=DEFAULT_BODY))

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def is_empty(self) -> bool:
        found = self.store.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 FROM people)"
        ).fetchone()[0]
        return not found

    def reload_body(self) -> None:
        self.body = load_body(self.store.conn)

    def close(self, *, backup: bool = True) -> Path | None:
        return self.store.close(backup=backup)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def needs_upgrade(path: Path) -> bool:
    """Whether the file at ``path`` was written by an older version (opening it for writing upgrades it)."""
    from desktop_app.storage.fileformat import read_header
    from desktop_app.storage.migrations import SCHEMA_VERSION

    return path.is_file() and read_header(path).user_version < SCHEMA_VERSION  # a pipe: refused when opened


def on_read_only_medium(path: Path) -> bool:
    """Whether ``path`` lies on a disk or share mounted read-only."""
    import os

    try:
        return os.name == "posix" and bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def describe_disk_error(exc: OSError) -> str:
    """A full disk, a read-only disk, a missing permission: one sentence naming the file."""
    return describe_os_error(exc, exc.filename or "a file")


def prepare_data_folder(folder: Path) -> None:
    """The user's own data folder: created, or tightened, to 0700 (nobody else lists or reads it)."""
    make_private_dir(folder)


def append_to_log(log: Path, text: str) -> None:
    """Append ``text`` to the private error log (0600 in a 0700 folder), never through a link."""
    import os

    make_private_dir(log.parent)
    fd = open_private_append(log)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(text)


def open_default_workspace(path: Path, *, is_default: bool) -> Workspace:
    """Open ``path``; the user's default database is filled with the sample body on first start."""
    first_start = not path.exists()
    if is_default:
        prepare_data_folder(path.parent)
    workspace = Workspace.open(path)
    if is_default and first_start and workspace.is_empty:
        from desktop_app.services.demo import fill_sample_body

        fill_sample_body(workspace)
    return workspace
