"""Use cases on a session's date and state: create, edit, move, postpone, cancel.

The session dialog returns a ``SessionDraft`` (a wall-clock time in a zone, as the
officer typed it); these functions turn it into a session and write it, one
transaction each. ``draft_problems`` and ``draft_warnings`` are pure and fast, for the
dialog to call on every keystroke.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.body import Body, check_timezone
from desktop_app.domain.notices import Notice, joined
from desktop_app.domain.session import Session, SessionFormat, SessionMode, SessionStatus
from desktop_app.errors import InvalidInput, UserError
from desktop_app.scheduling.timezones import to_utc, wall_time, wall_time_note
from desktop_app.services.calendar_view import WarningContext, warning_context
from desktop_app.services.workspace import Workspace
from desktop_app.storage import series_repository, session_repository

if TYPE_CHECKING:
    import sqlite_utils


class Scope(enum.StrEnum):
    """Which occurrences of a series an edit applies to."""

    THIS = "this"
    FOLLOWING = "following"  # this one and every later one: the series is split here


@dataclass(frozen=True)
class SessionDraft:
    """What the session dialog (or ``sessions add``) hands over; nothing is saved yet."""

    title: str
    local_start: datetime  # naive: the wall-clock time in `timezone`
    timezone: str
    duration_minutes: int
    host_side: str
    title_ko: str = ""
    venue_city: str = ""
    venue_building: str = ""
    video_link: str = ""
    format: SessionFormat = SessionFormat.WORKING
    status: SessionStatus = SessionStatus.PLANNED
    notes: str = ""
    mode: SessionMode | None = None  # None: by the venue (a link and no city is video)
    number: int | None = None  # "session 12 of the body"; None: the next free one (new), unchanged (edit)

    @classmethod
    def of(cls, session: Session) -> SessionDraft:
        """The draft a dialog opens with for an existing session."""
        values = {f.name: getattr(session, f.name) for f in fields(cls) if f.name != "local_start"}
        return cls(local_start=wall_time(session.start, session.timezone), **values)


# The fields an edit copies from the draft onto the session (the start and the number apart).
_DRAFT_FIELDS = tuple(f.name for f in fields(SessionDraft) if f.name not in ("local_start", "number"))
MAX_SESSION_NUMBER = 100_000


@dataclass(frozen=True)
class Scheduled:
    """A session as written, with the warnings the officer should see about it."""

    session: Session
    warnings: list[str]


def default_host(body: Body, timezone: str) -> str:
    """The side whose capital keeps ``timezone``; the home side when neither does."""
    return next((side.code for side in body.sides if side.timezone == timezone), body.home_side)


def draft_problems(draft: SessionDraft, body: Body) -> list[str]:
    """What stops the draft from being saved, in sentences; empty when it can be saved. Pure."""
    problems: list[str] = []
    if not draft.title.strip():
        problems.append(Notice("a session needs a title", "no_title"))
    try:
        check_timezone(draft.timezone)
    except UserError as exc:
        return [*problems, Notice(str(exc), "unknown_zone", zone=draft.timezone)]
    if draft.local_start.tzinfo is not None:
        problems.append(Notice("the start is a wall-clock time, without an offset", "scheduling.start_has_offset"))
    elif (note := wall_time_note(draft.local_start, draft.timezone)) and "does not exist" in note:
        problems.append(note)
    if not 5 <= draft.duration_minutes <= 7 * 24 * 60:
        problems.append(Notice("a session lasts between 5 minutes and a week", "length"))
    if draft.host_side not in body.side_codes:
        sides = ", ".join(body.side_codes)
        problems.append(Notice(f"the host must be one of {sides}", "scheduling.host_not_a_side", sides=sides))
    if draft.number is not None and not 1 <= draft.number <= MAX_SESSION_NUMBER:
        english = f"a session number is between 1 and {MAX_SESSION_NUMBER:,}"
        problems.append(Notice(english, "number_range", most=MAX_SESSION_NUMBER))
    return problems


def draft_warnings(
    context: WarningContext,
    draft: SessionDraft,
    *,
    session_id: int | None = None,
    attendees: Collection[int] | None = None,
) -> list[str]:
    """Warnings about the draft as it stands (empty while it cannot be read). Pure and fast."""
    if draft_problems(draft, context.body):
        return []
    note = wall_time_note(draft.local_start, draft.timezone)
    session = _session_from(draft, _placeholder(draft), id=session_id)
    return ([note] if note else []) + context.warnings(session, attendees)


def _placeholder(draft: SessionDraft) -> Session:
    """A new session to copy the draft onto (it gets its UID here)."""
    start = to_utc(draft.local_start, draft.timezone, strict=False)
    return Session(draft.title, start, draft.timezone, draft.duration_minutes, draft.host_side)


def _session_from(draft: SessionDraft, base: Session, **extra: object) -> Session:
    values: dict[str, object] = {name: getattr(draft, name) for name in _DRAFT_FIELDS}
    if draft.number is not None:
        values["number"] = draft.number
    return replace(base, start=to_utc(draft.local_start, draft.timezone), **values, **extra)  # type: ignore[arg-type]


def _check_number_free(db: sqlite_utils.Database, number: int | None, session_id: int | None) -> None:
    """Two sessions of one body never share a number (both desks say "session 12" on the phone)."""
    if number is None:
        return
    row = db.execute("SELECT id, title FROM sessions WHERE number = ? AND id IS NOT ?", [number, session_id]).fetchone()
    if row is not None:
        raise InvalidInput(
            Notice(
                f"session number {number} is already “{row[1]}” (id {row[0]}); choose another number",
                "scheduling.session_number_already_id",
                number=number,
                title=row[1],
                session_id=row[0],
            )
        )


def _refuse_problems(draft: SessionDraft, body: Body) -> None:
    problems = draft_problems(draft, body)
    if problems:
        raise InvalidInput(joined(problems))


def with_warnings(workspace: Workspace, sessions: list[Session]) -> list[Scheduled]:
    context = warning_context(workspace)
    return [Scheduled(s, context.warnings(s)) for s in sessions]


def create_session(workspace: Workspace, draft: SessionDraft) -> Scheduled:
    _refuse_problems(draft, workspace.body)
    with workspace.store.transaction() as db:
        session = _session_from(draft, _placeholder(draft))
        _check_number_free(db, draft.number, None)
        if draft.number is None:
            session = replace(session, number=session_repository.next_session_number(db))
        created = session_repository.get_session(db, session_repository.insert_session(db, session))
    return with_warnings(workspace, [created])[0]


def edit_session(
    workspace: Workspace, session_id: int, draft: SessionDraft, scope: Scope = Scope.THIS
) -> list[Scheduled]:
    """Save the dialog's draft over a session (and, for FOLLOWING, the later ones of its series)."""
    _refuse_problems(draft, workspace.body)
    with workspace.store.transaction() as db:
        original = session_repository.get_session(db, session_id)
        if draft.number != original.number:
            _check_number_free(db, draft.number, session_id)
        edited = _session_from(draft, original)
        if replace(edited, sequence=original.sequence) == original:
            return with_warnings(workspace, [original])  # nothing changed: the sequence stays
        edited = replace(edited, sequence=original.sequence + 1)
        if scope is Scope.FOLLOWING and original.series_id is not None:
            from desktop_app.services.series import edit_following

            written = edit_following(db, original, edited)
        else:
            session_repository.update_session(db, edited)
            written = [edited]
    return with_warnings(workspace, written)


