"""Writing a ``PacketContent`` as a Word file with python-docx.

Imported only when a packet is generated (``services.packets`` imports it inside the
function), so neither the GUI nor the CLI pays for python-docx at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches, Mm

from desktop_app.briefing import ooxml
from desktop_app.briefing import styles as st
from desktop_app.briefing.headers import add_headers_and_footers
from desktop_app.briefing.model import Cover, PacketContent, Para, ParaKind, Section, SubHeading, Table
from desktop_app.briefing.package_clean import clear_body, set_properties, strip_package
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section as DocxSection

Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is being done)
Cancelled = Callable[[], bool]

EMU_PER_TWIP = 635
_PARA_STYLES = {
    ParaKind.BODY: st.NORMAL,
    ParaKind.BULLET: st.BULLET,
    ParaKind.NUMBERED: st.NORMAL,
    ParaKind.NOTE: st.NOTE,
    ParaKind.WARNING: st.WARNING,
    ParaKind.LABEL: st.BRIEF_LABEL,
    ParaKind.STATUS: st.STATUS,
}
# The paragraph Word wants after a table that ends the body: one twip high, so that it fits
# under a table that fills its page instead of spilling onto a page of its own.
_END_PARAGRAPH = (
    f'<w:p><w:pPr><w:pStyle w:val="{st.NOTE}"/><w:spacing w:before="0" w:after="0" w:line="20" '
    'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
)
_PAGE_SIZES = {"A4": (Mm(210), Mm(297)), "Letter": (Inches(8.5), Inches(11))}


class WritingCancelled(Exception):
    """The user cancelled; the caller discards the unfinished file."""


def write_packet(
    content: PacketContent,
    target: Path,
    *,
    template: Path | None,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pages: dict[str, int] | None = None,
) -> None:
    """Write the packet to ``target`` (the caller's temporary name: it renames the file into place).

    ``pages`` gives the page of each section's bookmark ("_Toc1": 3) as LibreOffice laid the
    same packet out (``briefing.layout``): the contents then print those numbers.
    """
    total = len(content.sections) + 3

    def step(done: int, label: str) -> None:
        if cancelled is not None and cancelled():
            raise WritingCancelled
        if progress is not None:
            progress(done, total, label)

    step(0, "Preparing the document")
    document = _open(template)
    clear_body(document)
    strip_package(document)
    st.apply_styles(document, our_look=template is None, bullet="○" if content.language == "ko" else "•")
    section = document.sections[0]
    if template is None:
        _page_setup(section, content.page_size)
    _settings(document)
    add_headers_and_footers(document, content)
    width = _text_width(section)

    step(1, "Cover and contents")
    anchors = [f"_Toc{index + 1}" for index in range(len(content.sections))]
    parts = [_cover(content.cover, content.draft)]
    if content.sections:
        known = pages or {}
        entries = [(s.title, a, known.get(a)) for s, a in zip(content.sections, anchors, strict=True)]
        parts.append(ooxml.paragraph(content.contents_title, st.CONTENTS_TITLE, page_break=True))
        parts.append(ooxml.table_of_contents(entries))
    for index, (packet_section, anchor) in enumerate(zip(content.sections, anchors, strict=True)):
        step(2 + index, packet_section.title)
        following = content.sections[index + 1] if index + 1 < len(content.sections) else None
        # The first section after the contents always starts a page of its own.
        new_page = packet_section.new_page or index == 0
        before_break = following is not None and following.new_page
        parts.append(
            _section(
                packet_section,
                (index + 1, anchor),
                width,
                new_page=new_page,
                before_break=before_break,
                last_section=following is None,
            )
        )
    _append_body(document, "".join(parts))

    step(total - 1, "Saving")
    set_properties(
        document, title=content.title, subject=content.subject, author=content.author, draft=content.draft, now=now
    )
    document.save(str(target))
    if progress is not None:
        progress(total, total, "Done")


def _open(template: Path | None) -> Document:
    if template is None:
        return docx.Document()
    try:
        return docx.Document(str(template))
    except Exception as exc:  # python-docx raises many kinds for a damaged file; all mean the same here
        raise InvalidInput(
            Notice(
                f"the template {template} cannot be read as a Word document ({exc})",
                "docx_writer.template_cannot_read_word",
                template=template,
                exc=exc,
            )
        ) from exc


def _page_setup(section: DocxSection, size: str) -> None:
    section.page_width, section.page_height = _PAGE_SIZES.get(size, _PAGE_SIZES["A4"])
    section.top_margin = Cm(3.0)  # room for three header lines: marking, running title, DRAFT
    section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)


def _text_width(section: DocxSection) -> int:
    """The width between the margins in twips (a template may leave any of these unset)."""
    page = section.page_width or Mm(210)
    left = section.left_margin if section.left_margin is not None else Cm(2.5)
    right = section.right_margin if section.right_margin is not None else Cm(2.5)
    return max(int(page - left - right) // EMU_PER_TWIP, 2880)


def _settings(document: Document) -> None:
    element = document.settings.element
    # The contents are written with their page numbers: Word is not asked to refresh fields on
    # opening (it would prompt every time), and a template asking for it is overruled.
    for old in element.findall(qn("w:updateFields")):
        element.remove(old)
    language = element.find(qn("w:themeFontLang"))
    if language is not None:
        language.set(qn("w:eastAsia"), st.EAST_ASIAN_LANGUAGE)


def _cover(cover: Cover, draft: bool) -> str:
    parts = [
        ooxml.paragraph("\n".join(line for line in (cover.body, cover.body_ko) if line), st.COVER_BODY),
        ooxml.paragraph(cover.session_line, st.COVER_KICKER),
        ooxml.paragraph(cover.title, st.COVER_TITLE),
    ]
    if cover.title_ko and cover.title_ko != cover.title:
        parts.append(ooxml.paragraph(cover.title_ko, st.COVER_TITLE_KO))
    if draft:
        parts.append(ooxml.paragraph(cover.draft_word, st.DRAFT))
    if cover.status_line:
        parts.append(ooxml.paragraph(cover.status_line, st.STATUS))
    parts += [ooxml.paragraph(text, st.COVER_LINE, label=f"{label}:") for label, text in cover.times]
    parts.append(ooxml.paragraph(cover.venue, st.COVER_LINE, label=f"{cover.venue_label}:"))
    parts.append(ooxml.paragraph(cover.agenda_line, st.COVER_LINE))
    parts.append(ooxml.paragraph(cover.audience_line, st.COVER_LINE, run_props="<w:b/><w:bCs/>"))
    if cover.copy_line:
        parts.append(ooxml.paragraph(cover.copy_line, st.COVER_LINE, run_props="<w:b/><w:bCs/>"))
    parts.append(ooxml.paragraph(cover.prepared_line, st.COVER_SMALL))
    parts += [ooxml.paragraph(text, st.CONTROL, label=f"{label}:") for label, text in cover.control]
    return "".join(parts)


def _section(
    section: Section, bookmark: tuple[int, str], width: int, *, new_page: bool, before_break: bool, last_section: bool
) -> str:
    parts = [ooxml.paragraph(section.title, st.HEADING_1, page_break=new_page, bookmark=bookmark)]
    last = len(section.blocks) - 1
    for index, block in enumerate(section.blocks):
        if isinstance(block, SubHeading):
            parts.append(ooxml.paragraph(block.text, st.HEADING_2))
        elif isinstance(block, Para):
            text, label = (block.label, "") if block.kind is ParaKind.LABEL else (block.text, block.label)
            parts.append(ooxml.paragraph(text, _PARA_STYLES[block.kind], label=label, keep_next=block.keep_next))
        elif isinstance(block, Table):
            if block.caption:
                parts.append(ooxml.paragraph(block.caption, st.NOTE, keep_next=True))
            rows = ((row.cells, row.level, row.strong) for row in block.rows)
            # Rows kept whole right before a heading that starts a page are what LibreOffice drops.
            can_split = before_break and index == last
            parts.append(ooxml.table(block.header, rows, block.widths, width, can_split=can_split))
            if last_section and index == last:
                # Word wants a paragraph after a table at the end of the body. Anywhere else one
                # would only take room, and alone at the top of a page it would leave it blank.
                parts.append(_END_PARAGRAPH)
    return "".join(parts)


def _append_body(document: Document, xml: str) -> None:
    body = document.element.body
    section_properties = body.find(qn("w:sectPr"))
    for child in list(parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")):
        if section_properties is not None:
            section_properties.addprevious(child)
        else:
            body.append(child)
