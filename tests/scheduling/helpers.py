"""Small builders shared by the scheduling tests: people in sessions, drafts."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.attendance import Attendance, Role
from desktop_app.domain.person import Person
from desktop_app.services.scheduling import SessionDraft
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository


def draft(title: str, local: datetime, zone: str = "Asia/Seoul", **fields: object) -> SessionDraft:
    values: dict[str, object] = {"duration_minutes": 120, "host_side": "ROK" if zone == "Asia/Seoul" else "US"}
    values.update(fields)
    return SessionDraft(title=title, local_start=local, timezone=zone, **values)  # type: ignore[arg-type]


def seat(workspace: Workspace, session_id: int, person_id: int, role: Role = Role.MEMBER) -> None:
    with workspace.store.transaction() as db:
        people_repository.add_attendance(db, Attendance(session_id=session_id, person_id=person_id, role=role))


def new_person(workspace: Workspace, name: str, side: str = "ROK", **fields: object) -> int:
    with workspace.store.transaction() as db:
        return people_repository.insert_person(db, Person(name=name, side=side, **fields))  # type: ignore[arg-type]
