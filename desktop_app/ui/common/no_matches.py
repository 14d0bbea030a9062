"""The line a filtered list shows when its filter hides every row, with the way back one click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class NoMatchesBar(QWidget):
    """ "Nothing matches “…”." and **Clear the filter**, shown only while the filter hides every row."""

    def __init__(self, filter_edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("no_matches")
        self._filter_edit = filter_edit
        self.label = QLabel()
        self.clear_button = QPushButton(self.tr("Clear the filter"))
        self.clear_button.clicked.connect(filter_edit.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 8, 4, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def update_for(self, shown: int, total: int) -> None:
        """Show the line when something is typed, the list has rows, and none of them is shown."""
        typed = self._filter_edit.text().strip()
        none_left = bool(typed) and shown == 0 and total > 0
        if none_left:
            self.label.setText(self.tr("Nothing matches “{0}”.").format(typed))
        self.setVisible(none_left)


def follow(bar: NoMatchesBar, shown: Callable[[], int], total: Callable[[], int]) -> Callable[..., None]:
    """A slot that updates ``bar`` from the two counts, for any signal that changes them."""
    return lambda *_args: bar.update_for(shown(), total())
