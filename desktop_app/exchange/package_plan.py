"""What importing a session package would change: the rules, as pure functions over plain data.

``plan_import(package, local)`` compares a package with what this database holds (read by
``services/packages.py`` into a ``LocalState``) and returns an ``ImportPlan``: the preview
shown to the officer and, unchanged, the list of writes the import makes. Nothing here
touches a database, so the preview and the import cannot disagree.

The rules (the session in ``plan_session.py``, agenda versions in ``plan_agenda.py``,
action items and outcomes in ``plan_actions.py``, the per-field merge in ``merge.py``):

- **Session**: matched by UID; created, or merged per field by the change clocks. Our
  notes, series and number are never changed. Conflicts (a field both desks changed) are
  resolved by ``choose`` or listed; an import refuses a plan with unresolved ones.
- **People** have no shared identity; each is matched to someone on file, in this order:
  the same record (every shareable field and the side equal), the same e-mail, the same
  name and organisation (in either script; not when both have different e-mails), and for
  our side the same name among our seats. The side must agree and nobody is matched twice;
  between equally good matches, the one who already sits and presents in the session as
  the package says. Unmatched people are new. **Each side speaks for itself**: a person of
  the sending side takes the package's non-empty values; one of *our* side is never
  changed: what differs is a ``Suggestion``. Of others, only our empty fields are filled.
  Internal notes and "retired" are never touched.
- **Delegations**: the sending side speaks for its own delegation: its seats are added or
  take the package's role and answer, in the package's order, and a head it does not name
  head becomes a member. Our delegation is never changed (a session new here excepted):
  what the package says about it is a suggestion. Nobody is removed.
- **Agenda versions**: by gid (format 1: label, side and items); see ``plan_agenda.py``.
  An incoming agreement never unlocks ours; ``superseded`` stays empty since format 2.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop_app.domain import agenda_rules
from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Body
from desktop_app.domain.duplicates import SAME_EMAIL, SAME_NAME_AND_ORGANIZATION, DuplicateIndex, email_key
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.exchange.merge import Choose, Conflict, choices
from desktop_app.exchange.package_model import PERSON_FIELDS, PackagePerson, SessionPackage
from desktop_app.exchange.plan_actions import ActionPlan, OutcomePlan, plan_actions, plan_outcomes
from desktop_app.exchange.plan_agenda import MergedDraft, VersionPlan, plan_versions
from desktop_app.exchange.plan_session import SessionPlan, plan_session

if TYPE_CHECKING:  # the words load with the first preview
    from desktop_app.exchange.plan_words import PlanSection

SAME_RECORD = "same record"
SAME_SEATED_NAME = "same name, seated here"
Clock = dict[str, dict[str, int]]


@dataclass(frozen=True)
class LocalState:
    """What the database holds that an import compares against."""

    body: Body
    session: Session | None  # ours with the package's UID
    numbers_taken: frozenset[int]
    next_number: int
    people: tuple[Person, ...]  # everyone on file
    seats: tuple[tuple[Attendance, Person], ...]  # the session's delegations
    versions: tuple[tuple[AgendaVersion, tuple[AgendaItem, ...]], ...]  # the session's, oldest first
    session_clock: Clock = field(default_factory=dict)
    actions: tuple[ActionItem, ...] = ()  # the session's
    action_clocks: dict[str, Clock] = field(default_factory=dict)  # by gid
    outcomes: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # lineage → (title, outcome), version that counts
    outcome_clocks: dict[str, dict[str, int]] = field(default_factory=dict)  # by lineage
    seen: dict[str, int] = field(default_factory=dict)  # side → creation (epoch seconds) of its latest package taken
    agreement_clocks: dict[str, dict[str, int]] = field(default_factory=dict)  # version gid → side → counter


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """What the other desk says about our side and the import does not take: the officer may.

    ``kind`` "person" (a field of one of our people), "seat" (a role and answer in our
    delegation; ``before`` None for a seat we do not have) or "order" (shown only).
    """

    text: str
    kind: str
    key: int  # the person's id (an existing person of ours), or a stand-in for one to be created
    field: str = ""
    value: str = ""
    role: Role | None = None
    rsvp: Rsvp | None = None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class PersonPlan:
    incoming: PackagePerson
    person: Person  # as it will be; a new one has no id
    key: int  # the person's id, or a negative stand-in for one to be created
    known: Person | None  # the record matched, None for a new person
    reason: str = ""  # why they were matched
    changed: tuple[str, ...] = ()  # fields of the known record that change

    @property
    def is_new(self) -> bool:
        return self.known is None


@dataclass(frozen=True)
class SeatPlan:
    key: int  # person id, or the stand-in of a person to be created
    name: str
    side: str
    role: Role
    rsvp: Rsvp
    protocol_order: int
    before: Attendance | None  # the row we hold, None for a seat to add
    note: str = ""

    @property
    def action(self) -> str:
        if self.before is None:
            return "add"
        if (self.before.role, self.before.rsvp) != (self.role, self.rsvp):
            return "update"
        return "move" if self.before.protocol_order != self.protocol_order else "same"


@dataclass(frozen=True)
class ImportPlan:
    exported_by: str
    session: SessionPlan
    people: tuple[PersonPlan, ...]
    seats: tuple[SeatPlan, ...]  # every seat of the session after the import
    versions: tuple[VersionPlan, ...]
    superseded: tuple[AgendaVersion, ...]  # agreed versions of ours that go back to proposed (never, since format 2)
    notes: tuple[str, ...] = field(default=())
    conflicts: tuple[Conflict, ...] = ()  # fields both desks changed: resolved by a choice, or the import stops
    suggestions: tuple[Suggestion, ...] = ()  # what the other desk says about our side, not taken
    merged: MergedDraft | None = None  # a new draft of ours merging their version with ours
    actions: tuple[ActionPlan, ...] = ()
    outcomes: tuple[OutcomePlan, ...] = ()
    seen: int | None = None  # this package's creation, to record as the sender's latest taken

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        return tuple(conflict for conflict in self.conflicts if not conflict.choice)

    # -- what changes -------------------------------------------------------------------
    @property
    def new_people(self) -> list[PersonPlan]:
        return [plan for plan in self.people if plan.is_new]

    @property
    def merged_people(self) -> list[PersonPlan]:
        return [plan for plan in self.people if not plan.is_new]

    @property
    def updated_people(self) -> list[PersonPlan]:
        return [plan for plan in self.people if plan.changed]

    def seats_by(self, action: str) -> list[SeatPlan]:
        return [seat for seat in self.seats if seat.action == action]

    def versions_by(self, action: str) -> list[VersionPlan]:
        return [version for version in self.versions if version.action == action]

    @property
    def changes_nothing(self) -> bool:
        return (
            self.session.action in ("same", "kept")
            and not self.new_people
            and not self.updated_people
            and all(seat.action == "same" for seat in self.seats)
            and all(version.action == "same" for version in self.versions)
            and not self.superseded
            and self.merged is None
            and all(action.action == "same" for action in self.actions)
            and not any(outcome.changed for outcome in self.outcomes)
        )

    @property
    def writes_clocks(self) -> bool:
        """Counters to bring up to date even when no value changes (both desks made the same edit)."""
        marks = any(version.mark_clock for version in self.versions)
        return (
            self.session.clock is not None
            or bool(self.actions)
            or bool(self.outcomes)
            or self.seen is not None
            or marks
        )

    # -- in words -----------------------------------------------------------------------
    @property
    def session_name(self) -> str:
        session = self.session.session
        number = f"session {session.number}" if session.number else "session"
        return f"{number} “{session.title}”"

    def summary(self, *, dry_run: bool = False, tense: str = "") -> str:
        """One line: "would create session 9 “…”; 12 people new, 3 merged; agenda version '…' added (…)".

        ``tense`` is "done" (what an import did), "would" (a dry run; ``dry_run`` says the same)
        or "will" (the preview before an import).
        """
        from desktop_app.exchange.plan_words import summary

        return summary(self, dry_run=dry_run, tense=tense)

    def headline(self) -> str:
        """The preview's one sentence: "This import will create session 9 “…”; 12 people new, 3 merged; …"."""
        from desktop_app.exchange.plan_words import headline

        return headline(self)

    def sections(self) -> list[PlanSection]:
        """The preview in detail: the session, people, delegations, agenda, conflicts, as a tree of lines."""
        from desktop_app.exchange.plan_words import sections

        return sections(self)


