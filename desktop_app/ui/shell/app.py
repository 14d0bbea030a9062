"""Start the GUI: the QApplication, the database, the main window, and a clean exit."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.errors import UserError
from desktop_app.services.workspace import open_default_workspace
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import install_from_settings, translate
from desktop_app.ui.common.icons import app_icon
from desktop_app.ui.shell.crash import CrashHandler
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.startup import FirstPaintWatcher, elapsed_since_start_ms

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
    install_from_settings(app)  # the interface language, before any widget exists: ui/language or BRIEFING_DESK_LANG
    app.setWindowIcon(app_icon())  # every window (and the task bar) shows it unless it sets its own
    _follow_dark_mode(app)
    return app


def _follow_dark_mode(app: QApplication) -> None:
    """Honour the system's light or dark palette: no colours are set here, only a style that can show them.

    Qt gives every widget the system palette by itself; the app sets no palette or style sheet
    of its own. One gap: on Windows 10 in dark mode Qt's default "windowsvista" style draws
    light whatever the palette says, so there the Fusion style (which follows the palette) is used.
    """
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")


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
        dialogs.show_error(
            None, translate("App", "{0} cannot open the database").format(APP_NAME), notices.refusal(exc)
        )
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
        if not startup_benchmark and not window.workspace.body.set_up:  # a body set up loads nothing more
            from desktop_app.ui.settings.first_run import offer_setup

            offer_setup(window)  # an empty database nobody set up yet: the body's name and sides first
        code = app.exec()
    finally:
        keep_alive.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        crash.uninstall()
        window.workspace.close()  # a no-op when closeEvent already closed it
    return code
