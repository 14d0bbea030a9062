"""Running the command line as a user would, and checking what it left behind."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.cli import main


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    def refused_in_one_line(self) -> str:
        """The one ``error:`` line of a refused command (exit 1)."""
        assert self.code == 1, (self.code, self.err)
        assert self.err.startswith("error: "), self.err
        assert self.err.count("\n") == 1, self.err
        assert "Traceback" not in self.err and "unexpected failure" not in self.err, self.err
        return self.err.strip()


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Outcome:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


def cli_process(db: Path, *args: str, timeout: float = 60) -> Outcome:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Outcome(result.returncode, result.stdout, result.stderr)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digest(folder: Path) -> dict[str, str]:
    """Every regular file under ``folder`` and its content: the database, its WAL, its backups."""
    return {
        str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()
    }
