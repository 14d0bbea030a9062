"""What an import does to a session's agenda versions: pure rules over plain data.

- **One identity on both desks.** A version of format 2 is matched by its gid, and keeps
  its gid, base, label and item lineages here; a version of format 1 (no ids) is matched
  as before, by label, side and items.
- **Each side speaks for its own drafts.** A version is never rewritten by an import; a
  known one may only gain the sender's agreement mark, and a version of the other side
  move forward (draft → proposed).
- **Agreement needs both sides.** The package's mark counts for the sender's side only, and
  the sender may withdraw it: each side's mark has a counter, so an older word changes nothing.
  "Agreed" here means *we* marked it (it is locked); a version is agreed by the body when
  both sides' marks are on it. An import never unlocks a version of ours; when the two
  sides marked different versions agreed, that is listed as a conflict for the users.
- **Diffs against the base the sender saw**: a new version is compared with the version it
  names as its base when we have it (else with our latest that went out, as before).
- **Concurrent drafts merge.** When the counterpart's new version and a version of ours
  were both made from the same base, the two are merged three-way per item and field
  (``merge.merge_items``) into a new draft of ours based on theirs; conflicts are listed.
- **Internal fields follow the items.** A new version of the other side gets our talking
  points, "if raised" lines and notes from our current version, by lineage, else by title
  similarity; whatever finds no item is listed, and stays where it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from desktop_app.domain import agenda_rules
from desktop_app.domain.agenda import INTERNAL_ITEM_FIELDS, AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.agenda_diff import MATCH_THRESHOLD, AgendaDiff, diff_agendas, title_similarity
from desktop_app.domain.notices import Notice
from desktop_app.exchange.merge import Choose, Conflict, merge_items
from desktop_app.exchange.package_model import PackageVersion, SessionPackage

LADDER = {AgendaStatus.DRAFT: 0, AgendaStatus.PROPOSED: 1, AgendaStatus.AGREED: 2}
Versions = Sequence[tuple[AgendaVersion, tuple[AgendaItem, ...]]]


@dataclass(frozen=True)
class VersionPlan:
    incoming: PackageVersion
    action: str  # "new", "status" (a known version moves forward or gains a mark) or "same"
    status: AgendaStatus  # as it will be
    matched: AgendaVersion | None
    items: tuple[AgendaItem, ...]  # a new version's items, numbered; presenters as person keys
    diff: AgendaDiff | None = None  # a new version against its base (else our latest)
    against: AgendaVersion | None = None
    note: str = ""
    agreed_by: tuple[str, ...] = ()  # as it will be
    unmatched: tuple[str, ...] = ()  # our internal text that found no item in this version
    mark_clock: dict[str, int] | None = None  # the agreement marks' counters to record, None when they stay


@dataclass(frozen=True)
class MergedDraft:
    """A new draft of ours: their version with what we changed since the common base."""

    label: str
    base: PackageVersion  # theirs, which it answers
    ours: AgendaVersion  # our concurrent version
    items: tuple[AgendaItem, ...]  # numbered, presenters as person keys, our internal fields


@dataclass(frozen=True)
class AgendaPlan:
    versions: tuple[VersionPlan, ...]
    merged: MergedDraft | None
    conflicts: tuple[Conflict, ...]
    notes: tuple[str, ...]


def _item_key(item: AgendaItem) -> tuple[object, ...]:
    return (item.level, item.title, item.title_ko, item.lead_side, item.presenter_id, item.minutes, item.description)


def package_items(version: PackageVersion, key_of: Mapping[str, int]) -> tuple[AgendaItem, ...]:
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
            gid=item.gid,
            lineage=item.lineage,
        )
        for position, item in enumerate(version.items)
    ]
    return tuple(agenda_rules.numbered(items))


def carry_internal(
    source: Sequence[AgendaItem], target: Sequence[AgendaItem]
) -> tuple[tuple[AgendaItem, ...], tuple[AgendaItem, ...]]:
    """``target`` with the internal fields of the matching ``source`` items (where its own are
    empty), and the source items with internal text that matched nothing."""
    with_text = [item for item in source if any(getattr(item, name) for name in INTERNAL_ITEM_FIELDS)]
    result = list(target)
    pairs: dict[int, AgendaItem] = {}
    left = []
    by_lineage = {item.lineage: index for index, item in enumerate(result) if item.lineage}
    for item in with_text:
        index = by_lineage.get(item.lineage) if item.lineage else None
        if index is not None and index not in pairs:
            pairs[index] = item
        else:
            left.append(item)
    unmatched = []
    for item in left:  # the other side re-created it: the most similar title, once
        scored = [
            (title_similarity(item, candidate), index) for index, candidate in enumerate(result) if index not in pairs
        ]
        best = max(scored, default=(0.0, -1))
        if best[0] >= MATCH_THRESHOLD:
            pairs[best[1]] = item
        else:
            unmatched.append(item)
    for index, item in pairs.items():
        fields = {name: getattr(item, name) for name in INTERNAL_ITEM_FIELDS if not getattr(result[index], name)}
        result[index] = replace(result[index], **fields)
    return tuple(result), tuple(unmatched)


def _chain(gid: str, by_gid: Mapping[str, AgendaVersion]) -> list[str]:
    """``gid`` and the versions it descends from, as far as we know them."""
    chain, seen = [], set()
    while gid and gid not in seen:
        chain.append(gid)
        seen.add(gid)
        version = by_gid.get(gid)
        gid = version.base_gid if version is not None else ""
    return chain


def _capped(status: AgendaStatus) -> AgendaStatus:
    """Their "agreed" is their mark, not ours: here it is a version proposed to us."""
    return AgendaStatus.PROPOSED if status is AgendaStatus.AGREED else status


def plan_versions(
    package: SessionPackage,
    versions: Versions,
    home: str,
    key_of: Mapping[str, int],
    names: Mapping[int, str],
    choose: Choose,
    agreement_clocks: Mapping[str, Mapping[str, int]] | None = None,
) -> AgendaPlan:
    """``agreement_clocks``: per version gid, the counters of each side's agreement mark seen here."""
    them = package.exported_by
    seen_marks = agreement_clocks or {}
    ours = [(version, tuple(agenda_rules.in_order(items))) for version, items in versions]
    by_gid = {version.gid: version for version, _ in ours if version.gid}
    items_of = {version.gid: items for version, items in ours if version.gid}
    sent = [pair for pair in ours if pair[0].status is not AgendaStatus.DRAFT]
    latest = (sent or ours)[-1] if ours else None
    agreed_here = [version for version, _ in ours if version.locked]
    current = (agreed_here[-1], items_of.get(agreed_here[-1].gid, ())) if agreed_here else (ours[-1] if ours else None)
    claimed: set[int | None] = set()
    plans: list[VersionPlan] = []
    notes: list[str] = []
    for incoming in package.versions:
        items = package_items(incoming, key_of)
        marks = tuple(code for code in incoming.agreed_by if code == them and code != home)
        if incoming.status is AgendaStatus.AGREED and not incoming.gid and them != home:
            marks = (them,)  # format 1: "agreed" in the sender's package is the sender's mark
        matched = by_gid.get(incoming.gid) if incoming.gid else _match_v1(incoming, items, ours, claimed)
        if matched is not None:
            claimed.add(matched.id)
            # The sender's mark is the sender's to set and to withdraw: its counter says which word is newer.
            counted = incoming.agreed_clock.get(them, 0)
            known = seen_marks.get(matched.gid, {}).get(them, 0)
            if them != home and incoming.gid and counted > known:
                others = {code for code in matched.agreed_by if code != them}
                agreed_by = tuple(sorted(others | set(marks)))
            elif incoming.gid:  # no newer word on the sender's mark: it stays as we have it
                agreed_by = tuple(sorted(matched.agreed_by))
            else:  # format 1 has no counters: a mark may only be added
                agreed_by = tuple(sorted({*matched.agreed_by, *marks}))
            mark_clock = {them: counted} if them != home and counted > known else None
            status = matched.status
            if matched.proposed_by != home and LADDER[_capped(incoming.status)] > LADDER[status]:
                status = _capped(incoming.status)
            changed = (status, agreed_by) != (matched.status, tuple(sorted(matched.agreed_by)))
            action = "status" if changed else "same"
            plans.append(VersionPlan(incoming, action, status, matched, (), agreed_by=agreed_by, mark_clock=mark_clock))
            continue
        base = by_gid.get(incoming.base) if incoming.base else None
        against = (base, items_of.get(base.gid, ())) if base is not None else latest
        diff = diff_agendas(against[1], items, presenters=names) if against else None
        unmatched: tuple[AgendaItem, ...] = ()
        if incoming.proposed_by != home and current is not None:
            items, unmatched = carry_internal(current[1], items)
        plan = VersionPlan(
            incoming,
            "new",
            _capped(incoming.status) if them != home else incoming.status,
            None,
            items,
            diff,
            against[0] if against else None,
            agreed_by=marks if them != home else incoming.agreed_by,
            unmatched=tuple(item.title or item.title_ko for item in unmatched),
            mark_clock=dict(incoming.agreed_clock) or None,
        )
        plans.append(plan)
        if incoming.gid:  # later versions of the package may name it as their base
            by_gid[incoming.gid] = AgendaVersion(
                0,
                0,
                incoming.label,
                incoming.proposed_by,
                plan.status,
                incoming.created,
                gid=incoming.gid,
                base_gid=incoming.base,
            )
            items_of[incoming.gid] = items
    notes += _agreement_conflicts(plans, ours, home, them)
    merged, conflicts = _merge_concurrent(plans, ours, by_gid, items_of, home, choose, names)
    return AgendaPlan(tuple(plans), merged, conflicts, tuple(notes))


