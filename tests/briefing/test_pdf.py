"""Packets as LibreOffice prints them, checked page by page with ``pdftotext``.

LibreOffice runs once per fixture for many files (each run with a fresh profile), which
keeps these tests to a few seconds each.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from desktop_app.briefing import pdf
from desktop_app.briefing.model import Audience
from desktop_app.cli import main
from desktop_app.errors import UserError
from desktop_app.services.demo import fill_sample_body
from desktop_app.services.packets import generate_packet
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from tests.briefing.conftest import HANGUL, needs_libreoffice, pdf_pages
from tests.briefing.packet_fixture import PacketBody

pytestmark = needs_libreoffice
MARKING = "SENSITIVE BUT UNCLASSIFIED"
PAGE = re.compile(r"Page (\d+) of (\d+)")
CONTENTS_LINE = re.compile(r"^(.+?)\s*\.{3,}\s*(\d+)$")


def check_pages(path: Path, marking: str = MARKING) -> list[list[str]]:
    """Every page: the marking first and last, "Page N of M" with the right N and M, Hangul somewhere."""
    pages = pdf_pages(path)
    assert len(pages) >= 2, path.name
    for number, lines in enumerate(pages, start=1):
        assert lines[0] == marking, (path.name, number, lines[:2])
        assert lines[-1] == marking, (path.name, number, lines[-2:])
        numbering = [match.groups() for line in lines if (match := PAGE.fullmatch(line))]
        assert numbering == [(str(number), str(len(pages)))], (path.name, number)
    assert any(HANGUL.search(line) for lines in pages for line in lines), path.name
    return pages


def check_contents(pages: list[list[str]], sections: list[str]) -> None:
    """Page 2 is the contents: one entry per section (after cover and contents), each naming
    the page its heading is on."""
    assert "Contents" in pages[1]
    entries = [match.groups() for line in pages[1] if (match := CONTENTS_LINE.match(line))]
    assert [title for title, _ in entries] == sections[2:]
    for title, page in entries:
        assert title in pages[int(page) - 1], (title, page)


@pytest.fixture(scope="module")
def printed(
    packet_body: PacketBody, agreed_body: PacketBody, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, list[str]]]:
    """Three packets printed in one LibreOffice run: the PDF and the sections each holds."""
    folder = tmp_path_factory.mktemp("printed")
    jobs = {
        "internal": (packet_body, Audience.INTERNAL, False),
        "counterpart": (packet_body, Audience.COUNTERPART, True),
        "agreed": (agreed_body, Audience.COUNTERPART, False),
    }
    pairs, made = [], {}
    for name, (body, audience, bilingual) in jobs.items():
        out = folder / f"{name}.docx"
        with Workspace.open(body.path, read_only=True, create=False) as workspace:
            result = generate_packet(workspace, body.session_id, out, audience=audience, bilingual=bilingual)
        pairs.append((out, out.with_suffix(".pdf")))
        made[name] = (out.with_suffix(".pdf"), result.sections)
    pdf.convert(pairs)
    return made


def test_every_page_is_marked_and_numbered(printed: dict[str, tuple[Path, list[str]]]) -> None:
    for path, sections in printed.values():
        check_contents(check_pages(path), sections)


def test_draft_on_the_cover_and_every_page_until_agreed(printed: dict[str, tuple[Path, list[str]]]) -> None:
    pages = pdf_pages(printed["counterpart"][0])
    assert "DRAFT" in pages[0]
    assert all(any("DRAFT · agenda version 2" in line for line in lines) for lines in pages)
    agreed = pdf_pages(printed["agreed"][0])
    assert not [line for lines in agreed for line in lines if "DRAFT" in line]


def test_the_counterpart_pdf_holds_no_internal_text(
    printed: dict[str, tuple[Path, list[str]]], packet_body: PacketBody
) -> None:
    text = "\n".join("\n".join(lines) for lines in pdf_pages(printed["counterpart"][0]))
    assert "MARKER" not in text
    internal = "\n".join("\n".join(lines) for lines in pdf_pages(printed["internal"][0]))
    assert packet_body.shown_markers[0] in internal and "Points to make" in internal


def test_bilingual_agenda_prints_hangul_beside_english(printed: dict[str, tuple[Path, list[str]]]) -> None:
    pages = pdf_pages(printed["counterpart"][0])
    agenda = next(lines for lines in pages if "Timed agenda" in lines)
    assert any("Topic 1:" in line and "의제 1:" in line for line in agenda)
    assert any(line.split()[-2:] == ["Seoul", "Washington"] for line in agenda)


@pytest.mark.slow
def test_every_packet_of_the_sample_body(tmp_path: Path) -> None:
    """Both editions of every session of the sample body, printed in one LibreOffice run (about 10 s)."""
    with Workspace.open(tmp_path / "sample.sqlite3") as workspace:
        fill_sample_body(workspace)
        sessions = list_sessions(workspace)
        assert len(sessions) >= 10
        pairs, sections = [], {}
        for session in sessions:
            assert session.id is not None
            for audience in Audience:
                docx_path = tmp_path / f"s{session.id}-{audience}.docx"
                bilingual = session.id % 2 == 0
                result = generate_packet(workspace, session.id, docx_path, audience=audience, bilingual=bilingual)
                pairs.append((docx_path, docx_path.with_suffix(".pdf")))
                sections[docx_path.with_suffix(".pdf")] = result.sections
        marking = workspace.body.default_marking
    pdf.convert(pairs)
    for _, pdf_path in pairs:
        pages = check_pages(pdf_path, marking)
        check_contents(pages, sections[pdf_path])
        if "counterpart" in pdf_path.name:
            text = "\n".join("\n".join(lines) for lines in pages)
            assert "Points to make" not in text and "Desk note" not in text and "Scene-setter" not in text
            assert "Not for disclosure" not in text and "Summary" not in text


def test_the_cli_writes_the_pdf_beside_the_docx(agreed_body: PacketBody, tmp_path: Path) -> None:
    out = tmp_path / "packet.docx"
    code = main(["--db", str(agreed_body.path), "packet", str(agreed_body.session_id), "-o", str(out), "--pdf"])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.docx", "packet.pdf"]
    check_pages(tmp_path / "packet.pdf")


def test_without_libreoffice_the_pdf_is_refused_before_anything_is_written(
    agreed_body: PacketBody, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(tmp_path / "no-soffice"))
    out = tmp_path / "packet.docx"
    code = main(["--db", str(agreed_body.path), "packet", str(agreed_body.session_id), "-o", str(out), "--pdf"])
    assert code == 1
    assert "LibreOffice is needed for --pdf but was not found" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_hung_libreoffice_is_stopped_at_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hung = tmp_path / "soffice"
    hung.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    hung.chmod(0o755)
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(hung))
    source = tmp_path / "in.docx"
    source.write_bytes(b"PK")
    with pytest.raises(UserError, match="did not finish"):
        pdf.convert([(source, tmp_path / "out.pdf")], timeout=1)
    assert not (tmp_path / "out.pdf").exists()
