"""Gate 4 of a package read: session.json, its schema and the rules a schema cannot state (see package_read)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from desktop_app.domain.agenda import AgendaStatus
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.body import check_timezone
from desktop_app.domain.dates import check_date, check_year
from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.domain.session import SessionFormat, SessionMode, SessionStatus
from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt
from desktop_app.exchange.package_guard import ReadClock, short
from desktop_app.exchange.package_members import load_json, validate_member
from desktop_app.exchange.package_model import (
    PERSON_FIELDS,
    PackageBody,
    PackageItem,
    PackageOutcome,
    PackagePerson,
    PackageSeat,
    PackageSession,
    PackageSide,
    PackageVersion,
    SessionPackage,
)
from desktop_app.exchange.package_read_v2 import action_of, check_ids, counters_of, side_counters

_T = TypeVar("_T")


# -- 4. session.json --------------------------------------------------------------------------


def _utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    check_year(moment.year, "the package holds a date")  # before any zone arithmetic can overflow
    moment = moment.astimezone(UTC)
    check_date(moment, "the package holds a date")
    return moment


def _clean(text: str) -> str:
    """People's text as the directory keeps it: trimmed and composed (NFC)."""
    return unicodedata.normalize("NFC", text.strip())


def _side(entry: dict[str, Any], name: str) -> PackageSide:
    """One side of the manifest's body; its zone, when given, must be a real one."""
    zone = entry.get("timezone", "")
    if zone:
        try:
            check_timezone(zone)
        except InvalidInput as exc:
            raise InvalidInput(
                Notice(
                    f"{name} is refused: side {entry['code']} in its manifest has an {exc}",
                    "package_read.refused_side_manifest",
                    name=name,
                    entry=entry["code"],
                    exc=exc,
                )
            ) from exc
    return PackageSide(
        entry["code"],
        entry["name"],
        entry["name_ko"],
        capital=entry.get("capital", ""),
        capital_ko=entry.get("capital_ko", ""),
        timezone=zone,
        holiday_country=entry.get("holiday_country", ""),
    )


