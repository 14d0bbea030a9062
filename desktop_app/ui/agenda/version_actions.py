"""The agenda editor's version actions: start a draft, copy the previous session's agenda,
save as a new version, propose, mark agreed, reopen, and compare two versions.

Each is one undoable step (``NewDraft``, ``SetStatus``) pushed on the editor's history; a status
change asks first, saying what it means for the other side and for the lock. The strings are
the editor's ("AgendaEditor"): these are its buttons, in its words.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.domain import agenda_rules as rules
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.services.agenda_versions import PreviousAgenda
from desktop_app.ui.agenda import prompts
from desktop_app.ui.agenda.compare import CompareDialog
from desktop_app.ui.agenda.edit_runner import EditRunner, RunnerHost
from desktop_app.ui.agenda.undo_commands import NewDraft, SetStatus
from desktop_app.ui.common import formatting
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.undo import run_and_push


class VersionHost(RunnerHost, Protocol):
    """The editor, as its version actions see it: the session, its versions, what "copy" offers."""

    @property
    def session_id(self) -> int | None: ...

    @property
    def versions(self) -> list[AgendaVersion]: ...

    @property
    def previous_agenda(self) -> PreviousAgenda | None: ...


class VersionActions:
    """The version bar's and the empty page's actions for ``host``; questions are asked over ``parent``."""

    def __init__(self, host: VersionHost, parent: QWidget, runner: EditRunner) -> None:
        self.host, self.parent, self.runner = host, parent, runner
        self.compare_dialog: CompareDialog | None = None

    # -- new versions ----------------------------------------------------------------------
    def _home(self) -> str:
        return self.host.workspace.body.home_side

    def _next_label(self) -> str:
        return rules.next_draft_label(self.host.versions, self._home())

    def _push_new(self, command: NewDraft) -> bool:
        return run_and_push(self.host.stack, command)

    def start_draft(self) -> bool:
        session_id = self.host.session_id
        if session_id is None:
            return False
        label = self._next_label()
        text = translate("AgendaEditor", "Start {0}").format(label)
        return self._push_new(NewDraft(self.host, session_id, label, self._home(), None, text))

    def copy_previous(self) -> bool:
        previous = self.host.previous_agenda
        session_id = self.host.session_id
        if session_id is None or previous is None or previous.version.id is None:
            return False
        label = self._next_label()
        if previous.session_number:
            text = translate("AgendaEditor", "Copy the agenda of #{0}").format(previous.session_number)
        else:
            text = translate("AgendaEditor", "Copy the agenda of the previous session")
        return self._push_new(NewDraft(self.host, session_id, label, self._home(), previous.version.id, text))

    def save_as_new_version(self) -> bool:
        version = self.host.version
        session_id = self.host.session_id
        if session_id is None or version is None or version.id is None:
            return False
        sides = [(side.code, formatting.side_name(side)) for side in self.host.workspace.body.sides]
        answer = prompts.ask_new_version(
            self.parent,
            self._next_label(),
            sides,
            self._home(),
            translate("AgendaEditor", "A new draft with the items of v{0} “{1}”; that version stays as it is.").format(
                version.version, version.label
            ),
        )
        if answer is None:
            return False
        command = NewDraft(
            self.host,
            session_id,
            answer.label,
            answer.proposed_by,
            version.id,
            translate("AgendaEditor", "Save as “{0}”").format(answer.label),
            back_to=version.id,
        )
        return self._push_new(command)

    # -- status ----------------------------------------------------------------------------
    def _status(self, status: AgendaStatus, title: str, question: str, detail: str) -> bool:
        version = self.host.version
        if version is None or version.id is None:
            return False
        if not prompts.confirm_status(self.parent, title, question, detail):
            return False
        target = version.id
        text = translate("AgendaEditor", "{0} v{1}").format(title, version.version)
        return self.runner.run(lambda _t, _v: SetStatus(self.host, target, status, text), shared=False)

    def propose(self) -> bool:
        version = self.host.version
        if version is None:
            return False
        return self._status(
            AgendaStatus.PROPOSED,
            translate("AgendaEditor", "Propose"),
            translate("AgendaEditor", "Propose v{0} “{1}” to the other side?").format(version.version, version.label),
            translate("AgendaEditor", "It stays editable until both sides agree it."),
        )

    def mark_agreed(self) -> bool:
        version = self.host.version
        if version is None:
            return False
        agreed = [v for v in self.host.versions if v.locked and v.id != version.id]
        detail = translate("AgendaEditor", "It is locked from then on; later changes go into a new draft.")
        if agreed:
            detail += translate("AgendaEditor", " v{0} “{1}”, agreed before, goes back to proposed.").format(
                agreed[0].version, agreed[0].label
            )
        return self._status(
            AgendaStatus.AGREED,
            translate("AgendaEditor", "Mark agreed"),
            translate("AgendaEditor", "Mark v{0} “{1}” as agreed by both sides?").format(
                version.version, version.label
            ),
            detail,
        )

    def reopen(self) -> bool:
        version = self.host.version
        if version is None:
            return False
        return self._status(
            AgendaStatus.PROPOSED,
            translate("AgendaEditor", "Reopen"),
            translate("AgendaEditor", "Reopen the agreed v{0} “{1}”?").format(version.version, version.label),
            translate(
                "AgendaEditor",
                "It goes back to proposed and can be edited again; the session then has no agreed agenda.",
            ),
        )

    # -- compare ---------------------------------------------------------------------------
    def open_compare(self) -> CompareDialog | None:
        """Compare the version shown with the one before it (the first version: with the one after)."""
        version = self.host.version
        versions = self.host.versions
        if version is None or len(versions) < 2:
            return None
        ids = [v.id for v in versions]
        index = ids.index(version.id)
        old = ids[index - 1] if index > 0 else ids[index]
        new = ids[index] if index > 0 else ids[index + 1]
        self.close_compare()
        dialog = CompareDialog(self.host.workspace, versions, old, new, self.parent)
        dialog.finished.connect(self._compare_closed)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def close_compare(self) -> None:
        if self.compare_dialog is not None:
            self.compare_dialog.close()

    def _compare_closed(self, _result: int) -> None:
        self.compare_dialog = None