# -- planning -------------------------------------------------------------------------------


def plan_import(package: SessionPackage, local: LocalState, choose: Choose | None = None) -> ImportPlan:
    """Compare ``package`` with ``local``; refuses (``InvalidInput``) a package of another body.

    ``choose`` resolves each conflict by its key (``merge.choices``); unresolved ones are
    listed in the plan, and an import refuses a plan that has any."""
    choose = choose or choices()
    ours, theirs = sorted(local.body.side_codes), sorted(package.body.side_codes)
    if ours != theirs:
        raise InvalidInput(
            Notice(
                f"the package is from a body whose sides are {' and '.join(theirs)}; "
                f"this database's sides are {' and '.join(ours)}, so it cannot be imported here",
                "package_plan.package_body_whose_sides",
                theirs=" and ".join(theirs),
                ours=" and ".join(ours),
            )
        )
    notes: list[str] = []
    suggestions: list[Suggestion] = []
    home = local.body.home_side
    created = int(package.created.timestamp())
    stale = created < local.seen.get(package.exported_by, 0)  # an older package of theirs than one we took
    if stale:
        notes.append(
            Notice(
                f"This package is older than one already taken from {package.exported_by}: "
                "what it says about delegations and people is not applied.",
                "package_plan.package_older_already_taken",
                exported_by=package.exported_by,
            )
        )
    session, conflicts = plan_session(
        package,
        local.session,
        local.numbers_taken,
        local.next_number,
        local.session_clock,
        local.body.home_side,
        choose,
    )
    people = _plan_people(package, local, suggestions, stale)
    seats = _plan_seats(package, local, people, notes, suggestions, stale)
    names = {plan.key: plan.person.name for plan in people}
    names.update({person.id: person.name for person in local.people if person.id is not None})
    key_of = {plan.incoming.ref: plan.key for plan in people}
    agenda = plan_versions(package, local.versions, home, key_of, names, choose, local.agreement_clocks)
    actions, action_conflicts = plan_actions(package, local.actions, local.action_clocks, home, choose)
    outcomes, outcome_conflicts = plan_outcomes(package, local.outcomes, local.outcome_clocks, home, choose)
    return ImportPlan(
        package.exported_by,
        session,
        people,
        seats,
        agenda.versions,
        (),
        (*notes, *agenda.notes),
        conflicts=(*conflicts, *agenda.conflicts, *action_conflicts, *outcome_conflicts),
        suggestions=tuple(suggestions),
        merged=agenda.merged,
        actions=actions,
        outcomes=outcomes,
        seen=created if package.exported_by != home and created > local.seen.get(package.exported_by, 0) else None,
    )


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _record_key(person: Person | PackagePerson) -> tuple[str, ...]:
    return (person.side, *(_fold(getattr(person, name)) for name in PERSON_FIELDS))


