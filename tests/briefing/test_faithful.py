"""Every sample packet as LibreOffice prints it: every text of its .docx on a page, no blank page,
no heading or label alone at the foot of a page, and a contents page whose numbers are the pages.

One LibreOffice run prints every packet (both editions, plain and bilingual, with and without a
template, for every session of the sample body).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.briefing import pdf
from desktop_app.briefing.model import Audience
from desktop_app.services.demo import fill_sample_body
from desktop_app.services.packets import generate_packet
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from tests.briefing.conftest import needs_libreoffice
from tests.briefing.faithful import contents_numbers, heading_pages, problems

pytestmark = needs_libreoffice
KOREAN_TEMPLATE_FONT = "함초롬바탕"


def korean_template(folder: Path) -> Path:
    """A ministry template: a letterhead, and its own East Asian font (함초롬바탕) in its defaults."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ministry letterhead · 외교부"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    if fonts is None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        assert rpr is not None
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    fonts.set(qn("w:eastAsia"), KOREAN_TEMPLATE_FONT)
    path = folder / "ministry.docx"
    document.save(str(path))
    return path


@pytest.mark.slow
def test_every_sample_packet_is_faithful_on_every_page(tmp_path: Path) -> None:
    template = korean_template(tmp_path)
    pairs: list[tuple[Path, Path]] = []
    with Workspace.open(tmp_path / "sample.sqlite3") as workspace:
        fill_sample_body(workspace)
        for session in list_sessions(workspace):
            assert session.id is not None
            for audience in Audience:
                for bilingual in (False, True):
                    # every combination of edition, language and template, across the sessions
                    with_template = (session.id + int(bilingual)) % 2 == 0
                    name = f"s{session.id:02d}-{audience}{'-bi' if bilingual else ''}{'-tpl' if with_template else ''}"
                    out = tmp_path / f"{name}.docx"
                    generate_packet(
                        workspace,
                        session.id,
                        out,
                        audience=audience,
                        bilingual=bilingual,
                        template=template if with_template else None,
                    )
                    pairs.append((out, out.with_suffix(".pdf")))
            # the Korean edition, one edition a session in turn
            audience = list(Audience)[session.id % 2]
            out = tmp_path / f"s{session.id:02d}-{audience}-ko.docx"
            generate_packet(workspace, session.id, out, audience=audience, language="ko")
            pairs.append((out, out.with_suffix(".pdf")))
    pdf.convert(pairs)
    found = {source.name: trouble for source, printed in pairs if (trouble := problems(source, printed))}
    assert found == {}
    # the internal packet's summary holds on one page: the item briefs start on the next
    summaries = 0
    for source, printed in pairs:
        if "internal" in source.name and "-ko" not in source.name:
            pages = heading_pages(printed, ["Summary", "Item briefs"])
            if len(pages) == 2:
                assert pages["Item briefs"] == pages["Summary"] + 1, source.name
                summaries += 1
    assert summaries >= 6  # the sessions ahead with an agenda, plain and bilingual
    # the template's own Korean font is kept
    with zipfile.ZipFile(next(source for source, _ in pairs if "-tpl" in source.name)) as archive:
        assert KOREAN_TEMPLATE_FONT in archive.read("word/styles.xml").decode()


def test_the_contents_page_of_the_docx_as_written_carries_the_right_numbers(tmp_path: Path) -> None:
    pairs: list[tuple[Path, Path]] = []
    with Workspace.open(tmp_path / "sample.sqlite3") as workspace:
        fill_sample_body(workspace)
        sessions = [s for s in list_sessions(workspace) if s.status == "confirmed"]
        for session in sessions[:2]:
            assert session.id is not None
            for audience in Audience:
                out = tmp_path / f"s{session.id}-{audience}.docx"
                generate_packet(workspace, session.id, out, audience=audience, page_numbers=True)
                pairs.append((out, tmp_path / f"s{session.id}-{audience}.pdf"))
    for source, _ in pairs:
        assert contents_numbers(source), source.name  # written into the .docx, not left to a refresh
    # printed as stored (no refresh of the contents), each number is the page its section starts on
    plain = tmp_path / "plain"
    plain.mkdir()
    for source, _ in pairs:
        pdf._run([pdf.require_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(plain), str(source)], 120)
    for source, _ in pairs:
        entries = contents_numbers(source)
        printed = heading_pages(plain / source.with_suffix(".pdf").name, [title for title, _ in entries])
        assert dict(entries) == printed, source.name


def test_no_row_of_a_table_before_a_new_page_is_lost_wherever_the_page_ends(tmp_path: Path) -> None:
    """The held session's open action items: a table of tall rows right before a section that
    starts a new page, moved down a few lines at a time so that a page ends in every row."""
    from desktop_app.briefing.docx_writer import write_packet
    from desktop_app.briefing.formatting import unbroken
    from desktop_app.briefing.model import Cover, PacketContent, Para, Row, Section, SubHeading, Table
    from tests.pinned_clock import PINNED_NOW

    cover = Cover("Body", "협의체", "7th session", "Title", "", (("Seoul", "today"),), "Seoul", "agreed", "ours", "us")
    text = "commit to the roadmap text " * 6
    owner = unbroken("KANG Hyun-woo")
    rows = tuple(Row((f"Action {n}: {text}", owner, "ROK", "7 Nov\nOVERDUE", "Session 5")) for n in range(1, 5))
    pairs = []
    for filler in range(22, 46, 2):
        blocks = (
            *(Para(f"Outcome line {n} of the last session.") for n in range(filler)),
            SubHeading("Open action items"),
            Table(("Action", "Owner", "Side", "Due", "Agreed at"), rows, (40, 18, 8, 14, 20)),
        )
        content = PacketContent(
            Audience.INTERNAL,
            "MARKING",
            False,
            "",
            cover,
            (Section("scene", "Scene-setter", blocks), Section("participants", "Participants", (Para("x"),), True)),
            "title",
            "subject",
            "author",
        )
        out = tmp_path / f"filler-{filler}.docx"
        write_packet(content, out, template=None, now=PINNED_NOW)
        pairs.append((out, out.with_suffix(".pdf")))
    pdf.convert(pairs)
    assert {source.name: trouble for source, printed in pairs if (trouble := problems(source, printed))} == {}
