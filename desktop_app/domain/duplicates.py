"""Likely duplicates: two records that are probably the same person.

Used when a list is imported (each row against the directory) and when one person is
added by hand. "Likely" because a shared office mailbox or two officers of the same
name in one ministry happen: the officer decides, the app only points.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.person import Person

SAME_EMAIL = "same e-mail"
SAME_NAME_AND_ORGANIZATION = "same name and organisation"


def _norm(text: str) -> str:
    """Case, width, spacing and hyphens folded: "KIM Min-jun" and "Kim Minjun" are one key."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if char.isalnum())


def email_key(person: Person) -> str:
    return person.email.strip().casefold()


def name_keys(person: Person) -> set[tuple[str, str]]:
    """(name, organisation) pairs in either script, for names that are filled in."""
    organizations = {_norm(person.organization), _norm(person.organization_ko)} - {""}
    names = {_norm(person.name), _norm(person.name_ko)} - {""}
    return {(name, organization) for name in names for organization in organizations}


@dataclass(frozen=True)
class Match:
    known: Person
    reason: str  # SAME_EMAIL or SAME_NAME_AND_ORGANIZATION


class DuplicateIndex:
    """The directory indexed by e-mail and by name with organisation."""

    def __init__(self, people: Iterable[Person]) -> None:
        self._by_email: dict[str, list[Person]] = {}
        self._by_name: dict[tuple[str, str], list[Person]] = {}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        if key := email_key(person):
            self._by_email.setdefault(key, []).append(person)
        for pair in name_keys(person):
            self._by_name.setdefault(pair, []).append(person)

    def find(self, person: Person) -> list[Match]:
        """Known people who are probably ``person``; an e-mail match first. Never ``person`` itself."""
        found: dict[int, Match] = {}
        candidates = [(p, SAME_EMAIL) for p in self._by_email.get(email_key(person), [])] if person.email else []
        for pair in name_keys(person):
            candidates += [(p, SAME_NAME_AND_ORGANIZATION) for p in self._by_name.get(pair, [])]
        for known, reason in candidates:
            if known.id is not None and known.id != person.id:
                found.setdefault(known.id, Match(known, reason))
        return list(found.values())
