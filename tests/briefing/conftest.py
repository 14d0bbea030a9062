"""Packet fixtures: real database files built once per module, and helpers to read .docx and PDF files."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.briefing.packet_fixture import PacketBody, build_packet_body

HANGUL = re.compile("[\uac00-\ud7a3]")
_TAGS = re.compile(r"<[^>]+>")
_HYPHEN = re.compile(r"<w:noBreakHyphen/>")  # a name's non-breaking hyphen reads as a hyphen


@pytest.fixture(scope="module")
def packet_body(tmp_path_factory: pytest.TempPathFactory) -> PacketBody:
    """15 agenda items, 15 people a side, last session's outcomes, open actions; agenda not agreed."""
    return build_packet_body(tmp_path_factory.mktemp("packet") / "body.sqlite3")


@pytest.fixture(scope="module")
def agreed_body(tmp_path_factory: pytest.TempPathFactory) -> PacketBody:
    return build_packet_body(tmp_path_factory.mktemp("agreed") / "body.sqlite3", items=4, per_side=3, agreed=True)


def docx_parts(path: Path) -> dict[str, str]:
    """Every member of the file, decoded: XML, relationships, properties, custom XML, anything.

    The word joiners (U+2060) the writer puts inside Korean words are taken out, as a reader
    never sees them: "한글" is found as typed.
    """
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8", "replace").replace("\u2060", "") for name in archive.namelist()
        }


def found_in(parts: dict[str, str], marker: str) -> list[str]:
    """The members holding ``marker``, in their raw XML or in their text with the tags taken out
    (so that text split across runs is found too)."""
    return [name for name, text in parts.items() if marker in text or marker in _TAGS.sub("", _HYPHEN.sub("-", text))]


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page's non-empty lines as ``pdftotext -layout`` lays them out."""
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    pages = result.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are needed",
)
