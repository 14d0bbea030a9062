"""The ``packet`` command's contract: exit codes, one-line errors, and reading a file the window holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.workspace import Workspace
from tests.briefing.packet_fixture import PacketBody


def test_packet_by_uid_prints_what_it_wrote(
    agreed_body: PacketBody, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(agreed_body.path, read_only=True, create=False) as workspace:
        uid = workspace.store.db.execute("SELECT uid FROM sessions WHERE id = ?", [agreed_body.session_id]).fetchone()[
            0
        ]
    out = tmp_path / "packet.docx"
    assert main(["--db", str(agreed_body.path), "packet", uid, "-o", str(out), "--audience", "counterpart"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"wrote {out}: Cover, Contents, Timed agenda")
    assert "DRAFT" not in printed


def test_an_unknown_session_is_refused(
    packet_body: PacketBody, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(packet_body.path), "packet", "999", "-o", str(tmp_path / "p.docx")]) == 1
    assert capsys.readouterr().err == "error: there is no session '999'\n"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_database_is_refused_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite3"), "packet", "1", "-o", str(tmp_path / "p.docx")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_bad_audience_is_a_usage_error(packet_body: PacketBody, tmp_path: Path) -> None:
    assert main(["--db", str(packet_body.path), "packet", "1", "-o", str(tmp_path / "p.docx"), "--audience", "x"]) == 2


def test_a_packet_can_be_written_while_the_window_holds_the_database(tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=2, per_side=2)
    out = tmp_path / "packet.docx"
    with Workspace.open(body.path):  # the writer lock, as the GUI holds it
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_app",
                "--db",
                str(body.path),
                "packet",
                str(body.session_id),
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_the_cli_writes_numbered_copies_and_refuses_a_bad_count(agreed_body: PacketBody, tmp_path: Path) -> None:
    out = tmp_path / "packet.docx"
    base = ["--db", str(agreed_body.path), "packet", str(agreed_body.session_id), "-o", str(out)]
    assert main([*base, "--copies", "2", "--no-page-numbers"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet (copy 1 of 2).docx", "packet (copy 2 of 2).docx"]
    assert main([*base, "--copies", "0"]) == 2  # bad usage: nothing written
    assert len(list(tmp_path.iterdir())) == 2
