"""What importing a calendar file would do, worked out without keeping any of it.

The File menu shows this before it imports: "3 created, 1 updated". The import runs
for real inside a transaction that is then rolled back, so the preview and the import
can never disagree about what the file means.

>>> preview_ics_import(workspace, Path("from-washington.ics")).summary()  # doctest: +SKIP
'2 created, 0 updated, 1 unchanged'
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.services.calendar_files import ImportRange, ImportReport, read_ics, write_ics
from desktop_app.services.workspace import Workspace


class _RollBack(Exception):
    """Raised inside the transaction so that nothing the dry run wrote is kept."""


def preview_ics_import(
    workspace: Workspace, source: Path, reading: ImportRange | None = None, *, now: datetime | None = None
) -> ImportReport:
    """The report ``import_ics`` would give for ``source``; the database is left as it was.

    Refuses (``UserError``) a file that the import itself would refuse, and a database
    open read-only.
    """
    report: ImportReport | None = None
    try:
        with workspace.store.transaction() as db:
            report = write_ics(db, workspace.body, read_ics(workspace, source, reading, now=now))
            raise _RollBack
    except _RollBack:
        pass
    assert report is not None
    return report
