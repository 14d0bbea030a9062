"""agenda redline: the counter-draft against our draft as Word tracked changes, authored by the side."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.workspace import Workspace
from tests.exchange.package_samples import MARK, fill


def test_a_redline_holds_real_tracked_changes_by_the_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "seoul.sqlite3"
    with Workspace.open(db) as workspace:
        sid = fill(workspace).session_id
    target = tmp_path / "redline.docx"
    assert main(["--db", str(db), "agenda", "redline", str(sid), "--from", "1", "--to", "2", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("word/document.xml").decode()
    assert '<w:ins w:id="' in xml and '<w:del w:id="' in xml
    assert 'w:author="United States"' in xml and 'w:author="Republic of Korea"' not in xml
    assert "<w:delText" in xml and "and batteries" in xml  # "Critical minerals" → "… and batteries"
    assert MARK not in xml  # talking points and notes never go into it
    out = subprocess.run(
        ["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(target)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0
    text = (tmp_path / "redline.txt").read_text(encoding="utf-8-sig")
    assert "Export controls" in text  # the added sub-item, readable by LibreOffice
    assert main(["--db", str(db), "agenda", "redline", str(sid), "--from", "1", "--to", "9", "-o", str(target)]) == 1
