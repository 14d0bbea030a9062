"""Schema version 5: whether a session is held in person or by video is stored, not guessed.

Before, a session counted as video only when it had a link and no city, so a series' video
sessions without a link yet ("Video conference") were judged as meetings in the host's city:
no warning for a 20:00 video call in Washington. Existing rows take today's rule, plus the
venue line the series planner writes for a video occurrence.
"""

from __future__ import annotations

VIDEO_VENUE = "Video conference"  # what services.series writes as the venue of a video occurrence


def session_mode_statements() -> list[str]:
    return [
        """ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'in_person'
            CHECK (mode IN ('in_person', 'video'))""",
        f"""UPDATE sessions SET mode = 'video'
            WHERE venue_city = '' AND (video_link != '' OR venue_building = '{VIDEO_VENUE}')""",
    ]
