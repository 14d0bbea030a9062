"""The agenda from one version to another as a Word document with real tracked changes.

For a counterpart without Briefing Desk: each item of the later version, in its order, with
what changed since the earlier one as Word revisions (``w:ins`` / ``w:del``, the author
being the side that made the later version), which Word and LibreOffice can accept or
reject one by one. Shared fields only (number, title in both languages, minutes,
description): internal fields are never written.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from desktop_app import clock
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.agenda_diff import WordOp, diff_agendas, word_diff

_ids = itertools.count(1)


def _run(text: str, *, deleted: bool = False, bold: bool = False) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    if bold:
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:b"))
        run.append(properties)
    element = OxmlElement("w:delText" if deleted else "w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    run.append(element)
    return run


def _revision(kind: str, author: str, stamp: str, text: str, bold: bool) -> BaseOxmlElement:
    mark = OxmlElement(kind)
    mark.set(qn("w:id"), str(next(_ids)))
    mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), stamp)
    mark.append(_run(text, deleted=kind == "w:del", bold=bold))
    return mark


def _write(paragraph: Paragraph, ops: Iterable[WordOp], author: str, stamp: str, *, bold: bool = False) -> None:
    for op in ops:
        if op.op == "equal":
            paragraph._p.append(_run(op.text, bold=bold))
        else:
            kind = "w:ins" if op.op == "insert" else "w:del"
            paragraph._p.append(_revision(kind, author, stamp, op.text, bold))


def _mark_paragraph(paragraph: Paragraph, kind: str, author: str, stamp: str) -> None:
    """The paragraph mark itself inserted or deleted, so that accepting removes or keeps the whole line."""
    properties = paragraph._p.get_or_add_pPr()
    run_properties = OxmlElement("w:rPr")
    mark = OxmlElement(kind)
    mark.set(qn("w:id"), str(next(_ids)))
    mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), stamp)
    run_properties.append(mark)
    properties.append(run_properties)


def _line(item: AgendaItem) -> str:
    title = item.title or item.title_ko
    korean = f" ({item.title_ko})" if item.title and item.title_ko else ""
    minutes = f" — {item.minutes} min" if item.minutes else ""
    return f"{item.number}. {title}{korean}{minutes}"


def _whole(ops_text: str, op: str) -> tuple[WordOp, ...]:
    return (WordOp(op, ops_text),) if ops_text else ()


def write_redline(
    old: Sequence[AgendaItem],
    new: Sequence[AgendaItem],
    target: Path,
    *,
    title: str,
    author: str,
    now: datetime | None = None,
) -> None:
    """Write ``target`` (.docx): ``new`` with the changes from ``old`` as tracked revisions by ``author``."""
    stamp = (now or clock.now()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    document = Document()
    document.add_heading(title, level=1)
    diff = diff_agendas(old, new)
    for before, after in diff.side_by_side():
        if after is None:
            assert before is not None
            paragraph = document.add_paragraph()
            _write(paragraph, _whole(_line(before), "delete"), author, stamp, bold=True)
            _mark_paragraph(paragraph, "w:del", author, stamp)
            if before.description:
                detail = document.add_paragraph()
                _write(detail, _whole(before.description, "delete"), author, stamp)
                _mark_paragraph(detail, "w:del", author, stamp)
            continue
        paragraph = document.add_paragraph()
        if before is None:
            _write(paragraph, _whole(_line(after), "insert"), author, stamp, bold=True)
            _mark_paragraph(paragraph, "w:ins", author, stamp)
            if after.description:
                detail = document.add_paragraph()
                _write(detail, _whole(after.description, "insert"), author, stamp)
                _mark_paragraph(detail, "w:ins", author, stamp)
            continue
        _write(paragraph, word_diff(_line(before), _line(after)), author, stamp, bold=True)
        if before.description or after.description:
            detail = document.add_paragraph()
            _write(detail, word_diff(before.description, after.description), author, stamp)
    document.core_properties.author = author
    document.core_properties.title = title
    document.save(str(target))
