"""The crash dialog: any exception nobody caught while the window runs.

Qt calls Python slots from its own event loop, so an exception there never reaches
``cli.main``; PySide6 hands it to ``sys.excepthook`` instead, which we replace while
the GUI runs. The user sees one line and can expand the traceback; the traceback is
also appended to ``errors.log`` so it survives the dialog.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.paths import user_log_dir
from desktop_app.ui.common import dialogs
from desktop_app.ui.common.i18n import translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def write_crash_log(details: str, log_dir: Path) -> Path | None:
    """Append ``details`` to ``log_dir/errors.log``; None when even that fails (a full disk)."""
    from desktop_app.services.workspace import append_to_log

    try:
        log = log_dir / "errors.log"
        append_to_log(log, f"--- {datetime.now().isoformat()} {APP_NAME} {__version__} (gui)\n{details}")
        return log
    except OSError:
        return None


class CrashHandler:
    """A ``sys.excepthook`` that logs and shows the crash dialog; install() and uninstall() around the loop."""

    def __init__(
        self,
        parent: Callable[[], QWidget | None],
        log_dir: Callable[[], Path] = user_log_dir,
    ) -> None:
        self._parent = parent
        self._log_dir = log_dir
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._showing:
            # A second failure while the dialog is up must not stack dialogs (or recurse).
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log = write_crash_log(details, self._log_dir())
        problem = f"{exc_type.__name__}: {exc}".strip().rstrip(":")
        summary = translate("CrashHandler", "Something went wrong: {0}").format(problem)
        where = f"; details in {log}" if log else ""
        print(f"error: unexpected failure ({exc_type.__name__}: {exc}){where}", file=sys.stderr)
        if log:
            details += "\n" + translate("CrashHandler", "This report was also written to {0}").format(log) + "\n"
        self._showing = True
        try:
            dialogs.show_crash(self._parent(), summary, details)
        finally:
            self._showing = False
