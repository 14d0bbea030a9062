"""Take the documentation's screenshots into docs/screenshots/.

    make screenshots        # or: .venv/bin/python scripts/screenshots.py [--only people,packets]

Starts a private Xvfb display, fills a temporary database with the sample body
(``briefing-desk demo``), opens the main window on it in a second process on that
display, and captures, one after the other:

    main-window.png           the window as it first opens (the Sessions list)
    calendar-month.png        the Calendar, month page, on the next session's month
    session-delegations.png   the next session's page, Delegations tab
    session-agenda.png        the next session's page, Agenda tab
    people.png                the People view
    packets.png               the Packets view (the next session preselected)
    preferences.png           Edit → Preferences…, on the Body tab
    first-run.png             the setup an empty database starts with (its body's name and sides)
    calendar-drag.png         the Calendar's week after the next session was dragged three hours earlier
    context-menu.png          a right click on a session in the month
    edit-menu.png             the Edit menu after that drag: "Undo Move #…"
    search-menu.png           a search for "sanctions", and a right click on an agenda item found
    series-preview-ko.png     Session → New series… in the Korean window: ROK, US, video in turn, warnings in Korean

Kept the same from run to run where it can be: a fixed screen and window size, a fixed
temporary folder (the status bar shows the path), fresh settings. The sample body is dated
around today, so dates move with the day the pictures are taken. Needs Xvfb
(``scripts/ensure-system-packages.sh`` installs it); stops everything it started.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = ROOT / "docs" / "screenshots"
SCREEN = "1600x900x24"
WINDOW_SIZE = (1440, 810)
SHOTS = (
    "main-window",
    "calendar-month",
    "session-delegations",
    "session-agenda",
    "people",
    "packets",
    "preferences",
    "first-run",
    "calendar-drag",
    "context-menu",
    "edit-menu",
    "search-menu",
    "series-preview-ko",
)
KOREAN_SHOTS = frozenset({"series-preview-ko"})  # taken in a second run, with the window in Korean


def run_cli(database: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(database), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout.strip()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # Xvfb writes its display number once it accepts clients
    if not number:
        xvfb.kill()
        raise SystemExit("error: Xvfb did not start")
    return xvfb, f":{number}"


# -- inside the GUI process ------------------------------------------------------------------------
def capture(database: Path, output_dir: Path, shots: list[str], settle: float) -> int:
    """Runs on the Xvfb display: open the window, show each view in turn, and save a picture of it."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.services import preferences as preference_service
    from desktop_app.services.workspace import Workspace
    from desktop_app.ui.settings import preferences
    from desktop_app.ui.shell.app import make_application
    from desktop_app.ui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(Workspace.open(database), QSettings())
    window.resize(*WINDOW_SIZE)
    window.show()

    def wait(seconds: float = settle) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    def save(name: str, widget: QWidget) -> None:
        wait()
        target = output_dir / f"{name}.png"
        # A pop-up menu is a window of its own: those shots are taken of the screen, cut to the window.
        popup = QApplication.activePopupWidget()
        if popup is not None:
            picture = window.screen().grabWindow(0).copy(window.frameGeometry())
        else:
            picture = widget.grab()
        if not picture.save(str(target)):
            raise SystemExit(f"error: cannot write {target}")
        print(f"saved {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")

    wait()
    upcoming = window.strip.upcoming
    next_id = upcoming.session.id if upcoming is not None else None
    start = upcoming.session.local_start() if upcoming is not None else None

    def calendar() -> QWidget:
        window.show_view("calendar")
        view = window.views["calendar"]
        if start is not None and next_id is not None:
            view.show_month(start.year, start.month)  # type: ignore[attr-defined]
            view.select_session(next_id)  # type: ignore[attr-defined]
        return window

    def session_tab(tab: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            if next_id is None:
                raise SystemExit("error: the sample body has no upcoming session to show")
            window.show_view("sessions")  # opened from the Sessions list, as the rail then shows
            window.open_session(next_id, tab)
            return window

        return show

    def view(key: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.show_view(key)
            return window

        return show

    def preferences_dialog() -> QWidget:
        window.show_view("sessions")
        workspace = window.workspace
        dialog = preferences.PreferencesDialog(
            preferences.current_preferences(window.settings, workspace),
            workspace.body,
            read_only=workspace.store.read_only,
            default_backups=preference_service.default_backup_folder(workspace),
            parent=window,
        )
        dialog.tabs.setCurrentIndex(1)
        dialog.show()
        return dialog

    def first_run() -> QWidget:
        from desktop_app.ui.settings.first_run import FirstRunDialog

        window.show_view("sessions")
        dialog = FirstRunDialog(window)
        dialog.show()
        return dialog

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from desktop_app.services.scheduling import Scope
    from desktop_app.ui.sessions import questions

    questions.confirm_drop = lambda parent, description, warnings: True  # type: ignore[assignment]
    questions.ask_scope = lambda parent, what: Scope.THIS  # type: ignore[assignment]

    def calendar_drag() -> QWidget:
        window.show_view("calendar")
        view = window.views["calendar"]
        if start is None or next_id is None:
            raise SystemExit("error: the sample body has no upcoming session to drag")
        view.show_week(start.date())  # type: ignore[attr-defined]
        wait()
        grid = view.week_grid  # type: ignore[attr-defined]
        block = grid.block_of(next_id)
        view.week_page.scroll_area.ensureVisible(0, block.rect.bottom(), 0, 40)  # type: ignore[attr-defined]
        wait()
        begin = QPoint(block.rect.center().x(), block.rect.top() + 8)
        end = begin - QPoint(0, 3 * int(grid.hour_height()))  # three hours earlier, the same day
        QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, begin)
        for step in range(1, 6):
            QTest.mouseMove(grid, begin + (end - begin) * step / 5)
        QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        wait()
        moved = grid.block_of(next_id)
        if moved is not None:
            view.week_page.scroll_area.ensureVisible(0, moved.rect.center().y(), 0, 260)  # type: ignore[attr-defined]
        return window

    def context_menu() -> QWidget:
        calendar()
        view = window.views["calendar"]
        grid = view.month_grid  # type: ignore[attr-defined]
        wait()
        chip = grid.chip_of(next_id)
        if chip is None:
            raise SystemExit("error: the next session is not on the month page")
        point = chip.rect.center()
        view.show_context_menu(next_id, None, grid.mapToGlobal(point))  # type: ignore[attr-defined]
        return window

    def series_preview() -> QWidget:
        from datetime import datetime, time, timedelta

        from desktop_app import clock
        from desktop_app.ui.sessions.series_dialog import SeriesDialog

        window.show_view("calendar")
        day = clock.today() + timedelta(days=21)
        day += timedelta(days=(1 - day.weekday()) % 7)  # a Tuesday, as such bodies meet
        first = datetime.combine(day, time(10))
        dialog = SeriesDialog(window.workspace, first=first, parent=window)
        dialog.title_edit.setText("Policy consultation")
        dialog.title_ko_edit.setText("정책협의")
        dialog.hosts_combo.setCurrentIndex(2)  # ours, theirs, video
        dialog.show()
        dialog.resize(dialog.width(), max(dialog.height(), 640))
        return dialog

    def search_menu() -> QWidget:
        window.show_view("sessions")
        window.focus_search()
        QTest.keyClicks(window.search, "sanctions")
        wait()
        popup = window.search_box.popup
        hits = [r for r in range(popup.model.rowCount()) if popup.model.hit(r) is not None]
        items = [r for r in hits if (hit := popup.model.hit(r)) is not None and hit.kind == "agenda_item"]
        row = (items or hits or [None])[0]  # an agenda item's menu has every entry
        if row is None:
            raise SystemExit("error: the sample body has nothing about sanctions to search for")
        point = popup.list.visualRect(popup.model.index(row, 0)).center()
        popup.list.customContextMenuRequested.emit(point)  # as a right click on that result does
        return window

    def edit_menu() -> QWidget:
        window.show_view("calendar")
        window.menuBar().setActiveAction(window.edit_menu.menuAction())
        return window

    steps: dict[str, Callable[[], QWidget]] = {
        "main-window": lambda: window,
        "calendar-month": calendar,
        "session-delegations": session_tab("delegations"),
        "session-agenda": session_tab("agenda"),
        "people": view("people"),
        "packets": view("packets"),
        "preferences": preferences_dialog,
        "first-run": first_run,
        "calendar-drag": calendar_drag,
        "context-menu": context_menu,
        "edit-menu": edit_menu,
        "search-menu": search_menu,
        "series-preview-ko": series_preview,
    }
    for name in shots:
        widget = steps[name]()
        save(name, widget)
        if widget is not window:
            widget.close()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            wait(0.1)
            popup = QApplication.activePopupWidget()
        window.search.clear()  # the search results close with the box emptied
    window.close()  # closes the database cleanly
    QApplication.processEvents()
    return 0


# -- the driver ------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=OUTPUT_DIR)
    parser.add_argument("--only", default=",".join(SHOTS), help=f"a comma-separated subset of: {', '.join(SHOTS)}")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds to let each view finish painting")
    parser.add_argument("--capture", type=Path, metavar="DATABASE", help=argparse.SUPPRESS)  # the GUI process
    args = parser.parse_args()
    shots = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(shots) - set(SHOTS))
    if unknown:
        raise SystemExit(f"error: unknown screenshot {unknown[0]!r} (known: {', '.join(SHOTS)})")
    output_dir = args.output_dir.resolve()
    if args.capture:
        return capture(args.capture, output_dir, shots, args.settle)

    if shutil.which("Xvfb") is None:
        raise SystemExit("error: Xvfb is missing (run scripts/ensure-system-packages.sh)")
    # A fixed folder, not a random one: the status bar shows the path, and the pictures should not
    # change from run to run for that alone.
    temp = Path(tempfile.gettempdir()) / "briefing-desk-screenshot"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    try:
        database = temp / "sample-body.sqlite3"
        print(run_cli(database, "demo"))
        output_dir.mkdir(parents=True, exist_ok=True)
        xvfb, display = start_xvfb()
        # Fresh settings (first-start view, no recent files), a home inside the fixed folder (the
        # Packets view offers to save there), English whatever the machine's locale.
        (temp / "home").mkdir()
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(temp / "home"),
            XDG_CONFIG_HOME=str(temp / "config"),
            XDG_DATA_HOME=str(temp / "data"),
            LANG="C.UTF-8",
            LANGUAGE="en",
        )
        try:
            english = [name for name in shots if name not in KOREAN_SHOTS]
            korean = [name for name in shots if name in KOREAN_SHOTS]
            for names, language in ((english, "en"), (korean, "ko")):
                if not names:
                    continue
                command = [sys.executable, __file__, "--capture", str(database), "--output-dir", str(output_dir)]
                command += ["--only", ",".join(names), "--settle", str(args.settle)]
                run_env = dict(env, BRIEFING_DESK_LANG=language)
                gui = subprocess.run(command, env=run_env, cwd=ROOT, timeout=300)
                if gui.returncode != 0:
                    raise SystemExit(f"error: the capture failed (exit {gui.returncode})")
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
