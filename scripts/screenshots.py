"""Take the README screenshot: docs/screenshots/main-window.png.

Starts a private Xvfb display, fills a temporary database with the sample body
(``briefing-desk demo``), opens the window on it, captures the window, and stops
everything it started. Run it with ``make screenshots`` (needs Xvfb and ImageMagick's
``import``; ``scripts/ensure-system-packages.sh`` installs both).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots" / "main-window.png"
SCREEN = "1600x900x24"
# The main window's title is "<file> — Briefing Desk"; Qt's 1×1 group leader is called just "Briefing Desk".
WINDOW_TITLE = re.compile(r'^\s*(0x[0-9a-f]+) "[^"]+ — Briefing Desk"', re.MULTILINE)


def run_cli(database: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(database), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout.strip()


def fill_a_few_sessions(database: Path) -> None:
    """Used only while ``demo`` has no sample body yet: a year of fictional sessions, alternating capitals."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
    from desktop_app.domain.person import Person
    from desktop_app.domain.session import Session, SessionFormat, SessionStatus
    from desktop_app.services.sessions import add_session
    from desktop_app.services.workspace import Workspace
    from desktop_app.storage import agenda_repository, people_repository

    topics = [
        ("Supply chain resilience", "공급망 회복력"),
        ("Critical minerals", "핵심 광물"),
        ("Export controls dialogue", "수출통제 대화"),
        ("Energy security", "에너지 안보"),
        ("Emerging technologies", "신흥 기술"),
        ("Development cooperation", "개발 협력"),
    ]
    today = datetime.now(UTC).replace(hour=1, minute=0, second=0, microsecond=0)
    with Workspace.open(database) as workspace:
        next_id = None
        for month in range(-6, 7):
            topic, topic_ko = topics[month % len(topics)]
            in_seoul = month % 2 == 0
            start = today + timedelta(days=30 * month + 5)
            if not in_seoul:
                start += timedelta(hours=14)  # 10:00 in Washington
            past = start < today
            session = add_session(
                workspace,
                Session(
                    title=f"{topic}",
                    title_ko=topic_ko,
                    start=start,
                    timezone="Asia/Seoul" if in_seoul else "America/New_York",
                    duration_minutes=120,
                    host_side="ROK" if in_seoul else "US",
                    venue_city="Seoul" if in_seoul else "Washington",
                    venue_building="Ministry of Foreign Affairs" if in_seoul else "Department of State",
                    format=SessionFormat.SENIOR if month % 3 == 0 else SessionFormat.WORKING,
                    status=SessionStatus.HELD
                    if past
                    else (SessionStatus.CONFIRMED if month == 0 else SessionStatus.PLANNED),
                ),
            )
            if next_id is None and not past:
                next_id = session.id
        with workspace.store.transaction() as db:
            created = datetime.now(UTC)
            agenda_repository.insert_version(
                db, AgendaVersion(next_id, 1, "our draft 1", "ROK", AgendaStatus.DRAFT, created)
            )
            agenda_repository.insert_version(
                db, AgendaVersion(next_id, 2, "US counter-draft 2", "US", AgendaStatus.PROPOSED, created)
            )
            people_repository.insert_person(
                db, Person("KIM Seo-yeon", "ROK", name_ko="김서연", title="Director-General")
            )
            people_repository.insert_person(db, Person("Jordan HAYES", "US", title="Deputy Assistant Secretary"))


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


def find_window(env: dict[str, str], timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
        match = WINDOW_TITLE.search(tree)
        if match:
            return match.group(1)
        time.sleep(0.2)
    raise SystemExit("error: the window did not appear")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to let the window finish painting")
    args = parser.parse_args()
    for tool in ("Xvfb", "xwininfo", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"error: {tool} is missing (run scripts/ensure-system-packages.sh)")

    # A fixed folder, not a random one: the status bar shows the path, and the picture should not
    # change from run to run for that alone.
    temp = Path(tempfile.gettempdir()) / "briefing-desk-screenshot"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    try:
        database = temp / "sample-body.sqlite3"
        print(run_cli(database, "demo"))
        if not run_cli(database, "sessions", "list"):
            print("demo made no sessions yet; adding a few fictional ones for the picture")
            fill_a_few_sessions(database)
        xvfb, display = start_xvfb()
        # Fresh settings, so the picture shows the first-start window size and view.
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(temp / "config"))
        gui = subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(database), "gui"], env=env, cwd=ROOT)
        try:
            window = find_window(env)
            time.sleep(args.settle)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", window, str(args.output)], env=env, check=True)
            print(f"saved {args.output}")
        finally:
            gui.send_signal(signal.SIGINT)  # the window closes itself, and its database, cleanly
            try:
                gui.wait(timeout=10)
            except subprocess.TimeoutExpired:
                gui.kill()
                gui.wait()
            xvfb.terminate()
            xvfb.wait(timeout=10)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
