"""Opening the database file safely, and the transaction every user action runs in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.notices import Notice
from desktop_app.errors import DatabaseInUse, DatabaseRefused, ReadOnlyDatabase, UserError
from desktop_app.storage import backups, safefiles, sqlite_errors
from desktop_app.storage.fileformat import APPLICATION_ID, inspect_database, readonly_uri
from desktop_app.storage.lock import WriterLock
from desktop_app.storage.migrations import SCHEMA_VERSION, migrate, user_version
from desktop_app.storage.schema_v3 import BIGRAM_FUNCTION

if TYPE_CHECKING:
    import sqlite_utils


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL keeps readers and the writer apart and survives a crash mid-write; on media
    # that cannot hold the WAL index (some network shares) SQLite answers another mode.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _search_bigrams(*texts: str | None) -> str:
    # The search index's triggers call this on every write; its module (tables of particles,
    # patterns) loads with the first write, not with the window.
    from desktop_app.storage.search_index import hangul_bigrams

    return hangul_bigrams(*texts)


def _register_functions(conn: sqlite3.Connection) -> None:
    """As ``search_index.register_functions``, the index module loaded when first called."""
    conn.create_function(BIGRAM_FUNCTION, -1, _search_bigrams, deterministic=True)


def _wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils  # with click, pluggy and dateutil: only once something needs more than a SELECT

    _register_functions(conn)  # the search index's triggers call search_bigrams()
    return sqlite_utils.Database(conn, execute_plugins=False)


def _create_new(path: Path, seed: object | None) -> None:
    """Build a new database under a temporary name and move it into place.

    Nothing ever appears at ``path`` but a complete, migrated database; and a file
    that appeared there meanwhile is never replaced.
    """
    if not path.parent.is_dir():
        raise DatabaseRefused(
            Notice(f"the folder {path.parent} does not exist", "store.folder_does_not_exist", path_parent=path.parent)
        )
    temporary = path.with_name(f".{path.name}.new-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        safefiles.create_private(temporary)
        conn = sqlite3.connect(temporary)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            db = _wrap(conn)
            migrate(db)
            if seed is not None:
                from desktop_app.storage.body_repository import save_body

                with db.atomic():
                    save_body(db, seed)  # type: ignore[arg-type]
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError as exc:
            raise DatabaseRefused(
                Notice(
                    f"{path} appeared while it was being created; it was left alone",
                    "store.appeared_while_being_created",
                    path=path,
                )
            ) from exc
        except OSError:
            os.rename(temporary, path)  # file systems without hard links; Windows refuses to overwrite
        backups.fsync_directory(path.parent)
    except OSError as exc:
        raise DatabaseRefused(
            Notice(
                f"cannot create {path}: {safefiles.describe_os_error(exc, path)}",
                "store.cannot_create",
                path=path,
                describe_os_error_exc=safefiles.describe_os_error(exc, path),
            )
        ) from exc
    except sqlite3.Error as exc:
        raise DatabaseRefused(
            Notice(
                f"cannot create {path}: {sqlite_errors.describe(exc, path)}",
                "store.cannot_create_2",
                path=path,
                describe_exc=sqlite_errors.describe(exc, path),
            )
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
        for leftover in (
            temporary.with_name(temporary.name + "-journal"),
            temporary.with_name(temporary.name + "-wal"),
        ):
            leftover.unlink(missing_ok=True)


def _open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection; on a read-only folder or share, where SQLite cannot make the
    WAL index beside the file, the file is read as immutable (nobody can be writing it there)."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DatabaseRefused(
                Notice(
                    f"{path} cannot be read here: its latest changes are still in {wal.name} and "
                    f"{safefiles.read_only_reason(path)}; open it once where it can be written",
                    "store.cannot_read_here_latest",
                    path=path,
                    wal_name=wal.name,
                    read_only_reason_path=safefiles.read_only_reason(path),
                )
            ) from exc
        conn = sqlite3.connect(readonly_uri(path) + "&immutable=1", uri=True)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class NestedTransaction(RuntimeError):
    """A transaction was opened inside another: a bug in the caller, never the user's doing.

    One user action is one transaction; a helper a service calls takes the open
    transaction's handle instead of opening its own.
    """


class Store:
    """An open database: the connection, the writer lock, and where backups go.

    The sqlite-utils handle (``db``) is made the first time it is asked for: start-up only
    reads (``conn``), and importing sqlite-utils costs about what a bare window takes to appear.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        lock: WriterLock | None,
        read_only: bool,
        created: bool,
        backups_dir: Path,
    ) -> None:
        self.path = path
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        _register_functions(conn)  # the search index's triggers call search_bigrams()
        self.lock = lock
        self.read_only = read_only
        self.read_only_reason = ""
        self.created = created
        self.backups_dir = backups_dir
        self.last_backup: Path | None = None
        self.closed = False
        self._in_transaction = False
        self._changes_at_backup = conn.total_changes

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        read_only: bool = False,
        backups_dir: Path | None = None,
        seed: object | None = None,
    ) -> Store:
        """Open ``path``; a missing file becomes a new database seeded with ``seed`` (a Body).

        Refuses (``DatabaseRefused``) anything that is not a sound database of ours
        that this version can read, and leaves such a file exactly as it was.
        """
        path = Path(path).expanduser().absolute()
        safefiles.require_regular_file(path, "database file", DatabaseRefused)
        created = False
        if not path.exists():
            if not create:
                raise DatabaseRefused(Notice(f"{path} does not exist", "store.does_not_exist_2", path=path))
            if read_only:
                raise DatabaseRefused(
                    Notice(
                        f"{path} does not exist, and a read-only database cannot be created",
                        "store.does_not_exist_read",
                        path=path,
                    )
                )
            _create_new(path, seed)
            created = True
        reason = ""
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            read_only, reason = True, safefiles.read_only_reason(path)
        lock = None if read_only else WriterLock(path).acquire()
        try:
            header = inspect_database(path)
            if read_only:
                if header.user_version < SCHEMA_VERSION:
                    raise DatabaseRefused(
                        Notice(
                            f"{path} needs an upgrade to this version but is read-only",
                            "store.needs_upgrade_version_but",
                            path=path,
                        )
                    )
                conn = _open_reader(path)
            else:
                conn = sqlite3.connect(path)  # SQLite gives the WAL and SHM the file's own mode
                _configure(conn)
                safefiles.make_database_private(path)
            store = cls(
                path,
                conn,
                lock=lock,
                read_only=read_only,
                created=created,
                backups_dir=backups_dir or path.parent / "backups",
            )
            store.read_only_reason = reason
            if not read_only:
                backups.clean_leftovers(path, store.backups_dir)
                safefiles.tighten_dir(store.backups_dir)  # ours, beside the database: 0700
            if not read_only and header.user_version < SCHEMA_VERSION:
                store._upgrade()
            return store
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise DatabaseRefused(
                Notice(
                    f"cannot open {path}: {sqlite_errors.describe(exc, path)}",
                    "store.cannot_open",
                    path=path,
                    describe_exc=sqlite_errors.describe(exc, path),
                )
            ) from exc
        except BaseException:
            if lock:
                lock.release()
            raise

    def _upgrade(self) -> None:
        # A verified copy of the old version first: a migration we got wrong must not cost data.
        try:
            self.last_backup = backups.take_backup(self.conn, self.backups_dir, self.path.stem + "-before-upgrade")
        except UserError as exc:
            self.close(backup=False)
            raise DatabaseRefused(
                Notice(
                    f"{exc}; {self.path} was not upgraded and is unchanged",
                    "store.not_upgraded_unchanged",
                    exc=exc,
                    path=self.path,
                )
            ) from exc
        try:
            migrate(self.db)
        except sqlite3.Error as exc:
            self.close(backup=False)
            raise DatabaseRefused(
                Notice(
                    f"upgrading {self.path} failed ({exc}); it is unchanged and a copy is at {self.last_backup}",
                    "store.upgrading_failed_unchanged_copy",
                    path=self.path,
                    exc=exc,
                    last_backup=self.last_backup,
                )
            ) from exc
        except BaseException:  # Ctrl+C, out of memory: the transaction rolled back; let go of the file too
            self.close(backup=False)
            raise

    # -- state -------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = _wrap(self._conn)
        return self._db

    @property
    def schema_version(self) -> int:
        return user_version(self.db)

    @property
    def changed_since_backup(self) -> bool:
        return self.conn.total_changes != self._changes_at_backup

    # -- writing -----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One user action: everything inside commits together or not at all.

        Never nested (``NestedTransaction``): a savepoint inside would let one action commit
        half of itself, and hide from the reader which call owns the commit.
        """
        if self._in_transaction:
            raise NestedTransaction(
                f"a transaction on {self.path} was opened inside another; pass the open one's handle instead"
            )
        if self.read_only:
            reason = self.read_only_reason
            why = Notice(f" ({reason})", "store.why_read_only", reason=reason) if reason else ""
            raise ReadOnlyDatabase(
                Notice(
                    f"{self.path} is open read-only; nothing was changed{why}",
                    "store.open_read_only_nothing",
                    path=self.path,
                    why=why,
                )
            )
        self._in_transaction = True
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.DatabaseError as exc:
            # Told apart by result code: the machine's failures get a sentence, ours (a constraint,
            # a statement) go on to the crash dialog with their traceback.
            if sqlite_errors.is_disk_full(exc):
                raise UserError(
                    Notice(
                        "the disk is full; the change was not saved and nothing was lost", "store.disk_full_change_not"
                    )
                ) from exc
            said = sqlite_errors.describe(exc, self.path)
            unchanged = Notice(f"{said}; nothing was changed", "store.nothing_changed", describe_exc=said)
            not_saved = Notice(f"{said}; the change was not saved", "store.not_saved", describe_exc=said)
            if sqlite_errors.is_read_only(exc):
                raise ReadOnlyDatabase(unchanged) from exc
            if sqlite_errors.is_busy(exc):
                raise DatabaseInUse(unchanged) from exc
            if sqlite_errors.is_damaged(exc):
                raise DatabaseRefused(not_saved) from exc
            if sqlite_errors.is_environmental(exc):
                raise UserError(not_saved) from exc
            raise
        finally:
            self._in_transaction = False

    # -- backups -----------------------------------------------------------------
    def backup(self, directory: Path | None = None) -> Path:
        target_dir = directory or self.backups_dir
        path = backups.take_backup(self.conn, target_dir, self.path.stem)
        self._changes_at_backup = self.conn.total_changes
        self.last_backup = path
        return path

    def record_backup(self, path: Path, changes: int) -> None:
        """A backup was taken from another connection when this one's ``total_changes`` was ``changes``."""
        self._changes_at_backup = changes
        self.last_backup = path

    def restore_from(self, source: Path) -> Path:
        """Replace the contents with ``source``; return where the current contents were kept."""
        if self.read_only:
            raise ReadOnlyDatabase(
                Notice(
                    f"{self.path} is open read-only; nothing was restored",
                    "store.open_read_only_nothing_2",
                    path=self.path,
                )
            )
        source = Path(source).expanduser().absolute()
        if source == self.path:
            raise UserError(
                Notice("a database cannot be restored from itself", "store.database_cannot_restored_itself")
            )
        if not source.exists():
            raise DatabaseRefused(Notice(f"{source} does not exist", "store.does_not_exist", source=source))
        safefiles.require_regular_file(source, "backup file", DatabaseRefused)  # a pipe would hang the read
        inspect_database(source, thorough=True)
        now = datetime.now(UTC)  # file-system time, as backup names are (see desktop_app/clock.py)
        stamp = now.strftime(backups.STAMP_FORMAT)
        try:
            aside = backups.copy_verified(
                self.conn, self.path.with_name(f"{self.path.stem}.before-restore-{stamp}.sqlite3")
            )
        except UserError as exc:
            raise UserError(
                Notice(
                    f"{exc}; nothing was restored and the database is unchanged",
                    "store.nothing_restored_database_unchanged",
                    exc=exc,
                )
            ) from exc
        source_conn = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            source_conn.backup(self.conn)
        except sqlite3.Error as exc:
            raise UserError(
                Notice(
                    f"restoring from {source} failed: {exc}; the current data is kept at {aside}",
                    "store.restoring_failed_current_data",
                    source=source,
                    exc=exc,
                    aside=aside,
                )
            ) from exc
        finally:
            source_conn.close()
        if user_version(self.db) < SCHEMA_VERSION:
            migrate(self.db)
        backups.prune(self.path.parent, backups.restore_copy_stem(self.path.stem), now)
        return aside

    # -- closing -----------------------------------------------------------------
    def close(self, *, backup: bool = True) -> Path | None:
        """Close the file; when anything changed since the last backup, take one first."""
        if self.closed:
            return None
        self.closed = True
        made = None
        try:
            if backup and not self.read_only and self.changed_since_backup:
                try:
                    made = self.backup()
                except UserError as exc:
                    raise backups.BackupFailed(f"saved; but the backup failed: {backups.reason_of(exc)}") from exc
        finally:
            self.conn.close()
            if self.lock:
                self.lock.release()
        return made

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
