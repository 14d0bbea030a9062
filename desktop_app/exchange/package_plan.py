"""What importing a session package would change: the rules, as pure functions over plain data.

``plan_import(package, local)`` compares a package with what this database holds (read by
``services/packages.py`` into a ``LocalState``) and returns an ``ImportPlan``: the preview
shown to the officer and, unchanged, the list of writes the import makes. Nothing here
touches a database, so the preview and the import cannot disagree.

The rules:

- **Session**: matched by UID. A new one is created with the package's values (its
  number kept unless another session here has it). A known one takes the package's
  shareable values unless the package's ``sequence`` is lower than ours (an older copy);
  its notes, series and number stay ours.
- **People** have no shared identity; each is matched to someone on file, in this order:
  the same record (every shareable field and the side equal), the same e-mail, the same
  name and organisation (in either script; not when both have different e-mails). The side
  must agree and nobody is matched twice; between equally good matches, the one who already
  sits and presents in the session as the package says. Unmatched people are new. A
  matched person takes the package's non-empty values when the exporting side is their own
  side (they know their own officers best); otherwise only our empty fields are filled.
  Internal notes and "retired" are never touched.
- **Delegations**: the exporting side speaks for its own delegation: its seats are added or
  take the package's role and answer, in the package's order, and a head of ours that the
  package does not name head becomes a member. Seats of the other side are only added when
  missing (after ours; a head as a member where that side has one). Nobody is removed.
- **Agenda versions**: one that matches a version of ours (same label, same proposing side,
  same items; among several, the one with its creation time and status) is the same
  version; its status may only move forward (proposed → agreed).
  Any other is added as a new version, with its comparison against our latest version
  that went out (proposed or agreed; our latest draft when none did). One
  version stays agreed per session: an incoming agreement supersedes ours, unless ours was
  made after the incoming version (an old package then cannot undo a newer agreement).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop_app.domain import agenda_rules
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.agenda_diff import AgendaDiff, FieldChange, diff_agendas
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Body
from desktop_app.domain.duplicates import SAME_EMAIL, SAME_NAME_AND_ORGANIZATION, DuplicateIndex, email_key
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import InvalidInput
from desktop_app.exchange.package_model import PERSON_FIELDS, PackagePerson, PackageVersion, SessionPackage

SESSION_FIELDS = (
    "title",
    "title_ko",
    "start",
    "timezone",
    "duration_minutes",
    "format",
    "status",
    "host_side",
    "venue_building",
    "venue_city",
    "video_link",
)
SAME_RECORD = "same record"
_LADDER = {AgendaStatus.DRAFT: 0, AgendaStatus.PROPOSED: 1, AgendaStatus.AGREED: 2}


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


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionPlan:
    action: str  # "create", "update", "same" or "kept" (ours is newer)
    session: Session  # as it will be (id None when created)
    before: Session | None
    changed: tuple[str, ...] = ()
    note: str = ""


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
class VersionPlan:
    incoming: PackageVersion
    action: str  # "new", "status" (a known version moves forward) or "same"
    status: AgendaStatus  # as it will be
    matched: AgendaVersion | None
    items: tuple[AgendaItem, ...]  # a new version's items, numbered; presenters as person keys
    diff: AgendaDiff | None = None  # a new version against our latest
    against: AgendaVersion | None = None
    note: str = ""


@dataclass(frozen=True)
class ImportPlan:
    exported_by: str
    session: SessionPlan
    people: tuple[PersonPlan, ...]
    seats: tuple[SeatPlan, ...]  # every seat of the session after the import
    versions: tuple[VersionPlan, ...]
    superseded: tuple[AgendaVersion, ...]  # agreed versions of ours that go back to proposed
    notes: tuple[str, ...] = field(default=())

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
        tense = tense or ("would" if dry_run else "done")
        if self.changes_nothing and self.session.action == "kept":
            return f"nothing to change: our {self.session_name} is more recent than the package's"
        if self.changes_nothing:
            return f"nothing to change: {self.session_name} is up to date"

        def verb(done: str, base: str) -> str:
            return done if tense == "done" else f"{tense} {base}"

        action = self.session.action
        if action == "create":
            parts = [f"{verb('created', 'create')} {self.session_name}"]
        elif action == "update":
            parts = [f"{verb('updated', 'update')} {self.session_name} ({', '.join(self.session.changed)})"]
        elif action == "kept":
            parts = [f"{verb('kept', 'keep')} our {self.session_name} (the package's is older)"]
        else:
            parts = [f"{self.session_name} unchanged"]
        people = f"{_count(len(self.new_people), 'person', 'people')} new, {len(self.merged_people)} merged"
        if self.updated_people:
            people += f" ({len(self.updated_people)} updated)"
        parts.append(people)
        added, updated = len(self.seats_by("add")), len(self.seats_by("update")) + len(self.seats_by("move"))
        if added or updated:
            parts.append(f"{_count(added, 'seat', 'seats')} added, {updated} changed")
        for version in self.versions:
            if version.action == "new":
                parts.append(f"agenda version '{version.incoming.label}' added ({diff_words(version)})")
            elif version.action == "status":
                parts.append(f"agenda version '{version.incoming.label}' {version.status}")
        return "; ".join(parts)

    def sections(self) -> list[tuple[str, list[str]]]:
        """The preview in detail: (heading, lines) for the session, people, delegations and agenda."""
        s = self.session
        session_lines = {
            "create": [f"New session: {self.session_name}, {s.session.start:%Y-%m-%d %H:%M} UTC"],
            "update": [f"Update {self.session_name}: {', '.join(s.changed)}"],
            "same": [f"{self.session_name}: unchanged"],
            "kept": [f"{self.session_name}: kept as it is here"],
        }[s.action]
        if s.note:
            session_lines.append(f"  {s.note}")
        people = [f"New: {p.person.display_name} ({p.person.side}{_org(p.person)})" for p in self.new_people]
        for plan in self.merged_people:
            assert plan.known is not None
            what = f"updates {', '.join(plan.changed)}" if plan.changed else "no change"
            people.append(f"Known ({plan.reason}): {plan.known.display_name} — {what}")
        seats = []
        for seat in self.seats:
            where = f"{seat.side} {seat.protocol_order + 1}. {seat.name}, {seat.role}, {seat.rsvp}"
            if seat.action == "add":
                seats.append(f"Add: {where}")
            elif seat.action == "update":
                assert seat.before is not None
                seats.append(f"Change: {where} (was {seat.before.role}, {seat.before.rsvp})")
            elif seat.action == "move":
                seats.append(f"Reorder: {where}")
            if seat.note:
                seats.append(f"  {seat.note}")
        agenda = []
        for version in self.versions:
            label = f"'{version.incoming.label}' ({version.incoming.proposed_by}, {version.status})"
            if version.action == "new":
                against = f" against our '{version.against.label}'" if version.against else ""
                agenda.append(f"New version {label}: {diff_words(version)}{against}")
                agenda.extend(f"  {line}" for line in diff_lines(version))
            elif version.action == "status":
                agenda.append(f"Version {label}: status moves to {version.status}")
            else:
                agenda.append(f"Version {label}: already here")
            if version.note:
                agenda.append(f"  {version.note}")
        agenda.extend(f"Our version '{v.label}' goes back to proposed" for v in self.superseded)
        sections = [("Session", session_lines), ("People", people), ("Delegations", seats), ("Agenda", agenda)]
        if self.notes:
            sections.append(("Notes", list(self.notes)))
        return [(heading, lines) for heading, lines in sections if lines]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _org(person: Person) -> str:
    return f", {person.organization}" if person.organization else ""


def diff_words(version: VersionPlan) -> str:
    """ "2 added, 1 reworded" for a new version against our latest."""
    if version.diff is None:
        return f"{len(version.items)} items"
    diff = version.diff
    counts = [
        (len(diff.added), "added"),
        (len(diff.removed), "removed"),
        (len(diff.moved), "moved"),
        (len(diff.changed), "reworded"),
    ]
    words = [f"{count} {what}" for count, what in counts if count]
    return ", ".join(words) or "the same items"


def _change_words(change: FieldChange) -> str:
    """ "title (was “Critical minerals”)": the old text too when it is short enough to read in a line."""
    if change.field in ("title", "title_ko", "lead_side", "minutes", "presenter", "level") and len(change.old) <= 60:
        return f"{change.field} (was “{change.old}”)" if change.old else f"{change.field} (was empty)"
    return change.field


def diff_lines(version: VersionPlan) -> list[str]:
    if version.diff is None:
        return [f"+ {item.number}. {item.title or item.title_ko}" for item in version.items]
    diff = version.diff
    lines = [f"+ {item.number}. {item.title or item.title_ko}" for item in diff.added]
    lines += [f"− {item.number}. {item.title or item.title_ko}" for item in diff.removed]
    lines += [f"↕ {m.new.title or m.new.title_ko}: {m.old.number} → {m.new.number}" for m in diff.moved]
    for changed in diff.changed:
        fields = ", ".join(_change_words(change) for change in changed.changes)
        lines.append(f"~ {changed.new.number}. {changed.new.title or changed.new.title_ko}: {fields}")
    return lines


# -- planning -------------------------------------------------------------------------------


def plan_import(package: SessionPackage, local: LocalState) -> ImportPlan:
    """Compare ``package`` with ``local``; refuses (``InvalidInput``) a package of another body."""
    ours, theirs = sorted(local.body.side_codes), sorted(package.body.side_codes)
    if ours != theirs:
        raise InvalidInput(
            f"the package is from a body whose sides are {' and '.join(theirs)}; "
            f"this database's sides are {' and '.join(ours)}, so it cannot be imported here"
        )
    notes: list[str] = []
    session = _plan_session(package, local)
    people = _plan_people(package, local)
    seats = _plan_seats(package, local, people, notes)
    versions, superseded = _plan_versions(package, local, people)
    return ImportPlan(package.exported_by, session, people, seats, versions, superseded, tuple(notes))


def _plan_session(package: SessionPackage, local: LocalState) -> SessionPlan:
    incoming = package.session
    values = {name: getattr(incoming, name) for name in SESSION_FIELDS}
    current = local.session
    if current is None:
        number, note = incoming.number, ""
        if number is not None and number in local.numbers_taken:
            note = f"Session number {number} is taken here; the session becomes number {local.next_number}."
            number = local.next_number
        created = Session(uid=incoming.uid, sequence=incoming.sequence, number=number, **values)
        return SessionPlan("create", created, None, note=note)
    changed = tuple(name for name in SESSION_FIELDS if getattr(current, name) != values[name])
    if not changed:
        return SessionPlan("same", current, current)
    if incoming.sequence < current.sequence:
        note = f"The package's copy is older (sequence {incoming.sequence} < ours {current.sequence}); ours is kept."
        return SessionPlan("kept", current, current, changed, note)
    updated = replace(current, sequence=max(current.sequence + 1, incoming.sequence), **values)  # type: ignore[arg-type]
    return SessionPlan("update", updated, current, changed)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _record_key(person: Person | PackagePerson) -> tuple[str, ...]:
    return (person.side, *(_fold(getattr(person, name)) for name in PERSON_FIELDS))


def _different_emails(a: Person, b: Person) -> bool:
    return bool(a.email and b.email and email_key(a) != email_key(b))


_REASON_RANK = {SAME_RECORD: 0, SAME_EMAIL: 1, SAME_NAME_AND_ORGANIZATION: 2}


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


def _plan_people(package: SessionPackage, local: LocalState) -> tuple[PersonPlan, ...]:
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
        theirs = incoming.side == package.exported_by
        changes = {}
        for name in PERSON_FIELDS:
            new, old = getattr(incoming, name), getattr(known, name)
            if new and new != old and (theirs or not old):
                changes[name] = new
        plans.append(PersonPlan(incoming, replace(known, **changes), known.id, known, reason, tuple(changes)))
    return tuple(plans)


def _plan_seats(
    package: SessionPackage, local: LocalState, people: Sequence[PersonPlan], notes: list[str]
) -> tuple[SeatPlan, ...]:
    by_ref = {plan.incoming.ref: plan for plan in people}
    existing = {attendance.person_id: (attendance, person) for attendance, person in local.seats}
    incoming = sorted(package.seats, key=lambda seat: seat.protocol_order)
    seats: list[SeatPlan] = []
    for code in local.body.side_codes:
        authoritative = code == package.exported_by
        ours = [pair for pair in local.seats if pair[1].side == code]  # in protocol order
        listed = [seat for seat in incoming if by_ref[seat.person].person.side == code]
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
                role, note = Role.MEMBER, f"Joins as a member: the {code} delegation here has its head."
            planned.append(SeatPlan(plan.key, plan.person.name, code, role, rsvp, 0, before, note))
        others = []
        for attendance, person in ours:
            if attendance.person_id in listed_keys:
                continue
            role, note = attendance.role, ""
            if authoritative and package_head and role is Role.HEAD:
                role, note = Role.MEMBER, f"No longer head: the package names another head of the {code} delegation."
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
                f"{plan.known.name} is retired here but seated by the package; reinstate them if active again."
            )
    return tuple(seats)


def _item_key(item: AgendaItem) -> tuple[object, ...]:
    return (item.level, item.title, item.title_ko, item.lead_side, item.presenter_id, item.minutes, item.description)


def _package_items(version: PackageVersion, people: Sequence[PersonPlan]) -> tuple[AgendaItem, ...]:
    key_of = {plan.incoming.ref: plan.key for plan in people}
    items = [
        AgendaItem(
            version_id=0,
            position=position,
            number="",
            title=item.title,
            title_ko=item.title_ko,
            level=item.level,
            lead_side=item.lead_side,
            presenter_id=key_of[item.presenter] if item.presenter is not None else None,
            minutes=item.minutes,
            description=item.description,
        )
        for position, item in enumerate(version.items)
    ]
    return tuple(agenda_rules.numbered(items))


def _plan_versions(
    package: SessionPackage, local: LocalState, people: Sequence[PersonPlan]
) -> tuple[tuple[VersionPlan, ...], tuple[AgendaVersion, ...]]:
    names = {plan.key: plan.person.name for plan in people}
    names.update({person.id: person.name for person in local.people if person.id is not None})
    ours = [(version, tuple(agenda_rules.in_order(items))) for version, items in local.versions]
    # What a counter-draft answers: our latest version that went out (proposed or agreed), else our latest.
    sent = [pair for pair in ours if pair[0].status is not AgendaStatus.DRAFT]
    latest = (sent or ours)[-1] if ours else None
    claimed: set[int | None] = set()
    plans = []
    for incoming in package.versions:
        items = _package_items(incoming, people)
        key = (incoming.label, incoming.proposed_by, [_item_key(item) for item in items])
        same = [
            version
            for version, their_items in ours
            if version.id not in claimed
            and (version.label, version.proposed_by, [_item_key(item) for item in their_items]) == key
        ]
        # Among versions with the same text, the one this version became (an import keeps its
        # creation time and status) before a draft of ours that happens to read the same.
        matched = max(
            same,
            key=lambda v: (v.created == incoming.created, v.status is incoming.status, v.version),
            default=None,
        )
        if matched is not None:
            claimed.add(matched.id)
            forward = _LADDER[incoming.status] > _LADDER[matched.status]
            status = incoming.status if forward else matched.status
            plans.append(VersionPlan(incoming, "status" if forward else "same", status, matched, ()))
            continue
        diff = diff_agendas(latest[1], items, presenters=names) if latest else None
        plans.append(VersionPlan(incoming, "new", incoming.status, None, items, diff, latest[0] if latest else None))
    return _one_agreed(plans, [version for version, _ in ours])


def _one_agreed(
    plans: list[VersionPlan], ours: Sequence[AgendaVersion]
) -> tuple[tuple[VersionPlan, ...], tuple[AgendaVersion, ...]]:
    """At most one agreed version per session after the import (the package has at most one)."""
    wish = next((p for p in plans if p.action != "same" and p.status is AgendaStatus.AGREED), None)
    if wish is None:
        return tuple(plans), ()
    agreed = [v for v in ours if v.locked and (wish.matched is None or v.id != wish.matched.id)]
    later = [v for v in agreed if v.created > wish.incoming.created]
    if later:
        note = f"Not agreed here: our agreed version '{later[0].label}' is more recent."
        if wish.action == "new":
            replacement = replace(wish, status=AgendaStatus.PROPOSED, note=note)
        else:  # a known version: it only moves as far as proposed
            assert wish.matched is not None
            status = max(wish.matched.status, AgendaStatus.PROPOSED, key=_LADDER.__getitem__)
            action = "same" if status is wish.matched.status else "status"
            replacement = replace(wish, status=status, action=action, note=note)
        return tuple(replacement if p is wish else p for p in plans), ()
    superseded = tuple(replace(v, status=AgendaStatus.PROPOSED) for v in agreed)
    return tuple(plans), superseded
