"""The sample body's briefs: purpose, objectives, messages and logistics for its next sessions,
and our aim on their main items, so that a new user's first packet reads like a real one.

Called by ``services.demo.fill_sample_body`` inside its transaction, after the sessions are written.
Everything here is fictional, like the rest of the sample body.
"""

from __future__ import annotations

import sqlite_utils

from desktop_app.briefing.brief import SessionBrief
from desktop_app.storage import brief_repository

_BRIEFS: dict[str, SessionBrief] = {
    "8th session: senior officials on the roadmap text": SessionBrief(
        purpose="Close the last bracketed paragraphs of the roadmap text so that ministers can adopt it in the "
        "spring, and keep the humanitarian track moving.",
        objectives="Agree the verification paragraph with the IAEA's role named\n"
        "A thirty-day working target for humanitarian exemption requests\n"
        "A joint readout released in both capitals on the day",
        key_messages="The roadmap is ready for ministers once verification is settled.\n"
        "Sanctions and humanitarian relief go together; neither waits for the other.\n"
        "We stand ready to resume dialogue with the North at any level.",
        their_asks="Stronger language on ship-to-ship transfers in the readout.\n"
        "A date for the trilateral meeting with Japan.\n"
        "Advance sight of our public messaging on the exercise.",
        deliverables="Agreed roadmap text (verification paragraph)\nJoint readout\nDate of the next session",
        prebrief="Delegation pre-brief at the Embassy, 08:00, with the Ambassador.",
        drafted_by="KANG Hyun-woo, North America Policy Division",
        cleared_by="Director-General, North American Affairs Bureau",
        arrival="Visitor entrance on C Street; the control officer meets the delegation at 09:30.",
        room="Room 6320, Harry S Truman Building",
        interpretation="Consecutive, Korean–English; interpreters from both sides.",
        press="Closed to press; photo spray at the top of the meeting. Joint readout at 17:00 EST.",
        control_officer="Sarah Okafor, Korea Desk (+1 202 555 0142)",
    ),
    "9th session: humanitarian channel and resuming dialogue": SessionBrief(
        purpose="Put the humanitarian channel on a working footing before the Lunar New Year, and agree how "
        "and when to offer talks to the North.",
        objectives="Agree monitoring standards for the health and nutrition projects\n"
        "Agree the sequence of the offer of talks\n"
        "Keep sanctions enforcement after the humanitarian item on the agenda",
        key_messages="Humanitarian work is not a concession; it is the right thing and it builds trust.\n"
        "Monitoring with on-site access is our standard, as it is theirs.\n"
        "Enforcement continues in full; exemptions are handled case by case, quickly.",
        their_asks="Sanctions enforcement before the humanitarian item.\n"
        "Our support for new designations on ship-to-ship transfers.\n"
        "A trilateral statement with Japan.",
        deliverables="Monitoring standards paper\nJoint readout\nNext steps on the offer of talks",
        prebrief="Pre-brief with the Special Representative, 08:30, Minister's conference room.",
        drafted_by="KANG Hyun-woo, North America Policy Division",
        arrival="Delegation met at the main gate of the Ministry from 09:15; passes at reception.",
        room="Conference Room 1, 11th floor, Ministry of Foreign Affairs",
        interpretation="Consecutive; ROK interpreter leads, US interpreter checks.",
        press="Closed; joint readout agreed by the note-takers before release.",
        control_officer="YOON Ha-eun, North America Policy Division (+82 2 555 0117)",
    ),
}

_AIMS: dict[str, dict[str, str]] = {
    "8th session: senior officials on the roadmap text": {
        "Denuclearization roadmap: verification arrangements and the IAEA's role": "Close the verification "
        "paragraph with the IAEA named; settle for a reference to 'international verification' only as a "
        "last resort.",
        "Humanitarian assistance and sanctions exemptions": "A thirty-day target for exemption requests.",
        "Press handling and joint readout": "A joint readout released in both capitals on the day.",
    },
    "9th session: humanitarian channel and resuming dialogue": {
        "Humanitarian assistance: health and nutrition projects": "Agreement on monitoring standards with "
        "on-site access, and a start date for the first two projects.",
        "Sanctions implementation and enforcement": "Reaffirm full enforcement without letting the item "
        "displace the humanitarian one.",
        "Resuming dialogue with the North: channels and incentives": "Agree that the offer of talks goes "
        "first through the UN channel, before any public statement.",
    },
}


def insert_sample_briefs(db: sqlite_utils.Database) -> int:
    """Write the sample briefs and aims for the sessions that exist; returns the briefs written."""
    written = 0
    for title, brief in _BRIEFS.items():
        for (session_id,) in db.execute("SELECT id FROM sessions WHERE title = ?", [title]).fetchall():
            brief_repository.save_brief(db, session_id, brief)
            written += 1
            for item_id, item_title in db.execute(
                "SELECT i.id, i.title FROM agenda_items i JOIN agenda_versions v ON v.id = i.version_id "
                "WHERE v.session_id = ?",
                [session_id],
            ).fetchall():
                aim = _AIMS.get(title, {}).get(item_title)
                if aim:
                    brief_repository.save_aim(db, item_id, aim)
    return written
