"""Filtering the directory as the officer types, and sorting it by any column.

Pure and Qt-free so the GUI's proxy model and the CLI share it. The work is done once
per person when the list is loaded (a folded "haystack" of every field), so a keystroke
costs one substring test per person: a few milliseconds for 5,000 people.

Matching follows ``text_filter``: Hangul-aware folding (jamo, initials, the syllable still being
composed), and every word typed must match somewhere, in any field, in any order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

from desktop_app.domain.person import Person
from desktop_app.domain.text_filter import SEP, Term, fold, initials

__all__ = ["SEARCHED_FIELDS", "PeopleFilter", "fold", "haystack", "initials", "sort_key", "sort_people"]

# Fields searched, in the order they are laid into the haystack: on our own desk the notes too.
SEARCHED_FIELDS = (*Person.SHAREABLE_FIELDS, "internal_notes")

_NOT_DIGITS = re.compile(r"\D+")


def haystack(person: Person, side_names: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The folded text of every field of ``person`` and the initials of its Hangul."""
    values = [getattr(person, name) for name in SEARCHED_FIELDS]
    if side_names and person.side in side_names:
        values.append(side_names[person.side])
    digits = _NOT_DIGITS.sub("", person.phone)
    if digits:
        values.append(digits)  # "0101234" finds "010-1234-5678"
    text = SEP.join(value for value in values if value)
    return fold(text), initials(f"{person.name_ko} {person.title_ko} {person.organization_ko}")


class PeopleFilter:
    """Rows of a people list that match what was typed, answered fast enough for every keystroke.

    Rows are positions in the list given (the GUI's source rows). After an edit, ``replace``
    one row rather than rebuilding. A query that extends the previous one (the usual case
    while typing) only searches the rows the previous one matched.

    >>> f = PeopleFilter(people)  # doctest: +SKIP
    >>> f.rows("kim 외교")  # doctest: +SKIP
    [0, 7, 12]
    """

    def __init__(self, people: Iterable[Person] = (), side_names: Mapping[str, str] | None = None) -> None:
        self._side_names = dict(side_names or {})
        self._people: list[Person] = []
        self._hay: list[str] = []
        self._initials: list[str] = []
        self.set_people(people)

    def set_people(self, people: Iterable[Person]) -> None:
        self._people = list(people)
        pairs = [haystack(person, self._side_names) for person in self._people]
        self._hay = [pair[0] for pair in pairs]
        self._initials = [pair[1] for pair in pairs]
        self._forget()

    def replace(self, row: int, person: Person) -> None:
        self._people[row] = person
        self._hay[row], self._initials[row] = haystack(person, self._side_names)
        self._forget()

    def append(self, person: Person) -> int:
        self._people.append(person)
        hay, inits = haystack(person, self._side_names)
        self._hay.append(hay)
        self._initials.append(inits)
        self._forget()
        return len(self._people) - 1

    def _forget(self) -> None:
        self._last_terms: tuple[str, ...] = ()
        self._last_rows: list[int] | None = None

    def __len__(self) -> int:
        return len(self._people)

    def rows(self, query: str) -> list[int]:
        """Positions of the people matching ``query``, in list order; every row for a blank query."""
        folded_terms = tuple(fold(query).split())
        if not folded_terms:
            return list(range(len(self._people)))
        candidates: Iterable[int] = range(len(self._people))
        if self._last_rows is not None and _refines(folded_terms, self._last_terms):
            candidates = self._last_rows
        terms = [Term.parse(term) for term in folded_terms]
        hay, inits = self._hay, self._initials
        if len(terms) == 1:  # the common case, without the inner loop
            term = terms[0]
            found = [row for row in candidates if term.matches(hay[row], inits[row])]
        else:
            found = [row for row in candidates if all(t.matches(hay[row], inits[row]) for t in terms)]
        self._last_terms, self._last_rows = folded_terms, found
        return found

    def people(self, query: str) -> list[Person]:
        return [self._people[row] for row in self.rows(query)]


def _refines(terms: Sequence[str], previous: Sequence[str]) -> bool:
    """Whether every match of ``terms`` is sure to be a match of ``previous`` (it was typed on)."""
    if not previous or len(terms) < len(previous):
        return False
    return all(term.startswith(before) for term, before in zip(terms, previous, strict=False))


# -- sorting -------------------------------------------------------------------------------

SORTABLE_COLUMNS = (*SEARCHED_FIELDS[:-2], "retired", "id")


def sort_key(column: str) -> Callable[[Person], tuple[bool, str | int]]:
    """A key for sorting people by ``column``; empty values sort last (``sort_people`` keeps them last)."""
    if column not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort people by {column!r}")
    if column in ("retired", "id"):
        return lambda person: (False, int(getattr(person, column) or 0))
    # Hangul syllables are in dictionary order (가나다) by code point once composed (NFC).
    return lambda person: (
        not getattr(person, column),
        unicodedata.normalize("NFC", getattr(person, column).casefold()),
    )


def sort_people(people: Iterable[Person], column: str, *, descending: bool = False) -> list[Person]:
    """``people`` sorted by ``column``, ties by name then id; empty values last either way."""
    key = sort_key(column)
    by_name = sorted(people, key=lambda p: (p.name.casefold(), p.id or 0))
    filled = [person for person in by_name if not key(person)[0]]
    empty = [person for person in by_name if key(person)[0]]
    return sorted(filled, key=key, reverse=descending) + empty
