"""What changed between two agenda versions: items added, removed, moved and reworded.

Items have no identity across versions: a counter-draft is typed or imported afresh on the
other side. So items are matched by their titles, in English and in Korean, with a
similarity score: an item survives a reworded title as long as one language stays close.
Korean is compared syllable by syllable with spaces removed, because Korean spacing and
particles vary between drafters ("북한 핵문제" / "북한의 핵 문제") while the words stay.

Moves are found with a longest increasing subsequence over the matched items, so that
one item moved up the list is one move, not "everything after it moved".
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.agenda import INTERNAL_ITEM_FIELDS, AgendaItem

MATCH_THRESHOLD = 0.6  # below this two titles are different items, not one reworded …
GAP_MATCH_THRESHOLD = 0.35  # … unless they stand in the same place between unchanged items
SHARED_DIFF_FIELDS = ("title", "title_ko", "description", "minutes", "lead_side", "presenter", "level")
INTERNAL_DIFF_FIELDS = INTERNAL_ITEM_FIELDS

# A token is a word (Hangul eojeol, Latin word, number) or one punctuation mark, with the
# whitespace after it; joined together the tokens give back the text exactly.
_TOKEN = re.compile(r"^\s+|\w+\s*|[^\w\s]\s*")


@dataclass(frozen=True)
class WordOp:
    op: str  # "equal", "delete" (only in the old text) or "insert" (only in the new)
    text: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str
    words: tuple[WordOp, ...]


@dataclass(frozen=True)
class MovedItem:
    old: AgendaItem
    new: AgendaItem


@dataclass(frozen=True)
class ChangedItem:
    old: AgendaItem
    new: AgendaItem
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class AgendaDiff:
    added: tuple[AgendaItem, ...]  # in the new version's order
    removed: tuple[AgendaItem, ...]  # in the old version's order
    moved: tuple[MovedItem, ...]
    changed: tuple[ChangedItem, ...]
    pairs: tuple[tuple[AgendaItem, AgendaItem], ...]  # every matched (old, new), in the new order

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed)

    def side_by_side(self) -> list[tuple[AgendaItem | None, AgendaItem | None]]:
        """Rows for a two-column view: (old, new), (None, added) or (removed, None).

        Follows the new order; a removed item shows just before the first item that
        followed it in the old version.
        """
        old_of = {new.position: old for old, new in self.pairs}  # positions are unique in a version
        removed = sorted(self.removed, key=lambda item: item.position)
        rows: list[tuple[AgendaItem | None, AgendaItem | None]] = []
        for new in sorted([*self.added, *(new for _, new in self.pairs)], key=lambda item: item.position):
            old = old_of.get(new.position)
            if old is not None:
                while removed and removed[0].position < old.position:
                    rows.append((removed.pop(0), None))
            rows.append((old, new))
        rows.extend((item, None) for item in removed)
        return rows


# -- matching --------------------------------------------------------------------------


def _compact(text: str) -> str:
    """Case, width, spacing and punctuation removed: what a title says, not how it is typed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _words(text: str) -> list[str]:
    return [token.strip() for token in _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()) if token.strip()]


