"""What the Packets panel shows before generating: each session's agenda state, the sections a packet
will hold or leave out (and why), the default file name, and which editions and outputs are available.

The packet itself is written by ``services.packets``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop_app.briefing.model import Audience as Audience  # re-exported: the GUI reaches briefing through here
from desktop_app.briefing.model import clean
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.session import Session
from desktop_app.services.packets import packet_content
from desktop_app.services.workspace import Workspace


class SectionReason(enum.StrEnum):
    """Why a section is left out of a packet; the value is the English the window's words start from."""

    EMPTY = "nothing to put in it"
    NO_HISTORY = "no earlier session and no open action items"
    NO_ITEMS = "no agenda items yet"
    NO_DELEGATES = "no one is on either delegation yet"
    NO_BIOGRAPHIES = "no biographies on file"
    NOT_HELD = "the session has not been held"
    NO_ACTIONS = "no open or agreed action items"
    HELD = "the session was held: the packet is its record"
    IN_ITEM_BRIEFS = "in each item's brief"
    COUNTERPART_ONLY = "counterpart edition only (ours has them in the scene-setter)"
    NO_BACKGROUND = "no agenda item has background text"
    NO_SECTIONS = "no sections to list"
    INTERNAL_ONLY = "internal only"  # never in the counterpart edition, by construction


@dataclass(frozen=True)
class PlannedSection:
    """One line of the list the GUI shows before generating: a section, and why it is left out if it is."""

    key: str  # "cover", "contents", then the ``Section.key`` values: "purpose", "agenda", …
    title: str
    included: bool
    reason: SectionReason | None = None  # why it is left out: NO_BIOGRAPHIES


# Why the internal edition has no section of its own for these.
_INTERNAL_REASONS = {
    "background": SectionReason.IN_ITEM_BRIEFS,
    "actions": SectionReason.COUNTERPART_ONLY,
}
# (key, title, internal only, why it is left out when there is nothing to put in it), in packet order.
_SECTION_CATALOGUE: tuple[tuple[str, str, bool, SectionReason], ...] = (
    ("record", "Record of the session", True, SectionReason.NOT_HELD),
    ("summary", "Summary", True, SectionReason.EMPTY),
    ("briefs", "Item briefs", True, SectionReason.NO_ITEMS),
    ("agenda", "Timed agenda", False, SectionReason.NO_ITEMS),
    ("scene", "Scene-setter", True, SectionReason.NO_HISTORY),
    ("participants", "Participants", False, SectionReason.NO_DELEGATES),
    ("biographies", "Counterpart biographies", True, SectionReason.NO_BIOGRAPHIES),
    ("background", "Background", False, SectionReason.NO_BACKGROUND),
    ("logistics", "Logistics and contacts", False, SectionReason.EMPTY),
    ("actions", "Annex: action-item tracker", False, SectionReason.NO_ACTIONS),
)


def packet_plan(workspace: Workspace, session_id: int, audience: Audience) -> list[PlannedSection]:
    """Every section a packet can hold, in order, each marked included or left out (and why).

    The included titles are exactly ``packet_sections``; the left-out ones let the GUI say
    what is missing ("no biographies on file") and what the counterpart edition never holds.
    """
    content = packet_content(workspace, session_id, audience)
    present = {section.key for section in content.sections}

    held = content.status_line == "HELD"

    def left_out(entry: tuple[str, str, bool, SectionReason]) -> PlannedSection:
        key, title, internal_only, why = entry
        if audience is Audience.COUNTERPART and internal_only:
            why = SectionReason.INTERNAL_ONLY
        elif audience is Audience.INTERNAL and key in _INTERNAL_REASONS:
            why = _INTERNAL_REASONS[key]
        elif held and key in ("summary", "briefs", "scene"):
            why = SectionReason.HELD
        return PlannedSection(key, title, False, why)

    plan = [PlannedSection("cover", "Cover", True)]
    if content.sections:
        plan.append(PlannedSection("contents", content.contents_title, True))
    else:
        plan.append(PlannedSection("contents", content.contents_title, False, SectionReason.NO_SECTIONS))
    pending = list(_SECTION_CATALOGUE)
    known = {entry[0] for entry in pending}
    for section in content.sections:
        if section.key in known:
            while pending and pending[0][0] != section.key:
                entry = pending.pop(0)
                if entry[0] not in present:
                    plan.append(left_out(entry))
            if pending:
                pending.pop(0)
        plan.append(PlannedSection(section.key, section.title, True))
    plan += [left_out(entry) for entry in pending if entry[0] not in present]
    return plan


