"""Writing a session package: ``session.json`` and ``manifest.json`` from a ``SessionPackage``, zipped.

Every JSON field is named here one by one (never a dataclass dumped wholesale), so a field
added to a domain type later does not travel until someone adds it here on purpose.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desktop_app.exchange.package_format import (
    CALENDAR,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    PACKET,
    SESSION,
)
from desktop_app.exchange.package_model import PERSON_FIELDS, SessionPackage


def utc_text(moment: datetime) -> str:
    """``2027-03-09T01:00:00Z``: UTC, with a Z, microseconds only when there are any."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def session_document(package: SessionPackage) -> dict[str, Any]:
    """The content of ``session.json``."""
    s = package.session
    return {
        "session": {
            "uid": s.uid,
            "sequence": s.sequence,
            "number": s.number,
            "title": s.title,
            "title_ko": s.title_ko,
            "start": utc_text(s.start),
            "timezone": s.timezone,
            "duration_minutes": s.duration_minutes,
            "format": str(s.format),
            "status": str(s.status),
            "host_side": s.host_side,
            "clock": _clock(s.clock),
        },
        "logistics": {
            "venue_building": s.venue_building,
            "venue_city": s.venue_city,
            "video_link": s.video_link,
            "mode": str(s.mode),
        },
        "people": [
            {
                "ref": p.ref,
                "side": p.side,
                **{name: getattr(p, name) for name in PERSON_FIELDS},
            }
            for p in package.people
        ],
        "delegations": [
            {
                "person": seat.person,
                "role": str(seat.role),
                "protocol_order": seat.protocol_order,
                "rsvp": str(seat.rsvp),
            }
            for seat in package.seats
        ],
        "agenda_versions": [
            {
                "gid": v.gid,
                "base": v.base,
                "label": v.label,
                "proposed_by": v.proposed_by,
                "status": str(v.status),
                "agreed_by": list(v.agreed_by),
                "agreed_clock": dict(sorted(v.agreed_clock.items())),
                "created": utc_text(v.created),
                "items": [
                    {
                        "gid": item.gid,
                        "lineage": item.lineage,
                        "level": item.level,
                        "title": item.title,
                        "title_ko": item.title_ko,
                        "lead_side": item.lead_side,
                        "presenter": item.presenter,
                        "minutes": item.minutes,
                        "description": item.description,
                    }
                    for item in v.items
                ],
            }
            for v in package.versions
        ],
        "outcomes": [
            {"item": outcome.item, "text": outcome.text, "clock": dict(sorted(outcome.clock.items()))}
            for outcome in package.outcomes
        ],
        "actions": [
            {
                "gid": action.gid,
                "item": action.item,
                "text": action.text,
                "owner": action.owner,
                "owner_side": action.owner_side,
                "due": action.due.isoformat() if action.due else None,
                "status": str(action.status),
                "clock": _clock(action.clock),
            }
            for action in package.actions
        ],
    }


def _clock(clock: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    return {name: dict(sorted(counters.items())) for name, counters in sorted(clock.items()) if counters}


def _json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def manifest_document(package: SessionPackage, members: dict[str, bytes]) -> dict[str, Any]:
    body = package.body
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "created": utc_text(package.created),
        "generator": package.generator,
        "body": {
            "uid": body.uid,
            "name": body.name,
            "name_ko": body.name_ko,
            "sides": [
                {
                    "code": side.code,
                    "name": side.name,
                    "name_ko": side.name_ko,
                    "capital": side.capital,
                    "capital_ko": side.capital_ko,
                    "timezone": side.timezone,
                    "holiday_country": side.holiday_country,
                }
                for side in body.sides
            ],
        },
        "exported_by": {"side": package.exported_by, "office": package.office},
        "session_uid": package.session.uid,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members.items()
        },
    }


def package_bytes(package: SessionPackage) -> bytes:
    """The whole ``.bdpkg`` file: the manifest first, then the members it lists."""
    members = {SESSION: _json_bytes(session_document(package))}
    if package.packet is not None:
        members[PACKET] = package.packet
    if package.calendar is not None:
        members[CALENDAR] = package.calendar
    manifest = _json_bytes(manifest_document(package, members))
    stamp = package.created.astimezone(UTC)
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in ((MANIFEST, manifest), *members.items()):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a regular file, readable by all who may read the package
            archive.writestr(info, data)
    return buffer.getvalue()