def move_session(
    workspace: Workspace,
    session_id: int,
    local_start: datetime,
    timezone: str | None = None,
    scope: Scope = Scope.THIS,
) -> list[Scheduled]:
    """Move to a new wall-clock time (in the session's zone unless ``timezone``).

    A postponed session moved to a date is planned again.
    """
    session = session_repository.get_session(workspace.store.db, session_id)
    status = SessionStatus.PLANNED if session.status is SessionStatus.POSTPONED else session.status
    draft = replace(SessionDraft.of(session), local_start=local_start, timezone=timezone or session.timezone)
    return edit_session(workspace, session_id, replace(draft, status=status), scope)


def _set_status(workspace: Workspace, session_id: int, status: SessionStatus, scope: Scope) -> list[Session]:
    with workspace.store.transaction() as db:
        session = session_repository.get_session(db, session_id)
        targets = [session]
        if scope is Scope.FOLLOWING and session.series_id is not None:
            targets = [s for s in session_repository.series_sessions(db, session.series_id) if s.start >= session.start]
        changed = []
        for target in targets:
            if target.status is not status:
                target = target.changed(status=status)
                session_repository.update_session(db, target)
                changed.append(target)
        return changed


def postpone_session(workspace: Workspace, session_id: int, scope: Scope = Scope.THIS) -> list[Session]:
    """Mark as postponed (the date is to be fixed; ``move_session`` plans it again)."""
    return _set_status(workspace, session_id, SessionStatus.POSTPONED, scope)


def cancel_session(workspace: Workspace, session_id: int, scope: Scope = Scope.THIS) -> list[Session]:
    """Cancel; in a series this is how one occurrence is skipped (it keeps its place in the series)."""
    return _set_status(workspace, session_id, SessionStatus.CANCELLED, scope)


def series_of(db: sqlite_utils.Database, session: Session) -> str | None:
    """A line naming the series a session belongs to, for lists and dialogs."""
    if session.series_id is None:
        return None
    from desktop_app.scheduling.recurrence import describe

    series = series_repository.get_series(db, session.series_id)
    return f"{series.title}: {describe(series.rule, series.first_start)}"
