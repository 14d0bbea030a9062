"""WordprocessingML written as text: paragraphs, fields, bookmarks and tables.

The writer builds the packet body as one XML string and parses it once. That is several
times faster than python-docx's object API for tables (which walks the grid for every
cell) and lets every element carry its properties in the order the schema wants.
Only text from ``model`` goes into ``esc``; nothing here reads the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from desktop_app.briefing import styles as st

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# Characters XML 1.0 cannot carry at all (text pasted from other programs brings them,
# e.g. Excel's vertical tab): dropped, or the whole packet would fail to parse.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# A name or an address comes as ``formatting.unbroken`` made it: its hyphens are U+2011, written
# as Word's own non-breaking hyphen, so neither Word nor LibreOffice breaks "KANG Hyun-woo" there.
_NO_BREAK_HYPHEN = '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">'


# Korean: LibreOffice breaks Hangul between any two syllables (a particle from its noun, 회의에 /
# 서) and puts a space between Hangul and Latin letters or digits whatever w:autoSpaceDE says
# (제8차 as "제 8 차"). A word joiner (U+2060, invisible, no width) between the characters of a
# Korean word, and where Hangul meets a letter or digit, stops both: lines break at spaces only.
_HANGUL = "\uac00-\ud7a3\u3131-\u318e"
_JOIN_HERE = re.compile(f"(?<=[{_HANGUL}A-Za-z0-9])(?=[{_HANGUL}])|(?<=[{_HANGUL}])(?=[A-Za-z0-9])")
_HAS_HANGUL = re.compile(f"[{_HANGUL}]")
WORD_JOINER = "\u2060"


def korean_words_whole(text: str) -> str:
    """``text`` with word joiners inside Korean words (see above); text without Hangul is returned as is."""
    return _JOIN_HERE.sub(WORD_JOINER, text) if _HAS_HANGUL.search(text) else text


def escape(text: str) -> str:
    """``text`` safe in XML text and in a double-quoted attribute.

    As ``xml.sax.saxutils.escape`` with ``"`` added, written out: that module imports
    urllib.request, http.client and the email package, a good part of a packet's start.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def esc(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def text_runs(text: str, rpr: str = "") -> str:
    """Runs for ``text``: "\\n" becomes a line break and "\\t" a tab, as Word writes them."""
    parts = []
    for index, line in enumerate(text.split("\n")):
        inner = "<w:br/>" if index else ""
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                inner += "<w:tab/>"
            if piece:
                piece = esc(korean_words_whole(piece)).replace("\u2011", _NO_BREAK_HYPHEN)
                inner += f'<w:t xml:space="preserve">{piece}</w:t>'
        parts.append(inner)
    body = "".join(parts)
    return f"<w:r>{rpr}{body}</w:r>" if body else ""


def paragraph(
    text: str,
    style: str,
    *,
    label: str = "",
    page_break: bool = False,
    bookmark: tuple[int, str] | None = None,
    indent_twips: int = 0,
    run_props: str = "",
    keep_next: bool = False,
) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_break:
        ppr += "<w:pageBreakBefore/>"
    if indent_twips:
        ppr += f'<w:ind w:left="{indent_twips}"/>'
    runs = ""
    if label:
        runs += text_runs(label + (" " if text else ""), f'<w:rPr><w:rStyle w:val="{st.LABEL}"/></w:rPr>')
    runs += text_runs(text, f"<w:rPr>{run_props}</w:rPr>" if run_props else "")
    if bookmark is not None:
        number, name = bookmark
        runs = f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>{runs}<w:bookmarkEnd w:id="{number}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def field(instruction: str, result: str, rpr: str = "", *, dirty: bool = False) -> str:
    """A complex field (PAGE, NUMPAGES, TOC …): Word and LibreOffice compute it; ``result`` shows until then."""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{text_runs(result, rpr)}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def page_n_of_m(style: str) -> str:
    """ "Page N of M" with PAGE and NUMPAGES fields."""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{text_runs("Page ")}{field("PAGE", "1")}'
        f"{text_runs(' of ')}{field('NUMPAGES', '1')}</w:p>"
    )


def table_of_contents(entries: Sequence[tuple[str, str, int | None]]) -> str:
    """A TOC field over the level-1 headings: (title, bookmark, page), the page where known.

    Its stored result lists the entries (title linked to the heading's bookmark, then the
    page number after a dot leader), so the contents read right as written: the field is
    not marked for refreshing, and Word asks nothing on opening.
    """
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    paragraphs = []
    for index, (title, anchor, page) in enumerate(entries):
        lead = begin if index == 0 else ""
        number = f"<w:r><w:tab/><w:t>{page}</w:t></w:r>" if page is not None else ""
        link = f'<w:hyperlink w:anchor="{anchor}" w:history="1">{text_runs(title)}{number}</w:hyperlink>'
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{st.TOC_1}"/></w:pPr>{lead}{link}</w:p>')
    if not paragraphs:
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{st.TOC_1}"/></w:pPr>{begin}</w:p>')
    paragraphs.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return "".join(paragraphs)


def _cell(text: str, width: int, style: str, *, fill: str = "", indent: int = 0, bold: bool = False) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    ppr = f'<w:pStyle w:val="{style}"/>' + (f'<w:ind w:left="{indent}"/>' if indent else "")
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f"<w:p><w:pPr>{ppr}</w:pPr>{text_runs(text, rpr)}</w:p></w:tc>"
    )


def table(
    header: Sequence[str],
    rows: Iterable[tuple[Sequence[str], int, bool]],
    widths: Sequence[int],
    text_width: int,
    *,
    indent_column: int = 1,
    can_split: bool = False,
) -> str:
    """A table with a header row repeated on every page; rows are (cells, level, strong).

    ``widths`` are relative; they are scaled to ``text_width`` twips and fixed, so Word and
    LibreOffice lay the table out alike. Rows do not split across pages, unless ``can_split``:
    the writer asks for that before a heading that starts a new page, where LibreOffice
    would otherwise drop the rows that no longer fit.
    """
    total = sum(widths)
    twips = [text_width * width // total for width in widths]
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in twips)
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{st.TABLE}"/><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>',
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    out += [_cell(text, width, st.CELL_HEADER, fill=st.HEADER_FILL) for text, width in zip(header, twips, strict=True)]
    out.append("</w:tr>")
    row_start = "<w:tr>" if can_split else "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    for cells, level, strong in rows:
        out.append(row_start)
        fill = st.SECTION_FILL if strong else ""
        for column, (text, width) in enumerate(zip(cells, twips, strict=True)):
            indent = 284 * level if column == indent_column else 0
            out.append(_cell(text, width, st.CELL, fill=fill, indent=indent, bold=strong))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
