"""Runs each measurement against its bare baseline in the same loop, several rounds.

Interleaving app and baseline round by round means a machine that slows down mid-run
slows both, so the ratio stays honest; the spread shows how noisy the run was.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_JSON = ROOT / "benchmarks" / "results.json"
RESULTS_MD = ROOT / "benchmarks" / "results.md"

# Prints the child's peak resident memory when it exits, whatever it runs.
_PEAK_WRAPPER = """
import atexit, resource, runpy, sys
atexit.register(lambda: print(f"peak_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True))
module, sys.argv = sys.argv[1], sys.argv[1:]
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


@dataclass
class Result:
    name: str
    unit: str
    app_median: float
    app_spread: float
    baseline_median: float | None
    ratio: float | None
    goal: str
    met: bool

    def row(self) -> str:
        baseline = f"{_number(self.baseline_median)} {self.unit}" if self.baseline_median is not None else "—"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "—"
        return (
            f"| {self.name} | {_number(self.app_median)} ± {_number(self.app_spread)} {self.unit} | {baseline} "
            f"| {ratio} | {self.goal} | {'yes' if self.met else '**no**'} |"
        )


def _number(value: float) -> str:
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if abs(value) >= 0.1 or value == 0 else f"{value:.3f}"


def _spread(values: list[float]) -> float:
    return statistics.pstdev(values) if len(values) > 1 else 0.0


def _env() -> dict[str, str]:
    """The children's environment: offscreen Qt, and Python's bytecode cache allowed.

    An installed app starts from compiled ``.pyc`` files (pip and PyInstaller write them), as
    PySide6 does from site-packages; a shell with PYTHONDONTWRITEBYTECODE would make the app,
    and only the app, compile its sources on every start.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_measured(args: list[str]) -> dict[str, float]:
    """Run a Python module in a child process; collect every ``key=value`` line it prints."""
    completed = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *args], capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{args} failed: {completed.stderr.strip()[-500:]}")
    values = {}
    for line in completed.stdout.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            try:
                values[key.strip()] = float(value)
            except ValueError:
                continue
    return values


def build_large_body(years: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="briefing-desk-bench-"))
    database = folder / f"body-{years}y.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(database), "demo", "--years", str(years)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        env=_env(),
    )
    return database


def bench_startup_and_memory(database: Path, rounds: int) -> list[Result]:
    app_ms, bare_ms, app_kb, bare_kb = [], [], [], []
    _run_measured(["benchmarks.bare_window"])  # warm both: the OS file cache, Python's bytecode cache
    _run_measured(["desktop_app", "--db", str(database), "gui", "--startup-benchmark"])
    for _ in range(rounds):
        bare = _run_measured(["benchmarks.bare_window"])
        app = _run_measured(["desktop_app", "--db", str(database), "gui", "--startup-benchmark"])
        bare_ms.append(bare["startup_ms"])
        app_ms.append(app["startup_ms"])
        bare_kb.append(bare["peak_kb"])
        app_kb.append(app["peak_kb"])
    startup_ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    memory_ratio = statistics.median(app_kb) / statistics.median(bare_kb)
    return [
        Result(
            "start-up to first paint",
            "ms",
            statistics.median(app_ms),
            _spread(app_ms),
            statistics.median(bare_ms),
            startup_ratio,
            "≤ 2.0× bare window",
            startup_ratio <= 2.0,
        ),
        Result(
            "peak memory",
            "MiB",
            statistics.median(app_kb) / 1024,
            _spread(app_kb) / 1024,
            statistics.median(bare_kb) / 1024,
            memory_ratio,
            "≤ 1.5× bare window",
            memory_ratio <= 1.5,
        ),
    ]


def _absolute(name: str, values: list[float], baseline: float | None, goal_ms: float, unit: str = "ms") -> Result:
    median = statistics.median(values)
    return Result(name, unit, median, _spread(values), baseline, None, f"≤ {goal_ms:g} {unit}", median <= goal_ms)


def _relative(name: str, app: list[float], bare: list[float], goal: float, goal_text: str, unit: str = "ms") -> Result:
    ratio = statistics.median(app) / statistics.median(bare)
    return Result(
        name, unit, statistics.median(app), _spread(app), statistics.median(bare), ratio, goal_text, ratio <= goal
    )


def bench_packet(database: Path, rounds: int) -> list[Result]:
    """A packet for a 15-item session against python-docx writing the same content bare (packet_bench.py)."""
    from dataclasses import asdict as plain

    from benchmarks.packet_bench import write_bare
    from desktop_app import clock
    from desktop_app.briefing.model import Audience
    from desktop_app.services.packets import generate_packet, packet_content
    from desktop_app.services.workspace import Workspace
    from tests.briefing.packet_fixture import build_packet_body

    results = []
    with tempfile.TemporaryDirectory(prefix="packet-bench-") as name:
        folder = Path(name)
        body = build_packet_body(folder / "body.sqlite3", items=15, per_side=15)
        with Workspace.open(body.path, read_only=True, create=False) as workspace:
            content = plain(packet_content(workspace, body.session_id, Audience.INTERNAL, now=clock.now()))
            ours_out, bare_out = folder / "ours.docx", folder / "bare.docx"
            generate_packet(workspace, body.session_id, ours_out)  # warm both: imports, caches
            write_bare(content, bare_out)
            ours, bare = [], []
            for _ in range(rounds):
                ours.append(_timed_ms(lambda: generate_packet(workspace, body.session_id, ours_out)))
                bare.append(_timed_ms(lambda: write_bare(content, bare_out)))
        results.append(_relative("packet, 15 items (in the app)", ours, bare, 1.5, "≤ 1.5× bare python-docx"))

        content_json = folder / "content.json"
        content_json.write_text(json.dumps(content, default=str, ensure_ascii=False), encoding="utf-8")
        ours_command = [sys.executable, "-m", "desktop_app", "--db", str(body.path), "packet", str(body.session_id)]
        # Writing the same content as bare python-docx does: the LibreOffice layout pass that fills
        # the contents page numbers (about two seconds, when LibreOffice is there) is left out.
        ours_command += ["-o", str(folder / "process.docx"), "--no-page-numbers"]
        bare_command = [sys.executable, str(ROOT / "benchmarks" / "packet_bench.py"), "--bare-child"]
        bare_command += [str(content_json), str(folder / "process-bare.docx")]
        ours, bare = [], []
        for _ in range(rounds):
            ours.append(
                _timed_ms(lambda: subprocess.run(ours_command, check=True, capture_output=True, cwd=ROOT, env=_env()))
            )
            bare.append(
                _timed_ms(lambda: subprocess.run(bare_command, check=True, capture_output=True, cwd=ROOT, env=_env()))
            )
        results.append(_relative("packet, 15 items (whole process)", ours, bare, 1.5, "≤ 1.5× bare python-docx"))
    return results


def _timed_ms(action: Callable[[], object]) -> float:
    import time

    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def bench_search(database: Path, rounds: int) -> list[Result]:
    """Search latency in the app; the baseline column is an SQLite ``SELECT 1`` round trip."""
    from benchmarks.search_bench import QUERIES, measure

    times = measure(database, rounds)
    medians = [statistics.median(values) for query, values in times.items() if query != "select 1"]
    slowest = max((query for query in times if query != "select 1"), key=lambda q: statistics.median(times[q]))
    select_1 = statistics.median(times["select 1"])
    typical = _absolute(f"search, {len(QUERIES)} queries (median query)", medians, select_1, 20)
    worst_values = times[slowest]
    worst = _absolute(f"search, slowest query ({slowest})", worst_values, select_1, 20)
    return [typical, worst]


def bench_gui(database: Path, rounds: int) -> list[Result]:
    """People and Sessions filters, the calendar's month change, the search box: in the real window (gui_bench.py)."""
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui_bench", str(database), str(rounds)],
        capture_output=True,
        text=True,
        timeout=600,
        env=_env(),
        cwd=ROOT,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"gui_bench failed: {completed.stderr.strip()[-800:]}")
    data = json.loads(completed.stdout.strip().splitlines()[-1])
    people = int(statistics.median(data["people_count"]))
    sessions = int(statistics.median(data["sessions_count"]))
    return [
        _frame(f"People filter, keystroke to repaint ({people:,})", data["people_app"], data["people_bare"], 16),
        _frame(
            f"Sessions filter, keystroke to repaint ({sessions:,})", data["sessions_app"], data["sessions_bare"], 16
        ),
        _frame("calendar, month change and repaint", data["month_app"], data["month_bare"], 16),
        _frame("search box, keystroke to results painted", data["searchbox_app"], data["searchbox_bare"], 20),
    ]


def _frame(name: str, app: list[float], bare: list[float], goal_ms: float) -> Result:
    """An absolute goal, shown beside the bare Qt baseline measured in the same loop (the ratio for information)."""
    result = _relative(name, app, bare, float("inf"), f"≤ {goal_ms:g} ms")
    result.met = result.app_median <= goal_ms
    return result


BENCHMARKS: list[Callable[[Path, int], list[Result]]] = [
    bench_startup_and_memory,
    bench_packet,
    bench_search,
    bench_gui,
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    system = f"{platform.system()} {platform.release()}"
    qt = f"PySide6 {pyside} ({os.environ.get('QT_QPA_PLATFORM', 'default')} platform)"
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}, {qt}"


def main() -> int:
    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    years = int(os.environ.get("BENCH_YEARS", "10"))
    print(f"building the {years}-year sample body …", flush=True)
    database = build_large_body(years)
    results: list[Result] = []
    try:
        for bench in BENCHMARKS:
            print(f"{bench.__name__} …", flush=True)
            results += bench(database, rounds)
    finally:
        shutil.rmtree(database.parent, ignore_errors=True)
    header = "| measurement | Briefing Desk | baseline | ratio | goal | met |\n|---|---|---|---|---|---|"
    table = "\n".join([header, *(r.row() for r in results)])
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    RESULTS_MD.write_text(
        f"Measured {stamp} on {machine()}, {rounds} rounds, {years}-year sample body.\n\n{table}\n", encoding="utf-8"
    )
    RESULTS_JSON.write_text(
        json.dumps(
            {"measured": stamp, "machine": machine(), "rounds": rounds, "results": [asdict(r) for r in results]},
            indent=2,
        ),
        encoding="utf-8",
    )
    print(table)
    return 0