def _ratio(a: Sequence[str] | str, b: Sequence[str] | str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def title_similarity(old: AgendaItem, new: AgendaItem) -> float:
    """1.0 for the same title in either language; the best of both languages otherwise.

    Characters catch a reworded Korean title and small English edits; words catch English
    titles whose words were reordered ("Cyber cooperation" / "Cooperation on cyber").
    """
    best = 0.0
    for name in ("title", "title_ko"):
        a, b = _compact(getattr(old, name)), _compact(getattr(new, name))
        if not a or not b:
            continue
        if a == b:
            return 1.0
        words_a, words_b = sorted(_words(getattr(old, name))), sorted(_words(getattr(new, name)))
        best = max(best, _ratio(a, b), _ratio(words_a, words_b))
    return best


def _claim(
    old: Sequence[AgendaItem], new: Sequence[AgendaItem], olds: Iterable[int], news: Iterable[int], threshold: float
) -> list[tuple[int, int]]:
    """Greedy pairing of the given indices, best score first; ties to the nearest positions."""
    news = list(news)
    candidates = []
    for i in olds:
        for j in news:
            score = title_similarity(old[i], new[j])
            if score >= threshold:
                candidates.append((-score, abs(i - j), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return pairs


def match_items(old: Sequence[AgendaItem], new: Sequence[AgendaItem]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) of the same item, sorted by old index.

    First the clear matches anywhere in the lists. Then, between two items that kept their
    order, what was left on both sides in the same gap is paired at a lower threshold: an
    item in the same place whose title was largely rewritten ("Opening remarks by the
    heads of delegation" → "Welcome and opening statements") is a rewording, not a
    removal and an addition.
    """
    by_lineage = {item.lineage: j for j, item in enumerate(new) if item.lineage}
    same = sorted((i, by_lineage[item.lineage]) for i, item in enumerate(old) if item.lineage in by_lineage)
    if same:  # one item across versions: its lineage says so; titles only pair what is left
        olds = [i for i in range(len(old)) if i not in {i for i, _ in same}]
        news = [j for j in range(len(new)) if j not in {j for _, j in same}]
        return sorted(same + _claim(old, new, olds, news, MATCH_THRESHOLD))
    pairs = _claim(old, new, range(len(old)), range(len(new)), MATCH_THRESHOLD)
    pairs.sort()
    kept = longest_increasing([j for _, j in pairs])
    anchors = [(-1, -1), *(pair for k, pair in enumerate(pairs) if k in kept), (len(old), len(new))]
    matched_old, matched_new = {i for i, _ in pairs}, {j for _, j in pairs}
    for (i0, j0), (i1, j1) in itertools.pairwise(anchors):
        olds = [i for i in range(i0 + 1, i1) if i not in matched_old]
        news = [j for j in range(j0 + 1, j1) if j not in matched_new]
        if olds and news:
            pairs += _claim(old, new, olds, news, GAP_MATCH_THRESHOLD)
    return sorted(pairs)


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices into ``values`` of one longest strictly increasing subsequence (O(n log n))."""
    tails: list[int] = []  # tails[k]: the smallest last value of an increasing run of length k+1
    tail_index: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[k] = value
            tail_index[k] = index
        previous[index] = tail_index[k - 1] if k > 0 else -1
    kept: set[int] = set()
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return kept


# -- word-level changes ----------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(token: str) -> str:
    return unicodedata.normalize("NFC", token.strip())


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Runs of equal, deleted and inserted words (Hangul split on spaces, punctuation apart).

    Equal and inserted runs give back the new text exactly; equal and deleted runs give
    the old words, spaced as in the new text where the two agree.
    """
    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            ops.append(WordOp("delete", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(WordOp("insert", "".join(b[j1:j2])))
    return tuple(ops)


def _same_words(old: str, new: str) -> bool:
    """Equal but for spacing at the ends or between words: not worth showing as a change."""
    return [_key(t) for t in _tokens(old) if t.strip()] == [_key(t) for t in _tokens(new) if t.strip()]


def field_text(item: AgendaItem, name: str, presenters: Mapping[int, str]) -> str:
    """A field as the comparison shows it: the presenter's name, the level in words."""
    if name == "presenter":
        if item.presenter_id is None:
            return ""
        return presenters.get(item.presenter_id, f"person {item.presenter_id}")
    if name == "level":
        return "sub-item" if item.level else "item"
    return str(getattr(item, name))


def field_changes(
    old: AgendaItem, new: AgendaItem, names: Sequence[str], presenters: Mapping[int, str]
) -> tuple[FieldChange, ...]:
    changes = []
    for name in names:
        before, after = field_text(old, name, presenters), field_text(new, name, presenters)
        if not _same_words(before, after):
            changes.append(FieldChange(name, before, after, word_diff(before, after)))
    return tuple(changes)


# -- the comparison --------------------------------------------------------------------


def diff_agendas(
    old: Sequence[AgendaItem],
    new: Sequence[AgendaItem],
    *,
    presenters: Mapping[int, str] | None = None,
    include_internal: bool = False,
) -> AgendaDiff:
    """Compare two versions' items (each in its order). Internal fields only when asked:
    the comparison is what the other side changed, and is shown to them too."""
    old = sorted(old, key=lambda item: item.position)
    new = sorted(new, key=lambda item: item.position)
    names = SHARED_DIFF_FIELDS + (INTERNAL_DIFF_FIELDS if include_internal else ())
    pairs = match_items(old, new)  # sorted by old index
    kept = longest_increasing([j for _, j in pairs])
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    moved, changed = [], []
    for k, (i, j) in enumerate(pairs):
        if k not in kept:
            moved.append(MovedItem(old[i], new[j]))
        changes = field_changes(old[i], new[j], names, presenters or {})
        if changes:
            changed.append(ChangedItem(old[i], new[j], changes))
    by_new = sorted(pairs, key=lambda pair: pair[1])
    return AgendaDiff(
        added=tuple(item for j, item in enumerate(new) if j not in matched_new),
        removed=tuple(item for i, item in enumerate(old) if i not in matched_old),
        moved=tuple(sorted(moved, key=lambda m: m.new.position)),
        changed=tuple(sorted(changed, key=lambda c: c.new.position)),
        pairs=tuple((old[i], new[j]) for i, j in by_new),
    )
