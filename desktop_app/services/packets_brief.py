"""The principal's brief: what the session page edits and the packet is built on.

>>> brief = SessionBrief(purpose="Agree the work plan.", objectives="Dates\\nText")
>>> save_session_brief(workspace, 7, brief)  # doctest: +SKIP
>>> session_brief(workspace, 7).objective_lines()  # doctest: +SKIP
['Dates', 'Text']
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.briefing.brief import SessionBrief as SessionBrief  # re-exported: the GUI reaches it here
from desktop_app.briefing.brief import checked
from desktop_app.briefing.model import clean
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, brief_repository, session_repository

MAX_AIM_CHARS = 1000


def session_brief(workspace: Workspace, session_id: int) -> SessionBrief:
    session_repository.get_session(workspace.store.db, session_id)  # a clear error for an unknown session
    return brief_repository.get_brief(workspace.store.db, session_id)


def _tidy(brief: SessionBrief) -> SessionBrief:
    return replace(brief, **{name: clean(value) for name, value in vars(brief).items()})


def save_session_brief(workspace: Workspace, session_id: int, brief: SessionBrief) -> SessionBrief:
    """Store the brief in one transaction; refuses (changing nothing) more than three objectives."""
    brief = checked(_tidy(brief))
    with workspace.store.transaction() as db:
        session_repository.get_session(db, session_id)
        brief_repository.save_brief(db, session_id, brief)
    return brief


def item_aim(workspace: Workspace, session_id: int, item_id: int) -> str:
    item = agenda_repository.get_item(workspace.store.db, item_id)
    return brief_repository.aims_for(workspace.store.db, session_id, item.version_id).get(item_id, "")


def save_item_aim(workspace: Workspace, item_id: int, aim: str) -> None:
    """Our aim for one agenda item (empty clears it), in one transaction."""
    aim = clean(aim)
    if len(aim) > MAX_AIM_CHARS:
        raise InvalidInput(
            Notice(
                f"an item's aim is at most {MAX_AIM_CHARS} characters",
                "packets_brief.item_aim_most_characters",
                max_aim_chars=MAX_AIM_CHARS,
            )
        )
    with workspace.store.transaction() as db:
        agenda_repository.get_item(db, item_id)
        brief_repository.save_aim(db, item_id, aim)


@dataclass(frozen=True)
class ItemAim:
    """One agenda item of the version that counts, with our aim for it."""

    item_id: int
    number: str
    title: str
    aim: str


def item_aims(workspace: Workspace, session_id: int) -> list[ItemAim]:
    """The titled items of the session's current agenda (agreed, else the latest), each with our aim."""
    db = workspace.store.db
    version = agenda_repository.current_versions(db).get(session_id)
    if version is None or version.id is None:
        return []
    aims = brief_repository.aims_for(db, session_id, version.id)
    return [
        ItemAim(item.id, item.number, item.title, aims.get(item.id, ""))
        for item in agenda_repository.list_items(db, version.id)
        if item.id is not None and item.title.strip()
    ]


def save_brief_and_aims(workspace: Workspace, session_id: int, brief: SessionBrief, aims: dict[int, str]) -> None:
    """The brief and the items' aims in one transaction: all saved, or nothing (a bad field refuses all)."""
    brief = checked(_tidy(brief))
    tidy = {item_id: clean(aim) for item_id, aim in aims.items()}
    if any(len(aim) > MAX_AIM_CHARS for aim in tidy.values()):
        raise InvalidInput(
            Notice(
                f"an item's aim is at most {MAX_AIM_CHARS} characters",
                "packets_brief.item_aim_most_characters",
                max_aim_chars=MAX_AIM_CHARS,
            )
        )
    with workspace.store.transaction() as db:
        session_repository.get_session(db, session_id)
        brief_repository.save_brief(db, session_id, brief)
        for item_id, aim in tidy.items():
            agenda_repository.get_item(db, item_id)
            brief_repository.save_aim(db, item_id, aim)
