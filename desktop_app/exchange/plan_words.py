"""An import plan in words: the one-line summary and the preview's sections (``ImportPlan.summary``/``sections``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.domain.agenda_diff import FieldChange
from desktop_app.domain.person import Person
from desktop_app.exchange.plan_agenda import VersionPlan

if TYPE_CHECKING:
    from desktop_app.exchange.package_plan import ImportPlan


def summary(plan: ImportPlan, *, dry_run: bool = False, tense: str = "") -> str:
    """One line: "would create session 9 “…”; 12 people new, 3 merged; agenda version '…' added (…)".

    ``tense`` is "done" (what an import did), "would" (a dry run; ``dry_run`` says the same)
    or "will" (the preview before an import).
    """
    tense = tense or ("would" if dry_run else "done")
    if plan.changes_nothing and plan.session.action == "kept":
        return f"nothing to change: our {plan.session_name} is more recent than the package's"
    if plan.changes_nothing:
        return f"nothing to change: {plan.session_name} is up to date"

    def verb(done: str, base: str) -> str:
        return done if tense == "done" else f"{tense} {base}"

    action = plan.session.action
    if action == "create":
        parts = [f"{verb('created', 'create')} {plan.session_name}"]
    elif action == "update":
        parts = [f"{verb('updated', 'update')} {plan.session_name} ({', '.join(plan.session.changed)})"]
    elif action == "kept":
        parts = [f"{verb('kept', 'keep')} our {plan.session_name} (the package's is older)"]
    else:
        parts = [f"{plan.session_name} unchanged"]
    people = f"{_count(len(plan.new_people), 'person', 'people')} new, {len(plan.merged_people)} merged"
    if plan.updated_people:
        people += f" ({len(plan.updated_people)} updated)"
    parts.append(people)
    added, updated = len(plan.seats_by("add")), len(plan.seats_by("update")) + len(plan.seats_by("move"))
    if added or updated:
        parts.append(f"{_count(added, 'seat', 'seats')} added, {updated} changed")
    for version in plan.versions:
        if version.action == "new":
            parts.append(f"agenda version '{version.incoming.label}' added ({diff_words(version)})")
        elif version.action == "status":
            parts.append(f"agenda version '{version.incoming.label}' {version.status}")
    if plan.merged is not None:
        parts.append(f"our changes merged into a new draft '{plan.merged.label}'")
    changed_actions = [a for a in plan.actions if a.action != "same"]
    if changed_actions:
        new = sum(1 for a in changed_actions if a.action == "new")
        parts.append(f"{_count(new, 'action item', 'action items')} new, {len(changed_actions) - new} updated")
    if any(outcome.changed for outcome in plan.outcomes):
        parts.append(f"{_count(sum(o.changed for o in plan.outcomes), 'outcome', 'outcomes')} updated")
    if plan.conflicts:
        open_ = len(plan.unresolved)
        resolved = f"{open_} unresolved" if open_ else "all resolved"
        parts.append(f"{_count(len(plan.conflicts), 'conflict', 'conflicts')} ({resolved})")
    if plan.suggestions:
        parts.append(f"{_count(len(plan.suggestions), 'suggestion', 'suggestions')} about our side not taken")
    return "; ".join(parts)


def headline(plan: ImportPlan) -> str:
    """The preview's sentence before an import: "This import will create session 9 “…”; 12 people new, …"."""
    text = summary(plan, tense="will")
    if not plan.changes_nothing and plan.session.action in ("create", "update", "kept"):
        text = f"This import {text}"  # the summary opens with the session's verb ("will create …")
    return f"{text[:1].upper()}{text[1:]}."


class PlanHeading(enum.Enum):
    """The preview's sections, in order; the value is the English heading the command line prints."""

    SESSION = "Session"
    PEOPLE = "People"
    DELEGATIONS = "Delegations"
    AGENDA = "Agenda"
    FOLLOW_UP = "Outcomes and action items"
    CONFLICTS = "Conflicts"
    SUGGESTIONS = "Suggestions about our side (not taken)"
    NOTES = "Notes"


@dataclass(frozen=True)
class PlanLine:
    """One thing the import does, and the lines that say more about it (a version's item changes)."""

    text: str  # "" for details that belong to no line of their own
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSection:
    heading: PlanHeading
    lines: tuple[PlanLine, ...]