def korean_edition_available(workspace: Workspace) -> bool:
    """Whether this copy's own side is Korean, so that the Korean edition can be written."""
    from desktop_app.briefing.korean import korean_side

    return korean_side(workspace.body)


def pdf_available() -> bool:
    """Whether LibreOffice is on this machine, so that a PDF copy can be made."""
    from desktop_app.briefing.pdf import find_soffice

    return find_soffice() is not None


class AgendaStateKind(enum.Enum):
    AGREED = "agreed"
    NOT_AGREED = "not agreed"  # a current version, not yet agreed: the packet is marked DRAFT
    NO_AGENDA = "no agenda"


@dataclass(frozen=True)
class AgendaState:
    """Where a session's agenda stands, for the window to word: the kind, and which version."""

    kind: AgendaStateKind
    label: str = ""  # the current version's label ("US counter-draft 2"); "" when it has none
    version: int = 0  # its number, which names it when it has no label

    @property
    def agreed(self) -> bool:
        return self.kind is AgendaStateKind.AGREED

    def __str__(self) -> str:
        """In English: "agreed", "DRAFT — US counter-draft 2 not agreed", "DRAFT — no agenda yet"."""
        if self.kind is AgendaStateKind.AGREED:
            return "agreed"
        if self.kind is AgendaStateKind.NO_AGENDA:
            return "DRAFT — no agenda yet"
        return f"DRAFT — {self.label or f'version {self.version}'} not agreed"


@dataclass(frozen=True)
class PacketSessionChoice:
    """A session as the packet picker lists it, with where its agenda stands."""

    session: Session
    agenda_state: AgendaState
    agreed: bool
    upcoming: bool  # the next session: the one to preselect


def agenda_state(version: AgendaVersion | None) -> AgendaState:
    if version is None:
        return AgendaState(AgendaStateKind.NO_AGENDA)
    if version.status is AgendaStatus.AGREED:
        return AgendaState(AgendaStateKind.AGREED, clean(version.label), version.version)
    return AgendaState(AgendaStateKind.NOT_AGREED, clean(version.label), version.version)


def packet_session_choices(workspace: Workspace, now: datetime | None = None) -> list[PacketSessionChoice]:
    """Every session in date order with its agenda state; the next one (if any) marked ``upcoming``."""
    from desktop_app.services.overview import next_session
    from desktop_app.storage import agenda_repository, session_repository

    db = workspace.store.conn
    versions = agenda_repository.current_versions(db)
    upcoming = next_session(workspace, now)
    next_id = upcoming.session.id if upcoming is not None else None
    choices = []
    for session in session_repository.list_sessions(db):
        version = versions.get(session.id) if session.id is not None else None
        choices.append(
            PacketSessionChoice(
                session=session,
                agenda_state=agenda_state(version),
                agreed=version is not None and version.status is AgendaStatus.AGREED,
                upcoming=session.id is not None and session.id == next_id,
            )
        )
    return choices


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_packet_name(session: Session, audience: Audience) -> str:
    """A file name that sorts by date and says the edition: "2027-01-13 9th session – internal.docx"."""
    from desktop_app.briefing.formatting import ordinal

    day = session.start.astimezone(ZoneInfo(session.timezone)).date()
    if session.number:
        name = f"{ordinal(session.number)} session"
    else:
        name = " ".join(_UNSAFE_IN_NAMES.sub(" ", session.title).split())[:60].strip(" .") or "session"
    return f"{day.isoformat()} {name} – {audience.value}.docx"
