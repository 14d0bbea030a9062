"""Every font, size and colour of the packet, in one place, and the code that puts them into a document.

Fonts: Hangul needs an East Asian font named on *every* style (``w:eastAsia``), or Word and
LibreOffice fall back to the theme's East Asian font (python-docx's default theme names a
Japanese one) and Hangul prints as boxes or in the wrong face. We name Noto Sans CJK KR,
which LibreOffice has wherever fonts-noto-cjk is installed, and tell Word in the font
table that Malgun Gothic (on every Korean-capable Windows) will do in its place. Latin
text uses Calibri, which Word has; LibreOffice substitutes Carlito or its default sans.

A user's template keeps its own look: its styles win, ours only fill the gaps, and the
East Asian font is the one thing set on every style whatever the template says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, nsmap, qn
from docx.parts.numbering import NumberingPart
from lxml import etree

if TYPE_CHECKING:
    from docx.document import Document

LATIN_FONT = "Calibri"
EAST_ASIAN_FONT = "Noto Sans CJK KR"
EAST_ASIAN_ALTERNATE = "Malgun Gothic"  # what Word may use where Noto is absent (every Korean-capable Windows)
EAST_ASIAN_LANGUAGE = "ko-KR"

NAVY = "1F3864"
GREY = "595959"
RED = "C00000"
HEADER_FILL = "DCE3EE"
SECTION_FILL = "F2F2F2"
BORDER = "8C8C8C"

BULLET_NUM_ID = 9301  # high, so it cannot collide with a template's own lists
BULLET_ABSTRACT_ID = 9301

# Style ids the writer uses. The "Packet…" ones are ours; a template may define them to restyle.
NORMAL, HEADING_1, HEADING_2, TOC_1 = "Normal", "Heading1", "Heading2", "TOC1"
COVER_BODY, COVER_KICKER, COVER_TITLE, COVER_TITLE_KO, COVER_LINE, COVER_SMALL = (
    "PacketCoverBody",
    "PacketCoverKicker",
    "PacketCoverTitle",
    "PacketCoverTitleKo",
    "PacketCoverLine",
    "PacketCoverSmall",
)
DRAFT, MARKING, RUNNING, PAGE_NUMBER = "PacketDraft", "PacketMarking", "PacketRunning", "PacketPageNumber"
NOTE, WARNING, BULLET, LABEL = "PacketNote", "PacketWarning", "PacketBullet", "PacketLabel"
CELL, CELL_HEADER, CONTENTS_TITLE, TABLE = "PacketCell", "PacketCellHeader", "PacketContentsTitle", "PacketTable"


_FONTS = f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{LATIN_FONT}"/>'


def _rpr(
    size: float | None = None, *, bold: bool = False, color: str = "", caps: bool = False, italic: bool = False
) -> str:
    parts = [_FONTS]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        half_points = round(size * 2)
        parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def _ppr(
    before: int = 0,
    after: int = 0,
    *,
    align: str = "",
    keep_next: bool = False,
    bullet: bool = False,
    rule_below: bool = False,
    dot_tab: bool = False,
    outline: int | None = None,
) -> str:
    """Paragraph properties, spacing in points, children in the order the schema demands (Word checks)."""
    inner = "<w:keepNext/>" if keep_next else ""
    if bullet:
        inner += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>'
    if rule_below:
        inner += f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="{NAVY}"/></w:pBdr>'
    if dot_tab:
        # at the right edge of the narrowest text area we use (A4 with 2.2 cm margins)
        inner += '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
    inner += f'<w:spacing w:before="{before * 20}" w:after="{after * 20}"/>'
    if bullet:
        inner += '<w:ind w:left="360" w:hanging="270"/>'
    if align:
        inner += f'<w:jc w:val="{align}"/>'
    if outline is not None:
        inner += f'<w:outlineLvl w:val="{outline}"/>'
    return f"<w:pPr>{inner}</w:pPr>"


def _style(style_id: str, name: str, ppr: str, rpr: str, *, kind: str = "paragraph", based_on: str = "Normal") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style {nsdecls("w")} w:type="{kind}" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}<w:qFormat/>{ppr}{rpr}</w:style>'
    )


OUR_STYLES: dict[str, str] = {
    COVER_BODY: _style(COVER_BODY, "Packet Cover Body", _ppr(48, 6), _rpr(14, bold=True, color=NAVY)),
    COVER_KICKER: _style(
        COVER_KICKER, "Packet Cover Kicker", _ppr(0, 0, rule_below=True), _rpr(10.5, caps=True, color=GREY)
    ),
    COVER_TITLE: _style(COVER_TITLE, "Packet Cover Title", _ppr(24, 4), _rpr(24, bold=True, color=NAVY)),
    COVER_TITLE_KO: _style(COVER_TITLE_KO, "Packet Cover Title Korean", _ppr(0, 18), _rpr(16, color=NAVY)),
    COVER_LINE: _style(COVER_LINE, "Packet Cover Line", _ppr(0, 6), _rpr(11)),
    COVER_SMALL: _style(COVER_SMALL, "Packet Cover Small", _ppr(0, 2), _rpr(9, color=GREY)),
    DRAFT: _style(DRAFT, "Packet Draft", _ppr(24, 12), _rpr(28, bold=True, color=RED)),
    MARKING: _style(MARKING, "Packet Marking", _ppr(0, 0, align="center"), _rpr(9, bold=True, color=RED)),
    RUNNING: _style(RUNNING, "Packet Running Title", _ppr(2, 0, align="center"), _rpr(8, color=GREY)),
    PAGE_NUMBER: _style(PAGE_NUMBER, "Packet Page Number", _ppr(0, 2, align="center"), _rpr(8.5, color=GREY)),
    NOTE: _style(NOTE, "Packet Note", _ppr(0, 6), _rpr(9, color=GREY, italic=True)),
    WARNING: _style(WARNING, "Packet Warning", _ppr(0, 6), _rpr(10, bold=True, color=RED)),
    BULLET: _style(
        BULLET,
        "Packet Bullet",
        _ppr(0, 3, bullet=True),
        _rpr(),
    ),
    LABEL: _style(LABEL, "Packet Label", "", _rpr(bold=True, color=NAVY), kind="character", based_on=""),
    CELL: _style(CELL, "Packet Cell", _ppr(0, 0), _rpr(9)),
    CELL_HEADER: _style(CELL_HEADER, "Packet Cell Header", _ppr(0, 0, keep_next=True), _rpr(9, bold=True, color=NAVY)),
    CONTENTS_TITLE: _style(CONTENTS_TITLE, "Packet Contents Title", _ppr(0, 12), _rpr(16, bold=True, color=NAVY)),
    TABLE: (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="{TABLE}">'
        '<w:name w:val="Packet Table"/><w:basedOn w:val="TableNormal"/>'
        '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        "<w:tblPr><w:tblBorders>"
        + "".join(
            f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="{BORDER}"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="70" w:type="dxa"/>'
        '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    ),
}

# Our look for the styles every document has; used only when there is no user template.
BASE_STYLES: dict[str, str] = {
    NORMAL: (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:default="1" w:styleId="{NORMAL}"><w:name w:val="Normal"/>'
        f"<w:qFormat/>{_ppr(0, 6)}{_rpr(10.5)}</w:style>"
    ),
    HEADING_1: (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{HEADING_1}"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        + _ppr(0, 12, keep_next=True, rule_below=True, outline=0)
        + _rpr(16, bold=True, color=NAVY)
        + "</w:style>"
    ),
    HEADING_2: (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{HEADING_2}"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        + _ppr(12, 4, keep_next=True, outline=1)
        + _rpr(12, bold=True, color=NAVY)
        + "</w:style>"
    ),
    TOC_1: (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{TOC_1}"><w:name w:val="toc 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
        + _ppr(0, 6, dot_tab=True)
        + _rpr(11)
        + "</w:style>"
    ),
}

_BULLET_ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLET_ABSTRACT_ID}">'
    '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="360" w:hanging="270"/></w:pPr>'
    f'<w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{EAST_ASIAN_FONT}"/></w:rPr>'
    "</w:lvl></w:abstractNum>"
)
_BULLET_NUM = f'<w:num {nsdecls("w")} w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="{BULLET_ABSTRACT_ID}"/></w:num>'
_THEME_ATTRIBUTES = tuple(qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))


# Children that must follow w:rPr inside a w:style (schema order; Word refuses files that break it).
_AFTER_STYLE_RPR = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def _child(parent: etree._Element, tag: str, *, before: tuple[str, ...] = (), first: bool = False) -> Any:
    """The ``tag`` child of ``parent`` ("w:rPr"), created at its place in the schema order when missing.

    ``first`` puts a new child at the start (after a w:rStyle, which always leads a w:rPr);
    otherwise it goes before the first of ``before``, or at the end.
    """
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    if first:
        leading = len(parent) > 0 and parent[0].tag == qn("w:rStyle")
        parent.insert(1 if leading else 0, element)
        return element
    anchor = next((child for child in parent if child.tag in {qn(name) for name in before}), None)
    if anchor is not None:
        anchor.addprevious(element)
    else:
        parent.append(element)
    return element


def _set_fonts(rpr: etree._Element, *, latin: bool) -> None:
    """Name the East Asian font (and, for our own look, the Latin one) on one run-properties element."""
    fonts = _child(rpr, "w:rFonts", first=True)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    if latin:
        for attribute in _THEME_ATTRIBUTES:
            fonts.attrib.pop(attribute, None)
        for name in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{name}"), LATIN_FONT)


def apply_styles(document: Document, *, our_look: bool) -> None:
    """Put our styles into ``document``; ``our_look`` False keeps a template's own definitions."""
    styles = document.styles.element
    present = {style.get(qn("w:styleId")) for style in styles.iterfind(qn("w:style"))}
    wanted = dict(OUR_STYLES)
    for style_id, xml in BASE_STYLES.items():
        if our_look or style_id not in present:
            wanted[style_id] = xml
    for style_id, xml in wanted.items():
        if style_id in present and not our_look:
            continue
        for old in styles.xpath(f'w:style[@w:styleId="{style_id}"]'):
            styles.remove(old)
        styles.append(parse_xml(xml))
    _fonts_everywhere(styles, latin=our_look)
    _ensure_bullets(document)
    _font_table(document)


