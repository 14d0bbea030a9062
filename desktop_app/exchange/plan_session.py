"""What an import does to the session itself: created, or merged field by field.

A package of format 2 carries change clocks: each shared field is merged by them
(``merge.merge_fields``): theirs where newer, ours where newer (an older package changes
nothing), a conflict where both desks changed it. A package of format 1 has no clocks: its
``sequence`` decides, as it did. Our notes, series and number are never changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.domain.notices import Notice
from desktop_app.domain.session import Session
from desktop_app.exchange.merge import Choose, Conflict, merge_fields
from desktop_app.exchange.package_model import SessionPackage

Clock = dict[str, dict[str, int]]

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
    "mode",
)


@dataclass(frozen=True)
class SessionPlan:
    action: str  # "create", "update", "same" or "kept" (ours is newer)
    session: Session  # as it will be (id None when created)
    before: Session | None
    changed: tuple[str, ...] = ()
    note: str = ""
    clock: Clock | None = None  # the session's change clocks to write, None when they stay


def _show(name: str, value: object) -> str:
    if name == "start" and hasattr(value, "strftime"):
        return f"{value:%Y-%m-%d %H:%M} UTC"
    return str(value)


def plan_session(
    package: SessionPackage,
    current: Session | None,
    numbers_taken: frozenset[int],
    next_number: int,
    session_clock: Clock,
    home: str,
    choose: Choose,
) -> tuple[SessionPlan, tuple[Conflict, ...]]:
    """The session: created, merged per field by the clocks (format 2), or by ``sequence`` (format 1)."""
    incoming = package.session
    values = {name: getattr(incoming, name) for name in SESSION_FIELDS}
    if current is None:
        number, note = incoming.number, ""
        if number is not None and number in numbers_taken:
            english = f"Session number {number} is taken here; the session becomes number {next_number}."
            note = Notice(english, "plan_session.number_taken", number=number, next_number=next_number)
            number = next_number
        created = Session(uid=incoming.uid, sequence=incoming.sequence, number=number, **values)
        clock = {name: dict(counters) for name, counters in incoming.clock.items()}
        return SessionPlan("create", created, None, note=note, clock=clock or None), ()
    if package.format_version >= 2:
        return _merge_session(package, current, session_clock, home, choose)
    return _plan_session_v1(package, current, values), ()


def _merge_session(
    package: SessionPackage, current: Session, session_clock: Clock, home: str, choose: Choose
) -> tuple[SessionPlan, tuple[Conflict, ...]]:
    """Per field, by the change clocks: theirs where newer, ours where newer, conflicts listed."""
    incoming = package.session
    merged = merge_fields(
        SESSION_FIELDS,
        {name: getattr(current, name) for name in SESSION_FIELDS},
        {name: getattr(incoming, name) for name in SESSION_FIELDS},
        session_clock,
        incoming.clock,
        home=home,
        key="session",
        record="the session",
        choose=choose,
        show=_show,
    )
    after = {name: counters for name, counters in merged.clock.items() if counters}
    before = {name: dict(counters) for name, counters in session_clock.items() if counters}
    clock = after if after != before else None
    if not merged.values:
        older = [c.field for c in merged.conflicts] or [
            name for name in SESSION_FIELDS if getattr(current, name) != getattr(incoming, name)
        ]
        if older and not merged.conflicts:
            fields = ", ".join(older)
            english = f"The package's {fields} are older than ours; ours are kept."
            note = Notice(english, "plan_session.fields_older", fields=fields)
            return SessionPlan("kept", current, current, tuple(older), note, clock=clock), merged.conflicts
        return SessionPlan("same", current, current, clock=clock), merged.conflicts
    sequence = max(current.sequence + 1, incoming.sequence)
    updated = replace(current, sequence=sequence, **merged.values)
    return SessionPlan("update", updated, current, merged.taken, clock=clock), merged.conflicts


def _plan_session_v1(package: SessionPackage, current: Session, values: dict[str, object]) -> SessionPlan:
    """A package of format 1 has no clocks: its ``sequence`` decides, as it did."""
    incoming = package.session
    changed = tuple(name for name in SESSION_FIELDS if getattr(current, name) != values[name])
    if not changed:
        return SessionPlan("same", current, current)
    if incoming.sequence < current.sequence:
        theirs, ours = incoming.sequence, current.sequence
        english = f"The package's copy is older (sequence {theirs} < ours {ours}); ours is kept."
        note = Notice(english, "plan_session.copy_older", theirs=theirs, ours=ours)
        return SessionPlan("kept", current, current, changed, note)
    updated = replace(current, sequence=max(current.sequence + 1, incoming.sequence), **values)  # type: ignore[arg-type]
    return SessionPlan("update", updated, current, changed)
