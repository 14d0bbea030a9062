"""Each side's delegation to a session: who, in what role, in which protocol order, with what answer.

Rules kept here, whoever calls: a side has at most one head of delegation and the head
sits first; retired people are not invited again; protocol order is 0, 1, 2 … per side
with no gaps. Each action returns what the GUI's undo stack needs to put it back
(noted on each function).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Side
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import attendance_repository, people_repository, session_repository

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Delegate:
    attendance: Attendance
    person: Person


@dataclass(frozen=True)
class SideCounts:
    """What the delegation column header shows: "ROK 7 (5 confirmed, 1 declined)"."""

    total: int
    by_rsvp: dict[str, int] = field(default_factory=dict)

    @property
    def attending(self) -> int:
        """Everyone not declined: the number of chairs to set."""
        return self.total - self.by_rsvp.get(str(Rsvp.DECLINED), 0)


@dataclass(frozen=True)
class SideDelegation:
    side: Side
    delegates: tuple[Delegate, ...]  # protocol order, head first

    @property
    def counts(self) -> SideCounts:
        return SideCounts(len(self.delegates), dict(Counter(str(d.attendance.rsvp) for d in self.delegates)))

    @property
    def person_ids(self) -> list[int]:
        return [d.attendance.person_id for d in self.delegates]


@dataclass(frozen=True)
class SessionDelegations:
    session: Session
    sides: tuple[SideDelegation, ...]  # in the body's order

    def side(self, code: str) -> SideDelegation:
        for delegation in self.sides:
            if delegation.side.code == code:
                return delegation
        raise InvalidInput(Notice(f"unknown side {code!r}", "delegations.unknown_side", code_given=code))

    @property
    def counts(self) -> dict[str, SideCounts]:
        return {delegation.side.code: delegation.counts for delegation in self.sides}


def delegations(workspace: Workspace, session_id: int) -> SessionDelegations:
    """Both delegations of a session, each in protocol order."""
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    by_side: dict[str, list[Delegate]] = {code: [] for code in workspace.body.side_codes}
    for attendance, person in people_repository.delegation(db, session_id):
        by_side.setdefault(person.side, []).append(Delegate(attendance, person))
    return SessionDelegations(
        session, tuple(SideDelegation(side, tuple(by_side[side.code])) for side in workspace.body.sides)
    )


# -- helpers running inside a transaction ----------------------------------------------------


def _side_rows(db: sqlite_utils.Database, session_id: int, side: str) -> list[Attendance]:
    return [a for a, p in people_repository.delegation(db, session_id) if p.side == side]


def _renumber(db: sqlite_utils.Database, rows: Sequence[Attendance]) -> None:
    """Protocol order 0, 1, 2 … in the order given, writing only the rows that moved."""
    for order, attendance in enumerate(rows):
        if attendance.protocol_order != order:
            assert attendance.id is not None  # read from the database
            attendance_repository.update_attendance(db, attendance.id, protocol_order=order)


def _require(db: sqlite_utils.Database, session_id: int, person_id: int) -> tuple[Attendance, Person]:
    attendance = attendance_repository.find_attendance(db, session_id, person_id)
    person = people_repository.get_person(db, person_id)
    if attendance is None:
        raise UserError(
            Notice(
                f"{person.name} is not in the delegations of session {session_id}",
                "delegations.not_delegations_session",
                person_name=person.name,
                session_id=session_id,
            )
        )
    return attendance, person


def _check_one_head(
    db: sqlite_utils.Database, rows: Sequence[Attendance], person: Person, except_id: int | None = None
) -> None:
    for other in rows:
        if other.role is Role.HEAD and other.id != except_id:
            head = people_repository.get_person(db, other.person_id)
            raise UserError(
                Notice(
                    f"{head.name} already heads the {person.side} delegation; make them deputy or member "
                    f"before naming {person.name} head",
                    "delegations.already_heads_delegation_make",
                    head_name=head.name,
                    person_side=person.side,
                    person_name=person.name,
                )
            )


# -- actions ---------------------------------------------------------------------------------


def add_to_delegation(
    workspace: Workspace,
    session_id: int,
    person_id: int,
    *,
    role: Role = Role.MEMBER,
    rsvp: Rsvp = Rsvp.INVITED,
    position: int | None = None,
) -> Attendance:
    """Seat a person in their side's delegation: a head first, others at ``position`` (default last).

    Undo: ``remove_from_delegation``.
    """
    with workspace.store.transaction() as db:
        session_repository.get_session(db, session_id)
        person = people_repository.get_person(db, person_id)
        if person.retired:
            raise UserError(
                Notice(
                    f"{person.name} is retired; reinstate them before adding them to a delegation",
                    "delegations.retired_reinstate_them_before",
                    person_name=person.name,
                )
            )
        if attendance_repository.find_attendance(db, session_id, person_id):
            raise UserError(
                Notice(
                    f"{person.name} is already in the delegations of session {session_id}",
                    "delegations.already_delegations_session",
                    person_name=person.name,
                    session_id=session_id,
                )
            )
        rows = _side_rows(db, session_id, person.side)
        if role is Role.HEAD:
            _check_one_head(db, rows, person)
            position = 0
        lowest = 1 if rows and rows[0].role is Role.HEAD else 0  # nobody sits before the head
        where = len(rows) if position is None else max(lowest, min(position, len(rows)))
        new = Attendance(session_id, person_id, role, protocol_order=len(rows), rsvp=rsvp)
        new_id = attendance_repository.insert_attendance(db, new)
        _renumber(db, [*rows[:where], replace(new, id=new_id), *rows[where:]])
        return attendance_repository.get_attendance(db, new_id)


def remove_from_delegation(workspace: Workspace, session_id: int, person_id: int) -> Attendance:
    """Take a person out of a session; returns the row as it was. Undo: ``restore_to_delegation``."""
    with workspace.store.transaction() as db:
        attendance, person = _require(db, session_id, person_id)
        assert attendance.id is not None
        attendance_repository.delete_attendance(db, attendance.id)
        _renumber(db, _side_rows(db, session_id, person.side))
        return attendance


def restore_to_delegation(workspace: Workspace, attendance: Attendance) -> Attendance:
    """Put back a row that ``remove_from_delegation`` returned, at its old place, role and answer."""
    return add_to_delegation(
        workspace,
        attendance.session_id,
        attendance.person_id,
        role=attendance.role,
        rsvp=attendance.rsvp,
        position=attendance.protocol_order,
    )


@dataclass(frozen=True)
class RoleChange:
    """What ``set_role`` changed: the row before, and the side's order before (a new head moves up)."""

    before: Attendance
    side: str
    order_before: tuple[int, ...]  # person ids


