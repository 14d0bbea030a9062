"""Checking a packet as LibreOffice prints it against its own .docx: nothing lost, no blank page,
no heading or label left alone at the foot of a page."""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = re.compile(r"\s+")
# Styles whose paragraph must never be a page's last line: it introduces what follows.
LEADING_STYLES = ("Heading1", "Heading2", "Heading3", "PacketBriefLabel", "PacketCellHeader")


@dataclass(frozen=True)
class DocxText:
    paragraphs: list[str]  # every non-empty paragraph of the body, table cells included
    leading: list[str]  # the headings and labels among them


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text a reader sees: w:t, tabs and breaks; field instructions left out."""
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}noBreakHyphen"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}br":
            parts.append("\n")  # lines of a cell are checked one by one
        else:
            parts.append("-" if node.tag == f"{W}noBreakHyphen" else " ")
    return "".join(parts).strip()


def docx_text(path: Path) -> DocxText:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    paragraphs, leading = [], []
    for paragraph in root.iter(f"{W}p"):
        text = _paragraph_text(paragraph)
        if not text:
            continue
        paragraphs.append(text)
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in LEADING_STYLES:
            leading.append(text)
    return DocxText(paragraphs, leading)


def furniture_of(path: Path) -> set[str]:
    """The lines of the packet's headers and footers (marking, running title, DRAFT …)."""
    lines = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/(header|footer)\d+\.xml", name):
                root = etree.fromstring(archive.read(name))
                lines |= {text for p in root.iter(f"{W}p") if (text := _paragraph_text(p))}
    return {line.replace("\u2060", "") for line in lines}


def contents_numbers(path: Path) -> list[tuple[str, int]]:
    """(title, page) of each contents entry as the .docx stores it."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    entries = []
    for paragraph in root.iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") != "TOC1":
            continue
        title, _, number = _paragraph_text(paragraph).rpartition(" ")
        if number.isdigit():
            entries.append((title.replace("\u2060", "").strip(), int(number)))
    return entries


def problems(docx: Path, pdf: Path) -> dict[str, object]:
    """Everything wrong with one printed packet; empty when it is faithful on every page."""
    furniture = furniture_of(docx)
    found: dict[str, object] = {}
    if missing := missing_texts(docx, pdf):
        found["missing"] = missing
    if blank := blank_pages(pdf, furniture):
        found["blank pages"] = blank
    if alone := stranded(docx, pdf, furniture):
        found["heading or label last on a page"] = alone
    return found


def pdf_text_pages(path: Path, *, layout: bool) -> list[str]:
    mode = "-layout" if layout else "-raw"
    result = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True)
    pages = result.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def squeeze(text: str) -> str:
    """Text compared without spaces or case (a caps style prints capitals), any hyphen the same."""
    return _SPACE.sub("", text).replace("\u2060", "").replace("\u2011", "-").replace("\u2010", "-").casefold()


def _split_over_pages(text: str, pages: list[str]) -> bool:
    """Whether ``text`` begins at the foot of one page and ends at the top of the next (a table
    row that breaks across a page prints the rest of its cells in between)."""
    for page, following in pairwise(pages):
        if any(text[:cut] in page and text[cut:] in following for cut in range(1, len(text))):
            return True
    return False


def missing_texts(docx: Path, pdf: Path) -> list[str]:
    """The paragraphs and cells of ``docx`` that appear nowhere in ``pdf``."""
    pages = [squeeze(page) for page in pdf_text_pages(pdf, layout=False)]
    printed = "".join(pages)
    missing = []
    for text in docx_text(docx).paragraphs:
        lines = [squeeze(line) for line in text.split("\n") if line.strip()]
        if not all(line in printed or _split_over_pages(line, pages) for line in lines):
            missing.append(text)
    return missing


def page_lines(pdf: Path) -> list[list[str]]:
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pdf_text_pages(pdf, layout=True)]


def furniture(line: str, furniture_lines: set[str]) -> bool:
    """A header or footer line: the marking, the running title, DRAFT, "Page N of M", "Copy N of M"."""
    return line in furniture_lines or bool(re.fullmatch(r"(Page|Copy) \d+ of \d+.*", line))


def heading_pages(pdf: Path, titles: list[str]) -> dict[str, int]:
    """The page (1-based) each section title is printed on as a line of its own, after the contents."""
    result: dict[str, int] = {}
    for number, lines in enumerate(page_lines(pdf), start=1):
        if number <= 2:
            continue  # the cover and the contents page name the sections too
        for line in lines:
            if line in titles and line not in result:
                result[line] = number
    return result


def blank_pages(pdf: Path, furniture_lines: set[str]) -> list[int]:
    """Pages (1-based) holding nothing but headers and footers."""
    return [
        number
        for number, lines in enumerate(page_lines(pdf), start=1)
        if all(furniture(line, furniture_lines) for line in lines)
    ]


def stranded(docx: Path, pdf: Path, furniture_lines: set[str]) -> list[tuple[int, str]]:
    """(page, text) for every heading or label printed as the last line of a page's body."""
    leading = {squeeze(text) for text in docx_text(docx).leading}
    pages = page_lines(pdf)
    found = []
    for number, lines in enumerate(pages[:-1], start=1):
        body = [line for line in lines if not furniture(line, furniture_lines)]
        if body and squeeze(body[-1]) in leading:
            found.append((number, body[-1]))
    return found
