"""Every font, size and colour of the packet, in one place, and the code that puts them into a document.

Fonts: Hangul needs an East Asian font named on *every* style (``w:eastAsia``), or Word and
LibreOffice fall back to the theme's East Asian font (python-docx's default theme names a
Japanese one) and Hangul prints as boxes or in the wrong face. We name 맑은 고딕 (Malgun
Gothic), which every Korean government PC has, and give Noto Sans CJK KR as its stand-in
in the font table; LibreOffice, where Malgun Gothic is absent, falls back to Noto Sans CJK
(fonts-noto-cjk). Latin text uses Calibri, and LibreOffice substitutes Carlito
(fonts-crosextra-carlito), which has Calibri's metrics: lines and pages break alike on
every machine.

A user's template keeps its own look: its styles win, ours only fill the gaps. A style
naming no East Asian font gets ours; one naming its own (a Korean template's 함초롬바탕, say)
keeps it.

Korean typography: no automatic space between Hangul and Latin letters or digits
(``autoSpaceDE``/``autoSpaceDN`` off everywhere: 제8차, 30일 stay as typed).
"""

from __future__ import annotations

from functools import cache
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
LATIN_ALTERNATE = "Carlito"  # metric-compatible with Calibri
EAST_ASIAN_FONT = "맑은 고딕"  # Malgun Gothic: on every Korean-capable Windows
EAST_ASIAN_ALTERNATE = "Noto Sans CJK KR"  # where Malgun Gothic is absent (LibreOffice on Linux)
EAST_ASIAN_LANGUAGE = "ko-KR"
NO_AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'


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
BRIEF_LABEL, STATUS, CONTROL = "PacketBriefLabel", "PacketStatus", "PacketControl"
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
    inner += "<w:widowControl/>"
    if bullet:
        inner += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>'
    if rule_below:
        inner += f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="{NAVY}"/></w:pBdr>'
    if dot_tab:
        # at the right edge of the narrowest text area we use (A4 with 2.2 cm margins)
        inner += '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
    inner += NO_AUTOSPACE
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
    NOTE: _style(NOTE, "Packet Note", _ppr(0, 6), _rpr(10, color=GREY)),
    WARNING: _style(WARNING, "Packet Warning", _ppr(0, 6), _rpr(11, bold=True, color=RED)),
    BRIEF_LABEL: _style(BRIEF_LABEL, "Packet Brief Label", _ppr(6, 2, keep_next=True), _rpr(11, bold=True, color=NAVY)),
    STATUS: _style(STATUS, "Packet Status", _ppr(12, 12, keep_next=True), _rpr(16, bold=True, color=RED)),
    CONTROL: _style(CONTROL, "Packet Document Control", _ppr(0, 0), _rpr(10, color=GREY)),
    BULLET: _style(
        BULLET,
        "Packet Bullet",
        _ppr(0, 3, bullet=True),
        _rpr(),
    ),
    LABEL: _style(LABEL, "Packet Label", "", _rpr(bold=True, color=NAVY), kind="character", based_on=""),
    CELL: _style(CELL, "Packet Cell", _ppr(0, 0), _rpr(10)),
    CELL_HEADER: _style(CELL_HEADER, "Packet Cell Header", _ppr(0, 0, keep_next=True), _rpr(10, bold=True, color=NAVY)),
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
        f"<w:qFormat/>{_ppr(0, 6)}{_rpr(11)}</w:style>"
    ),
    HEADING_1: (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{HEADING_1}"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        + _ppr(18, 12, keep_next=True, rule_below=True, outline=0)
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


@cache
def _qualified(names: tuple[str, ...]) -> frozenset[str]:
    """``names`` ("w:rPr", …) as lxml spells the tags, worked out once: every style of a document asks."""
    return frozenset(qn(name) for name in names)


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
    anchors = _qualified(before)
    anchor = next((child for child in parent if child.tag in anchors), None)
    if anchor is not None:
        anchor.addprevious(element)
    else:
        parent.append(element)
    return element


def _set_fonts(rpr: etree._Element, *, latin: bool, east_asian: str = EAST_ASIAN_FONT) -> None:
    """Name the East Asian font (and, for our own look, the Latin one) on one run-properties element.

    For a template (``latin`` False) a font the element names itself is kept.
    """
    fonts = _child(rpr, "w:rFonts", first=True)
    if latin or not fonts.get(qn("w:eastAsia")):
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        fonts.set(qn("w:eastAsia"), east_asian)
    if latin:
        for attribute in _THEME_ATTRIBUTES:
            fonts.attrib.pop(attribute, None)
        for name in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{name}"), LATIN_FONT)


_PPR_BEFORE_AUTOSPACE = (
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _no_autospace(ppr: etree._Element) -> None:
    """Turn off the automatic space between Hangul and Latin letters or digits on one w:pPr."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        element = _child(ppr, tag, before=_PPR_BEFORE_AUTOSPACE)
        element.set(qn("w:val"), "0")


def apply_styles(document: Document, *, our_look: bool, bullet: str = "•") -> None:
    """Put our styles into ``document``; ``our_look`` False keeps a template's own definitions."""
    styles = document.styles.element
    present = {style.get(qn("w:styleId")) for style in styles.iterfind(qn("w:style"))}
    wanted = dict(OUR_STYLES)
    for style_id, xml in BASE_STYLES.items():
        if our_look or style_id not in present:
            wanted[style_id] = xml
    inserted = set()
    for style_id, xml in wanted.items():
        if style_id in present and not our_look:
            continue
        for old in styles.xpath(f'w:style[@w:styleId="{style_id}"]'):
            styles.remove(old)
        styles.append(parse_xml(xml))
        inserted.add(style_id)
    _fonts_everywhere(styles, latin=our_look, ours=frozenset(inserted))
    _ensure_bullets(document, bullet)
    _font_table(document)


def _fonts_everywhere(styles: etree._Element, *, latin: bool, ours: frozenset[str] = frozenset()) -> None:
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    own = rpr.find(qn("w:rFonts"))
    # A template's own East Asian font (named in its defaults) is the one its styles fall back to.
    east_asian = (None if latin or own is None else own.get(qn("w:eastAsia"))) or EAST_ASIAN_FONT
    _set_fonts(rpr, latin=latin, east_asian=east_asian)
    _child(rpr, "w:lang").set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    _no_autospace(_child(ppr_default, "w:pPr"))
    for style in styles.iterfind(qn("w:style")):
        if style.get(qn("w:type")) == "numbering":
            continue  # numbering styles carry no run properties
        rpr = _child(style, "w:rPr", before=_AFTER_STYLE_RPR)
        if not latin and style.get(qn("w:styleId")) in ours:  # our style in a template: its East Asian font
            _child(rpr, "w:rFonts", first=True).attrib.pop(qn("w:eastAsia"), None)
        _set_fonts(rpr, latin=latin, east_asian=east_asian)
        ppr = style.find(qn("w:pPr"))
        if ppr is not None:
            _no_autospace(ppr)
    # Conditional formats of table styles (first row, banded rows …) name fonts of their own.
    for fonts in list(styles.iter(qn("w:rFonts"))):
        if fonts.getparent().getparent() is not None and fonts.getparent().getparent().tag == qn("w:style"):
            continue  # a style's own run properties: done above
        _set_fonts(fonts.getparent(), latin=latin, east_asian=east_asian)


def _ensure_bullets(document: Document, bullet: str = "•") -> None:
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
    abstract = parse_xml(_BULLET_ABSTRACT.replace('w:lvlText w:val="•"', f'w:lvlText w:val="{bullet}"'))
    num = parse_xml(_BULLET_NUM)
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
    """Name the stand-ins: Noto Sans CJK KR for Malgun Gothic (charset 81 is Hangul), Carlito for Calibri."""
    try:
        part = document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    root = etree.fromstring(part.blob)
    for name, alternate, charset in (
        (EAST_ASIAN_FONT, EAST_ASIAN_ALTERNATE, "81"),
        (LATIN_FONT, LATIN_ALTERNATE, "00"),
    ):
        for old in root.xpath(f'w:font[@w:name="{name}"]', namespaces={"w": nsmap["w"]}):
            root.remove(old)
        root.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alternate}"/>'
                f'<w:charset w:val="{charset}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
