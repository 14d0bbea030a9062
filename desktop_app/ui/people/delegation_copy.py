"""Copy from the previous session: both delegations of the last earlier session, in one step.

Roles and protocol order are kept, answers start as invited; retired people are left out and a
second head joins as a member. ``offer`` says on the action what would be copied (or why not);
``run`` copies and puts it on the history as one step. The strings are the tab's ("DelegationsTab").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QAction

from desktop_app.errors import UserError
from desktop_app.services.delegations import CopyResult, copy_previous_delegations, previous_session, undo_copy
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.undo import undo_hint


class CopyHost(Protocol):
    """The Delegations tab, as the copy sees it."""

    def loaded_session(self) -> tuple[Workspace, int]: ...

    def push_done(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], select: Sequence[int]
    ) -> None: ...

    def refuse(self, title: str, message: str) -> None: ...

    def show_status(self, text: str) -> None: ...


def copy_summary(result: CopyResult) -> str:
    """ "Copied 7 from “13th round”; 2 already here; left out as retired: Kim …"."""
    parts = [translate("DelegationsTab", "Copied {0} from “{1}”").format(len(result.added), result.source.title)]
    if result.already_there:
        parts.append(translate("DelegationsTab", "{0} already here").format(len(result.already_there)))
    if result.retired:
        names = ", ".join(p.name for p in result.retired)
        parts.append(translate("DelegationsTab", "left out as retired: {0}").format(names))
    if result.demoted_heads:
        names = ", ".join(p.name for p in result.demoted_heads)
        parts.append(translate("DelegationsTab", "joined as members (a head was named already): {0}").format(names))
    return "; ".join(parts)


class CopyFromPrevious:
    """The tab's "Copy from previous session" (``action``)."""

    def __init__(self, host: CopyHost, action: QAction) -> None:
        self.host, self.action = host, action
        self.source_title = ""  # the session that would be copied from; "" when there is none

    def offer(self, workspace: Workspace, session_id: int) -> None:
        """Enable the action, and say in its tooltip which session it copies from (or that none can be)."""
        source = previous_session(workspace, session_id)
        self.source_title = source.title if source else ""
        if source is None:
            self.action.setEnabled(False)
            self.action.setToolTip(translate("DelegationsTab", "No earlier session has a delegation to copy"))
            return
        local = source.local_start()
        self.action.setEnabled(not workspace.store.read_only)
        self.action.setToolTip(
            translate(
                "DelegationsTab",
                "Copy both delegations of “{0}” ({1}) in one step "
                "(Ctrl+Shift+C); roles and order are kept, answers start as invited",
            ).format(source.title, formatting.weekday_date(local, year=True))
        )

    def run(self) -> None:
        workspace, session_id = self.host.loaded_session()
        try:
            result = copy_previous_delegations(workspace, session_id)
        except UserError as exc:
            self.host.refuse(translate("DelegationsTab", "Cannot copy"), notices.refusal(exc, workspace.body))
            return
        if not result.added:
            self.host.show_status(copy_summary(result))
            return
        latest = [result]

        def redo() -> None:
            latest[0] = copy_previous_delegations(workspace, session_id)

        self.host.push_done(
            translate("DelegationsTab", "Copy the delegations of “{0}”").format(result.source.title),
            redo=redo,
            undo=lambda: undo_copy(workspace, latest[0]),
            select=[a.person_id for a in result.added],
        )
        self.host.show_status(undo_hint(copy_summary(result)))
