"""The scheduling actions as commands of the window's one undo history ("Undo Move #8 “…”").

``ScheduleCommand`` wraps a move, edit, postpone or cancel: its undo writes back the rows
``schedule_undo.before`` read (``restore``), its redo runs the same service call again.
``CreateCommand`` wraps a new session or series: undo deletes it (refused once something was
added to it), redo puts the same rows back. After each run every view reads again
(``Navigator.tell``) and undo/redo say so in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop_app.domain.series import Series
from desktop_app.domain.session import Session
from desktop_app.errors import UserError
from desktop_app.services import schedule_undo
from desktop_app.services.schedule_undo import Snapshot
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import ErrorReporter, ServiceCommand


@dataclass(frozen=True)
class Desk:
    """Where a command runs: the window (for its messages), the navigator, the open workspace."""

    parent: QWidget | None
    navigator: Navigator
    workspace: Workspace


class _SessionsCommand(ServiceCommand):
    def __init__(self, desk: Desk, text: str) -> None:
        super().__init__(ErrorReporter(lambda title, text: dialogs.show_error(desk.parent, title, text)), text)
        self.navigator, self.workspace = desk.navigator, desk.workspace

    def _tell(self, sessions: Sequence[Session]) -> None:
        self.navigator.tell("sessions", tuple(s.id for s in sessions if s.id is not None))

    def done(self, message: str) -> None:
        self.navigator.status_message.emit(message.format(self.what()))


class ScheduleCommand(_SessionsCommand):
    """A write over existing sessions; ``write`` returns what it wrote (sessions or ``Scheduled``s)."""

    def __init__(self, desk: Desk, text: str, write: Callable[[], Sequence[object]], snapshot: Snapshot) -> None:
        super().__init__(desk, text)
        self._write, self.snapshot = write, snapshot
        self.result: Sequence[object] = ()

    def do(self) -> None:
        self.result = self._write()
        self._tell(self.snapshot.sessions)

    def undo_(self) -> None:
        self._tell(schedule_undo.restore(self.workspace, self.snapshot))


class CreateCommand(_SessionsCommand):
    """A new session (or a series with its sessions): ``create`` returns them and the series."""

    def __init__(self, desk: Desk, text: str, create: Callable[[], tuple[Series | None, Sequence[Session]]]) -> None:
        super().__init__(desk, text)
        self._create = create
        self.created: Snapshot | None = None
        self.series: Series | None = None

    def do(self) -> None:
        if self.created is None:
            self.series, sessions = self._create()
            self.created = Snapshot(tuple(sessions), (self.series,) if self.series is not None else ())
        else:
            schedule_undo.recreate(self.workspace, self.created)
        self._tell(self.created.sessions)

    def undo_(self) -> None:
        assert self.created is not None
        ids = [s.id for s in self.created.sessions if s.id is not None]
        series_id = self.series.id if self.series is not None else None
        schedule_undo.remove_created(self.workspace, ids, series_id)
        self._tell(self.created.sessions)


class ImportCommand(_SessionsCommand):
    """A calendar file read in: undo deletes the sessions it created and puts back those it updated."""

    def __init__(self, desk: Desk, text: str, read: Callable[[], object]) -> None:
        super().__init__(desk, text)
        self._read = read
        self.result: object = None
        self.changes: tuple[Snapshot, Snapshot, Snapshot] | None = None

    def do(self) -> None:
        if self.changes is None:
            before = schedule_undo.snapshot_all(self.workspace)
            self.result = self._read()
            self.changes = schedule_undo.import_changes(self.workspace, before)
        else:
            _was, is_now, created = self.changes
            schedule_undo.recreate(self.workspace, created, is_now)
        self._tell(())

    def undo_(self) -> None:
        assert self.changes is not None
        was, _is_now, created = self.changes
        ids = [s.id for s in created.sessions if s.id is not None]
        series_ids = [s.id for s in created.series if s.id is not None]
        schedule_undo.remove_and_restore(self.workspace, ids, series_ids, was)
        self._tell(())


def run(parent: QWidget | None, navigator: Navigator, command: ServiceCommand, refused: str) -> bool:
    """Run ``command`` once and put it on the window's history; a refusal is shown under ``refused``."""
    try:
        command.apply()
    except UserError as exc:
        dialogs.show_error(parent, refused, notices.refusal(exc))
        return False
    navigator.history.push(command)
    return True