def sections(plan: ImportPlan) -> list[PlanSection]:
    """The preview in detail: the session, people, delegations, agenda, follow-up, conflicts, notes."""
    s = plan.session
    session_line = {
        "create": f"New session: {plan.session_name}, {s.session.start:%Y-%m-%d %H:%M} UTC",
        "update": f"Update {plan.session_name}: {', '.join(s.changed)}",
        "same": f"{plan.session_name}: unchanged",
        "kept": f"{plan.session_name}: kept as it is here",
    }[s.action]
    session_lines = [PlanLine(session_line, (s.note,) if s.note else ())]
    people = [PlanLine(f"New: {p.person.display_name} ({p.person.side}{_org(p.person)})") for p in plan.new_people]
    for person in plan.merged_people:
        assert person.known is not None
        what = f"updates {', '.join(person.changed)}" if person.changed else "no change"
        people.append(PlanLine(f"Known ({person.reason}): {person.known.display_name} — {what}"))
    seats = []
    for seat in plan.seats:
        where = f"{seat.side} {seat.protocol_order + 1}. {seat.name}, {seat.role}, {seat.rsvp}"
        text = ""  # a seat that stays as it is has no line; a note about it stands alone
        if seat.action == "add":
            text = f"Add: {where}"
        elif seat.action == "update":
            assert seat.before is not None
            text = f"Change: {where} (was {seat.before.role}, {seat.before.rsvp})"
        elif seat.action == "move":
            text = f"Reorder: {where}"
        if text or seat.note:
            seats.append(PlanLine(text, (seat.note,) if seat.note else ()))
    agenda = []
    for version in plan.versions:
        label = f"'{version.incoming.label}' ({version.incoming.proposed_by}, {version.status})"
        details: list[str] = []
        if version.action == "new":
            against = ""
            if version.against is not None and version.against.gid and version.against.gid == version.incoming.base:
                against = f" against its base '{version.against.label}' (the version the sender saw)"
            elif version.against is not None:
                against = f" against our '{version.against.label}'"
            text = f"New version {label}: {diff_words(version)}{against}"
            details += diff_lines(version)
        elif version.action == "status":
            text = f"Version {label}: status moves to {version.status}"
        else:
            text = f"Version {label}: already here"
        if version.note:
            details.append(version.note)
        if version.agreed_by and version.action != "same":
            details.append(f"marked agreed by {' and '.join(version.agreed_by)}")
        details += (
            f"Our internal notes on “{title}” found no item here; they stay on our version"
            for title in version.unmatched
        )
        agenda.append(PlanLine(text, tuple(details)))
    agenda += (PlanLine(f"Our version '{v.label}' goes back to proposed") for v in plan.superseded)
    if plan.merged is not None:
        agenda.append(
            PlanLine(
                f"New draft of ours '{plan.merged.label}': '{plan.merged.base.label}' with our changes "
                f"from '{plan.merged.ours.label}'"
            )
        )
    follow_up = [f"New action item: {a.item.text}" for a in plan.actions if a.action == "new"]
    follow_up += [f"Action item “{a.item.text}”: {', '.join(a.changed)}" for a in plan.actions if a.action == "update"]
    follow_up += [f"Outcome of “{o.title or 'an item'}” updated" for o in plan.outcomes if o.changed]
    sections = [
        PlanSection(PlanHeading.SESSION, tuple(session_lines)),
        PlanSection(PlanHeading.PEOPLE, tuple(people)),
        PlanSection(PlanHeading.DELEGATIONS, tuple(seats)),
        PlanSection(PlanHeading.AGENDA, tuple(agenda)),
        _flat(PlanHeading.FOLLOW_UP, follow_up),
        _flat(PlanHeading.CONFLICTS, [conflict.line() for conflict in plan.conflicts]),
        _flat(PlanHeading.SUGGESTIONS, [str(s) for s in plan.suggestions]),
        _flat(PlanHeading.NOTES, list(plan.notes)),
    ]
    return [section for section in sections if section.lines]


def _flat(heading: PlanHeading, lines: list[str]) -> PlanSection:
    return PlanSection(heading, tuple(PlanLine(line) for line in lines))


def plan_text_lines(section: PlanSection) -> list[str]:
    """A section's lines as the command line prints them under its heading: details two spaces in."""
    out: list[str] = []
    for line in section.lines:
        if line.text:
            out.append(line.text)
        out += (f"  {detail}" for detail in line.details)
    return out


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _org(person: Person) -> str:
    return f", {person.organization}" if person.organization else ""


def diff_words(version: VersionPlan) -> str:
    """ "2 added, 1 reworded" for a new version against its base (else our latest)."""
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
