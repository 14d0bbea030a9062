"""The rows of the results popup: a heading for each kind, then its hits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.search import RANK_LIMIT, SearchHit, SearchResults
from desktop_app.ui.common.i18n import translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a row; None on a heading
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a heading

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "session": translate("SearchResults", "Sessions"),
        "agenda_item": translate("SearchResults", "Agenda items"),
        "outcome": translate("SearchResults", "Outcomes"),
        "action": translate("SearchResults", "Action items"),
        "person": translate("SearchResults", "People"),
    }
    return labels[kind]


def heading_text(kind: str, shown: int, matched: int) -> str:
    label = kind_label(kind)
    if matched > RANK_LIMIT:
        text = translate("SearchResults", "{0} · {1} of more than {2}, newest first")
        return text.format(label, shown, f"{RANK_LIMIT:,}")
    if matched > shown:
        return translate("SearchResults", "{0} · {1} of {2}").format(label, shown, f"{matched:,}")
    return label


class SearchResultsModel(QAbstractListModel):
    """Read-only; replaced whole on each keystroke (a few dozen rows)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, SearchHit | None]] = []  # (heading text, None) or ("", hit)

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._rows = []
        if results is not None:
            for kind, hits in results.by_kind().items():
                self._rows.append((heading_text(kind, len(hits), results.matched.get(kind, len(hits))), None))
                self._rows += [("", hit) for hit in hits]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def hit_count(self) -> int:
        return sum(1 for _, hit in self._rows if hit is not None)

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][1] is None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        heading, hit = self._rows[index.row()]
        if role == HEADING_ROLE:
            return hit is None
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return heading if hit is None else hit.title
        if role == Qt.ItemDataRole.ToolTipRole and hit is not None:
            return hit.context
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and hit is not None:
            return f"{hit.snippet_text} — {hit.context}"
        return None

    def next_hit_row(self, row: int, step: int) -> int | None:
        """The nearest row with a hit from ``row`` in direction ``step`` (+1 down, -1 up)."""
        row += step
        while 0 <= row < len(self._rows):
            if not self.is_heading(row):
                return row
            row += step
        return None
