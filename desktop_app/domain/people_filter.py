"""Filtering the directory as the officer types, and sorting it by any column.

Pure and Qt-free so the GUI's proxy model and the CLI share it. The work is done once
per person when the list is loaded (a folded "haystack" of every field), so a keystroke
costs one substring test per person: a few milliseconds for 5,000 people.

Folding makes Hangul and roman letters behave alike:

- case, accents and full-width forms are folded (NFKD): "jose" finds "José", "ｋｉｍ" finds "Kim";
- Hangul syllables are split into jamo, so the syllable the input method is still composing
  matches: "김미" (on the way to "김민") already finds 김민준, and a final consonant that will
  become the next syllable's initial ("민" on the way to "미나") still matches 미나;
- a term of initial consonants only (초성 search, "ㄱㅁㅈ") matches the initials of names;
- every term must match somewhere (AND), in any field, in any order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.person import Person

# Fields searched, in the order they are laid into the haystack.
SEARCHED_FIELDS = (
    "name",
    "name_ko",
    "title",
    "title_ko",
    "organization",
    "organization_ko",
    "side",
    "email",
    "phone",
    "biography",
    "internal_notes",
)

# Between fields: a character no one types into a filter box, so a term never spans two fields.
_SEP = "\x00"
_MARKS = re.compile("[\u0300-\u036f]+")  # combining accents left by NFKD
_SYLLABLE_RUNS = re.compile("[\uac00-\ud7a3]+")
_SYLLABLES = (0xAC00, 0xD7A3)
_CHOSEONG = (0x1100, 0x1112)
_JONGSEONG_FIRST = 0x11A8
# Each final consonant (U+11A8…U+11C2) as it may be split when the next vowel is typed:
# (what stays as the final, the initial of the next syllable). Double finals keep their first half.
_FINAL_SPLITS = [
    ("", "ᄀ"), ("", "ᄁ"), ("ᆨ", "ᄉ"), ("", "ᄂ"), ("ᆫ", "ᄌ"), ("ᆫ", "ᄒ"), ("", "ᄃ"),
    ("", "ᄅ"), ("ᆯ", "ᄀ"), ("ᆯ", "ᄆ"), ("ᆯ", "ᄇ"), ("ᆯ", "ᄉ"), ("ᆯ", "ᄐ"), ("ᆯ", "ᄑ"),
    ("ᆯ", "ᄒ"), ("", "ᄆ"), ("", "ᄇ"), ("ᆸ", "ᄉ"), ("", "ᄉ"), ("", "ᄊ"), ("", "ᄋ"),
    ("", "ᄌ"), ("", "ᄎ"), ("", "ᄏ"), ("", "ᄐ"), ("", "ᄑ"), ("", "ᄒ"),
]  # fmt: skip
_NOT_DIGITS = re.compile(r"\D+")


def fold(text: str) -> str:
    """``text`` as the filter compares it: casefolded, NFKD, without accents, Hangul as jamo."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


def initials(text: str) -> str:
    """The initial consonant of each Hangul syllable, words apart: "김민준 외교부" → "ᄀᄆᄌ ᄋᄀᄇ"."""
    first = _CHOSEONG[0]
    return " ".join(
        "".join(chr(first + (ord(char) - _SYLLABLES[0]) // 588) for char in run) for run in _SYLLABLE_RUNS.findall(text)
    )


def _is_initials_only(term: str) -> bool:
    return all(_CHOSEONG[0] <= ord(char) <= _CHOSEONG[1] for char in term)


@dataclass(frozen=True)
class _Term:
    """One word of the query, with the forms it may match in."""

    variants: tuple[str, ...]
    initials_only: bool
    folded: str

    @classmethod
    def parse(cls, folded: str) -> _Term:
        variants = [folded]
        last = ord(folded[-1]) - _JONGSEONG_FIRST
        if 0 <= last < len(_FINAL_SPLITS):
            stays, initial = _FINAL_SPLITS[last]
            variants.append(folded[:-1] + stays + initial)
        return cls(tuple(variants), _is_initials_only(folded), folded)

    def matches(self, haystack: str, initials_haystack: str) -> bool:
        if self.initials_only and self.folded in initials_haystack:
            return True
        return any(variant in haystack for variant in self.variants)


def haystack(person: Person, side_names: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The folded text of every field of ``person`` and the initials of its Hangul."""
    values = [getattr(person, name) for name in SEARCHED_FIELDS]
    if side_names and person.side in side_names:
        values.append(side_names[person.side])
    digits = _NOT_DIGITS.sub("", person.phone)
    if digits:
        values.append(digits)  # "0101234" finds "010-1234-5678"
    text = _SEP.join(value for value in values if value)
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
        terms = [_Term.parse(term) for term in folded_terms]
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
