"""Unpacking a zip (a Word template, an XLSX) by what it really holds, not by what its headers claim.

A member may claim 1,000 bytes and inflate to a gigabyte. Every member is inflated here
in small pieces, never more than it declares (plus one byte to catch the lie) and never
more than ``MAX_UNPACKED_BYTES`` in all, within ``MAX_SECONDS``; nothing is kept in
memory beyond one piece. Only then may a library that trusts the headers read the file.
"""

from __future__ import annotations

import time
import zipfile
import zlib

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_SECONDS = 1.5  # a guard: a file that takes longer to check is refused, whatever it holds
_PIECE = 256 * 1024
_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """A library's message folded into one short line (lxml and openpyxl write several)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_unpacked_sizes(
    archive: zipfile.ZipFile, name: str, *, limit: int = MAX_UNPACKED_BYTES, seconds: float = MAX_SECONDS
) -> int:
    """Inflate every member of ``archive`` with a bound; refuse one that holds more than it declares.

    Returns the bytes unpacked in all. ``InvalidInput`` names the file in one sentence.
    """
    deadline = time.thread_time() + seconds  # CPU time: a busy machine must not refuse a good file
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        declared = info.file_size
        if total + declared > limit:
            raise InvalidInput(
                Notice(
                    f"{name} unpacks to more than {limit // (1024 * 1024)} MB; it was not opened",
                    "bounded_zip.unpacks_more_mb_not",
                    name=name,
                    most_mb=limit // (1024 * 1024),
                )
            )
        seen = 0
        try:
            with archive.open(info) as member:
                while seen <= declared:
                    piece = member.read(min(_PIECE, declared - seen + 1))
                    if not piece:
                        break
                    seen += len(piece)
                    if time.thread_time() > deadline:
                        raise InvalidInput(
                            Notice(
                                f"{name} takes too long to unpack; it was not opened",
                                "bounded_zip.takes_too_long_unpack",
                                name=name,
                            )
                        )
        except _ERRORS as exc:
            raise InvalidInput(
                Notice(
                    f"{name} is damaged ({info.filename} cannot be unpacked: {one_line(exc)})",
                    "bounded_zip.damaged_cannot_unpacked",
                    name=name,
                    filename=info.filename,
                    one_line_exc=one_line(exc),
                )
            ) from exc
        if seen > declared:
            raise InvalidInput(
                Notice(
                    f"{name} is damaged or hostile: {info.filename} unpacks to more than the {declared:,} bytes "
                    "it declares (a zip bomb); it was not opened",
                    "bounded_zip.damaged_hostile_unpacks_more",
                    name=name,
                    filename=info.filename,
                    declared=declared,
                )
            )
        total += seen
    return total
