"""Runs each measurement against its bare baseline in the same loop, several rounds.

Interleaving app and baseline round by round means a machine that slows down mid-run
slows both, so the ratio stays honest; the spread shows how noisy the run was.
"""

from __future__ import annotations

import json
import os
import platform
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
        baseline = f"{self.baseline_median:.1f}" if self.baseline_median is not None else "—"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "—"
        return (
            f"| {self.name} | {self.app_median:.1f} ± {self.app_spread:.1f} {self.unit} | {baseline} | {ratio} "
            f"| {self.goal} | {'yes' if self.met else '**no**'} |"
        )


def _spread(values: list[float]) -> float:
    return statistics.pstdev(values) if len(values) > 1 else 0.0


def _run_measured(args: list[str]) -> dict[str, float]:
    """Run a Python module in a child process; collect every ``key=value`` line it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    completed = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
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
    )
    return database


def bench_startup_and_memory(database: Path, rounds: int) -> list[Result]:
    app_ms, bare_ms, app_kb, bare_kb = [], [], [], []
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


BENCHMARKS: list[Callable[[Path, int], list[Result]]] = [bench_startup_and_memory]


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    years = int(os.environ.get("BENCH_YEARS", "10"))
    print(f"building the {years}-year sample body …", flush=True)
    database = build_large_body(years)
    results: list[Result] = []
    for bench in BENCHMARKS:
        results += bench(database, rounds)
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
