"""The search box at the top of the window: typing searches, the popup lists, Enter opens.

Keys in the box: Up/Down move through the results (headings are skipped), Enter opens
the selected result (the first when none is selected), Esc closes the popup (a second
Esc clears the box). A search runs from the event loop right after the keystroke, not
inside it, so keys typed during one are merged into the next: the box never lags the
fingers even if a search should ever take longer than a frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop_app.services.workspace import Workspace

if TYPE_CHECKING:  # the popup and the search service load with the first keystroke, not at start-up
    from desktop_app.services.search import SearchHit, SearchResults
    from desktop_app.ui.search.popup import SearchPopup

PER_KIND = 5


class SearchBox(QObject):
    """Wires ``edit`` (the window's search field) to the popup; emits ``hit_chosen(hit)`` to open one."""

    hit_chosen = Signal(object)
    session_chosen = Signal(int)  # "Open the session" on a result's right-click menu
    searched = Signal(object)  # the SearchResults shown, for tests and the benchmark

    def __init__(self, edit: QLineEdit, window: QWidget, workspace: Callable[[], Workspace]) -> None:
        super().__init__(window)
        self.edit = edit
        self.window = window
        self._workspace = workspace
        self.results: SearchResults | None = None
        self._popup: SearchPopup | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run)
        edit.setToolTip(
            self.tr(
                "Search sessions, agenda items, outcomes, action items and people, in Korean or English (Ctrl+K).\n"
                'Words match by their beginning; Korean also inside words; "quotes" keep a phrase; '
                "a year such as 2029 keeps that year's sessions."
            )
        )
        edit.textChanged.connect(self._timer.start)
        edit.installEventFilter(self)
        window.installEventFilter(self)

    @property
    def popup(self) -> SearchPopup:
        if self._popup is None:
            from desktop_app.ui.search.popup import SearchPopup

            self._popup = SearchPopup(self.window)
            self._popup.chosen.connect(self._choose)
            self._popup.session_chosen.connect(self._choose_session)
            self._popup.menu_closed.connect(lambda: QTimer.singleShot(0, self._hide_unless_focused))
        return self._popup

    @property
    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    # -- searching -----------------------------------------------------------------------
    def run(self) -> None:
        """Search for what the box says now and show the popup (hidden when the box is empty)."""
        self._timer.stop()
        text = self.edit.text()
        if not text.strip():
            self.results = None
            if self._popup is not None:
                self._popup.model.set_results(None)
                self._popup.hide()
            return
        from desktop_app.services.search import search

        self.results = search(self._workspace(), text, per_kind=PER_KIND)
        self.popup.model.set_results(self.results)
        count = self.popup.model.hit_count()
        if count:
            footer = self.tr("{0} ms · ↑↓ to choose · Enter opens · Esc closes")
            self.popup.footer.setText(footer.format(f"{self.results.elapsed_ms:.0f}"))
        else:
            self.popup.footer.setText(self.tr("Nothing found for “{0}”").format(text.strip()))
        self.popup.select_row(self.popup.model.next_hit_row(-1, 1))
        self.popup.place_under(self.edit)
        self.popup.show()
        self.searched.emit(self.results)

    def close_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def _choose(self, hit: SearchHit) -> None:
        self.close_popup()
        self.hit_chosen.emit(hit)

    def _choose_session(self, session_id: int) -> None:
        self.close_popup()
        self.session_chosen.emit(session_id)

    def open_current(self) -> bool:
        if self._timer.isActive():
            self.run()  # Enter right after typing: open what was typed, not what was shown before
        hit = self.popup.current_hit() if self.popup_visible else None
        if hit is None:
            return False
        self._choose(hit)
        return True

    # -- the keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.popup_visible:
                self.popup.place_under(self.edit)
            return False
        if event.type() == QEvent.Type.FocusOut and not self.edit.hasFocus():
            QTimer.singleShot(0, self._hide_unless_focused)  # a click in the list keeps it open
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup_visible and self.edit.text().strip():
                self.run()
            else:
                self.popup.move(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            if self.popup_visible:
                self.close_popup()
            else:
                self.edit.clear()
            return True
        return False

    def _hide_unless_focused(self) -> None:
        if not self.edit.hasFocus() and QApplication.activePopupWidget() is None:  # a result's menu is open
            self.close_popup()
