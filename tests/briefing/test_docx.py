"""The Word file: nothing internal in the counterpart's, markings on every page variant, fonts, fields,
honest properties, and files that are written whole or not at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop_app import clock
from desktop_app.briefing.model import Audience
from desktop_app.briefing.styles import EAST_ASIAN_FONT
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.packets import PacketCancelled, generate_packet, prepare_packet, write_packet_files
from desktop_app.services.workspace import Workspace
from tests.briefing.conftest import docx_parts, found_in
from tests.briefing.packet_fixture import PacketBody

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MARKING = "SENSITIVE BUT UNCLASSIFIED"


@pytest.fixture(scope="module")
def editions(packet_body: PacketBody, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("editions")
    made = {}
    with Workspace.open(packet_body.path, read_only=True, create=False) as workspace:
        for audience in Audience:
            made[str(audience)] = folder / f"{audience}.docx"
            generate_packet(workspace, packet_body.session_id, made[str(audience)], audience=audience, bilingual=True)
    return made


@pytest.fixture
def workspace(packet_body: PacketBody) -> Iterator[Workspace]:
    with Workspace.open(packet_body.path, read_only=True, create=False) as opened:
        yield opened


def xml(parts: dict[str, str], name: str) -> ElementTree.Element:
    return ElementTree.fromstring(parts[name].encode())


def paragraph_texts(element: ElementTree.Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in element.iter(f"{W}p")]


def test_no_internal_marker_in_any_part_of_the_counterpart_file(
    editions: dict[str, Path], packet_body: PacketBody
) -> None:
    parts = docx_parts(editions["counterpart"])
    assert len(packet_body.internal_markers) > 100
    leaks = {marker: found_in(parts, marker) for marker in packet_body.internal_markers + packet_body.scene_markers}
    assert {marker: where for marker, where in leaks.items() if where} == {}
    # nor any fragment of one, in any member: text, headers, footers, properties, relationships
    assert not found_in(parts, "MARKER")
    # the open action items both sides agreed are in the shared tracker
    assert all(found_in(parts, marker) == ["word/document.xml"] for marker in packet_body.tracker_markers)


def test_the_internal_file_carries_every_internal_field_it_prints(
    editions: dict[str, Path], packet_body: PacketBody
) -> None:
    parts = docx_parts(editions["internal"])
    missing = [
        marker
        for marker in packet_body.shown_markers + packet_body.scene_markers + packet_body.tracker_markers
        if not found_in(parts, marker)
    ]
    assert not missing


def test_marking_tops_and_tails_every_header_and_footer_variant(editions: dict[str, Path]) -> None:
    for path in editions.values():
        parts = docx_parts(path)
        document, rels = xml(parts, "word/document.xml"), xml(parts, "word/_rels/document.xml.rels")
        targets = {rel.get("Id"): "word/" + (rel.get("Target") or "") for rel in rels}
        section = document.find(f"{W}body/{W}sectPr")
        assert section is not None and section.find(f"{W}titlePg") is not None
        assert xml(parts, "word/settings.xml").find(f"{W}evenAndOddHeaders") is not None
        for kind in ("header", "footer"):
            references = {ref.get(f"{W}type"): ref.get(f"{R}id") for ref in section.iter(f"{W}{kind}Reference")}
            assert set(references) == {"default", "first", "even"}
            for rel_id in references.values():
                story = xml(parts, targets[rel_id])
                texts = [text for text in paragraph_texts(story) if text]
                assert texts[0 if kind == "header" else -1] == MARKING
                if kind == "footer":
                    instructions = " ".join(i.text or "" for i in story.iter(f"{W}instrText"))
                    assert "PAGE" in instructions.split() and "NUMPAGES" in instructions.split()
                    assert any(text.startswith("Page ") and " of " in text for text in texts)
        headers = " ".join(parts[name] for name in parts if name.startswith("word/header"))
        assert "DRAFT · agenda version 2" in headers


def test_marking_option_replaces_the_bodys(workspace: Workspace, packet_body: PacketBody, tmp_path: Path) -> None:
    out = tmp_path / "marked.docx"
    generate_packet(
        workspace, packet_body.session_id, out, audience=Audience.COUNTERPART, marking="대외비 // RELEASABLE"
    )
    parts = docx_parts(out)
    stories = [name for name in parts if re.fullmatch(r"word/(header|footer)\d+\.xml", name)]
    assert len(stories) == 6
    assert all("대외비 // RELEASABLE" in parts[name] and MARKING not in parts[name] for name in stories)


def test_contents_is_a_toc_field_that_asks_nothing_on_opening(editions: dict[str, Path]) -> None:
    parts = docx_parts(editions["internal"])
    document = xml(parts, "word/document.xml")
    instructions = [i.text or "" for i in document.iter(f"{W}instrText")]
    assert any(text.strip().startswith("TOC ") for text in instructions)
    # nothing marked for refreshing, so Word opens the file without a question
    assert all(f.get(f"{W}dirty") is None for f in document.iter(f"{W}fldChar"))
    assert xml(parts, "word/settings.xml").find(f"{W}updateFields") is None
    # headings carry the bookmarks the contents link to
    names = {b.get(f"{W}name") for b in document.iter(f"{W}bookmarkStart")}
    anchors = {h.get(f"{W}anchor") for h in document.iter(f"{W}hyperlink")}
    assert anchors and anchors <= names


def test_every_style_names_the_east_asian_font(editions: dict[str, Path]) -> None:
    parts = docx_parts(editions["counterpart"])
    styles = xml(parts, "word/styles.xml")
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert defaults is not None and defaults.get(f"{W}eastAsia") == EAST_ASIAN_FONT
    checked = 0
    for style in styles.iter(f"{W}style"):
        if style.get(f"{W}type") == "numbering":
            continue
        fonts = style.find(f"{W}rPr/{W}rFonts")
        assert fonts is not None and fonts.get(f"{W}eastAsia") == EAST_ASIAN_FONT, style.get(f"{W}styleId")
        checked += 1
    assert checked > 20
    assert "eastAsiaTheme" not in parts["word/styles.xml"]
    assert EAST_ASIAN_FONT in parts["word/fontTable.xml"]


def test_document_properties_are_honest(editions: dict[str, Path]) -> None:
    parts = docx_parts(editions["counterpart"])
    core = xml(parts, "docProps/core.xml")
    values = {element.tag.rsplit("}", 1)[-1]: element.text for element in core}
    assert values["creator"] == "North America Policy Division"
    assert values["lastModifiedBy"] == "North America Policy Division"
    assert values["title"] == "Briefing packet: 14th session, Summer round"
    assert values["subject"].endswith(": counterpart edition")
    created = datetime.fromisoformat((values["created"] or "").replace("Z", "+00:00"))
    assert abs(clock.now() - created) < timedelta(minutes=10)
    assert values["revision"] == "1"
    assert "description" not in values and "keywords" not in values
    assert not [name for name in parts if "python-docx" in parts[name]]
    assert "<Application>Briefing Desk" in parts["docProps/app.xml"]
    assert not [name for name in parts if name.startswith("customXml/") or "thumbnail" in name or "custom.xml" in name]


def test_progress_is_reported_section_by_section(workspace: Workspace, packet_body: PacketBody, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    generate_packet(workspace, packet_body.session_id, tmp_path / "p.docx", progress=lambda *step: seen.append(step))
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    assert "Item briefs" in [label for _, _, label in seen]


def test_cancel_leaves_the_previous_packet_and_no_partial_file(
    workspace: Workspace, packet_body: PacketBody, tmp_path: Path
) -> None:
    out = tmp_path / "packet.docx"
    out.write_bytes(b"the previous packet")
    calls = iter(range(100))
    with pytest.raises(PacketCancelled):
        generate_packet(workspace, packet_body.session_id, out, cancelled=lambda: next(calls) >= 3)
    assert out.read_bytes() == b"the previous packet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.docx"]


def test_a_failure_while_writing_leaves_the_previous_packet(
    workspace: Workspace, packet_body: PacketBody, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.briefing import docx_writer

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_writer, "set_properties", broken)
    out = tmp_path / "packet.docx"
    out.write_bytes(b"the previous packet")
    with pytest.raises(UserError, match="No space left"):
        generate_packet(workspace, packet_body.session_id, out)
    assert out.read_bytes() == b"the previous packet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.docx"]


@pytest.mark.parametrize("name", ["packet.pdf", "packet", "missing-folder/packet.docx"])
def test_output_must_be_a_docx_in_an_existing_folder(
    workspace: Workspace, packet_body: PacketBody, tmp_path: Path, name: str
) -> None:
    with pytest.raises(InvalidInput):
        generate_packet(workspace, packet_body.session_id, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_text_that_xml_cannot_hold_is_dropped_not_fatal(tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=1, per_side=1)
    with Workspace.open(body.path) as workspace:
        with workspace.store.transaction() as db:
            db.execute("UPDATE agenda_items SET title = 'Bell\x07 & <tags> \"quoted\"\r\nnext'")
        generate_packet(workspace, body.session_id, tmp_path / "odd.docx", audience=Audience.COUNTERPART)
    text = docx_parts(tmp_path / "odd.docx")["word/document.xml"]
    assert "Bell &amp; &lt;tags&gt;" in text and "\x07" not in text


def test_a_prepared_packet_is_written_in_another_thread_without_the_database(
    packet_body: PacketBody, tmp_path: Path
) -> None:
    """The GUI's way: read on the main thread, write in a worker that holds no connection."""
    from concurrent.futures import ThreadPoolExecutor

    with Workspace.open(packet_body.path, read_only=True, create=False) as workspace:
        job = prepare_packet(workspace, packet_body.session_id, tmp_path / "p.docx", audience=Audience.COUNTERPART)
    with ThreadPoolExecutor(1) as worker:
        result = worker.submit(write_packet_files, job).result()
    assert result.docx.exists() and result.sections[-1] == "Annex: action-item tracker"
