"""The app as an earlier release was: to write files of an older schema, then upgrade them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from desktop_app.domain.session import Session, mode_from_venue
from desktop_app.storage import fileformat, migrations, session_repository, store

_SESSION_ROW = session_repository.session_to_row
_SESSION_FROM_ROW = session_repository.session_from_row
# Columns each schema version added to rows the repositories write.
_ADDED_SESSION_COLUMNS = {5: ("mode",)}


@contextmanager
def app_of_schema(version: int) -> Iterator[None]:
    """While inside, a new file is created at ``version`` and rows are written as that release wrote them."""
    later = [name for added, names in _ADDED_SESSION_COLUMNS.items() if added > version for name in names]

    def old_row(session: Session) -> dict[str, Any]:
        row = _SESSION_ROW(session)
        for name in later:
            del row[name]
        return row

    def read_old_row(row: dict[str, Any]) -> Session:
        if "mode" not in row:  # as that release read it: by the venue
            row = {**row, "mode": str(mode_from_venue(row["venue_city"], row["video_link"]))}
        return _SESSION_FROM_ROW(row)

    with pytest.MonkeyPatch.context() as patch:
        for module in (migrations, fileformat, store):
            patch.setattr(module, "SCHEMA_VERSION", version)
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        patch.setattr(session_repository, "session_to_row", old_row)
        patch.setattr(session_repository, "session_from_row", read_old_row)
        yield
