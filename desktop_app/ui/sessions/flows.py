"""The scheduling actions, from question to write to "everything reloads".

Shared by the Session menu, the calendar (double-click on an empty day, a drag, a context
menu) and the session page's Overview tab. Each asks through ``questions`` (replaceable in
tests), writes through one service call wrapped in a command of the window's undo history
(``session_commands``), reports a refusal with ``dialogs.show_error`` and, after a write,
tells every view to read the database again (``Navigator.tell``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app import clock
from desktop_app.domain.series import Series
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.errors import UserError
from desktop_app.scheduling.timezones import wall_time
from desktop_app.services import calendar_files, schedule_undo, scheduling, series
from desktop_app.services.calendar_import_preview import preview_ics_import
from desktop_app.services.calendar_view import warning_context
from desktop_app.services.session_overview import dialog_warnings
from desktop_app.services.sessions import get_session
from desktop_app.services.workspace import Workspace
from desktop_app.ui.calendar import import_range
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.undo import undo_hint
from desktop_app.ui.sessions import questions
from desktop_app.ui.sessions.undo_commands import CreateCommand, Desk, ImportCommand, ScheduleCommand, run

DEFAULT_HOUR = time(10, 0)


def describe(session: Session) -> str:
    number = f"#{session.number} " if session.number else ""
    return f"{number}“{session.title}”"


def _warned(count: int) -> str:
    if not count:
        return ""
    if count == 1:
        return translate("Flows", " — 1 warning, see the calendar in amber")
    return translate("Flows", " — {0} warnings, see the calendar in amber").format(count)


def _and_more(count: int) -> str:
    """ " and 3 more" for the later sessions of a series that changed too; "" when none did."""
    return translate("Flows", " and {0} more").format(count) if count > 0 else ""


def _said(navigator: Navigator, message: str) -> None:
    navigator.status_message.emit(undo_hint(message))


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _load(parent: QWidget | None, workspace: Workspace, session_id: int) -> Session | None:
    try:
        return get_session(workspace, session_id)
    except UserError as exc:
        dialogs.show_error(parent, translate("Flows", "Cannot find the session"), notices.refusal(exc))
        return None


def _scope(parent: QWidget | None, session: Session, what: str) -> scheduling.Scope | None:
    if session.series_id is None:
        return scheduling.Scope.THIS
    return questions.ask_scope(parent, what)


# -- sessions -------------------------------------------------------------------------------


def new_session(
    parent: QWidget | None, workspace: Workspace, navigator: Navigator, start: date | datetime | None = None
) -> int | None:
    """Ask for a new session (on ``start``'s day, at 10:00 unless a time is given) and create it."""
    body = workspace.body
    if start is None:
        start = next_working_day(clock.today())
    if not isinstance(start, datetime):
        start = datetime.combine(start, DEFAULT_HOUR)
    initial = scheduling.SessionDraft(
        title="",
        local_start=start,
        timezone=body.home.timezone,
        duration_minutes=body.default_session_minutes,
        host_side=body.home_side,
        venue_city=body.home.capital,
    )
    draft = questions.ask_session_draft(parent, workspace, initial, title=translate("Flows", "New session"))
    if draft is None:
        return None
    made: list[scheduling.Scheduled] = []

    def create() -> tuple[None, list[Session]]:
        made.append(scheduling.create_session(workspace, draft))
        return None, [made[0].session]

    text = translate("Flows", "Create “{0}”").format(draft.title)
    command = CreateCommand(Desk(parent, navigator, workspace), text, create)
    if not run(parent, navigator, command, translate("Flows", "Cannot create the session")):
        return None
    created = translate("Flows", "Created {0}").format(describe(made[0].session))
    _said(navigator, created + _warned(len(made[0].warnings)))
    return made[0].session.id


def edit_session(parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int) -> bool:
    session = _load(parent, workspace, session_id)
    if session is None:
        return False
    draft = questions.ask_session_draft(
        parent,
        workspace,
        scheduling.SessionDraft.of(session),
        session_id=session_id,
        title=translate("Flows", "Edit {0}").format(describe(session)),
    )
    if draft is None:
        return False
    scope = _scope(parent, session, "change")
    if scope is None:
        return False
    text, refused = translate("Flows", "Edit {0}"), translate("Flows", "Cannot save the session")
    write = partial(scheduling.edit_session, workspace, session_id, draft, scope)
    result = _rewrite(Desk(parent, navigator, workspace), session, scope, text, write, refused)
    if result is None:
        return False
    written = _scheduled(result)
    if len(written) == 2:
        saved = translate("Flows", "Saved {0} and 1 later session of its series")
    elif len(written) > 2:
        saved = translate("Flows", "Saved {0} and {1} later sessions of its series")
    else:
        saved = translate("Flows", "Saved {0}")
    _said(navigator, saved.format(describe(written[0].session), len(written) - 1) + _warned(len(written[0].warnings)))
    return True


def move_session(parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int) -> bool:
    session = _load(parent, workspace, session_id)
    if session is None:
        return False
    answer = questions.ask_new_start(parent, workspace, session)
    if answer is None:
        return False
    scope = _scope(parent, session, "move")
    if scope is None:
        return False
    local, zone = answer
    return move_to(parent, workspace, navigator, session, local, zone, scope)


def move_to(
    parent: QWidget | None,
    workspace: Workspace,
    navigator: Navigator,
    session: Session,
    local: datetime,
    zone: str,
    scope: scheduling.Scope,
    minutes: int | None = None,
) -> bool:
    """Move (and, with ``minutes``, resize) as one command: from the Move dialog or a drag in the calendar."""
    assert session.id is not None
    session_id = session.id

    def write() -> list[scheduling.Scheduled]:
        if minutes is None or minutes == session.duration_minutes:
            return scheduling.move_session(workspace, session_id, local, zone, scope)
        draft = replace(scheduling.SessionDraft.of(session), local_start=local, timezone=zone, duration_minutes=minutes)
        return scheduling.edit_session(workspace, session_id, draft, scope)

    if minutes is not None and minutes != session.duration_minutes and local == wall_time(session.start, zone):
        text = translate("Flows", "Change the length of {0}")
    else:
        text = translate("Flows", "Move {0}")
    refused = translate("Flows", "Cannot move the session")
    result = _rewrite(Desk(parent, navigator, workspace), session, scope, text, write, refused)
    if result is None:
        return False
    written = _scheduled(result)
    moved = translate("Flows", "Moved {0}").format(describe(written[0].session))
    _said(navigator, moved + _warned(len(written[0].warnings)))
    return True


def drop_session(
    parent: QWidget | None,
    workspace: Workspace,
    navigator: Navigator,
    session_id: int,
    local: datetime,
    minutes: int | None = None,
) -> bool:
    """A session dragged to ``local`` (wall time in its own zone) or resized to ``minutes`` in the calendar.

    Refused (with a word in the status bar) on a read-only or locked file and for a session already
    held; otherwise the Move dialog's warnings are shown to confirm, the series question asked, and
    the move written as one undoable command.
    """
    session = _load(parent, workspace, session_id)
    if session is None:
        return False
    if workspace.store.read_only:
        navigator.status_message.emit(translate("Flows", "The database is read-only: nothing can be moved"))
        return False
    if session.status is SessionStatus.HELD:
        navigator.status_message.emit(
            translate("Flows", "{0} has been held; it stays where it took place").format(describe(session))
        )
        return False
    draft = replace(
        scheduling.SessionDraft.of(session),
        local_start=local,
        duration_minutes=minutes or session.duration_minutes,
        status=SessionStatus.PLANNED if session.status is SessionStatus.POSTPONED else session.status,
    )
    problems = scheduling.draft_problems(draft, workspace.body)
    if problems:
        reasons = "; ".join(notices.words(problems, workspace.body))
        dialogs.show_error(parent, translate("Flows", "Cannot move the session"), reasons)
        return False
    warnings = dialog_warnings(warning_context(workspace), draft, session_id=session_id)
    if warnings and not questions.confirm_drop(parent, describe(session), notices.words(warnings, workspace.body)):
        return False
    scope = _scope(parent, session, "move")
    if scope is None:
        return False
    return move_to(parent, workspace, navigator, session, local, session.timezone, scope, minutes)


def _rewrite(
    desk: Desk,
    session: Session,
    scope: scheduling.Scope,
    text: str,
    write: Callable[[], Sequence[object]],
    refused: str,
) -> Sequence[object] | None:
    """``write`` as one command of the window's history (undo: the rows as they were); None when refused.

    ``text`` names the command, with {0} for the session ("Move {0}")."""
    assert session.id is not None
    snapshot = schedule_undo.before(desk.workspace, session.id, scope)
    command = ScheduleCommand(desk, text.format(describe(session)), write, snapshot)
    return command.result if run(desk.parent, desk.navigator, command, refused) else None


def _scheduled(result: object) -> list[scheduling.Scheduled]:
    assert isinstance(result, list)
    return [entry for entry in result if isinstance(entry, scheduling.Scheduled)]


@dataclass(frozen=True)
class _StatusChange:
    """Postpone or cancel: the same flow, in its own words and with its own service call."""

    status: SessionStatus  # what the session becomes; one that is so already is left alone
    already: str  # said then, with {0} for the session
    what: str  # for the series question: "postpone", "cancel"
    text: str  # the command, with {0} for the session
    refused: str
    done: str  # the status bar after the write, with {0} for the session
    write: Callable[[Workspace, int, scheduling.Scope], Sequence[object]]
    confirm: Callable[[QWidget | None, str, scheduling.Scope], bool] | None = None


def _change_status(
    parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int, change: _StatusChange
) -> bool:
    session = _load(parent, workspace, session_id)
    if session is None:
        return False
    if session.status is change.status:
        navigator.status_message.emit(change.already.format(describe(session)))
        return False
    scope = _scope(parent, session, change.what)
    if scope is None or (change.confirm is not None and not change.confirm(parent, describe(session), scope)):
        return False
    write = partial(change.write, workspace, session_id, scope)
    changed = _rewrite(Desk(parent, navigator, workspace), session, scope, change.text, write, change.refused)
    if changed is not None:
        _said(navigator, change.done.format(describe(session)) + _and_more(len(changed) - 1))
    return changed is not None


def postpone_session(parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int) -> bool:
    change = _StatusChange(
        status=SessionStatus.POSTPONED,
        already=translate("Flows", "{0} is already postponed; Move… gives it a new date"),
        what="postpone",
        text=translate("Flows", "Postpone {0}"),
        refused=translate("Flows", "Cannot postpone the session"),
        done=translate("Flows", "Postponed {0}"),
        write=scheduling.postpone_session,
    )
    return _change_status(parent, workspace, navigator, session_id, change)


def cancel_session(parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int) -> bool:
    change = _StatusChange(
        status=SessionStatus.CANCELLED,
        already=translate("Flows", "{0} is already cancelled"),
        what="cancel",
        text=translate("Flows", "Cancel {0}"),
        refused=translate("Flows", "Cannot cancel the session"),
        done=translate("Flows", "Cancelled {0}"),
        write=scheduling.cancel_session,
        confirm=lambda parent, described, scope: questions.confirm_cancel(parent, described, scope),
    )
    return _change_status(parent, workspace, navigator, session_id, change)


def new_series(
    parent: QWidget | None, workspace: Workspace, navigator: Navigator, first: datetime | None = None
) -> int | None:
    draft = questions.ask_series_draft(parent, workspace, first)
    if draft is None:
        return None
    made: list[tuple[Series, list[scheduling.Scheduled]]] = []

    def create() -> tuple[Series, list[Session]]:
        made.append(series.create_series(workspace, draft))
        return made[0][0], [scheduled.session for scheduled in made[0][1]]

    text = translate("Flows", "Create the series “{0}”").format(draft.title)
    command = CreateCommand(Desk(parent, navigator, workspace), text, create)
    if not run(parent, navigator, command, translate("Flows", "Cannot create the series")):
        return None
    created, sessions = made[0]
    flagged = sum(1 for scheduled in sessions if scheduled.warnings)
    if len(sessions) == 1:
        text = translate("Flows", "Created the series “{0}”: 1 session").format(created.title)
    else:
        text = translate("Flows", "Created the series “{0}”: {1} sessions").format(created.title, len(sessions))
    if flagged:
        text += translate("Flows", ", {0} with warnings").format(flagged)
    _said(navigator, text)
    return created.id


# -- calendar files -------------------------------------------------------------------------


def import_calendar(parent: QWidget | None, workspace: Workspace, navigator: Navigator) -> bool:
    source = questions.ask_ics_import_path(parent, workspace.path.parent)
    if source is None:
        return False
    reading: calendar_files.ImportRange | None = calendar_files.ImportRange()
    while True:
        assert reading is not None
        try:
            preview = preview_ics_import(workspace, source, reading)
        except calendar_files.TooManyEvents as exc:  # read it a range at a time: the range is asked for
            reading = import_range.ask_import_range(parent, reading, clock.today(), notices.refusal(exc))
            if reading is None:
                return False
            continue
        except UserError as exc:
            dialogs.show_error(parent, translate("Flows", "Cannot import the calendar file"), notices.refusal(exc))
            return False
        answer = questions.confirm_import(parent, source, preview, adjustable=True)
        if answer == questions.ADJUST:
            reading = import_range.ask_import_range(parent, reading, clock.today()) or reading
            continue
        if answer is not True:
            return False
        break
    text = translate("Flows", "Import {0}").format(source.name)
    read = partial(calendar_files.import_ics, workspace, source, reading)
    command = ImportCommand(Desk(parent, navigator, workspace), text, read)
    if not run(parent, navigator, command, translate("Flows", "Cannot import the calendar file")):
        return False
    report = command.result
    assert isinstance(report, calendar_files.ImportReport)
    _said(navigator, translate("Flows", "Imported {0}: {1}").format(source.name, questions.import_summary(report)))
    return True


def export_calendar(
    parent: QWidget | None, workspace: Workspace, navigator: Navigator, session_id: int | None = None
) -> Path | None:
    keys: list[str] = []
    suggested = workspace.path.parent / f"{workspace.path.stem}.ics"
    if session_id is not None:
        session = _load(parent, workspace, session_id)
        if session is None:
            return None
        which = questions.ask_export_which(parent, describe(session))
        if which is None:
            return None
        if which == "selected":
            keys = [str(session_id)]
            suggested = workspace.path.parent / f"session-{session.number or session_id}.ics"
    target = questions.ask_ics_export_path(parent, suggested)
    if target is None:
        return None
    try:
        count = calendar_files.export_ics(workspace, target, keys)
    except (UserError, OSError) as exc:
        dialogs.show_error(parent, translate("Flows", "Cannot export the calendar"), notices.refusal(exc))
        return None
    if count == 1:
        navigator.file_written.emit(translate("Flows", "Exported 1 session to {0}").format(target), target)
    else:
        navigator.file_written.emit(translate("Flows", "Exported {0} sessions to {1}").format(count, target), target)
    return target