def _different_emails(a: Person, b: Person) -> bool:
    return bool(a.email and b.email and email_key(a) != email_key(b))


_REASON_RANK = {SAME_RECORD: 0, SAME_EMAIL: 1, SAME_NAME_AND_ORGANIZATION: 2, SAME_SEATED_NAME: 3}


def _usage(package: SessionPackage, local: LocalState) -> tuple[dict[str, set[object]], dict[int, set[object]]]:
    """What each person does in this session (seat, items presented), in the package and here.

    Two records can be equally good matches (two identical entries in a directory); the one
    that already sits and presents as the package says is the one it means, so that importing
    a package again, or into the database it came from, changes nothing.
    """
    theirs: dict[str, set[object]] = {}
    for seat in package.seats:
        theirs.setdefault(seat.person, set()).add((seat.role, seat.rsvp, seat.protocol_order))
    for version in package.versions:
        for index, item in enumerate(version.items):
            if item.presenter is not None:
                theirs.setdefault(item.presenter, set()).add((version.label, version.proposed_by, index))
    ours: dict[int, set[object]] = {}
    for attendance, _ in local.seats:
        ours.setdefault(attendance.person_id, set()).add((attendance.role, attendance.rsvp, attendance.protocol_order))
    for local_version, items in local.versions:
        for index, local_item in enumerate(agenda_rules.in_order(items)):
            if local_item.presenter_id is not None:
                key = (local_version.label, local_version.proposed_by, index)
                ours.setdefault(local_item.presenter_id, set()).add(key)
    return theirs, ours


