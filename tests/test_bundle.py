"""The standalone bundle runs the main jobs on a machine without the project's virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "briefing-desk"
MAX_BUNDLE_MIB = 180

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundled_command() -> Path:
    built = subprocess.run([sys.executable, "build_spec.py"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stderr[-2000:]
    command = BUNDLE / "briefing-desk"
    assert command.is_file()
    return command


def _bare_environment(home: Path) -> dict[str, str]:
    # No virtual environment, no PYTHONPATH, no site-packages: only what a desk officer's machine has.
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def test_the_bundle_runs_version_demo_packet_and_gui(bundled_command: Path, tmp_path: Path) -> None:
    env = _bare_environment(tmp_path)
    database = tmp_path / "body.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundled_command), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("Briefing Desk ")
    demo = run("--db", str(database), "demo")
    assert demo.returncode == 0, demo.stderr
    packet = run("--db", str(database), "packet", "9", "-o", str(tmp_path / "packet.docx"))
    assert packet.returncode == 0, packet.stderr
    assert (tmp_path / "packet.docx").stat().st_size > 10_000
    gui = run("--db", str(database), "gui", "--startup-benchmark")
    assert gui.returncode == 0, gui.stderr
    assert "startup_ms=" in gui.stdout


def test_the_bundle_stays_small(bundled_command: Path) -> None:
    size = sum(f.lstat().st_size for f in BUNDLE.rglob("*") if f.is_file() or f.is_symlink())
    assert size / 2**20 < MAX_BUNDLE_MIB, f"{size / 2**20:.0f} MiB"


def test_the_bundle_has_no_test_tools(bundled_command: Path) -> None:
    internal = BUNDLE / "_internal"
    assert not list(internal.glob("pytest*")) and not list(internal.glob("hypothesis*"))
    assert os.access(bundled_command, os.X_OK)
