"""Runs each measurement against its bare baseline in the same loop, several rounds.

Interleaving app and baseline round by round means a machine that slows down mid-run
slows both, so the ratio stays honest; the spread shows how noisy the run was.
"""

from __future__ import annotations

import argparse
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
from datetime import UTC
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


def build_body(years: int | None, folder: Path | None = None) -> Path:
    """The fictional sample body (``years`` None) or one grown over ``years`` years.

    In a new folder, or in ``folder`` (``BENCH_BODIES``), where a body built before is used again:
    building the thirty-year body takes a minute, and a benchmark only reads it.
    """
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="briefing-desk-bench-"))
    database = folder / f"body-{years or 'sample'}.sqlite3"
    if database.exists():
        return database
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f"building-{database.name}"
    building.unlink(missing_ok=True)
    command = [sys.executable, "-m", "desktop_app", "--db", str(building), "demo"]
    if years is not None:
        command += ["--years", str(years)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, env=_env())
    building.rename(database)  # only a finished body is used again
    return database


def _session_count(database: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


def bench_startup_bodies(bodies: dict[str, Path], rounds: int) -> list[Result]:
    """Start-up to first paint and peak memory on each body, against the bare window in the same rounds.

    Each round runs the bare window and then the app on every body, so a machine that slows down
    mid-run slows them all; the bare window's median is the baseline of every row.
    """
    app_ms: dict[str, list[float]] = {name: [] for name in bodies}
    app_kb: dict[str, list[float]] = {name: [] for name in bodies}
    bare_ms: list[float] = []
    bare_kb: list[float] = []

    def app(database: Path) -> dict[str, float]:
        return _run_measured(["desktop_app", "--db", str(database), "gui", "--startup-benchmark"])

    _run_measured(["benchmarks.bare_window"])  # warm: the OS file cache, Python's bytecode cache
    for database in bodies.values():
        app(database)
    for _ in range(rounds):
        bare = _run_measured(["benchmarks.bare_window"])
        bare_ms.append(bare["startup_ms"])
        bare_kb.append(bare["peak_kb"])
        for name, database in bodies.items():
            measured = app(database)
            app_ms[name].append(measured["startup_ms"])
            app_kb[name].append(measured["peak_kb"])
    results = []
    for name, database in bodies.items():
        label = f"{name} ({_session_count(database):,} sessions)"
        results.append(_relative(f"start-up to first paint, {label}", app_ms[name], bare_ms, 2.0, "≤ 2.0× bare window"))
    for name in bodies:
        memory = _relative(f"peak memory, {name}", app_kb[name], bare_kb, 1.5, "≤ 1.5× bare window", unit="MiB")
        memory.app_median, memory.app_spread = memory.app_median / 1024, memory.app_spread / 1024
        memory.baseline_median = (memory.baseline_median or 0) / 1024
        results.append(memory)
    names = list(bodies)
    if len(names) > 1:
        smallest, largest = names[0], names[-1]
        growth = _relative(
            f"start-up, {largest} against {smallest}",
            app_ms[largest],
            app_ms[smallest],
            1.10,
            f"within 10 % of the {smallest}",
        )
        results.append(growth)
    return results


def _absolute(name: str, values: list[float], baseline: float | None, goal_ms: float, unit: str = "ms") -> Result:
    median = statistics.median(values)
    return Result(name, unit, median, _spread(values), baseline, None, f"≤ {goal_ms:g} {unit}", median <= goal_ms)


def _relative(name: str, app: list[float], bare: list[float], goal: float, goal_text: str, unit: str = "ms") -> Result:
    ratio = statistics.median(app) / statistics.median(bare)
    return Result(
        name, unit, statistics.median(app), _spread(app), statistics.median(bare), ratio, goal_text, ratio <= goal
    )


def bench_packet(rounds: int) -> list[Result]:
    """A packet for a 15-item session against python-docx writing the same content bare (packet_bench.py)."""
    from benchmarks.packet_bench import IN_PROCESS, TARGET_RATIO, WHOLE_PROCESS, measure

    timings = measure(rounds)
    goal = f"≤ {TARGET_RATIO:g}× bare python-docx"
    names = {IN_PROCESS: "packet, 15 items (in the app)", WHOLE_PROCESS: "packet, 15 items (whole process)"}
    results = []
    for key, name in names.items():
        ours, bare = timings[key]
        results.append(_relative(name, [t * 1000 for t in ours], [t * 1000 for t in bare], TARGET_RATIO, goal))
    return results


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


TABLE_HEADER = "| measurement | Briefing Desk | baseline | ratio | goal | met |\n|---|---|---|---|---|---|"

# Run on each large body (the start-up rows cover every body at once, in bench_startup_bodies).
BENCHMARKS: dict[str, Callable[[Path, int], list[Result]]] = {
    "search": bench_search,
    "gui": bench_gui,
}
ALL_BENCHMARKS = ("startup", "packet", *BENCHMARKS)
BODY_YEARS = (10, 30)  # the large bodies, besides the fictional sample body
# A start-up round is four short processes; more of them keep a busy shared machine's stalls out of the medians.
STARTUP_ROUND_FACTOR = 3


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


def _suffixed(results: list[Result], body: str) -> list[Result]:
    for result in results:
        result.name = f"{result.name}, {body}"
    return results


def _wanted() -> set[str]:
    """The benchmarks ``BENCH_ONLY`` names (``startup packet search gui``), all when it is unset."""
    names = set(os.environ.get("BENCH_ONLY", "").split()) or set(ALL_BENCHMARKS)
    unknown = names - set(ALL_BENCHMARKS)
    if unknown:
        raise SystemExit(f"BENCH_ONLY: unknown {sorted(unknown)}; choose from {' '.join(ALL_BENCHMARKS)}")
    return names


# What ``--only`` can run by itself: its rows are printed, the results files are left as they are.
ALONE: dict[str, Callable[[int], list[Result]]] = {"packet": bench_packet}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Run the benchmarks, print the table.")
    parser.add_argument("--only", choices=sorted(ALONE), help="run only this benchmark (BENCH_ROUNDS rounds)")
    args = parser.parse_args(argv)
    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    if args.only:
        print(f"{args.only}, {rounds} rounds …", flush=True)
        print("\n".join([TABLE_HEADER, *(r.row() for r in ALONE[args.only](rounds))]))
        return 0
    years = tuple(int(y) for y in os.environ.get("BENCH_YEARS", " ".join(map(str, BODY_YEARS))).split())
    kept_folder = Path(os.environ["BENCH_BODIES"]).resolve() if os.environ.get("BENCH_BODIES") else None
    wanted = _wanted()
    bodies: dict[str, Path] = {}
    results: list[Result] = []
    try:
        print("building the sample body …", flush=True)
        bodies["sample"] = build_body(None, kept_folder)
        for count in years:
            print(f"building the {count}-year body …", flush=True)
            bodies[f"{count}-year"] = build_body(count, kept_folder)
        if "startup" in wanted:
            print("start-up and memory …", flush=True)
            results += bench_startup_bodies(bodies, rounds * STARTUP_ROUND_FACTOR)
        if "packet" in wanted:
            print("bench_packet …", flush=True)
            results += bench_packet(rounds)
        for name, database in bodies.items():
            if name == "sample":
                continue
            for key, bench in BENCHMARKS.items():
                if key not in wanted:
                    continue
                print(f"{bench.__name__} on the {name} body …", flush=True)
                results += _suffixed(bench(database, rounds), f"{name} body")
    finally:
        if kept_folder is None:
            for database in bodies.values():
                shutil.rmtree(database.parent, ignore_errors=True)
    if wanted != set(ALL_BENCHMARKS):  # a partial run prints its rows and leaves the recorded results alone
        print("\n".join([TABLE_HEADER, *(r.row() for r in results)]))
        return 0
    table = "\n".join([TABLE_HEADER, *(r.row() for r in results)])
    from desktop_app import clock

    stamp = clock.now().astimezone(UTC).isoformat(timespec="seconds")
    described = ", ".join(["the sample body", *(f"{count}-year body" for count in years)])
    startup_rounds = rounds * STARTUP_ROUND_FACTOR
    RESULTS_MD.write_text(
        f"Measured {stamp} on {machine()}, {rounds} rounds ({startup_rounds} for start-up and memory); "
        f"{described}.\n\n{table}\n",
        encoding="utf-8",
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