def build_package(manifest: dict[str, Any], members: dict[str, bytes], name: str, clock: ReadClock) -> SessionPackage:
    document = load_json(members[fmt.SESSION], fmt.SESSION, name)
    if isinstance(document, dict) and isinstance(document.get("agenda_versions"), list):
        listed = [v for v in document["agenda_versions"] if isinstance(v, dict) and isinstance(v.get("items"), list)]
        count = sum(len(v["items"]) for v in listed)
        if count > fmt.MAX_AGENDA_ITEMS:
            raise InvalidInput(
                Notice(
                    f"{name} is too large: its agenda versions hold {count:,} items (at most {fmt.MAX_AGENDA_ITEMS:,})",
                    "package_read.too_large_agenda_versions",
                    name=name,
                    count=count,
                    max_agenda_items=fmt.MAX_AGENDA_ITEMS,
                )
            )
    version: int = manifest["format_version"]
    actions_listed = document.get("actions") if isinstance(document, dict) else None
    if isinstance(actions_listed, list) and len(actions_listed) > fmt.MAX_ACTIONS:
        raise InvalidInput(
            Notice(
                f"{name} is too large: it holds more than {fmt.MAX_ACTIONS:,} action items",
                "package_read.too_large_holds_more",
                name=name,
                max_actions=fmt.MAX_ACTIONS,
            )
        )
    clock.check()
    validate_member(document, fmt.SESSION, name, version)
    clock.check()

    def refuse(reason: str) -> InvalidInput:
        return InvalidInput(
            Notice(
                f"{name} is refused: {fmt.SESSION} is not valid: {reason}",
                "package_read.refused_not_valid",
                name=name,
                session=fmt.SESSION,
                reason=reason,
            )
        )

    body_doc = manifest["body"]
    sides = tuple(_side(entry, name) for entry in body_doc["sides"])
    body = PackageBody(body_doc["name"], body_doc["name_ko"], (sides[0], sides[1]), body_doc.get("uid", ""))
    codes = set(body.side_codes)
    if len(codes) != 2:
        raise InvalidInput(
            Notice(
                f"{name} is refused: its manifest names the same side twice",
                "package_read.refused_manifest_names_same",
                name=name,
            )
        )
    exported_by = manifest["exported_by"]["side"]

    def side(code: str, what: str) -> str:
        if code not in codes:
            raise refuse(
                Notice(
                    f"{what} names side {code!r}, which is not one of the package's sides {sorted(codes)}",
                    "package_read.names_side_not_package",
                    what=what,
                    code_given=code,
                    codes=sorted(codes),
                )
            )
        return code

    side(exported_by, "the manifest")
    s, logistics = document["session"], document["logistics"]
    if s["uid"] != manifest["session_uid"]:
        raise refuse(
            Notice("its session UID is not the one the manifest names", "package_read.session_uid_not_manifest")
        )
    check = _guarded(refuse)
    session = PackageSession(
        uid=s["uid"],
        sequence=s["sequence"],
        number=s["number"],
        title=s["title"],
        title_ko=s["title_ko"],
        start=check(_utc, s["start"]),
        timezone=check(_zone, s["timezone"]),
        duration_minutes=s["duration_minutes"],
        format=SessionFormat(s["format"]),
        status=SessionStatus(s["status"]),
        host_side=side(s["host_side"], "the session's host"),
        venue_building=logistics["venue_building"],
        venue_city=logistics["venue_city"],
        video_link=logistics["video_link"],
        clock=counters_of(s.get("clock", {}), codes, refuse),
        mode=SessionMode(logistics["mode"]) if "mode" in logistics else None,
    )
    if not session.title.strip():
        raise refuse(Notice("the session has no title", "package_read.session_no_title"))

    people = []
    for entry in document["people"]:
        person = PackagePerson(
            ref=entry["ref"],
            side=side(entry["side"], f"person {entry['ref']}"),
            **{f: _clean(entry[f]) for f in PERSON_FIELDS},
        )
        check(_check_person, person)
        people.append(person)
    refs = Counter(person.ref for person in people)
    if any(count > 1 for count in refs.values()):
        raise refuse(
            Notice(
                f"person {next(r for r, c in refs.items() if c > 1)} is listed twice",
                "package_read.person_listed_twice",
                person=next((r for r, c in refs.items() if c > 1)),
            )
        )
    side_of = {person.ref: person.side for person in people}

    seats = []
    for entry in document["delegations"]:
        if entry["person"] not in side_of:
            raise refuse(
                Notice(
                    f"a delegation names person {entry['person']}, who is not in the people list",
                    "package_read.delegation_names_person_who",
                    entry=entry["person"],
                )
            )
        seats.append(PackageSeat(entry["person"], Role(entry["role"]), entry["protocol_order"], Rsvp(entry["rsvp"])))
    seated = Counter(seat.person for seat in seats)
    if any(count > 1 for count in seated.values()):
        raise refuse(
            Notice(
                f"person {next(r for r, c in seated.items() if c > 1)} sits twice in the delegations",
                "package_read.person_sits_twice_delegations",
                person=next((r for r, c in seated.items() if c > 1)),
            )
        )
    for code in body.side_codes:
        heads = [seat for seat in seats if seat.role is Role.HEAD and side_of[seat.person] == code]
        if len(heads) > 1:
            raise refuse(
                Notice(
                    f"the {code} delegation has {len(heads)} heads",
                    "package_read.delegation_heads",
                    code_given=code,
                    count_heads=len(heads),
                )
            )

    versions = []
    for v in document["agenda_versions"]:
        items = []
        for entry in v["items"]:
            if entry["presenter"] is not None and entry["presenter"] not in side_of:
                raise refuse(
                    Notice(
                        f"an agenda item is presented by person {entry['presenter']}, who is not in the people list",
                        "package_read.agenda_item_presented_person",
                        entry=entry["presenter"],
                    )
                )
            if not entry["title"].strip() and not entry["title_ko"].strip():
                raise refuse(
                    Notice(
                        f"an item of agenda version {v['label']!r} has no title",
                        "package_read.item_agenda_version_no",
                        v=v["label"],
                    )
                )
            lead = side(entry["lead_side"], "an agenda item's lead") if entry["lead_side"] else ""
            items.append(
                PackageItem(
                    level=entry["level"],
                    title=entry["title"],
                    title_ko=entry["title_ko"],
                    lead_side=lead,
                    presenter=entry["presenter"],
                    minutes=entry["minutes"],
                    description=entry["description"],
                    gid=entry.get("gid", ""),
                    lineage=entry.get("lineage", ""),
                )
            )
        versions.append(
            PackageVersion(
                label=v["label"],
                proposed_by=side(v["proposed_by"], f"agenda version {v['label'][:40]!r}"),
                status=AgendaStatus(v["status"]),
                created=check(_utc, v["created"]),
                items=tuple(items),
                gid=v.get("gid", ""),
                base=v.get("base", ""),
                agreed_by=tuple(side(code, "an agreement") for code in v.get("agreed_by", [])),
                agreed_clock=side_counters(v.get("agreed_clock", {}), codes, refuse),
            )
        )
    if sum(version.status is AgendaStatus.AGREED for version in versions) > 1:
        raise refuse(Notice("more than one agenda version is agreed", "package_read.more_agenda_version_agreed"))
    check_ids(versions, refuse)
    actions = tuple(action_of(entry, codes, refuse) for entry in document.get("actions", []))
    if len({action.gid for action in actions}) != len(actions):
        raise refuse(Notice("an action item is listed twice", "package_read.action_item_listed_twice"))
    outcomes = tuple(
        PackageOutcome(entry["item"], entry["text"], side_counters(entry["clock"], codes, refuse))
        for entry in document.get("outcomes", [])
    )
    clock.check()
    return SessionPackage(
        created=check(_utc, manifest["created"]),
        generator=manifest["generator"],
        body=body,
        exported_by=exported_by,
        office=manifest["exported_by"]["office"],
        session=session,
        people=tuple(people),
        seats=tuple(seats),
        versions=tuple(versions),
        packet=members.get(fmt.PACKET),
        calendar=members.get(fmt.CALENDAR),
        format_version=version,
        actions=actions,
        outcomes=outcomes,
    )


def _guarded(refuse: Callable[[str], InvalidInput]) -> Callable[..., Any]:
    """A runner of checks that raise ValueError or InvalidInput: it refuses the package with their message."""

    def run(check: Callable[..., _T], *args: Any) -> _T:
        try:
            return check(*args)
        except (ValueError, InvalidInput) as exc:
            raise refuse(short(exc)) from exc

    return run


def _zone(name: str) -> str:
    return check_timezone(name).key


def _check_person(person: PackagePerson) -> None:
    Person(side=person.side, **{name: getattr(person, name) for name in PERSON_FIELDS}).validate()
