"""Frame-time measurements in the real window, each against a bare Qt baseline in the same process and loop.

Run by the harness as a child (``python -m benchmarks.gui_bench DATABASE ROUNDS``, offscreen);
it prints one JSON object: for each measurement, the app's and the baseline's median
milliseconds per round.

- People filter, keystroke to repaint: typing "park min" and erasing it in the People view's
  filter (5,000+ people), each key delivered with QTest and the table repainted
  synchronously, as the next frame would. Baseline: a bare ``QListView`` over a
  ``QStringListModel`` of the same names behind a ``QSortFilterProxyModel``.
- Sessions filter, the same on the Sessions list (1,000+ sessions); baseline over the titles.
- Month change in the calendar: ``CalendarView.show_month`` across 24 months and a repaint of
  the grid. Baseline: ``QCalendarWidget.setCurrentPage`` and its repaint.
- Search box, keystroke to results painted: typing "joint exercises" and "연합연습" into the
  window's search box; the popup repainted. Baseline: the bare filter list, per keystroke.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit, QListView, QVBoxLayout, QWidget

TYPED = "park min"  # then erased key by key
SESSION_TYPED = "senior"


class BareFilterList(QWidget):
    """The least a filterable list can do: a line edit, a proxy, a list view."""

    def __init__(self, strings: list[str]) -> None:
        super().__init__()
        self.model = QStringListModel(strings)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view)
        self.resize(1200, 760)


def _typing(edit: QLineEdit, text: str, repaint: Callable[[], None]) -> list[float]:
    """Milliseconds from each key to the repainted view: ``text`` typed, then erased."""
    timings = []
    keys: list[str | Qt.Key] = [*text, *([Qt.Key.Key_Backspace] * len(text))]
    for key in keys:
        began = time.perf_counter()
        if isinstance(key, str):
            QTest.keyClick(edit, key)
        else:
            QTest.keyClick(edit, key)
        repaint()
        timings.append((time.perf_counter() - began) * 1000)
    QApplication.processEvents()
    return timings


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def main(argv: list[str]) -> int:
    database, rounds = Path(argv[0]), int(argv[1])
    app = QApplication.instance() or QApplication(["gui_bench"])

    from desktop_app import clock
    from desktop_app.services.workspace import Workspace
    from desktop_app.ui.shell.main_window import MainWindow

    settings = QSettings(str(database.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    window = MainWindow(Workspace.open(database), settings)
    window.resize(1400, 860)
    window.show()
    _settle()

    people = window.views["people"]
    window.show_view("people")
    people.show_retired.setChecked(True)  # type: ignore[attr-defined]  # all 5,000+, retired ones too
    _settle()
    names = [people.person_model.person(row).name for row in range(people.person_model.rowCount())]  # type: ignore[attr-defined]
    bare_people = BareFilterList(names)
    bare_people.show()
    titles = [
        window.sessions_view.session_model.record(row).title
        for row in range(window.sessions_view.session_model.rowCount())
    ]
    bare_sessions = BareFilterList(titles)
    bare_sessions.show()
    bare_calendar = QCalendarWidget()
    bare_calendar.resize(1200, 760)
    bare_calendar.show()
    _settle()

    calendar = window.views["calendar"]
    window.show_view("calendar")
    _settle()
    first = clock.today().replace(day=1)
    months = [
        ((first.year * 12 + first.month - 1 - n) // 12, (first.year * 12 + first.month - 1 - n) % 12 + 1)
        for n in range(1, 25)
    ]
    calendar.show_month(*months[0])  # type: ignore[attr-defined]  # warm the holiday tables

    box = window.search_box

    def searched() -> None:
        box.run()  # what the box's zero-delay timer does right after the key, done now to time it
        box.popup.list.viewport().repaint()

    results: dict[str, list[float]] = {
        key: []
        for key in (
            "people_app", "people_bare", "people_count",
            "sessions_app", "sessions_bare", "sessions_count",
            "month_app", "month_bare",
            "searchbox_app", "searchbox_bare",
        )
    }  # fmt: skip
    for _ in range(rounds):
        # People
        window.show_view("people")
        _settle()
        edit = people.filter_edit  # type: ignore[attr-defined]
        viewport = people.table.viewport()  # type: ignore[attr-defined]
        results["people_bare"].append(
            statistics.median(_typing(bare_people.edit, TYPED, bare_people.view.viewport().repaint))
        )
        results["people_app"].append(statistics.median(_typing(edit, TYPED, viewport.repaint)))
        results["people_count"].append(float(people.person_model.rowCount()))  # type: ignore[attr-defined]

        # Sessions
        window.show_view("sessions")
        _settle()
        sessions = window.sessions_view
        results["sessions_bare"].append(
            statistics.median(_typing(bare_sessions.edit, SESSION_TYPED, bare_sessions.view.viewport().repaint))
        )
        results["sessions_app"].append(
            statistics.median(_typing(sessions.filter_edit, SESSION_TYPED, sessions.table.viewport().repaint))
        )
        results["sessions_count"].append(float(sessions.session_model.rowCount()))

        # Calendar month change
        window.show_view("calendar")
        _settle()
        app_times, bare_times = [], []
        for year, month in months:
            began = time.perf_counter()
            bare_calendar.setCurrentPage(year, month)
            bare_calendar.repaint()
            bare_times.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            calendar.show_month(year, month)  # type: ignore[attr-defined]
            calendar.month_grid.repaint()  # type: ignore[attr-defined]
            app_times.append((time.perf_counter() - began) * 1000)
        results["month_app"].append(statistics.median(app_times))
        results["month_bare"].append(statistics.median(bare_times))

        # The search box: each key runs the search (the box's zero-delay timer fires) and the popup repaints.
        window.focus_search()
        typed = _typing(window.search, "joint exercises", searched)
        window.search.clear()
        window.search.insert("연합연습")  # Hangul arrives committed from the input method
        began = time.perf_counter()
        searched()
        typed.append((time.perf_counter() - began) * 1000)
        window.search.clear()
        box.close_popup()
        results["searchbox_app"].append(statistics.median(typed))
        results["searchbox_bare"].append(
            statistics.median(_typing(bare_people.edit, "joint exercises", bare_people.view.viewport().repaint))
        )
    window.close()
    app.processEvents()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
