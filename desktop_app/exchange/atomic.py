"""Writing a file so that it is either the complete new one or the old one, never half of each."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop_app.domain.notices import Notice
from desktop_app.errors import UserError
from desktop_app.storage.safefiles import current_umask


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[IO[bytes]]:
    """Yield a binary file in ``target``'s folder; on success it replaces ``target`` in one step.

    A failure inside the block (or a full disk) leaves ``target`` as it was and no
    temporary file behind. A replaced file keeps its permissions; a new one follows the
    user's umask, since it is meant for the counterpart and colleagues on a shared folder.

    >>> with atomic_write(Path("list.csv")) as handle:  # doctest: +SKIP
    ...     handle.write(data)
    """
    target = Path(target)
    if target.is_dir():
        raise UserError(
            Notice(f"{target} is a folder; name a file to write", "atomic.folder_name_file_write", target=target)
        )
    if not target.parent.is_dir():
        raise UserError(
            Notice(
                f"the folder {target.parent} does not exist",
                "atomic.folder_does_not_exist",
                target_parent=target.parent,
            )
        )
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise UserError(
            Notice(
                f"cannot write in {target.parent}: {exc.strerror or exc}",
                "atomic.cannot_write",
                target_parent=target.parent,
                exc=exc.strerror or exc,
            )
        ) from exc
    try:
        if target.exists():
            shutil.copymode(target, temporary)
        else:
            os.chmod(temporary, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        raise UserError(
            Notice(
                f"cannot write {target}: {exc.strerror or exc}; it was left as it was",
                "atomic.cannot_write_left",
                target=target,
                exc=exc.strerror or exc,
            )
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
