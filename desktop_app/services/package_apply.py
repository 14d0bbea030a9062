"""Importing a package: what the database holds that the plan compares against, and the plan's writes.

``services/packages.py`` runs both inside one transaction. The writes happen with the change
clocks paused (``sync_repository.paused``): an import's own writes are not edits of ours; the
merged clocks the plan computed are written instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlite_utils

from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role
from desktop_app.domain.body import Body
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput
from desktop_app.exchange.merge import Conflict
from desktop_app.exchange.package_plan import ImportPlan, LocalState, Suggestion
from desktop_app.storage import (
    action_repository,
    agenda_repository,
    attendance_repository,
    people_repository,
    session_repository,
    sync_repository,
)


class ConflictsUnresolved(InvalidInput):
    """Both desks changed the same fields; the import waits for a choice per field (or ``--keep``)."""

    def __init__(self, conflicts: tuple[Conflict, ...]) -> None:
        self.conflicts = conflicts
        count, first = len(conflicts), conflicts[0].line()
        more = f" (and {count - 1} more)" if count > 1 else ""
        english = (
            f"{count} conflict{'s' if count != 1 else ''}: {first}{more}; "
            "choose ours or theirs (package import --keep ours|theirs); nothing was imported"
        )
        code = "package_apply.conflicts_more" if count > 1 else "package_apply.conflict"
        super().__init__(Notice(english, code, count=count, first=first, more=count - 1))


def _counting(db: sqlite_utils.Database, session_id: int) -> AgendaVersion | None:
    return agenda_repository.current_versions(db).get(session_id)


def local_state(db: sqlite_utils.Database, body: Body, uid: str) -> LocalState:
    session = session_repository.find_by_uid(db, uid)
    seats: tuple[tuple[Attendance, Person], ...] = ()
    versions: tuple[tuple[AgendaVersion, tuple[AgendaItem, ...]], ...] = ()
    actions: tuple[ActionItem, ...] = ()
    outcomes: dict[str, tuple[str, str]] = {}
    if session is not None and session.id is not None:
        seats = tuple(people_repository.delegation(db, session.id))
        versions = tuple(
            (v, tuple(agenda_repository.list_items(db, v.id)))
            for v in agenda_repository.list_versions(db, session.id)
            if v.id is not None
        )
        actions = tuple(action_repository.session_actions(db, session.id))
        counting = _counting(db, session.id)
        if counting is not None and counting.id is not None:
            for item in agenda_repository.list_items(db, counting.id):
                outcomes[item.lineage] = (item.title or item.title_ko, item.outcome)
    numbers = {int(row[0]) for row in db.execute("SELECT number FROM sessions WHERE number IS NOT NULL")}
    return LocalState(
        body=body,
        session=session,
        numbers_taken=frozenset(numbers),
        next_number=session_repository.next_session_number(db),
        people=tuple(people_repository.list_people(db)),
        seats=seats,
        versions=versions,
        session_clock=sync_repository.clock_of(db, uid),
        actions=actions,
        action_clocks={a.gid: sync_repository.clock_of(db, a.gid) for a in actions if a.gid},
        outcomes=outcomes,
        outcome_clocks={
            lineage: sync_repository.clock_of(db, f"outcome:{lineage}").get("text", {}) for lineage in outcomes
        },
        seen=sync_repository.clock_of(db, f"package:{uid}").get("created", {}),
        agreement_clocks={
            v.gid: sync_repository.clock_of(db, f"agreement:{v.gid}").get("mark", {}) for v, _ in versions if v.gid
        },
    )


def apply_plan(db: sqlite_utils.Database, plan: ImportPlan, home: str, take: Sequence[int] = ()) -> ImportPlan:
    """Make the plan's writes, and take the suggestions numbered ``take`` (indices into
    ``plan.suggestions``); returns the plan with the new session's id filled in."""
    ids: dict[int, int] = {}
    with sync_repository.paused(db):
        plan = _apply(db, plan, home, ids)
    session_id = plan.session.session.id
    assert session_id is not None
    for index in take:
        if not 0 <= index < len(plan.suggestions):
            raise InvalidInput(
                Notice(f"there is no suggestion {index + 1}", "package_apply.no_suggestion", number=index + 1)
            )
        suggestion = plan.suggestions[index]
        _take(db, session_id, replace(suggestion, key=ids.get(suggestion.key, suggestion.key)))
    return plan


def _take(db: sqlite_utils.Database, session_id: int, suggestion: Suggestion) -> None:
    """What the other desk said about our side, taken as our own edit."""
    if suggestion.kind == "person":
        person = people_repository.get_person(db, suggestion.key)
        changes: dict[str, Any] = {suggestion.field: suggestion.value}  # one of PERSON_FIELDS: text
        people_repository.update_person(db, replace(person, **changes))
        return
    if suggestion.kind != "seat" or suggestion.role is None or suggestion.rsvp is None:
        return  # an order is shown, not taken
    person = people_repository.get_person(db, suggestion.key)
    seats = [(a, p) for a, p in people_repository.delegation(db, session_id) if p.side == person.side]
    if suggestion.role is Role.HEAD:
        for attendance, other in seats:
            if attendance.role is Role.HEAD and other.id != person.id and attendance.id is not None:
                attendance_repository.update_attendance(db, attendance.id, role=Role.MEMBER)
    mine = next((a for a, p in seats if p.id == person.id), None)
    if mine is not None and mine.id is not None:
        attendance_repository.update_attendance(db, mine.id, role=suggestion.role, rsvp=suggestion.rsvp)
    else:
        seated = Attendance(session_id, suggestion.key, suggestion.role, len(seats), suggestion.rsvp)
        attendance_repository.insert_attendance(db, seated)


