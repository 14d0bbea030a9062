"""--template: a user's Word document as the base; anything else refused with nothing written."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from desktop_app.cli import main
from tests.briefing.conftest import docx_parts, found_in
from tests.briefing.packet_fixture import PacketBody

PREVIOUS = b"the packet sent last week"
ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def _rewrite(source: Path, target: Path, *, add: dict[str, str], edit: dict[str, tuple[str, str]]) -> None:
    """A copy of the zip ``source`` with members added and text replaced in others."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            data = old.read(name).decode("utf-8", "replace") if name.endswith((".xml", ".rels")) else None
            if data is not None and name in edit:
                data = data.replace(*edit[name])
            new.writestr(name, data if data is not None else old.read(name))
        for name, text in add.items():
            new.writestr(name, text)


def letterhead_template(folder: Path) -> Path:
    """A template with a letterhead, and leftovers a packet must not carry: body text, a comment,
    custom XML, custom properties, an author."""
    document = docx.Document()
    letterhead = document.sections[0].header.paragraphs[0]
    letterhead.text = "LETTERHEAD Ministry of Foreign Affairs"
    letterhead.add_run().add_picture(io.BytesIO(ONE_PIXEL_PNG))
    paragraph = document.add_paragraph("TEMPLATE-BODY-TEXT")
    document.add_comment(paragraph.runs, text="TEMPLATE-COMMENT-TEXT", author="TEMPLATE-REVIEWER")
    document.core_properties.author = "TEMPLATE-AUTHOR"
    document.core_properties.comments = "TEMPLATE-DESCRIPTION"
    plain = folder / "plain.docx"
    document.save(str(plain))
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner">'
        "<vt:lpwstr>TEMPLATE-CUSTOM-PROP</vt:lpwstr></property></Properties>"
    )
    template = folder / "letterhead.docx"
    _rewrite(
        plain,
        template,
        add={"docProps/custom.xml": custom},
        edit={
            "customXml/item1.xml": ("/>", "><b:Source>TEMPLATE-CUSTOM-XML</b:Source></b:Sources>"),
            "[Content_Types].xml": (
                "</Types>",
                '<Override PartName="/docProps/custom.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
            ),
            "_rels/.rels": (
                "</Relationships>",
                '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'custom-properties" Target="docProps/custom.xml"/></Relationships>',
            ),
        },
    )
    assert found_in(docx_parts(template), "TEMPLATE-CUSTOM-XML") and found_in(docx_parts(template), "TEMPLATE-CUSTOM")
    return template


def run_packet(body: PacketBody, out: Path, *extra: str) -> int:
    return main(["--db", str(body.path), "packet", str(body.session_id), "-o", str(out), *extra])


def test_a_template_gives_its_letterhead_and_nothing_else(packet_body: PacketBody, tmp_path: Path) -> None:
    template = letterhead_template(tmp_path)
    out = tmp_path / "out" / "packet.docx"
    out.parent.mkdir()
    assert run_packet(packet_body, out, "--template", str(template), "--audience", "counterpart") == 0
    parts = docx_parts(out)
    headers = [name for name in parts if name.startswith("word/header")]
    assert len(headers) == 3  # first page, odd and even: the letterhead on each, as in the template
    assert all(parts[name].count("LETTERHEAD Ministry of Foreign Affairs") == 1 for name in headers)
    for name in headers:  # the letterhead's picture is related from every header that shows it
        embedded = re.findall(r'r:embed="([^"]+)"', parts[name])
        rels = parts[name.replace("word/", "word/_rels/") + ".rels"]
        assert len(embedded) == 1 and f'Id="{embedded[0]}"' in rels and "media/" in rels
    assert all("SENSITIVE BUT UNCLASSIFIED" in parts[name] for name in headers)
    for leftover in ("TEMPLATE-", "python-docx"):
        assert not found_in(parts, leftover), leftover
    assert "<dc:creator>North America Policy Division</dc:creator>" in parts["docProps/core.xml"]
    assert "Timed agenda" in parts["word/document.xml"]
    assert not [name for name in parts if "comments" in name or name.startswith("customXml") or "custom.xml" in name]


def _not_a_zip(folder: Path) -> Path:
    path = folder / "notes.docx"
    path.write_text("Letterhead: Ministry of Foreign Affairs\n", encoding="utf-8")
    return path


def _zip_not_word(folder: Path) -> Path:
    path = folder / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    return path


def _macro_enabled(folder: Path) -> Path:
    plain = folder / "plain.docx"
    docx.Document().save(str(plain))
    path = folder / "letterhead.docx"  # named .docx, but a .docm inside
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    _rewrite(
        plain,
        path,
        add={"word/vbaProject.bin": "\x00VBA"},
        edit={"[Content_Types].xml": (main_type, "application/vnd.ms-word.document.macroEnabled.main+xml")},
    )
    return path


def _docm_name(folder: Path) -> Path:
    path = folder / "letterhead.docm"
    docx.Document().save(str(path))
    return path


def _word_template(folder: Path) -> Path:
    plain = folder / "plain.docx"
    docx.Document().save(str(plain))
    path = folder / "letterhead.docx"
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    template_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    _rewrite(plain, path, add={}, edit={"[Content_Types].xml": (main_type, template_type)})
    return path


def _damaged(folder: Path) -> Path:
    plain = folder / "plain.docx"
    docx.Document().save(str(plain))
    path = folder / "letterhead.docx"
    _rewrite(plain, path, add={}, edit={"word/document.xml": ("<w:body>", "<w:body><unclosed>")})
    return path


def _oversized(folder: Path) -> Path:
    path = folder / "scan.docx"
    with open(path, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    return path


REFUSALS = {
    "text renamed .docx": (_not_a_zip, "not a Word document"),
    "zip that is not Word": (_zip_not_word, "not a Word document"),
    "macros inside a .docx": (_macro_enabled, "macro"),
    "a .docm": (_docm_name, "macro-enabled"),
    "a Word template (.dotx)": (_word_template, ".dotx"),
    "damaged document part": (_damaged, "cannot be read"),
    "oversized": (_oversized, "at most 20 MB"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refused_templates_leave_nothing_and_keep_the_previous_packet(
    case: str, packet_body: PacketBody, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, reason = REFUSALS[case]
    templates = tmp_path / "templates"
    templates.mkdir()
    template = make(templates)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    out = out_folder / "packet.docx"
    out.write_bytes(PREVIOUS)
    assert run_packet(packet_body, out, "--template", str(template), "--pdf") == 1
    error = capsys.readouterr().err
    assert error.startswith("error: ") and error.count("\n") == 1 and reason in error
    assert out.read_bytes() == PREVIOUS
    assert sorted(p.name for p in out_folder.iterdir()) == ["packet.docx"]


def test_a_missing_template_is_refused(
    packet_body: PacketBody, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_packet(packet_body, tmp_path / "p.docx", "--template", str(tmp_path / "nowhere.docx")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
