"""Gate 2 of a package read: the zip's directory, checked before any member is read (see package_read)."""

from __future__ import annotations

import stat
import struct
import zipfile
from collections import Counter

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt
from desktop_app.exchange.package_guard import mb

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


def check_directory(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
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
                    f"{name} is too large: its members unpack to more than {mb(fmt.MAX_TOTAL_BYTES)}",
                    "package_read.too_large_members_unpack",
                    name=name,
                    max_total_bytes=mb(fmt.MAX_TOTAL_BYTES),
                )
            )
    return {info.filename: info for info in infos}