def _plan_people(
    package: SessionPackage, local: LocalState, suggestions: list[Suggestion], stale: bool = False
) -> tuple[PersonPlan, ...]:
    index = DuplicateIndex(local.people)
    same_record: dict[tuple[str, ...], list[Person]] = {}
    for person in local.people:
        same_record.setdefault(_record_key(person), []).append(person)
    their_usage, our_usage = _usage(package, local)
    claimed: set[int] = set()
    plans = []
    for number, incoming in enumerate(package.people, start=1):
        probe = Person(side=incoming.side, **{name: getattr(incoming, name) for name in PERSON_FIELDS})
        candidates = [(known, SAME_RECORD) for known in same_record.get(_record_key(incoming), [])]
        candidates += [(match.known, match.reason) for match in index.find(probe)]
        if incoming.side == local.body.home_side:  # one of ours, as they have them: by name, among our seats
            candidates += [
                (person, SAME_SEATED_NAME)
                for _, person in local.seats
                if person.side == incoming.side and _fold(person.name) == _fold(incoming.name)
            ]
        usage = their_usage.get(incoming.ref, set())
        candidates.sort(
            key=lambda pair: (
                _REASON_RANK.get(pair[1], 3),
                -len(usage & our_usage.get(pair[0].id or 0, set())),
                pair[0].id or 0,
            )
        )
        known, reason = None, ""
        for candidate, why in candidates:
            if candidate.id is None or candidate.id in claimed or candidate.side != incoming.side:
                continue
            if why == SAME_NAME_AND_ORGANIZATION and _different_emails(candidate, probe):
                continue  # two officers of one name in one ministry, each with an address
            known, reason = candidate, why
            break
        if known is None or known.id is None:
            plans.append(PersonPlan(incoming, probe, -number, None))
            continue
        claimed.add(known.id)
        home = local.body.home_side
        theirs = incoming.side == package.exported_by != home and not stale
        changes = {}
        for name in PERSON_FIELDS:
            new, old = getattr(incoming, name), getattr(known, name)
            if not new or new == old:
                continue
            if stale:
                continue  # an older word of theirs than one already taken
            if incoming.side == home:  # our own people: we are the authority; theirs is a suggestion
                text = f"{known.display_name}: {name} “{new[:80]}” (ours “{old[:80]}”)"
                suggestions.append(Suggestion(text, "person", known.id, name, new))
            elif theirs or not old:
                changes[name] = new
        plans.append(PersonPlan(incoming, replace(known, **changes), known.id, known, reason, tuple(changes)))
    return tuple(plans)


