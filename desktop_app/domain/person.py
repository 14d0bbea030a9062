"""A person who sits, or sat, at the table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

# Deliberately loose: the point is catching typos in a delegation list, not RFC 5322.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Person:
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
