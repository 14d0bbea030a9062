"""Sessions to put in packages, with a unique marker in every internal field, and zips to craft by hand."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.agenda import AgendaItem, AgendaStatus
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.services import agenda, agenda_versions, delegations, people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace

MARK = "ZZINTERNAL"  # every internal value holds this, followed by what it is: grep finds any leak
CREATED = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Filled:
    session_id: int
    people: dict[str, int]  # short name → person id


def _person(workspace: Workspace, name: str, side: str, **fields: Any) -> int:
    added = people.add_person(workspace, Person(name=name, side=side, internal_notes=f"{MARK}-person-{name}", **fields))
    assert added.id is not None
    return added.id


def fill(workspace: Workspace) -> Filled:
    """One Seoul session with both delegations, three shareable versions, a draft, markers everywhere."""
    session = add_session(
        workspace,
        Session(
            title="Working group on supply chains",
            title_ko="공급망 실무그룹",
            start=datetime(2027, 3, 9, 1, 0, tzinfo=UTC),
            timezone="Asia/Seoul",
            duration_minutes=150,
            host_side="ROK",
            venue_city="Seoul",
            venue_building="Ministry of Foreign Affairs",
            format=SessionFormat.SENIOR,
            status=SessionStatus.CONFIRMED,
            notes=f"{MARK}-session-notes",
        ),
    )
    assert session.id is not None
    sid = session.id
    ids = {
        "kim": _person(
            workspace,
            "KIM Min-jun",
            "ROK",
            name_ko="김민준",
            title="Director-General",
            title_ko="국장",
            organization="Ministry of Foreign Affairs",
            organization_ko="외교부",
            email="mj.kim@mofa.example.kr",
            biography="Joined in 1998; served in Washington.",
        ),
        "lee": _person(
            workspace, "LEE Seo-yeon", "ROK", name_ko="이서연", organization="Ministry of Unification", email=""
        ),
        "carter": _person(
            workspace,
            "Emily Carter",
            "US",
            title="Deputy Assistant Secretary",
            organization="Department of State",
            email="carter@state.example.gov",
        ),
        "brooks": _person(workspace, "James Brooks", "US", organization="National Security Council"),
        "reyes": _person(workspace, "Olivia Reyes", "US", organization="Department of the Treasury"),  # presents only
    }
    delegations.add_to_delegation(workspace, sid, ids["kim"], role=Role.HEAD, rsvp=Rsvp.CONFIRMED)
    delegations.add_to_delegation(workspace, sid, ids["lee"], role=Role.NOTE_TAKER)
    delegations.add_to_delegation(workspace, sid, ids["carter"], role=Role.HEAD, rsvp=Rsvp.TENTATIVE)
    delegations.add_to_delegation(workspace, sid, ids["brooks"], rsvp=Rsvp.DECLINED)

    def version(label: str, side: str, titles: list[tuple[str, str]], status: AgendaStatus) -> int:
        made = agenda_versions.start_draft(workspace, sid, label, side, now=CREATED)
        assert made.id is not None
        for number, (title, title_ko) in enumerate(titles):
            change = agenda.add_item(
                workspace,
                AgendaItem(
                    version_id=made.id,
                    position=0,
                    number="",
                    title=title,
                    title_ko=title_ko,
                    level=1 if title.startswith("  ") else 0,
                    lead_side=side if number % 2 else "",
                    presenter_id=ids["reyes"] if number == 1 else None,
                    minutes=15 + number,
                    description=f"Background on {title.strip()}",
                    talking_points=f"{MARK}-tp-{label}-{number}",
                    if_raised=f"{MARK}-ifraised-{label}-{number}",
                    internal_notes=f"{MARK}-notes-{label}-{number}",
                ),
            )
            assert change.item.id is not None
        if status is not AgendaStatus.DRAFT:
            agenda_versions.set_status(workspace, made.id, AgendaStatus.PROPOSED)
        if status is AgendaStatus.AGREED:
            agenda_versions.set_status(workspace, made.id, AgendaStatus.AGREED)
        return made.id

    titles = [("Opening remarks", "개회사"), ("Critical minerals", "핵심광물"), ("Any other business", "기타")]
    version("ROK draft 1", "ROK", titles, AgendaStatus.PROPOSED)
    counter = [
        titles[0],
        ("Critical minerals and batteries", "핵심광물 및 배터리"),
        ("  Export controls", "수출통제"),
        titles[2],
    ]
    version("US counter-draft 1", "US", counter, AgendaStatus.PROPOSED)
    version("agreed agenda", "ROK", counter, AgendaStatus.AGREED)
    version(f"{MARK}-draft-label", "ROK", [(f"{MARK}-draft-title", "")], AgendaStatus.DRAFT)  # not current: stays home
    return Filled(sid, ids)


# -- zips by hand ---------------------------------------------------------------------------------


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest_for(members: dict[str, bytes], base: dict[str, Any]) -> bytes:
    """``base`` (a manifest) with the sizes and SHA-256 of ``members`` (manifest.json itself left out)."""
    listed = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
        if name != "manifest.json"
    }
    return json.dumps({**base, "members": listed}).encode()


def zip_bytes(entries: list[tuple[str | zipfile.ZipInfo, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def repacked(members: dict[str, bytes], *, manifest: dict[str, Any] | None = None, **replaced: bytes) -> bytes:
    """The package again with some members replaced and the manifest's checksums made to fit."""
    changed = {**members, **{name.replace("_", "."): data for name, data in replaced.items()}}
    base = manifest if manifest is not None else json.loads(members["manifest.json"])
    changed["manifest.json"] = manifest_for(changed, base)
    return zip_bytes(sorted(changed.items(), key=lambda pair: pair[0] != "manifest.json"))