def _match_v1(
    incoming: PackageVersion, items: tuple[AgendaItem, ...], ours: Versions, claimed: set[int | None]
) -> AgendaVersion | None:
    """A version of format 1 (no ids): the one of ours with the same label, side and items."""
    key = (incoming.label, incoming.proposed_by, [_item_key(item) for item in items])
    same = [
        version
        for version, their_items in ours
        if version.id not in claimed
        and (version.label, version.proposed_by, [_item_key(item) for item in their_items]) == key
    ]
    return max(
        same,
        key=lambda v: (v.created == incoming.created, v.status is incoming.status, v.version),
        default=None,
    )


def _agreement_conflicts(plans: Sequence[VersionPlan], ours: Versions, home: str, them: str) -> list[str]:
    """Two different versions marked agreed, one by each side: listed, never decided here."""
    theirs = [p for p in plans if them in p.agreed_by and them != home]
    mine = [version for version, _ in ours if home in version.agreed_by]
    notes: list[str] = []
    for plan in theirs:
        gid = plan.matched.gid if plan.matched is not None else plan.incoming.gid
        for version in mine:
            if version.gid != gid:
                notes.append(
                    Notice(
                        f"Agreement conflict: {them} marked '{plan.incoming.label}' agreed, "
                        f"we marked '{version.label}' agreed; ours stays locked until the two desks settle it.",
                        "plan_agenda.agreement_conflict_marked_agreed",
                        them=them,
                        incoming_label=plan.incoming.label,
                        version_label=version.label,
                    )
                )
    return notes


