"""Reading a session package from outside: bounded, checked, and refused with a reason.

A package arrives by e-mail or on a stick and may be anything. It is read into memory
(never extracted to disk) and passes these gates in order, each refusing with an
``InvalidInput`` that names the reason:

1. the file: at most ``MAX_PACKAGE_BYTES``, read with a bound; a zip archive at all ("not a package");
2. the zip's directory, before any member is read: at most ``MAX_MEMBERS`` entries (from the
   end record, before ``zipfile`` parses the directory at all); no
   ``..``, absolute, drive or backslash paths, no links, no folders, no duplicates ("unsafe
   path"); ``manifest.json`` present ("not a package"); only the known member names;
   no encryption, only stored or deflated data; each member's declared size within
   ``MAX_MEMBER_BYTES``, all of them within ``MAX_TOTAL_BYTES``, the compression ratio within
   ``MAX_RATIO``, and no member holding more compressed data than its declared size allows
   ("too large");
3. the manifest: our format and a version we read; valid against its schema; it lists
   exactly the members present; every member's SHA-256 and size as listed ("checksum
   mismatch"). Members are read with a bound (``read(limit + 1)``), so a header that lies
   about a size cannot make us read more than the limit;
4. ``session.json``: JSON, valid against the published schema, then the rules a schema
   cannot state (references resolve, one head per side, sides of this body, valid zones).

All of it within ``MAX_SECONDS``; past that the package is refused as too slow to read.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import time
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
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
from desktop_app.storage.safefiles import require_regular_file

_T = TypeVar("_T")

# What can go wrong inside zipfile and zlib on a damaged or crafted archive.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError)


class _Clock:
    def __init__(self, name: str, budget: float) -> None:
        self.name = name
        self.deadline = time.perf_counter() + budget

    def check(self) -> None:
        if time.perf_counter() > self.deadline:
            raise InvalidInput(
                Notice(
                    f"{self.name} is refused: it takes too long to read (too large or too complex)",
                    "package_read.refused_takes_too_long",
                    name=self.name,
                )
            )


# -- 1. the file ------------------------------------------------------------------------------


def read_package_file(path: Path) -> SessionPackage:
    """The package in ``path``, checked through and through; refused (``InvalidInput``) otherwise."""
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise InvalidInput(
                Notice(f"{path} is a folder, not a package", "package_read.folder_not_package", path=path)
            )
        size = path.stat().st_size
        if size > fmt.MAX_PACKAGE_BYTES:
            raise InvalidInput(
                Notice(
                    f"{name} is too large ({size:,} bytes); a package holds at most {_mb(fmt.MAX_TOTAL_BYTES)}",
                    "package_read.too_large_bytes_package",
                    name=name,
                    size=size,
                    max_total_bytes=_mb(fmt.MAX_TOTAL_BYTES),
                )
            )
        require_regular_file(path, "package", InvalidInput)  # a pipe would hang the read
        with open(path, "rb") as handle:
            data = handle.read(fmt.MAX_PACKAGE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            Notice(
                f"cannot read {path}: {exc.strerror or exc}",
                "package_read.cannot_read",
                path=path,
                exc=exc.strerror or exc,
            )
        ) from exc
    if len(data) > fmt.MAX_PACKAGE_BYTES:
        raise InvalidInput(
            Notice(
                f"{name} is too large; a package holds at most {_mb(fmt.MAX_TOTAL_BYTES)}",
                "package_read.too_large_package_holds",
                name=name,
                max_total_bytes=_mb(fmt.MAX_TOTAL_BYTES),
            )
        )
    return read_package_bytes(data, name)


def _mb(count: int) -> str:
    return f"{count // (1024 * 1024)} MB"


def read_package_bytes(data: bytes, name: str = "the package") -> SessionPackage:
    """Check and read a package held in memory; see the module docstring for the gates."""
    clock = _Clock(name, fmt.MAX_SECONDS)
    if not data.startswith(b"PK"):
        raise InvalidInput(
            Notice(f"{name} is not a package (it is not a zip archive)", "package_read.not_package_not_zip", name=name)
        )
    _check_end_record(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (*_ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        raise InvalidInput(
            Notice(
                f"{name} is not a package (it is not a readable zip archive: {_short(exc)})",
                "package_read.not_package_not_readable_2",
                name=name,
                exc=_short(exc),
            )
        ) from exc
    with archive:
        by_name = _check_directory(infos, name)
        members = _read_members(archive, by_name, name, clock)
    manifest, package_members = members
    clock.check()
    return _build(manifest, package_members, name, clock)


def _short(exc: BaseException) -> str:
    return _short_text(str(exc) or type(exc).__name__)


def _short_text(text: str) -> str:
    """A message cut to one short line: a refused value may be megabytes long."""
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "…"


# -- 2. the directory -------------------------------------------------------------------------

_END = b"PK\x05\x06"  # end of central directory record
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


def _check_end_record(data: bytes, name: str) -> None:
    """Refuse too many entries, or too large a directory, from the end record alone.

    ``zipfile`` parses the whole central directory when it opens an archive: a few hundred
    thousand entries take seconds. The end record, found as ``zipfile`` finds it (the last
    signature in the last 64 KB), states how many entries there are and how many bytes the
    directory holds; both are bounded before ``zipfile`` is asked anything.
    """
    at = data.rfind(_END, max(0, len(data) - (22 + 65535)))
    if at < 0 or len(data) - at < 22:
        raise InvalidInput(
            Notice(
                f"{name} is not a package (it is not a readable zip archive)",
                "package_read.not_package_not_readable",
                name=name,
            )
        )
    here, entries, directory_bytes = struct.unpack_from("<HHI", data, at + 8)
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == _END64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 > len(data) or data[offset : offset + 4] != _END64:
            raise InvalidInput(
                Notice(
                    f"{name} is not a package (it is not a readable zip archive)",
                    "package_read.not_package_not_readable",
                    name=name,
                )
            )
        here, entries, directory_bytes = struct.unpack_from("<QQQ", data, offset + 24)
    if max(here, entries) > fmt.MAX_MEMBERS:
        raise InvalidInput(
            Notice(
                f"{name} has too many members ({max(here, entries):,}; a package holds at most {fmt.MAX_MEMBERS})",
                "package_read.too_many_members_package",
                name=name,
                here=max(here, entries),
                max_members=fmt.MAX_MEMBERS,
            )
        )
    if directory_bytes > fmt.MAX_DIRECTORY_BYTES:
        raise InvalidInput(
            Notice(
                f"{name} has too many members (its directory holds {directory_bytes:,} bytes, "
                f"at most {fmt.MAX_DIRECTORY_BYTES:,})",
                "package_read.too_many_members_directory",
                name=name,
                directory_bytes=directory_bytes,
                max_directory_bytes=fmt.MAX_DIRECTORY_BYTES,
            )
        )


def _unsafe(filename: str) -> str | None:
    """Why a member name is unsafe to hold, or None."""
    if not filename:
        return "an empty name"
    if "\x00" in filename or "\\" in filename:
        return "a backslash or NUL in a name"
    if filename.startswith("/"):
        return "an absolute path"
    if len(filename) > 1 and filename[1] == ":":
        return "a drive letter"
    if ".." in filename.split("/"):
        return "a '..' path"
    return None


def _check_directory(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > fmt.MAX_MEMBERS:
        raise InvalidInput(
            Notice(
                f"{name} has too many members ({len(infos):,}; a package holds at most {fmt.MAX_MEMBERS})",
                "package_read.too_many_members_package_2",
                name=name,
                count_infos=len(infos),
                max_members=fmt.MAX_MEMBERS,
            )
        )
    for info in infos:
        problem = _unsafe(info.filename)
        if problem:
            raise InvalidInput(
                Notice(
                    f"{name} has an unsafe path {info.filename[:80]!r} ({problem}); it is refused",
                    "package_read.unsafe_path_refused",
                    name=name,
                    filename=info.filename[:80],
                    problem=problem,
                )
            )
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise InvalidInput(
                Notice(
                    f"{name} has an unsafe path {info.filename[:80]!r} (a symbolic link); it is refused",
                    "package_read.unsafe_path_symbolic_link",
                    name=name,
                    filename=info.filename[:80],
                )
            )
        if info.is_dir():
            raise InvalidInput(
                Notice(
                    f"{name} has an unsafe path {info.filename[:80]!r} (a folder); it is refused",
                    "package_read.unsafe_path_folder_refused",
                    name=name,
                    filename=info.filename[:80],
                )
            )
    counts = Counter(info.filename for info in infos)
    twice = [member for member, count in counts.items() if count > 1]
    if twice:
        raise InvalidInput(
            Notice(
                f"{name} has an unsafe path: {twice[0][:80]!r} appears twice",
                "package_read.unsafe_path_appears_twice",
                name=name,
                twice=twice[0][:80],
            )
        )
    if fmt.MANIFEST not in counts:
        raise InvalidInput(
            Notice(
                f"{name} is not a package (it holds no {fmt.MANIFEST})",
                "package_read.not_package_holds_no",
                name=name,
                manifest=fmt.MANIFEST,
            )
        )
    unknown = [info.filename for info in infos if info.filename not in fmt.MEMBERS]
    if unknown:
        raise InvalidInput(
            Notice(
                f"{name} has an unknown member {unknown[0][:80]!r}; a package holds only {', '.join(fmt.MEMBERS)}",
                "package_read.unknown_member_package_holds",
                name=name,
                unknown=unknown[0][:80],
                members=", ".join(fmt.MEMBERS),
            )
        )
    total = 0
    for info in infos:
        member = info.filename
        if info.flag_bits & 0x1:
            raise InvalidInput(
                Notice(
                    f"{name} is refused: {member} is encrypted",
                    "package_read.refused_encrypted",
                    name=name,
                    member=member,
                )
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InvalidInput(
                Notice(
                    f"{name} is refused: {member} uses a compression Briefing Desk does not read",
                    "package_read.refused_uses_compression_briefing",
                    name=name,
                    member=member,
                )
            )
        limit = fmt.MAX_MANIFEST_BYTES if member == fmt.MANIFEST else fmt.MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise InvalidInput(
                Notice(
                    f"{name} is too large: {member} holds {info.file_size:,} bytes (at most {limit:,})",
                    "package_read.too_large_holds_bytes",
                    name=name,
                    member=member,
                    file_size=info.file_size,
                    limit=limit,
                )
            )
        # Deflate never grows data by more than a few bytes per 16 KB block: more compressed data
        # than that means the declared size understates what the member would unpack to.
        most = (
            info.file_size if info.compress_type == zipfile.ZIP_STORED else info.file_size + info.file_size // 1000 + 64
        )
        if info.compress_size > most:
            raise InvalidInput(
                Notice(
                    f"{name} is too large: {member} holds more than its declared {info.file_size:,} bytes",
                    "package_read.too_large_holds_more_2",
                    name=name,
                    member=member,
                    file_size=info.file_size,
                )
            )
        if info.file_size > fmt.RATIO_FLOOR and info.file_size > fmt.MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InvalidInput(
                Notice(
                    f"{name} is too large: {member} unpacks {ratio:,} times its size (a zip bomb?)",
                    "package_read.too_large_unpacks_times",
                    name=name,
                    member=member,
                    ratio=ratio,
                )
            )
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            raise InvalidInput(
                Notice(
                    f"{name} is too large: its members unpack to more than {_mb(fmt.MAX_TOTAL_BYTES)}",
                    "package_read.too_large_members_unpack",
                    name=name,
                    max_total_bytes=_mb(fmt.MAX_TOTAL_BYTES),
                )
            )
    return {info.filename: info for info in infos}


# -- 3. the manifest and checksums ------------------------------------------------------------


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (*_ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        if "CRC" in str(exc):
            raise InvalidInput(
                Notice(
                    f"{name} is refused: checksum mismatch in {info.filename} (it is damaged)",
                    "package_read.refused_checksum_mismatch_damaged",
                    name=name,
                    filename=info.filename,
                )
            ) from exc
        raise InvalidInput(
            Notice(
                f"{name} is refused: {info.filename} cannot be read ({_short(exc)})",
                "package_read.refused_cannot_read",
                name=name,
                filename=info.filename,
                exc=_short(exc),
            )
        ) from exc
    if len(data) > limit or len(data) != info.file_size:
        raise InvalidInput(
            Notice(
                f"{name} is too large: {info.filename} does not hold what its header declares",
                "package_read.too_large_does_not",
                name=name,
                filename=info.filename,
            )
        )
    return data


def _loads(data: bytes, member: str, name: str) -> Any:
    def refuse_constant(text: str) -> Any:
        raise ValueError(f"{text} is not a number JSON allows")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput(
            Notice(
                f"{name} is refused: {member} is not valid JSON ({_short(exc)})",
                "package_read.refused_not_valid_json",
                name=name,
                member=member,
                exc=_short(exc),
            )
        ) from exc


def _validate(document: Any, member: str, name: str, version: int) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(fmt.schema(member, version))
    error = next(iter(validator.iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise InvalidInput(
            Notice(
                f"{name} is refused: {member} does not match the package schema at {where} "
                f"({_short_text(error.message)})",
                "package_read.refused_does_not_match",
                name=name,
                member=member,
                where=where,
                short_text_message=_short_text(error.message),
            )
        )


def _check_format(manifest: Any, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        what = f"its format is {str(found)[:60]!r}" if found is not None else "its manifest names no format"
        raise InvalidInput(
            Notice(
                f"{name} is not a package of ours ({what}, not {fmt.FORMAT_NAME!r})",
                "package_read.not_package_ours_not",
                name=name,
                what=what,
                format_name=fmt.FORMAT_NAME,
            )
        )
    version = manifest.get("format_version")
    if isinstance(version, bool) or version not in fmt.READABLE_VERSIONS:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > fmt.FORMAT_VERSION
        hint = Notice("; update Briefing Desk to read it", "package_read.update_hint") if newer else ""
        raise InvalidInput(
            Notice(
                f"{name} is refused: package format version {str(version)[:20]} is not one this version reads "
                f"({fmt.FORMAT_VERSION}){hint}",
                "package_read.refused_package_format_version",
                name=name,
                version=str(version)[:20],
                format_version=fmt.FORMAT_VERSION,
                hint=hint,
            )
        )


def _read_members(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, clock: _Clock
) -> tuple[dict[str, Any], dict[str, bytes]]:
    manifest = _loads(_read_member(archive, by_name[fmt.MANIFEST], name, fmt.MAX_MANIFEST_BYTES), fmt.MANIFEST, name)
    _check_format(manifest, name)
    _validate(manifest, fmt.MANIFEST, name, manifest["format_version"])
    listed: dict[str, dict[str, Any]] = manifest["members"]
    present = set(by_name) - {fmt.MANIFEST}
    if set(listed) != present:
        missing = sorted(set(listed) - present)
        extra = sorted(present - set(listed))
        what = f"{missing[0]} is listed but missing" if missing else f"{extra[0]} is not listed in the manifest"
        raise InvalidInput(
            Notice(
                f"{name} is refused: checksum mismatch ({what})",
                "package_read.refused_checksum_mismatch",
                name=name,
                what=what,
            )
        )
    members = {}
    for member in sorted(present):
        clock.check()
        info = by_name[member]
        if info.file_size != listed[member]["size"]:
            raise InvalidInput(
                Notice(
                    f"{name} is refused: checksum mismatch in {member} (its size is not the one listed)",
                    "package_read.refused_checksum_mismatch_size",
                    name=name,
                    member=member,
                )
            )
        data = _read_member(archive, info, name, fmt.MAX_MEMBER_BYTES)
        if hashlib.sha256(data).hexdigest() != listed[member]["sha256"]:
            raise InvalidInput(
                Notice(
                    f"{name} is refused: checksum mismatch in {member}",
                    "package_read.refused_checksum_mismatch_2",
                    name=name,
                    member=member,
                )
            )
        members[member] = data
    return manifest, members


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


def _build(manifest: dict[str, Any], members: dict[str, bytes], name: str, clock: _Clock) -> SessionPackage:
    document = _loads(members[fmt.SESSION], fmt.SESSION, name)
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
    _validate(document, fmt.SESSION, name, version)
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
            raise refuse(_short(exc)) from exc

    return run


def _zone(name: str) -> str:
    return check_timezone(name).key


def _check_person(person: PackagePerson) -> None:
    Person(side=person.side, **{name: getattr(person, name) for name in PERSON_FIELDS}).validate()