def set_role(workspace: Workspace, session_id: int, person_id: int, role: Role) -> RoleChange:
    """Change a delegate's role; a new head moves to the front. Undo: ``undo_role_change``."""
    with workspace.store.transaction() as db:
        attendance, person = _require(db, session_id, person_id)
        rows = _side_rows(db, session_id, person.side)
        change = RoleChange(attendance, person.side, tuple(row.person_id for row in rows))
        if role is attendance.role:
            return change
        if role is Role.HEAD:
            _check_one_head(db, rows, person, except_id=attendance.id)
            rows = [attendance, *(row for row in rows if row.id != attendance.id)]
        assert attendance.id is not None
        attendance_repository.update_attendance(db, attendance.id, role=role)
        _renumber(db, rows)
        return change


def undo_role_change(workspace: Workspace, change: RoleChange) -> None:
    """Put the role and the side's order back as they were before ``set_role``."""
    before = change.before
    assert before.id is not None  # read from the database
    with workspace.store.transaction() as db:
        attendance_repository.update_attendance(db, before.id, role=before.role)
        by_person = {row.person_id: row for row in _side_rows(db, before.session_id, change.side)}
        _renumber(db, [by_person[pid] for pid in change.order_before if pid in by_person])


def set_rsvp(workspace: Workspace, session_id: int, person_id: int, rsvp: Rsvp) -> Attendance:
    """Record a delegate's answer. Returns the row before (undo: its rsvp)."""
    with workspace.store.transaction() as db:
        attendance, _ = _require(db, session_id, person_id)
        assert attendance.id is not None
        attendance_repository.update_attendance(db, attendance.id, rsvp=rsvp)
        return attendance


def reorder_delegation(workspace: Workspace, session_id: int, side: str, person_ids: Sequence[int]) -> list[int]:
    """Set one side's protocol order (a drag and drop). Returns the order before, for undo.

    ``person_ids`` names every member of the side's delegation once; the head, if any, first.
    """
    workspace.body.side(side)
    with workspace.store.transaction() as db:
        rows = _side_rows(db, session_id, side)
        before = [row.person_id for row in rows]
        if sorted(person_ids) != sorted(before):
            raise InvalidInput(
                Notice(
                    f"the new order must name each member of the {side} delegation exactly once",
                    "delegations.new_order_must_name",
                    side=side,
                )
            )
        by_person = {row.person_id: row for row in rows}
        ordered = [by_person[person_id] for person_id in person_ids]
        heads = [row for row in ordered if row.role is Role.HEAD]
        if heads and ordered[0] is not heads[0]:
            head = people_repository.get_person(db, heads[0].person_id)
            raise UserError(
                Notice(
                    f"the head of delegation sits first; {head.name} must stay at the top",
                    "delegations.head_delegation_sits_first",
                    head_name=head.name,
                )
            )
        _renumber(db, ordered)
        return before


# -- copying from the previous session -------------------------------------------------------


@dataclass(frozen=True)
class CopyResult:
    source: Session
    added: tuple[Attendance, ...]  # undo: ``undo_copy``
    already_there: tuple[Person, ...] = ()
    retired: tuple[Person, ...] = ()  # left out: retired since
    demoted_heads: tuple[Person, ...] = ()  # the session had its own head already: joined as members


