"""How much a briefing packet costs over python-docx writing the same content bare.

A plain script, not a test::

    .venv/bin/python benchmarks/packet_bench.py [--rounds 7] [--items 15] [--per-side 15]

It builds a body with a 15-item agenda and 30 participants in a temporary folder, then
times, in the same run and alternating so that the machine's state is shared:

- in-process: ``services.packets.generate_packet`` (database reads, content, styles,
  headers and footers, properties, the temporary file and its rename) against
  python-docx writing the same headings, paragraphs and tables with its documented API
  (``add_heading``, ``add_paragraph``, ``add_table``/``add_row().cells``) and saving;
- whole process: ``python -m desktop_app packet …`` against a child Python that imports
  python-docx, reads the same content from JSON and writes it bare.

It prints the median of each and their ratio; the target is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.5


def write_bare(content: dict[str, Any], out: Path) -> None:
    """python-docx with no styling, fields, headers or clean-up: the floor we compare against."""
    import docx

    document = docx.Document()
    cover = content["cover"]
    for line in (cover["body"], cover["body_ko"], cover["session_line"], cover["title"], cover["title_ko"]):
        document.add_paragraph(line)
    for label, text in cover["times"]:
        document.add_paragraph(f"{label}: {text}")
    for line in (cover["venue"], cover["agenda_line"], cover["audience_line"], cover["prepared_line"]):
        document.add_paragraph(line)
    document.add_heading(content["contents_title"], 1)
    for section in content["sections"]:
        document.add_paragraph(section["title"])
    for section in content["sections"]:
        document.add_heading(section["title"], 1)
        for block in section["blocks"]:
            if "header" in block:
                table = document.add_table(rows=1, cols=len(block["header"]))
                for cell, text in zip(table.rows[0].cells, block["header"], strict=True):
                    cell.text = text
                for row in block["rows"]:
                    for cell, text in zip(table.add_row().cells, row["cells"], strict=True):
                        cell.text = text
            elif "kind" in block:
                text = f"{block['label']} {block['text']}" if block["label"] else block["text"]
                document.add_paragraph(text)
            else:
                document.add_heading(block["text"], 2)
    document.save(str(out))


def _timed(action: Any) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--items", type=int, default=15)
    parser.add_argument("--per-side", type=int, default=15)
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process comparison")
    parser.add_argument("--bare-child", nargs=2, metavar=("CONTENT_JSON", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_child:
        write_bare(json.loads(Path(args.bare_child[0]).read_text(encoding="utf-8")), Path(args.bare_child[1]))
        return 0

    from desktop_app import clock
    from desktop_app.briefing.model import Audience
    from desktop_app.services.packets import generate_packet, packet_content
    from desktop_app.services.workspace import Workspace
    from tests.briefing.packet_fixture import build_packet_body

    with tempfile.TemporaryDirectory(prefix="packet-bench-") as folder_name:
        folder = Path(folder_name)
        body = build_packet_body(folder / "body.sqlite3", items=args.items, per_side=args.per_side)
        with Workspace.open(body.path, read_only=True, create=False) as workspace:
            content = packet_content(workspace, body.session_id, Audience.INTERNAL, now=clock.now())
            plain = asdict(content)
            ours_out, bare_out = folder / "ours.docx", folder / "bare.docx"
            ours, bare = [], []
            generate_packet(workspace, body.session_id, ours_out)  # warm both paths: imports, caches
            write_bare(plain, bare_out)
            for _ in range(args.rounds):
                ours.append(_timed(lambda: generate_packet(workspace, body.session_id, ours_out)))
                bare.append(_timed(lambda: write_bare(plain, bare_out)))
        report("in-process", ours, bare)

        if not args.no_process:
            content_json = folder / "content.json"
            content_json.write_text(json.dumps(plain, default=str, ensure_ascii=False), encoding="utf-8")
            python = sys.executable
            ours_command = [python, "-m", "desktop_app", "--db", str(body.path), "packet", str(body.session_id)]
            # Writing the same content as bare python-docx does: the LibreOffice layout pass that fills
            # the contents page numbers (about two seconds, when LibreOffice is there) is left out.
            ours_command += ["-o", str(folder / "process.docx"), "--no-page-numbers"]
            bare_command = [python, str(Path(__file__).resolve()), "--bare-child", str(content_json)]
            bare_command += [str(folder / "process-bare.docx")]
            ours, bare = [], []
            for _ in range(args.rounds):
                ours.append(_timed(lambda: subprocess.run(ours_command, check=True, capture_output=True, cwd=ROOT)))
                bare.append(_timed(lambda: subprocess.run(bare_command, check=True, capture_output=True, cwd=ROOT)))
            report("whole process", ours, bare)
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
