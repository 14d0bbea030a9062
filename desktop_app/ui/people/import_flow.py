"""Importing a people list into the directory: file choice → reading → preview → import.

The file is read off the main thread (a 20,000-row spreadsheet takes a moment); the preview
shows every row before anything is written; the import is one transaction and one undoable
step. A file that cannot be read is refused with the reason, and nothing is written. The
strings are the People view's ("PeopleView"): this is its "Import list…".
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.domain.body import Body
from desktop_app.errors import UserError
from desktop_app.services.people_io import (
    PeopleListPreview,
    PeopleListTable,
    import_people,
    preview_people_table,
    read_people_list,
    redo_import,
    undo_import,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.undo import undo_hint
from desktop_app.ui.common.workers import TaskHandle, run_task
from desktop_app.ui.people import prompts


class ImportHost(Protocol):
    """The People view, as its import sees it."""

    @property
    def workspace(self) -> Workspace | None: ...

    def push_done(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], select: Sequence[int]
    ) -> None:
        """Put an action that already ran on the history, then show it and tell the other views."""

    def refuse(self, title: str, message: str) -> None: ...

    def show_status(self, text: str) -> None: ...

    def import_ended(self) -> None:
        """The import is over (done, declined or refused): the actions may change."""


class PeopleImport:
    """The import of ``host``; ``parent`` is the widget its dialogs open over, ``action`` its menu entry."""

    def __init__(self, host: ImportHost, parent: QWidget, action: QAction) -> None:
        self.host, self.parent, self.action = host, parent, action
        self._task: TaskHandle | None = None

    def _body(self) -> Body | None:  # names the sides in a refusal
        workspace = self.host.workspace
        return workspace.body if workspace is not None else None

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def start(self, workspace: Workspace) -> None:
        """Ask for a file, read it off the main thread, then show the preview; nothing is written before OK."""
        if self.running:
            return
        path = prompts.ask_import_path(self.parent, workspace.path.parent)
        if path is None:
            return
        self.action.setEnabled(False)
        self.host.show_status(translate("PeopleView", "Reading {0}…").format(path.name))
        self._task = run_task(
            lambda _cancel, _progress: read_people_list(path),
            on_done=lambda table: self._review(workspace, path, table),
            on_error=lambda error: self._unreadable(path, error),
            context=self.parent,
        )

    def _unreadable(self, path: Path, error: BaseException) -> None:
        self._finished()
        title = translate("PeopleView", "Cannot read {0}").format(path.name)
        if isinstance(error, UserError):
            self.host.refuse(title, notices.refusal(error, self._body()))
        elif isinstance(error, OSError):
            self.host.refuse(title, error.strerror or notices.refusal(error, self._body()))
        else:  # our bug: the crash dialog, with the traceback
            sys.excepthook(type(error), error, error.__traceback__)

    def _finished(self) -> None:
        self._task = None
        self.host.show_status("")
        self.host.import_ended()

    def _review(self, workspace: Workspace, path: Path, table: PeopleListTable) -> None:
        self._finished()
        if workspace is not self.host.workspace:
            return  # another database was opened meanwhile
        preview = preview_people_table(workspace, table, source=path.name)

        def rebuild(side: str | None) -> PeopleListPreview:
            return preview_people_table(workspace, table, source=path.name, default_side=side)

        choice = prompts.review_import(self.parent, preview, workspace.body, rebuild)
        if choice is None:
            return
        try:
            result = import_people(workspace, choice.preview, decisions=choice.decisions)
        except UserError as exc:
            self.host.refuse(
                translate("PeopleView", "Nothing was imported from {0}").format(path.name),
                notices.refusal(exc, workspace.body),
            )
            return
        touched = [p.id for p in result.added if p.id is not None] + [
            e.after.id for e in result.updated if e.after.id is not None
        ]
        self.host.push_done(
            translate("PeopleView", "Import {0}").format(path.name),
            redo=lambda: redo_import(workspace, result),
            undo=lambda: undo_import(workspace, result),
            select=touched,
        )
        self.host.show_status(undo_hint(result.summary(path.name).capitalize()))
