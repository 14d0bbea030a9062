"""How much a briefing packet costs over python-docx writing the same content bare.

Run on its own (or as the packet rows of ``python -m benchmarks``)::

    .venv/bin/python -m benchmarks --only packet        # the two rows, in the benchmark table's form
    .venv/bin/python benchmarks/packet_bench.py [--rounds 7] [--items 15] [--per-side 15] [--no-process]

It builds a body with a 15-item agenda and 30 participants in a temporary folder, then
times, in the same run and alternating so that the machine's state is shared:

- in-process: ``services.packets.generate_packet`` (database reads, content, styles,
  headers and footers, properties, the temporary file and its rename) against
  python-docx writing the same headings, paragraphs and tables with its documented API
  (``add_heading``, ``add_paragraph``, ``add_table``/``add_row().cells``) and saving;
- whole process: ``python -m desktop_app packet …`` against ``benchmarks/bare_packet.py``,
  a child Python that imports only ``json`` and python-docx, reads the same content from
  JSON and writes it bare.

It prints the median of each and their ratio; the target is a ratio of at most 1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.bare_packet import write_bare  # noqa: E402 - after the path is set

TARGET_RATIO = 1.0
IN_PROCESS, WHOLE_PROCESS = "in-process", "whole process"
Timings = dict[str, tuple[list[float], list[float]]]  # name: (ours, bare), in seconds


def _env() -> dict[str, str]:
    """As an installed app starts: from Python's bytecode cache (see harness._env)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def measure(rounds: int, *, items: int = 15, per_side: int = 15, process: bool = True) -> Timings:
    """Each comparison's timings, ours and bare alternating round by round."""
    from desktop_app import clock
    from desktop_app.briefing.model import Audience
    from desktop_app.services.packets import generate_packet, packet_content
    from desktop_app.services.workspace import Workspace
    from tests.briefing.packet_fixture import build_packet_body

    timings: Timings = {}
    with tempfile.TemporaryDirectory(prefix="packet-bench-") as folder_name:
        folder = Path(folder_name)
        body = build_packet_body(folder / "body.sqlite3", items=items, per_side=per_side)
        with Workspace.open(body.path, read_only=True, create=False) as workspace:
            content = packet_content(workspace, body.session_id, Audience.INTERNAL, now=clock.now())
            plain = asdict(content)
            ours_out, bare_out = folder / "ours.docx", folder / "bare.docx"
            ours, bare = [], []
            generate_packet(workspace, body.session_id, ours_out)  # warm both paths: imports, caches
            write_bare(plain, bare_out)
            for _ in range(rounds):
                ours.append(_timed(lambda: generate_packet(workspace, body.session_id, ours_out)))
                bare.append(_timed(lambda: write_bare(plain, bare_out)))
        timings[IN_PROCESS] = ours, bare
        if not process:
            return timings

        content_json = folder / "content.json"
        content_json.write_text(json.dumps(plain, default=str, ensure_ascii=False), encoding="utf-8")
        python = sys.executable
        # The same session, edition and content as the bare script writes: the default (internal,
        # English) packet. The LibreOffice layout pass that fills the contents page numbers (about
        # two seconds, when LibreOffice is there) is left out, as the bare script has no contents.
        ours_command = [python, "-m", "desktop_app", "--db", str(body.path), "packet", str(body.session_id)]
        ours_command += ["-o", str(folder / "process.docx"), "--no-page-numbers"]
        bare_command = [python, str(ROOT / "benchmarks" / "bare_packet.py"), str(content_json)]
        bare_command += [str(folder / "process-bare.docx")]

        def run(command: list[str]) -> None:
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=_env())

        run(ours_command)  # warm: the OS file cache, Python's bytecode cache
        run(bare_command)
        ours, bare = [], []
        for _ in range(rounds):
            ours.append(_timed(lambda: run(ours_command)))
            bare.append(_timed(lambda: run(bare_command)))
        timings[WHOLE_PROCESS] = ours, bare
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--items", type=int, default=15)
    parser.add_argument("--per-side", type=int, default=15)
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process comparison")
    args = parser.parse_args(argv)
    timings = measure(args.rounds, items=args.items, per_side=args.per_side, process=not args.no_process)
    for name, (ours, bare) in timings.items():
        report(name, ours, bare)
    return 0


def report(name: str, ours: list[float], bare: list[float]) -> None:
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    ratio = ours_median / bare_median
    verdict = "ok" if ratio <= TARGET_RATIO else f"OVER the {TARGET_RATIO} target"
    print(
        f"{name:>13}: packet {ours_median * 1000:7.1f} ms, bare python-docx {bare_median * 1000:7.1f} ms, "
        f"ratio {ratio:.2f} ({verdict})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
