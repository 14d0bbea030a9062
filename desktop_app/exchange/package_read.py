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

All of it within ``MAX_SECONDS`` of the reading thread's CPU time; past that the package is refused as too
slow to read. Gate 2 is ``package_directory``, gate 3 ``package_members``, gate 4 ``package_session``;
``package_guard`` holds the clock and messages they share.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt
from desktop_app.exchange.package_directory import check_directory, check_end_record
from desktop_app.exchange.package_guard import ZIP_ERRORS, ReadClock, mb, short
from desktop_app.exchange.package_members import read_members
from desktop_app.exchange.package_model import (
    SessionPackage,
)
from desktop_app.exchange.package_session import build_package
from desktop_app.storage.safefiles import require_regular_file

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
                    f"{name} is too large ({size:,} bytes); a package holds at most {mb(fmt.MAX_TOTAL_BYTES)}",
                    "package_read.too_large_bytes_package",
                    name=name,
                    size=size,
                    max_total_bytes=mb(fmt.MAX_TOTAL_BYTES),
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
                f"{name} is too large; a package holds at most {mb(fmt.MAX_TOTAL_BYTES)}",
                "package_read.too_large_package_holds",
                name=name,
                max_total_bytes=mb(fmt.MAX_TOTAL_BYTES),
            )
        )
    return read_package_bytes(data, name)


def read_package_bytes(data: bytes, name: str = "the package") -> SessionPackage:
    """Check and read a package held in memory; see the module docstring for the gates."""
    clock = ReadClock(name, fmt.MAX_SECONDS)
    if not data.startswith(b"PK"):
        raise InvalidInput(
            Notice(f"{name} is not a package (it is not a zip archive)", "package_read.not_package_not_zip", name=name)
        )
    check_end_record(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (*ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        raise InvalidInput(
            Notice(
                f"{name} is not a package (it is not a readable zip archive: {short(exc)})",
                "package_read.not_package_not_readable_2",
                name=name,
                exc=short(exc),
            )
        ) from exc
    with archive:
        by_name = check_directory(infos, name)
        members = read_members(archive, by_name, name, clock)
    manifest, package_members = members
    clock.check()
    return build_package(manifest, package_members, name, clock)
