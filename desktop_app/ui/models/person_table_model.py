"""The People list: one row per ``Person``, names in both scripts, read-only for now."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.domain.person import Person
from desktop_app.ui.models.record_table_model import Column, RecordTableModel


def _both(english: str, korean: str) -> str:
    return f"{english} ({korean})" if english and korean else english or korean


class PersonTableModel(RecordTableModel[Person]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column("Name", lambda p: p.name, tooltip=lambda p: p.display_name),
                Column("Korean name", lambda p: p.name_ko),
                Column("Side", lambda p: p.side),
                Column("Title", lambda p: _both(p.title, p.title_ko), tooltip=lambda p: _both(p.title, p.title_ko)),
                Column(
                    "Organisation",
                    lambda p: _both(p.organization, p.organization_ko),
                    tooltip=lambda p: _both(p.organization, p.organization_ko),
                ),
                Column("E-mail", lambda p: p.email),
                Column("", lambda p: "retired" if p.retired else "", header_tooltip="Retired people stay for history"),
            ],
            parent,
        )
