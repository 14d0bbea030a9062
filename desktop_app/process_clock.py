"""Time since this process started, read from the OS rather than from our first line of code.

Start-up is measured from process start so that the interpreter's own start and every
import count, the way a user waits for them.
"""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


# More than this between process start and our first import means the two clocks disagree (a
# shifted or jumped boot clock, as under libfaketime), not that the interpreter was that slow.
_MOST_BEFORE_IMPORT_MS = 60_000


def milliseconds_since_process_start() -> float:
    """On Linux from /proc (10 ms resolution); elsewhere since this module was first imported."""
    since_import = (time.monotonic() - _IMPORTED_AT) * 1000
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_after_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5)
        since_start = (time.clock_gettime(time.CLOCK_BOOTTIME) - started_after_boot) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return since_import
    plausible = since_import - 20 <= since_start <= since_import + _MOST_BEFORE_IMPORT_MS  # 20: tick rounding
    return since_start if plausible else since_import