def _apply(db: sqlite_utils.Database, plan: ImportPlan, home: str, ids: dict[int, int]) -> ImportPlan:
    session_plan = plan.session
    session = session_plan.session
    if session_plan.action == "create":
        session = replace(session, id=session_repository.insert_session(db, session))
        plan = replace(plan, session=replace(session_plan, session=session))
    elif session_plan.action == "update":
        session_repository.update_session(db, session)
    if session_plan.clock is not None:
        sync_repository.write_clock(db, session.uid, session_plan.clock)
    assert session.id is not None
    for person in plan.people:
        if person.is_new:
            ids[person.key] = people_repository.insert_person(db, person.person)
        elif person.changed:
            people_repository.update_person(db, person.person)

    def person_id(key: int | None) -> int | None:
        return None if key is None else ids.get(key, key)

    for seat in plan.seats:
        if seat.before is None:
            seated = Attendance(session.id, ids.get(seat.key, seat.key), seat.role, seat.protocol_order, seat.rsvp)
            attendance_repository.insert_attendance(db, seated)
        elif seat.action != "same":
            assert seat.before.id is not None
            changes = {
                name: getattr(seat, name)
                for name in ("role", "rsvp", "protocol_order")
                if getattr(seat, name) != getattr(seat.before, name)
            }
            attendance_repository.update_attendance(db, seat.before.id, **changes)
    for old in plan.superseded:
        agenda_repository.update_version(db, old)
    for version in plan.versions:
        if version.action == "status" and version.matched is not None:
            updated = replace(version.matched, status=version.status, agreed_by=version.agreed_by)
            agenda_repository.update_version(db, updated)
        elif version.action == "new":
            _insert_version(
                db,
                session.id,
                version.incoming.label,
                version.incoming.proposed_by,
                version.status,
                version.incoming.created,
                version.incoming.gid,
                version.incoming.base,
                version.agreed_by,
                [replace(item, presenter_id=person_id(item.presenter_id)) for item in version.items],
            )
    for version in plan.versions:
        if version.mark_clock and version.incoming.gid:
            sync_repository.write_clock(db, f"agreement:{version.incoming.gid}", {"mark": version.mark_clock})
    if plan.merged is not None:
        merged = plan.merged
        _insert_version(
            db,
            session.id,
            merged.label,
            home,
            AgendaStatus.DRAFT,
            plan.merged.base.created,
            "",
            merged.base.gid,
            (),
            [replace(item, presenter_id=person_id(item.presenter_id)) for item in merged.items],
        )
    _apply_follow_up(db, plan, session.id)
    if plan.seen is not None:  # the sender's latest package taken: an older one cannot bring old seats back
        sync_repository.write_clock(db, f"package:{session.uid}", {"created": {plan.exported_by: plan.seen}})
    return plan


def _insert_version(
    db: sqlite_utils.Database,
    session_id: int,
    label: str,
    proposed_by: str,
    status: AgendaStatus,
    created: datetime,
    gid: str,
    base: str,
    agreed_by: tuple[str, ...],
    items: list[AgendaItem],
) -> int:
    added = AgendaVersion(
        session_id=session_id,
        version=agenda_repository.next_version_number(db, session_id),
        label=label,
        proposed_by=proposed_by,
        status=status,
        created=created,
        gid=gid,
        base_gid=base,
        agreed_by=agreed_by,
    )
    version_id = agenda_repository.insert_version(db, added)
    agenda_repository.insert_items(db, [replace(item, id=None, version_id=version_id) for item in items])
    return version_id


def _apply_follow_up(db: sqlite_utils.Database, plan: ImportPlan, session_id: int) -> None:
    """Outcomes and action items: their shared fields, and their clocks."""
    counting = _counting(db, session_id)
    items = agenda_repository.list_items(db, counting.id) if counting is not None and counting.id else []
    by_lineage = {item.lineage: item for item in items}
    for outcome in plan.outcomes:
        item = by_lineage.get(outcome.lineage)
        if item is not None and outcome.changed:
            agenda_repository.update_item(db, replace(item, outcome=outcome.text))
        sync_repository.write_clock(db, f"outcome:{outcome.lineage}", {"text": outcome.clock})
    for action in plan.actions:
        linked = by_lineage.get(action.lineage)
        if action.action == "new":
            item_id = linked.id if linked is not None else None
            action_repository.insert_action(db, replace(action.item, session_id=session_id, agenda_item_id=item_id))
        elif action.action == "update":
            action_repository.update_action(db, action.item)
        sync_repository.write_clock(db, action.item.gid, action.clock)
