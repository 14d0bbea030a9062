"""The gates of a session package before its content is read: the zip's directory, the manifest
and the checksums (gates 2 and 3 of ``package_read``), within a time budget.

Nothing here trusts the archive: counts come from the end record before ``zipfile`` parses the
directory, members are read with a bound, and every refusal names the package and the reason
in a short line (a refused value may be megabytes long).
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import time
import zipfile
import zlib
from collections import Counter
from typing import Any

from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt

# What can go wrong inside zipfile and zlib on a damaged or crafted archive.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError)


class ReadClock:
    """The time budget of one read: ``check()`` refuses the package once it is spent."""

    def __init__(self, name: str, budget: float) -> None:
        self.name = name
        self.deadline = time.perf_counter() + budget

    def check(self) -> None:
        if time.perf_counter() > self.deadline:
            raise InvalidInput(f"{self.name} is refused: it takes too long to read (too large or too complex)")


def megabytes(count: int) -> str:
    return f"{count // (1024 * 1024)} MB"


def short(exc: BaseException) -> str:
    return short_text(str(exc) or type(exc).__name__)


def short_text(text: str) -> str:
    """A message cut to one short line: a refused value may be megabytes long."""
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "…"


# -- 2. the directory -------------------------------------------------------------------------

_END = b"PK\x05\x06"  # end of central directory record
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


def check_end_record(data: bytes, name: str) -> None:
    """Refuse too many entries, or too large a directory, from the end record alone.

    ``zipfile`` parses the whole central directory when it opens an archive: a few hundred
    thousand entries take seconds. The end record, found as ``zipfile`` finds it (the last
    signature in the last 64 KB), states how many entries there are and how many bytes the
    directory holds; both are bounded before ``zipfile`` is asked anything.
    """
    at = data.rfind(_END, max(0, len(data) - (22 + 65535)))
    if at < 0 or len(data) - at < 22:
        raise InvalidInput(f"{name} is not a package (it is not a readable zip archive)")
    here, entries, directory_bytes = struct.unpack_from("<HHI", data, at + 8)
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == _END64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 > len(data) or data[offset : offset + 4] != _END64:
            raise InvalidInput(f"{name} is not a package (it is not a readable zip archive)")
        here, entries, directory_bytes = struct.unpack_from("<QQQ", data, offset + 24)
    if max(here, entries) > fmt.MAX_MEMBERS:
        raise InvalidInput(
            f"{name} has too many members ({max(here, entries):,}; a package holds at most {fmt.MAX_MEMBERS})"
        )
    if directory_bytes > fmt.MAX_DIRECTORY_BYTES:
        raise InvalidInput(
            f"{name} has too many members (its directory holds {directory_bytes:,} bytes, "
            f"at most {fmt.MAX_DIRECTORY_BYTES:,})"
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


def check_directory(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > fmt.MAX_MEMBERS:
        raise InvalidInput(f"{name} has too many members ({len(infos):,}; a package holds at most {fmt.MAX_MEMBERS})")
    for info in infos:
        problem = _unsafe(info.filename)
        if problem:
            raise InvalidInput(f"{name} has an unsafe path {info.filename[:80]!r} ({problem}); it is refused")
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise InvalidInput(f"{name} has an unsafe path {info.filename[:80]!r} (a symbolic link); it is refused")
        if info.is_dir():
            raise InvalidInput(f"{name} has an unsafe path {info.filename[:80]!r} (a folder); it is refused")
    counts = Counter(info.filename for info in infos)
    twice = [member for member, count in counts.items() if count > 1]
    if twice:
        raise InvalidInput(f"{name} has an unsafe path: {twice[0][:80]!r} appears twice")
    if fmt.MANIFEST not in counts:
        raise InvalidInput(f"{name} is not a package (it holds no {fmt.MANIFEST})")
    unknown = [info.filename for info in infos if info.filename not in fmt.MEMBERS]
    if unknown:
        raise InvalidInput(
            f"{name} has an unknown member {unknown[0][:80]!r}; a package holds only {', '.join(fmt.MEMBERS)}"
        )
    total = 0
    for info in infos:
        member = info.filename
        if info.flag_bits & 0x1:
            raise InvalidInput(f"{name} is refused: {member} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InvalidInput(f"{name} is refused: {member} uses a compression Briefing Desk does not read")
        limit = fmt.MAX_MANIFEST_BYTES if member == fmt.MANIFEST else fmt.MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise InvalidInput(f"{name} is too large: {member} holds {info.file_size:,} bytes (at most {limit:,})")
        # Deflate never grows data by more than a few bytes per 16 KB block: more compressed data
        # than that means the declared size understates what the member would unpack to.
        most = (
            info.file_size if info.compress_type == zipfile.ZIP_STORED else info.file_size + info.file_size // 1000 + 64
        )
        if info.compress_size > most:
            raise InvalidInput(f"{name} is too large: {member} holds more than its declared {info.file_size:,} bytes")
        if info.file_size > fmt.RATIO_FLOOR and info.file_size > fmt.MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InvalidInput(f"{name} is too large: {member} unpacks {ratio:,} times its size (a zip bomb?)")
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            raise InvalidInput(f"{name} is too large: its members unpack to more than {megabytes(fmt.MAX_TOTAL_BYTES)}")
    return {info.filename: info for info in infos}


# -- 3. the manifest and checksums ------------------------------------------------------------


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (*ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        if "CRC" in str(exc):
            raise InvalidInput(f"{name} is refused: checksum mismatch in {info.filename} (it is damaged)") from exc
        raise InvalidInput(f"{name} is refused: {info.filename} cannot be read ({short(exc)})") from exc
    if len(data) > limit or len(data) != info.file_size:
        raise InvalidInput(f"{name} is too large: {info.filename} does not hold what its header declares")
    return data


def loads(data: bytes, member: str, name: str) -> Any:
    def refuse_constant(text: str) -> Any:
        raise ValueError(f"{text} is not a number JSON allows")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput(f"{name} is refused: {member} is not valid JSON ({short(exc)})") from exc


def validate(document: Any, member: str, name: str, version: int) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(fmt.schema(member, version))
    error = next(iter(validator.iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise InvalidInput(
            f"{name} is refused: {member} does not match the package schema at {where} ({short_text(error.message)})"
        )


def _check_format(manifest: Any, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        what = f"its format is {str(found)[:60]!r}" if found is not None else "its manifest names no format"
        raise InvalidInput(f"{name} is not a package of ours ({what}, not {fmt.FORMAT_NAME!r})")
    version = manifest.get("format_version")
    if isinstance(version, bool) or version not in fmt.READABLE_VERSIONS:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > fmt.FORMAT_VERSION
        hint = "; update Briefing Desk to read it" if newer else ""
        raise InvalidInput(
            f"{name} is refused: package format version {str(version)[:20]} is not one this version reads "
            f"({fmt.FORMAT_VERSION}){hint}"
        )


def read_members(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, clock: ReadClock
) -> tuple[dict[str, Any], dict[str, bytes]]:
    manifest = loads(_read_member(archive, by_name[fmt.MANIFEST], name, fmt.MAX_MANIFEST_BYTES), fmt.MANIFEST, name)
    _check_format(manifest, name)
    validate(manifest, fmt.MANIFEST, name, manifest["format_version"])
    listed: dict[str, dict[str, Any]] = manifest["members"]
    present = set(by_name) - {fmt.MANIFEST}
    if set(listed) != present:
        missing = sorted(set(listed) - present)
        extra = sorted(present - set(listed))
        what = f"{missing[0]} is listed but missing" if missing else f"{extra[0]} is not listed in the manifest"
        raise InvalidInput(f"{name} is refused: checksum mismatch ({what})")
    members = {}
    for member in sorted(present):
        clock.check()
        info = by_name[member]
        if info.file_size != listed[member]["size"]:
            raise InvalidInput(f"{name} is refused: checksum mismatch in {member} (its size is not the one listed)")
        data = _read_member(archive, info, name, fmt.MAX_MEMBER_BYTES)
        if hashlib.sha256(data).hexdigest() != listed[member]["sha256"]:
            raise InvalidInput(f"{name} is refused: checksum mismatch in {member}")
        members[member] = data
    return manifest, members