def previous_session(workspace: Workspace, session_id: int) -> Session | None:
    """The latest session starting before this one that has a delegation to copy."""
    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    sql = """SELECT s.id FROM sessions s
             WHERE s.start_utc < ? AND s.id != ? AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)
             ORDER BY s.start_utc DESC, s.id DESC LIMIT 1"""
    row = db.execute(sql, [session.start.isoformat(), session_id]).fetchone()
    return session_repository.get_session(db, int(row[0])) if row else None


def copy_previous_delegations(workspace: Workspace, session_id: int) -> CopyResult:
    """Both delegations of the previous session into this one, in one step.

    Roles and protocol order are kept and answers reset to "invited". People already
    here keep their place and the copied ones join after them; retired people are left
    out; a copied head joins as a member where the side already has a head.
    """
    source = previous_session(workspace, session_id)
    if source is None or source.id is None:
        raise UserError(
            Notice("no earlier session has a delegation to copy", "delegations.no_earlier_session_delegation")
        )
    with workspace.store.transaction() as db:
        here = people_repository.delegation(db, session_id)
        present = {attendance.person_id for attendance, _ in here}
        headed = {person.side for attendance, person in here if attendance.role is Role.HEAD}
        added: list[int] = []
        already, retired, demoted = [], [], []
        for attendance, person in people_repository.delegation(db, source.id):
            if attendance.person_id in present:
                already.append(person)
            elif person.retired:
                retired.append(person)
            else:
                role = attendance.role
                if role is Role.HEAD and person.side in headed:
                    role = Role.MEMBER
                    demoted.append(person)
                elif role is Role.HEAD:
                    headed.add(person.side)
                new = Attendance(session_id, attendance.person_id, role, protocol_order=len(here) + len(added))
                added.append(attendance_repository.insert_attendance(db, new))
        for side in workspace.body.side_codes:
            # present rows first in their order, then the copied ones in the source's order
            rows = _side_rows(db, session_id, side)
            heads = [row for row in rows if row.role is Role.HEAD]
            _renumber(db, heads + [row for row in rows if row.role is not Role.HEAD])
        copied = tuple(attendance_repository.get_attendance(db, attendance_id) for attendance_id in added)
    return CopyResult(source, copied, tuple(already), tuple(retired), tuple(demoted))


def undo_copy(workspace: Workspace, result: CopyResult) -> None:
    """Take out everyone ``copy_previous_delegations`` added, in one transaction."""
    if not result.added:
        return
    session_id = result.added[0].session_id
    with workspace.store.transaction() as db:
        for attendance in result.added:
            if attendance.id is not None:
                attendance_repository.delete_attendance(db, attendance.id)
        for side in workspace.body.side_codes:
            _renumber(db, _side_rows(db, session_id, side))


# -- overlapping sessions --------------------------------------------------------------------


@dataclass(frozen=True)
class OverlapWarning:
    person: Person
    session: Session
    other: Session

    @property
    def message(self) -> str:
        local = self.other.local_start()
        when = f"{local:%a} {local.day} {local:%b %Y %H:%M} {local.tzname()}"
        english = f"{self.person.name} is also in '{self.other.title}' ({when}), which overlaps this session"
        return Notice(english, "person_overlap", person=self.person.name, title=self.other.title, start=local)


def _warnings(workspace: Workspace, triples: list[tuple[int, int, int]]) -> list[OverlapWarning]:
    db = workspace.store.db
    people = {pid: people_repository.get_person(db, pid) for pid, _, _ in triples}
    ids = {sid for _, sid, _ in triples} | {oid for _, _, oid in triples}
    sessions = {sid: session_repository.get_session(db, sid) for sid in ids}
    return [OverlapWarning(people[p], sessions[s], sessions[o]) for p, s, o in triples]


def overlap_warnings(workspace: Workspace, session_id: int) -> list[OverlapWarning]:
    """Delegates of this session who also sit in another session at an overlapping time."""
    triples = attendance_repository.overlapping_attendance(workspace.store.db, session_id=session_id)
    return _warnings(workspace, triples)


def person_overlaps(workspace: Workspace, person_id: int) -> list[OverlapWarning]:
    """Every pair of overlapping sessions a person sits in (each pair seen from both sessions)."""
    triples = attendance_repository.overlapping_attendance(workspace.store.db, person_id=person_id)
    return _warnings(workspace, triples)


def delegate_as_json(delegate: Delegate) -> dict[str, object]:
    """One row of ``delegation list --json``."""
    person = delegate.person
    return {
        "person_id": person.id,
        "name": person.name,
        "name_ko": person.name_ko,
        "title": person.title,
        "organization": person.organization,
        "side": person.side,
        "role": str(delegate.attendance.role),
        "rsvp": str(delegate.attendance.rsvp),
        "protocol_order": delegate.attendance.protocol_order,
        "retired": person.retired,
    }
