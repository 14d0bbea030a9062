"""A person who sits, or sat, at the table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

# Deliberately loose: the point is catching typos in a delegation list, not RFC 5322.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Person:
    """One person; which of their fields may leave our office is declared here, once.

    ``SHAREABLE_FIELDS`` go to the counterpart desk in a session package, are read from a
    contact list, and are searched; ``LISTED_FIELDS`` (the same but the biography) are
    what a contact list we write carries: CSV, XLSX, vCard. ``LOCAL_FIELDS`` never leave.
    A new field goes in exactly one of ``SHAREABLE_FIELDS`` and ``LOCAL_FIELDS`` (a test
    holds every field to that), and every export, package and table follows from there.
    """

    # In the order lists, packages and tables lay them out.
    SHAREABLE_FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "name_ko",
        "title",
        "title_ko",
        "organization",
        "organization_ko",
        "side",
        "email",
        "phone",
        "biography",
    )
    # A contact list goes further than the counterpart desk (Outlook, a phone): no biography.
    LISTED_FIELDS: ClassVar[tuple[str, ...]] = tuple(name for name in SHAREABLE_FIELDS if name != "biography")
    LOCAL_FIELDS: ClassVar[tuple[str, ...]] = ("internal_notes", "retired", "id")

    name: str  # in roman letters, as on the passport: "KIM Min-jun"
    side: str
    name_ko: str = ""  # in Hangul: "김민준"
    title: str = ""
    title_ko: str = ""
    organization: str = ""
    organization_ko: str = ""
    email: str = ""
    phone: str = ""
    biography: str = ""  # shareable
    internal_notes: str = ""  # never leaves our office
    retired: bool = False  # kept for history: past sessions still show who attended
    id: int | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput(Notice("name is empty", "person.name_empty"))
        if self.email and not EMAIL.match(self.email):
            raise InvalidInput(
                Notice(f"e-mail {self.email!r} is not an address", "person.e_mail_not_address", email=self.email)
            )

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.name_ko})" if self.name_ko and self.name_ko != self.name else self.name