def _fonts_everywhere(styles: etree._Element, *, latin: bool) -> None:
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    _set_fonts(rpr, latin=latin)
    _child(rpr, "w:lang").set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
    for style in styles.iterfind(qn("w:style")):
        if style.get(qn("w:type")) == "numbering":
            continue  # numbering styles carry no run properties
        _set_fonts(_child(style, "w:rPr", before=_AFTER_STYLE_RPR), latin=latin)
    # Conditional formats of table styles (first row, banded rows …) name fonts of their own.
    for fonts in list(styles.iter(qn("w:rFonts"))):
        _set_fonts(fonts.getparent(), latin=latin)


def _ensure_bullets(document: Document) -> None:
    part = document.part
    try:
        numbering = cast(NumberingPart, part.part_related_by(RT.NUMBERING)).element
    except KeyError:  # a template without lists: give it a numbering part of its own
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering_part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
        part.relate_to(numbering_part, RT.NUMBERING)
        numbering = element
    if numbering.xpath(f'w:num[@w:numId="{BULLET_NUM_ID}"]'):
        return
    # Schema order: abstract definitions, then the w:num list, then w:numIdMacAtCleanup (Word for Mac).
    abstract, num = parse_xml(_BULLET_ABSTRACT), parse_xml(_BULLET_NUM)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
        nums[-1].addnext(num)
    else:
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(abstract)
            cleanup.addprevious(num)
        else:
            numbering.extend([abstract, num])


def _font_table(document: Document) -> None:
    """Tell Word which Korean font may stand in for Noto Sans CJK KR (charset 81 is Hangul)."""
    try:
        part = document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    root = etree.fromstring(part.blob)
    for old in root.xpath(f'w:font[@w:name="{EAST_ASIAN_FONT}"]', namespaces={"w": nsmap["w"]}):
        root.remove(old)
    root.append(
        parse_xml(
            f'<w:font {nsdecls("w")} w:name="{EAST_ASIAN_FONT}"><w:altName w:val="{EAST_ASIAN_ALTERNATE}"/>'
            '<w:charset w:val="81"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        )
    )
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