def _plan_seats(
    package: SessionPackage,
    local: LocalState,
    people: Sequence[PersonPlan],
    notes: list[str],
    suggestions: list[Suggestion],
    stale: bool = False,
) -> tuple[SeatPlan, ...]:
    by_ref = {plan.incoming.ref: plan for plan in people}
    existing = {attendance.person_id: (attendance, person) for attendance, person in local.seats}
    incoming = sorted(package.seats, key=lambda seat: seat.protocol_order)
    seats: list[SeatPlan] = []
    home = local.body.home_side
    for code in local.body.side_codes:
        authoritative = code == package.exported_by != home
        ours = [pair for pair in local.seats if pair[1].side == code]  # in protocol order
        listed = [seat for seat in incoming if by_ref[seat.person].person.side == code]
        if stale and local.session is not None:
            authoritative, listed = False, []  # an older package: the delegations stay as they are
        if code == home and local.session is not None:  # our delegation is ours to set: theirs is a suggestion
            for order, seat in enumerate(listed):
                plan = by_ref[seat.person]
                before = existing.get(plan.key, (None, None))[0]
                where = f"{plan.person.name} as {seat.role}, {seat.rsvp}"
                if before is None:
                    text = f"Seat {where} in our delegation"
                    suggestions.append(Suggestion(text, "seat", plan.key, role=seat.role, rsvp=seat.rsvp))
                elif (before.role, before.rsvp) != (seat.role, seat.rsvp):
                    text = f"{where} (ours: {before.role}, {before.rsvp})"
                    suggestions.append(Suggestion(text, "seat", plan.key, role=seat.role, rsvp=seat.rsvp))
                elif order != before.protocol_order:
                    text = f"{plan.person.name} at place {order + 1} (ours: {before.protocol_order + 1})"
                    suggestions.append(Suggestion(text, "order", plan.key))
            listed = []
        listed_keys = {by_ref[seat.person].key for seat in listed}
        has_head = any(a.role is Role.HEAD for a, _ in ours)
        package_head = any(seat.role is Role.HEAD for seat in listed)
        planned: list[SeatPlan] = []
        for seat in listed:
            plan = by_ref[seat.person]
            before = existing.get(plan.key, (None, None))[0]
            role, rsvp, note = seat.role, seat.rsvp, ""
            if before is not None and not authoritative:
                role, rsvp = before.role, before.rsvp  # our record of our side's delegation stands
            elif before is None and not authoritative and role is Role.HEAD and has_head:
                english = f"Joins as a member: the {code} delegation here has its head."
                role, note = Role.MEMBER, Notice(english, "package_plan.joins_as_member", side=code)
            planned.append(SeatPlan(plan.key, plan.person.name, code, role, rsvp, 0, before, note))
        others = []
        for attendance, person in ours:
            if attendance.person_id in listed_keys:
                continue
            role, note = attendance.role, ""
            if authoritative and package_head and role is Role.HEAD:
                english = f"No longer head: the package names another head of the {code} delegation."
                role, note = Role.MEMBER, Notice(english, "package_plan.no_longer_head", side=code)
            assert person.id is not None
            others.append(SeatPlan(person.id, person.name, code, role, attendance.rsvp, 0, attendance, note))
        if authoritative:
            ordered = planned + others
        else:
            kept = {seat.key: seat for seat in planned if seat.before is not None}
            ours_first = [kept.get(a.person_id) or next(o for o in others if o.key == a.person_id) for a, _ in ours]
            ordered = ours_first + [seat for seat in planned if seat.before is None]
        ordered.sort(key=lambda seat: seat.role is not Role.HEAD)  # stable: the head first, the rest as they were
        seats += [replace(seat, protocol_order=order) for order, seat in enumerate(ordered)]
    added = {seat.key for seat in seats if seat.before is None}
    for plan in people:
        if plan.known is not None and plan.known.retired and plan.key in added:
            notes.append(
                Notice(
                    f"{plan.known.name} is retired here but seated by the package; reinstate them if active again.",
                    "package_plan.retired_here_but_seated",
                    known_name=plan.known.name,
                )
            )
    return tuple(seats)