def _merge_concurrent(
    plans: Sequence[VersionPlan],
    ours: Versions,
    by_gid: Mapping[str, AgendaVersion],
    items_of: Mapping[str, tuple[AgendaItem, ...]],
    home: str,
    choose: Choose,
    names: Mapping[int, str],
) -> tuple[MergedDraft | None, tuple[Conflict, ...]]:
    new = [p for p in plans if p.action == "new" and p.incoming.proposed_by != home and p.incoming.base]
    if not new:
        return None, ()
    theirs = new[-1]
    if theirs.incoming.base not in by_gid:
        return None, ()
    lineage = set(_chain(theirs.incoming.gid, by_gid))
    concurrent = [
        (version, items)
        for version, items in ours
        if version.proposed_by == home
        and version.gid not in lineage
        and theirs.incoming.base in _chain(version.base_gid, by_gid)
    ]
    if not concurrent:
        return None, ()
    mine, my_items = concurrent[-1]

    def show(name: str, value: object) -> str:
        if name == "presenter_id":
            return names.get(value, "nobody") if isinstance(value, int) else "nobody"
        return str(value)

    result = merge_items(items_of.get(theirs.incoming.base, ()), my_items, theirs.items, choose=choose, show=show)
    if not result.changed:
        return None, result.conflicts
    merged, _ = carry_internal(my_items, [replace(item, gid="", id=None) for item in result.items])
    count = sum(1 for version, _ in ours if version.proposed_by == home)
    label = f"{home} draft {count + 1}"
    return MergedDraft(label, theirs.incoming, mine, tuple(agenda_rules.numbered(merged))), result.conflicts
