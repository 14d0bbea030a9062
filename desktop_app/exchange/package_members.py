"""Gate 3 of a package read: the manifest, its schema and every member's checksum and size (see package_read)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from typing import Any

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt
from desktop_app.exchange.package_guard import ZIP_ERRORS, ReadClock, short, short_text

# -- 3. the manifest and checksums ------------------------------------------------------------


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (*ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
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
                f"{name} is refused: {info.filename} cannot be read ({short(exc)})",
                "package_read.refused_cannot_read",
                name=name,
                filename=info.filename,
                exc=short(exc),
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


def load_json(data: bytes, member: str, name: str) -> Any:
    def refuse_constant(text: str) -> Any:
        raise ValueError(f"{text} is not a number JSON allows")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput(
            Notice(
                f"{name} is refused: {member} is not valid JSON ({short(exc)})",
                "package_read.refused_not_valid_json",
                name=name,
                member=member,
                exc=short(exc),
            )
        ) from exc


def validate_member(document: Any, member: str, name: str, version: int) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(fmt.schema(member, version))
    error = next(iter(validator.iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise InvalidInput(
            Notice(
                f"{name} is refused: {member} does not match the package schema at {where} "
                f"({short_text(error.message)})",
                "package_read.refused_does_not_match",
                name=name,
                member=member,
                where=where,
                short_text_message=short_text(error.message),
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


def read_members(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, clock: ReadClock
) -> tuple[dict[str, Any], dict[str, bytes]]:
    manifest = load_json(_read_member(archive, by_name[fmt.MANIFEST], name, fmt.MAX_MANIFEST_BYTES), fmt.MANIFEST, name)
    _check_format(manifest, name)
    validate_member(manifest, fmt.MANIFEST, name, manifest["format_version"])
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
