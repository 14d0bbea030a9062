"""Headers and footers: the marking at the top and bottom of every page, in every variant.

A packet turns on a different first page (the cover) and different odd and even pages,
so all three header and footer variants exist and each carries the marking; a printer
or a reader's Word settings cannot pick a variant without it. A template's letterhead is
kept, and where the template had only one header (the usual case) its content is copied
into the variants we add, so the letterhead shows on the same pages as it did before.
"""

from __future__ import annotations

from copy import deepcopy
from itertools import count
from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.briefing import ooxml
from desktop_app.briefing import styles as st
from desktop_app.briefing.model import PacketContent

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import _Footer, _Header

    Story = _Header | _Footer

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_DRAWING_IDS = count(9001)  # fresh ids for copied pictures: Word wants each drawing's id unique
_DRAFT_RUN = f'<w:b/><w:bCs/><w:color w:val="{st.RED}"/>'


def add_headers_and_footers(document: Document, content: PacketContent) -> None:
    section = document.sections[0]
    first_was_default = not section.different_first_page_header_footer
    base_header = None if section.header.is_linked_to_previous else section.header
    base_footer = None if section.footer.is_linked_to_previous else section.footer
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True

    marking = ooxml.paragraph(content.marking, st.MARKING)
    draft = ooxml.paragraph(content.draft_line, st.RUNNING, run_props=_DRAFT_RUN) if content.draft_line else ""
    running = ooxml.paragraph(content.running_title, st.RUNNING) if content.running_title else ""
    first_base = (base_header, base_footer) if first_was_default else (None, None)
    # The variants copying the template's header come first, before our lines go into it.
    # The cover names the packet already: its header carries the marking and DRAFT only.
    _fill(section.first_page_header, marking + draft, at_top=True, base=first_base[0])
    _fill(section.even_page_header, marking + running + draft, at_top=True, base=base_header)
    _fill(section.header, marking + running + draft, at_top=True, base=None)
    copy = ooxml.paragraph(content.copy_line, st.PAGE_NUMBER, run_props="<w:b/><w:bCs/>") if content.copy_line else ""
    bottom = ooxml.page_n_of_m(st.PAGE_NUMBER) + copy + marking
    _fill(section.first_page_footer, bottom, at_top=False, base=first_base[1])
    _fill(section.even_page_footer, bottom, at_top=False, base=base_footer)
    _fill(section.footer, bottom, at_top=False, base=None)


def _fill(story: Story, xml: str, *, at_top: bool, base: Story | None) -> None:
    """Add our lines to one header or footer, keeping what the template put there."""
    fresh = story.is_linked_to_previous  # no definition yet: python-docx makes one holding an empty line
    story.is_linked_to_previous = False
    element = story._element
    if fresh:
        for child in list(element):
            element.remove(child)
        if base is not None:
            _copy_content(base, story)
    ours = list(parse_xml(f"<w:hdr {nsdecls('w')}>{xml}</w:hdr>"))
    if at_top:
        for offset, child in enumerate(ours):
            element.insert(offset, child)
    else:
        element.extend(ours)


def _copy_content(source: Story, target: Story) -> None:
    """Copy a header's content into another header part, relating the new part to its pictures."""
    source_rels, target_part = source.part.rels, target.part
    for child in source._element:
        clone = deepcopy(child)
        for node in clone.iter():
            for attribute, value in list(node.attrib.items()):
                if attribute.startswith(_R) and value in source_rels:
                    rel = source_rels[value]
                    if rel.is_external:
                        new_id = target_part.relate_to(rel.target_ref, rel.reltype, is_external=True)
                    else:
                        new_id = target_part.relate_to(rel.target_part, rel.reltype)
                    node.set(attribute, new_id)
            if node.tag == qn("wp:docPr"):
                node.set("id", str(next(_DRAWING_IDS)))
        target._element.append(clone)
