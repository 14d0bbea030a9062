"""The agendas of the large benchmark body: topical items with sub-items, and the drafts after them.

A first draft draws topics of the session's series (``topical_entries``); each later draft
rewords, adds, removes or moves one to three items (``derived_entries``), as negotiation does.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.demo_data.large_body_phrases import ASPECTS
from desktop_app.domain.attendance import Role


@dataclass
class AgendaEntry:
    """A line of a generated agenda: a bookend (key) or a topic with an aspect."""

    key: str
    topic: int = -1
    aspect: int = -1
    level: int = 0
    lead: str = ""
    minutes: int = 10


def topical_entries(rng: random.Random, topics: Sequence[int], sides: Sequence[str], count: int) -> list[AgendaEntry]:
    entries: list[AgendaEntry] = []
    while len(entries) < count:
        topic = rng.choice(topics)
        entries.append(
            AgendaEntry("", topic, rng.randrange(len(ASPECTS)), 0, rng.choice(sides), rng.choice((15, 20, 25, 30)))
        )
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            if len(entries) < count:
                entries.append(
                    AgendaEntry("", topic, rng.randrange(len(ASPECTS)), 1, entries[-1].lead, rng.choice((5, 10)))
                )
    return entries


def derived_entries(
    rng: random.Random, previous: list[AgendaEntry], topics: Sequence[int], sides: Sequence[str]
) -> list[AgendaEntry]:
    """The next draft: an item reworded, added, removed or moved (one to three changes)."""
    entries = [AgendaEntry(e.key, e.topic, e.aspect, e.level, e.lead, e.minutes) for e in previous]
    for _ in range(rng.randint(1, 3)):
        change = rng.choice(("reword", "add", "remove", "move"))
        if change == "reword" and entries:
            entry = rng.choice(entries)
            entry.aspect = rng.randrange(len(ASPECTS))
        elif change == "add" or len(entries) < 4:
            entries.insert(rng.randint(0, len(entries)), topical_entries(rng, topics, sides, 1)[0])
        elif change == "remove":
            del entries[rng.randrange(len(entries))]
        else:
            a, b = rng.sample(range(len(entries)), 2)
            entries[a], entries[b] = entries[b], entries[a]
    if entries and entries[0].level:
        entries[0].level = 0
    return entries


def presenter(rng: random.Random, members: Sequence[tuple[int, Role]], wanted: str = "any") -> int | None:
    """The head, the deputy, or anyone who speaks for the delegation (not note-takers or interpreters)."""
    if not members:
        return None
    if wanted == "head":
        return members[0][0]
    if wanted == "deputy" and len(members) > 1:
        return members[1][0]
    speaking = [person for person, role in members if role in (Role.HEAD, Role.DEPUTY, Role.MEMBER)]
    return rng.choice(speaking or [members[0][0]])
