"""Ids that change under the undo stack.

Undoing an "add" and redoing it, or undoing a new draft and redoing it, writes the rows
again, and the database may give them new ids. Commands keep the ids they were created
with and ask this map for the ids in use now.
"""

from __future__ import annotations

from collections.abc import Iterable


class _Chain:
    def __init__(self) -> None:
        self._next: dict[int, int] = {}

    def now(self, old: int) -> int:
        while old in self._next:
            old = self._next[old]
        return old

    def moved(self, pairs: Iterable[tuple[int, int]]) -> None:
        for old, new in pairs:
            old = self.now(old)
            if old == new:
                continue
            self._next.pop(new, None)  # ``new`` is a live id again: it leads nowhere else
            self._next[old] = new


class IdMap:
    """``item(id)`` and ``version(id)`` give the id in use now for an id a command remembers."""

    def __init__(self) -> None:
        self._items = _Chain()
        self._versions = _Chain()

    def item(self, item_id: int) -> int:
        return self._items.now(item_id)

    def version(self, version_id: int) -> int:
        return self._versions.now(version_id)

    def items_moved(self, pairs: Iterable[tuple[int, int]]) -> None:
        self._items.moved(pairs)

    def version_moved(self, old: int, new: int) -> None:
        self._versions.moved([(old, new)])
