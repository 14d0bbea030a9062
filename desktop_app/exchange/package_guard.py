"""What every gate of a package read shares: its clock, the zip errors it catches, short messages."""

from __future__ import annotations

import time
import zipfile
import zlib

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

# What can go wrong inside zipfile and zlib on a damaged or crafted archive.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError)


class ReadClock:
    """The package's reading budget, in the reading thread's CPU time: a busy machine does not refuse a good package."""

    def __init__(self, name: str, budget: float) -> None:
        self.name = name
        self.deadline = time.thread_time() + budget

    def check(self) -> None:
        if time.thread_time() > self.deadline:
            raise InvalidInput(
                Notice(
                    f"{self.name} is refused: it takes too long to read (too large or too complex)",
                    "package_read.refused_takes_too_long",
                    name=self.name,
                )
            )


def short(exc: BaseException) -> str:
    return short_text(str(exc) or type(exc).__name__)


def short_text(text: str) -> str:
    """A message cut to one short line: a refused value may be megabytes long."""
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "…"


def mb(count: int) -> str:
    return f"{count // (1024 * 1024)} MB"
