"""Matching what was typed against a row's text, Hangul-aware: the rule every filter box follows.

Folding makes Hangul and roman letters behave alike:

- case, accents and full-width forms are folded (NFKD): "jose" finds "José", "ｋｉｍ" finds "Kim";
- Hangul syllables are split into jamo, so the syllable the input method is still composing
  matches: "김미" (on the way to "김민") already finds 김민준, and a final consonant that will
  become the next syllable's initial ("민" on the way to "미나") still matches 미나;
- a term of initial consonants only (초성 search, "ㄱㅁㅈ") matches the initials of Hangul words;
- every term must match somewhere (AND), in any field, in any order.

A list folds each row's text once (``text_haystack``); a keystroke then costs one substring test
a term a row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Between fields: a character no one types into a filter box, so a term never spans two fields.
SEP = "\x00"
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
class Term:
    """One word of the query, with the forms it may match in."""

    variants: tuple[str, ...]
    initials_only: bool
    folded: str

    @classmethod
    def parse(cls, folded: str) -> Term:
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


def text_haystack(texts: Iterable[str]) -> tuple[str, str]:
    """The folded text of ``texts`` (kept apart, so a term never spans two) and the initials of its Hangul."""
    text = SEP.join(text for text in texts if text)
    return fold(text), initials(text)


class WordQuery:
    """What was typed into a filter box: every word must match, in any field, in any order.

    >>> WordQuery("humanitarian 2020").matches(*text_haystack(["Humanitarian access", "2020-03-09"]))
    True
    """

    def __init__(self, query: str) -> None:
        self.words = tuple(fold(query).split())
        self.terms = tuple(Term.parse(word) for word in self.words)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, haystack: str, initials_haystack: str) -> bool:
        return all(term.matches(haystack, initials_haystack) for term in self.terms)
