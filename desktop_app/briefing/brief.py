"""What a principal's brief is built on: the session's purpose, objectives and messages, and the
logistics a delegation needs, kept apart from the session record (see ``storage.brief_repository``).

Plain data, no database: the packet reads it, the session page edits it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

MAX_OBJECTIVES = 3
MAX_FIELD_CHARS = 4000


@dataclass(frozen=True)
class SessionBrief:
    """Internal fields first (never in the counterpart edition), then the shared logistics."""

    purpose: str = ""  # one to three sentences
    objectives: str = ""  # one a line, at most three
    key_messages: str = ""  # one a line
    their_asks: str = ""  # what the other side wants and is likely to raise, one a line
    deliverables: str = ""  # expected deliverables, one a line
    prebrief: str = ""  # our own pre-brief: internal
    drafted_by: str = ""  # document control
    cleared_by: str = ""
    arrival: str = ""  # arrival and entry: shared from here on
    room: str = ""
    interpretation: str = ""
    press: str = ""
    control_officer: str = ""  # the counterpart's control officer

    def objective_lines(self) -> list[str]:
        return lines(self.objectives)

    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in BRIEF_FIELDS)


BRIEF_FIELDS = tuple(f.name for f in fields(SessionBrief))
INTERNAL_BRIEF_FIELDS = ("purpose", "objectives", "key_messages", "their_asks", "deliverables", "prebrief")
SHARED_LOGISTICS_FIELDS = ("arrival", "room", "interpretation", "press", "control_officer")
LOGISTICS_LABELS = {
    "arrival": "Arrival and entry",
    "prebrief": "Pre-brief",
    "room": "Room",
    "interpretation": "Interpretation",
    "press": "Press arrangements",
    "control_officer": "Control officer",
}


def lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, with a hand-typed list marker or number taken off."""
    result = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip().lstrip("-•*").strip()
        if len(line) > 2 and line[0].isdigit() and line[1] in ".)":
            line = line[2:].strip()
        if line:
            result.append(line)
    return result


def checked(brief: SessionBrief) -> SessionBrief:
    """``brief`` as stored: refuses more than three objectives or a field past the size limit."""
    for name in BRIEF_FIELDS:
        if len(getattr(brief, name)) > MAX_FIELD_CHARS:
            raise InvalidInput(
                Notice(
                    f"the {name.replace('_', ' ')} field is longer than {MAX_FIELD_CHARS} characters",
                    "brief.field_longer_characters",
                    field=name.replace("_", " "),
                    max_field_chars=MAX_FIELD_CHARS,
                )
            )
    if len(brief.objective_lines()) > MAX_OBJECTIVES:
        raise InvalidInput(
            Notice(
                f"a session has at most {MAX_OBJECTIVES} objectives (one a line)",
                "brief.session_most_objectives_line",
                max_objectives=MAX_OBJECTIVES,
            )
        )
    return brief
