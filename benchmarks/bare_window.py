"""The baseline for start-up: a bare PySide6 window, timed from process start to its first paint.

A ``QMainWindow`` with a table of a few rows in it (the least a list window is), shown, quit
after its first paint.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from desktop_app.process_clock import milliseconds_since_process_start


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"startup_ms={milliseconds_since_process_start():.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1200, 800)
    model = QStandardItemModel(0, 4, window)
    for row in range(20):
        model.appendRow([QStandardItem(f"row {row} column {column}") for column in range(4)])
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
