"""What a packet says, before any Word file exists: a small tree of plain dataclasses.

The writer turns this tree into a .docx; the GUI reads the section titles from it. Keeping
the tree free of python-docx lets tests check the content quickly and keeps start-up light.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

# XML 1.0 refuses most control characters; a stray one pasted from e-mail would stop the save.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` with what a Word file cannot hold removed, and Windows line ends made plain."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


class Audience(enum.StrEnum):
    INTERNAL = "internal"  # our delegation: everything
    COUNTERPART = "counterpart"  # the other side: only what both sides share


class ParaKind(enum.StrEnum):
    BODY = "body"
    BULLET = "bullet"
    NUMBERED = "numbered"  # "1." … : objectives
    NOTE = "note"  # muted: sources, explanations (never guidance: that is body text)
    WARNING = "warning"  # e.g. overdue, agenda overrun
    LABEL = "label"  # "Points to make": bold, kept with what follows
    STATUS = "status"  # POSTPONED, CANCELLED, HELD: large and red


@dataclass(frozen=True)
class Para:
    text: str
    kind: ParaKind = ParaKind.BODY
    label: str = ""  # a bold lead-in such as "If raised:"
    keep_next: bool = False  # on the same page as the next paragraph (a biography holds together)


@dataclass(frozen=True)
class SubHeading:
    text: str


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]  # "\n" inside a cell becomes a line break
    level: int = 0  # 1 indents the first text column (sub-items)
    strong: bool = False  # a section row in the agenda


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[int, ...]  # relative column widths; the writer scales them to the text width
    caption: str = ""  # a small line above the table

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.header) or any(len(row.cells) != len(self.header) for row in self.rows):
            raise ValueError("every row of a packet table needs one cell per column")


Block = Para | SubHeading | Table


@dataclass(frozen=True)
class Section:
    key: str  # stable name for code and the GUI: "agenda", "participants", …
    title: str
    blocks: tuple[Block, ...]
    new_page: bool = False  # only a section that deserves a page of its own starts one


@dataclass(frozen=True)
class Cover:
    body: str
    body_ko: str
    session_line: str  # "14th session · Senior officials"
    title: str
    title_ko: str
    times: tuple[tuple[str, str], ...]  # (capital, "Tuesday 9 March 2027, 10:00–12:00 KST")
    venue: str
    agenda_line: str  # which agenda version, and whether it is agreed
    audience_line: str
    prepared_line: str  # who prepared it, when
    status_line: str = ""  # "POSTPONED: …", "CANCELLED", "HELD: a record of the session"
    control: tuple[tuple[str, str], ...] = ()  # the document-control block: (label, text)
    copy_line: str = ""  # "Copy 3 of 10"
    draft_word: str = "DRAFT"  # the big word on the cover while the agenda is not agreed
    venue_label: str = "Venue"


@dataclass(frozen=True)
class PacketContent:
    audience: Audience
    marking: str
    draft: bool  # the agenda is not agreed: DRAFT on the cover and every page
    draft_line: str  # "DRAFT · agenda version 3 (US counter-draft 2)"; empty when agreed
    cover: Cover
    sections: tuple[Section, ...]
    title: str  # document properties
    subject: str
    author: str
    page_size: str = "A4"  # or "Letter"
    running_title: str = ""  # the small line in the header of later pages
    contents_title: str = "Contents"
    status_line: str = ""  # in every header: "POSTPONED", "CANCELLED", "HELD · record"
    copy_line: str = ""  # in every footer: "Copy 3 of 10"
    language: str = "en"  # "ko": the Korean edition

    def section_titles(self) -> list[str]:
        """What the packet will hold, in order, as the GUI lists it before generating."""
        titles = ["표지" if self.language == "ko" else "Cover"]  # the Korean edition names its cover in Korean too
        if self.sections:
            titles.append(self.contents_title)
        return titles + [section.title for section in self.sections]
