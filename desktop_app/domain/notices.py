"""Sentences the core says (warnings, problems) that also say what they are, so the window can word them.

The core has no interface language: the command line prints its English, and tests read it. A
``Notice`` is that English sentence — a ``str``, so every caller that joins, prints or matches
warnings keeps working — carrying a ``code`` and the values it was made of (dates, side codes,
names), from which the window writes the same sentence in Korean::

    >>> notice = Notice("on a weekend in Seoul: Sat 16 Oct 2027 10:00 KST", "weekend", place="Seoul")
    >>> notice, notice.code, notice.params["place"]
    ('on a weekend in Seoul: Sat 16 Oct 2027 10:00 KST', 'weekend', 'Seoul')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class Notice(str):
    """An English sentence with its ``code`` and ``params`` (see the module's docstring)."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, english: str, code: str, **params: Any) -> Notice:
        made = super().__new__(cls, english)
        made.code = code
        made.params = dict(params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the code and values
        return (_rebuild, (str(self), self.code, dict(self.params)))


def _rebuild(english: str, code: str, params: dict[str, Any]) -> Notice:
    return Notice(english, code, **params)


def joined(parts: Sequence[str], separator: str = "; ") -> Notice:
    """Sentences said as one; each keeps its code, so the window words each of them."""
    return Notice(separator.join(parts), "joined", parts=tuple(parts), separator=separator)


def and_more(count: int) -> str:
    """ " (and 3 more)" after the first of several problems named; nothing when there are no more."""
    return Notice(f" (and {count} more)", "and_more", count=count) if count > 0 else ""


def said(exc: BaseException) -> str:
    """What ``exc`` says, still a Notice when it was raised with one (``str(exc)`` keeps only the English)."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Notice) else str(exc)
