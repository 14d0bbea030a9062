"""Start the GUI: the QApplication, the database, the main window, and a clean exit."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError
from desktop_app.services.workspace import open_default_workspace
from desktop_app.ui import dialogs
from desktop_app.ui.crash import CrashHandler
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import FirstPaintWatcher, elapsed_since_start_ms

ORGANIZATION = "BriefingDesk"  # QSettings' folder: ~/.config/BriefingDesk/Briefing Desk.conf on Linux
EXIT_OK, EXIT_REFUSED = 0, 1


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)  # Qt appends it to window titles: "file.sqlite3 — Briefing Desk"
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("briefing-desk")
    return app


def _let_ctrl_c_quit(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal closes the window properly (and so the database) instead of being ignored.

    Python only runs signal handlers between bytecodes; while Qt's loop waits in C++ it
    never does, so a slow timer hands control back to the interpreter now and then.
    """
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return timer


def run_gui(path: Path, *, is_default: bool, startup_benchmark: bool) -> int:
    app = make_application()
    try:
        workspace = open_default_workspace(path, is_default=is_default)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        dialogs.show_error(None, f"{APP_NAME} cannot open the database", str(exc))
        return EXIT_REFUSED

    window = MainWindow(workspace, QSettings())
    crash = CrashHandler(lambda: window if window.isVisible() else None)
    crash.install()
    keep_alive = _let_ctrl_c_quit(app)
    try:
        if startup_benchmark:

            def report() -> None:
                print(f"startup_ms={elapsed_since_start_ms():.1f}", flush=True)
                window.close()

            FirstPaintWatcher(window, report)
        window.show()
        code = app.exec()
    finally:
        keep_alive.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        crash.uninstall()
        window.workspace.close()  # a no-op when closeEvent already closed it
    return code
