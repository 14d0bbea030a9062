"""The instant every test runs at: the app's clock is pinned here, so the suite passes on any date.

The sample body is dated relative to this day (its 9th session falls on 13 January 2027, its
11th on 16 March 2027); tests that build their own sessions date them relative to it or far
enough from it not to matter. Subprocesses inherit the pin through ``BRIEFING_DESK_NOW``.
"""

from __future__ import annotations

from datetime import UTC, datetime

PINNED_NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
PINNED_TODAY = PINNED_NOW.date()
