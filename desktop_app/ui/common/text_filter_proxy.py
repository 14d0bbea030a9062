"""A proxy that keeps the rows where every word typed is found, in any column, Hangul-aware.

The words are matched as the People filter matches them (``domain.text_filter``): case and
accents folded, a Hangul syllable still being composed already matching, initials (ㄱㅁㅈ),
every word somewhere in the row, in any order — "humanitarian 2020" finds the 2020 session on
humanitarian access.

``QSortFilterProxyModel``'s own fixed-string filter asks the model for every cell on every
keystroke: for a thousand sessions that is 8,000 calls into Python, 100 ms, each key. Here
each row's text is folded once after a reload and kept, so a keystroke costs one substring
test a word a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.domain.text_filter import WordQuery, text_haystack


class TextFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._query = WordQuery("")
        self._rows: list[tuple[str, str]] | None = None  # each source row's folded text and initials
        self._keys: dict[int, list[Any]] = {}  # column → each source row's sort key, read once per reload
        self._accepted: list[bool] | None = None  # each source row against the words, once per keystroke
        self.sourceModelChanged.connect(self._watch_source)

    def _watch_source(self) -> None:
        model = self.sourceModel()
        self._rows = None
        if model is None:
            return
        for signal in (
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.layoutAboutToBeChanged,
        ):
            signal.connect(self._forget)
        model.dataChanged.connect(self._changed)

    def set_filter_text(self, text: str) -> None:
        if text != self._needle:
            self._needle, self._query = text, WordQuery(text)
            self._refilter()

    def _refilter(self) -> None:
        self._accepted = None
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filter_text(self) -> str:
        return self._needle

    def _forget(self, *_args: object) -> None:
        self._rows, self._accepted = None, None
        self._keys.clear()

    def _changed(self, *_args: object) -> None:
        self._rows, self._accepted = None, None
        self._keys.clear()
        if self._needle:
            self._refilter()  # the proxy filtered the changed rows against the old text

    def _texts(self) -> list[tuple[str, str]]:
        model = self.sourceModel()
        if self._rows is None or len(self._rows) != model.rowCount():
            # A list model's columnCount is private in C++ (calling it crashes PySide): it has one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            display = Qt.ItemDataRole.DisplayRole
            self._rows = [
                text_haystack(str(model.index(row, column).data(display) or "") for column in range(columns))
                for row in range(model.rowCount())
            ]
        return self._rows

    def lessThan(
        self, source_left: QModelIndex | QPersistentModelIndex, source_right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """By the sort role's values, read once a column rather than twice a comparison."""
        column = source_left.column()
        keys = self._keys.get(column)
        model = self.sourceModel()
        if keys is None or len(keys) != model.rowCount():
            role = self.sortRole()
            keys = self._keys[column] = [model.index(row, column).data(role) for row in range(model.rowCount())]
        left, right = keys[source_left.row()], keys[source_right.row()]
        try:
            return bool(left < right)
        except TypeError:  # None beside a value: empty first, as Qt orders them
            return left is None and right is not None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query or source_parent.isValid():
            return True
        # Qt asks row by row; the words are matched against every row at the first ask, in one loop.
        accepted = self._accepted
        if accepted is None:
            matches = self._query.matches
            accepted = self._accepted = [matches(folded, initials) for folded, initials in self._texts()]
        return source_row < len(accepted) and accepted[source_row]


class SourceSortedProxy(TextFilterProxy):
    """Filters here, but leaves sorting to the source model (one that sorts in the database).

    Sorting in the proxy reads every row's key; a model that reads its rows a page at a time
    from the file (``SessionTableModel``) sorts by ``ORDER BY`` instead, and only a filter
    (which must look at every row) reads them all.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
