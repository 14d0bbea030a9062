"""``agenda redline``: one version against another as a Word document with tracked changes."""

from __future__ import annotations

import io
import tempfile
from datetime import datetime
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.services import agenda, agenda_versions
from desktop_app.services.workspace import Workspace


def write_agenda_redline(
    workspace: Workspace, session_id: int, old: int, new: int, target: Path, *, now: datetime | None = None
) -> Path:
    """Write version ``new`` with its changes from version ``old`` (numbers) as tracked revisions, atomically."""
    from desktop_app.briefing.redline import write_redline
    from desktop_app.exchange.atomic import atomic_write
    from desktop_app.storage.session_repository import get_session

    target = Path(target).expanduser()
    if target.suffix.lower() != ".docx":
        raise InvalidInput(
            Notice(
                f"the redline must be a .docx file (got {target.name})",
                "redline.redline_must_docx_file",
                target_name=target.name,
            )
        )
    before = agenda_versions.find_version(workspace, session_id, old)
    after = agenda_versions.find_version(workspace, session_id, new)
    assert before.id is not None and after.id is not None
    session = get_session(workspace.store.db, session_id)
    author = workspace.body.side(after.proposed_by).name
    title = f"{session.title}: {after.label} (changes from {before.label})"
    with tempfile.TemporaryDirectory(prefix="briefing-desk-") as folder:
        scratch = Path(folder) / "redline.docx"
        write_redline(
            agenda.list_items(workspace, before.id),
            agenda.list_items(workspace, after.id),
            scratch,
            title=title,
            author=author,
            now=now,
        )
        data = io.BytesIO(scratch.read_bytes()).getvalue()
    with atomic_write(target) as handle:
        handle.write(data)
    return target.absolute()
