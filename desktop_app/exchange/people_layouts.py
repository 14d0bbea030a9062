"""The column layouts people lists arrive in: Outlook's and Google's contact exports, Korean and our own headers.

``plan_columns`` recognises a header and says, for each canonical field, which columns
feed it (a name may be put together from First/Middle/Last), and for each column of
the file what it was read as: the import preview shows that line by line. The same
layouts are written back (``OUTLOOK_HEADER``, ``GOOGLE_HEADER``) so that Outlook's and
Google's importers map every column by themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person

# Outlook's "Export to a file → Comma Separated Values" header, all 92 columns, in its order.
OUTLOOK_HEADER = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
    "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
    "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name",
    "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
    "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
)  # fmt: skip

# Google Contacts "Export → Google CSV" since 2021 (the columns of one e-mail, phone and address).
GOOGLE_HEADER = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
    "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
    "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
    "Website 1 - Label", "Website 1 - Value",
)  # fmt: skip

# Each layout: canonical field → the columns that feed it, by folded header, in order of preference.
# "name" parts are put together (given, middle, family); every other field takes its first non-empty column.
_OUTLOOK = {
    "name": ("first_name", "middle_name", "last_name"),
    "title": ("job_title",),
    "organization": ("company",),
    "email": ("e_mail_address", "e_mail_2_address", "e_mail_3_address"),
    "phone": ("business_phone", "mobile_phone", "primary_phone", "company_main_phone", "business_phone_2"),
}
_GOOGLE = {
    "name": ("first_name", "middle_name", "last_name"),
    "title": ("organization_title",),
    "organization": ("organization_name",),
    "email": ("e_mail_1_value", "e_mail_2_value"),
    "phone": ("phone_1_value", "phone_2_value"),
}
_GOOGLE_OLDER = {
    "name": ("given_name", "additional_name", "family_name"),
    "full_name": ("name",),
    "title": ("organization_1_title",),
    "organization": ("organization_1_name",),
    "email": ("e_mail_1_value", "e_mail_2_value"),
    "phone": ("phone_1_value", "phone_2_value"),
}

# Our own columns (every field that may leave an office) and the other spellings met in real
# lists (Korean offices among them).
COLUMNS = Person.SHAREABLE_FIELDS
ALIASES = {
    "full_name": "name",
    "e_mail": "email",
    "mail": "email",
    "email_address": "email",
    "e_mail_address": "email",
    "organisation": "organization",
    "org": "organization",
    "company": "organization",
    "organisation_ko": "organization_ko",
    "korean_name": "name_ko",
    "name_korean": "name_ko",
    "name_hangul": "name_ko",
    "title_korean": "title_ko",
    "job_title": "title",
    "position": "title",
    "telephone": "phone",
    "tel": "phone",
    "phone_number": "phone",
    "bio": "biography",
    "이름": "name_ko",
    "성명": "name_ko",
    "국문성명": "name_ko",
    "한글성명": "name_ko",
    "한글이름": "name_ko",
    "영문성명": "name",
    "영문이름": "name",
    "영문명": "name",
    "직책": "title_ko",
    "직위": "title_ko",
    "직급": "title_ko",
    "영문직위": "title",
    "영문직책": "title",
    "소속": "organization_ko",
    "기관": "organization_ko",
    "소속기관": "organization_ko",
    "부처": "organization_ko",
    "영문소속": "organization",
    "이메일": "email",
    "이메일주소": "email",
    "전자우편": "email",
    "메일": "email",
    "전화": "phone",
    "전화번호": "phone",
    "연락처": "phone",
    "휴대폰": "phone",
    "휴대전화": "phone",
    "측": "side",
    "구분": "side",
    "약력": "biography",
}
_NOT_READ = ""
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
MULTI_VALUE = " ::: "  # how Google puts two e-mails or phones in one cell


def header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lstrip("\ufeff").casefold()
    return re.sub(r"[\s\-.()/']+", "_", folded).strip("_")


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


@dataclass(frozen=True)
class ColumnPlan:
    layout: str  # "Outlook CSV export", "Google Contacts CSV", … for the preview
    sources: Mapping[str, tuple[int, ...]]  # canonical field → the columns feeding it
    read_as: tuple[tuple[str, str], ...]  # (header as written, the field it was read as; "" = not read)
    problems: tuple[str, ...]

    @property
    def unknown(self) -> tuple[str, ...]:
        return tuple(header for header, field in self.read_as if not field and header.strip())

    def values(self, cells: Sequence[str]) -> dict[str, str]:
        """One row's values by canonical field; a name from parts in Hangul goes to ``name_ko``."""

        def cell(index: int) -> str:
            return unicodedata.normalize("NFC", cells[index].strip()) if 0 <= index < len(cells) else ""

        values: dict[str, str] = {}
        for key, indices in self.sources.items():
            if key == "name" and len(indices) > 1:
                parts = [cell(i) for i in indices]
                values.update(_joined_name(parts))
                continue
            found = next((text for text in (cell(i) for i in indices) if text), "")
            if key in ("email", "phone"):
                found = found.split(MULTI_VALUE)[0].strip()
            if key == "full_name":
                if found and not values.get("name") and not values.get("name_ko"):
                    values.update(_split_script(found))
                continue
            values[key] = found
        if "name" in values and not values.get("name_ko") and has_hangul(values["name"]):
            values.update(_split_script(values["name"]))  # a Korean name in the one name column
        return values


def _split_script(name: str) -> dict[str, str]:
    return {"name": "", "name_ko": name} if has_hangul(name) else {"name": name}


def _joined_name(parts: list[str]) -> dict[str, str]:
    """Given, middle, family: "Emily Carter"; "KIM Min-jun" when the family name is in capitals;
    in Hangul family name first, unspaced ("김민준")."""
    given, middle, family = [*parts, "", "", ""][:3]
    if any(has_hangul(part) for part in parts):
        return {"name": "", "name_ko": f"{family}{given}{middle}".strip()}
    if family.isupper() and any(char.isalpha() for char in family) and not given.isupper():
        # a family name in capitals, as on a passport ("KIM"): written first, as Briefing Desk keeps it
        return {"name": " ".join(part for part in (family, given, middle) if part)}
    return {"name": " ".join(part for part in (given, middle, family) if part)}


def _layout(keys: set[str]) -> tuple[str, dict[str, tuple[str, ...]]] | None:
    if {"first_name", "last_name", "job_title", "e_mail_address"} <= keys:
        return "Outlook CSV export", _OUTLOOK
    if {"first_name", "last_name", "organization_name", "e_mail_1_value"} <= keys:
        return "Google Contacts CSV", _GOOGLE
    if {"given_name", "family_name", "e_mail_1_value"} <= keys:
        return "Google Contacts CSV (older format)", _GOOGLE_OLDER
    return None


def plan_columns(header: Sequence[str]) -> ColumnPlan:
    keys = [header_key(title) for title in header]
    known = _layout(set(keys))
    if known is not None:
        layout, fields = known
        sources = {field: tuple(keys.index(name) for name in names if name in keys) for field, names in fields.items()}
        by_index = {index: field for field, indices in sources.items() for index in indices}
        read_as = tuple((title, _shown(by_index.get(i, _NOT_READ))) for i, title in enumerate(header))
        return ColumnPlan(layout, {k: v for k, v in sources.items() if v}, read_as, ())
    return _plan_ours(header, keys)


def _shown(field: str) -> str:
    return "name" if field == "full_name" else field


def _plan_ours(header: Sequence[str], keys: list[str]) -> ColumnPlan:
    sources: dict[str, tuple[int, ...]] = {}
    read_as: list[tuple[str, str]] = []
    problems: list[str] = []
    for index, (title, key) in enumerate(zip(header, keys, strict=True)):
        key = ALIASES.get(key, key)
        if key in COLUMNS and key in sources:
            problems.append(Notice(f"the column {key!r} appears twice", "people_layouts.column_appears_twice", key=key))
            read_as.append((title, _NOT_READ))
        elif key in COLUMNS:
            sources[key] = (index,)
            read_as.append((title, key))
        else:
            read_as.append((title, _NOT_READ))
    if "name" not in sources and "name_ko" not in sources:
        found = ", ".join(repr(title) for title in header if title.strip()) or "nothing"
        problems.append(
            Notice(
                f"the header has no name column ('name' or '성명'; found {found})",
                "people_layouts.header_no_name_column",
                found=found,
            )
        )
    layout = "Korean headers" if any(has_hangul(title) for title in header) else "Briefing Desk list"
    return ColumnPlan(layout, sources, tuple(read_as), tuple(problems))


def family_and_given(name: str) -> tuple[str, str]:
    """ "KIM Min-jun" (family name first in capitals, as on a passport) → ("KIM", "Min-jun");
    "Sarah Miller" → ("Miller", "Sarah"); "김민준" → ("김", "민준")."""
    words = name.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return (name[:1], name[1:]) if has_hangul(name) else (name, "")
    if words[0].isupper() and not words[-1].isupper():
        return words[0], " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


def shared_note(person: Person, sides: Mapping[str, str]) -> str:
    """What a contact's Notes field says of a person: the side, and the Korean name, title and organisation."""
    parts = [f"{sides.get(person.side, person.side)} delegation"] if person.side else []
    korean = " ".join(p for p in (person.name_ko if person.name_ko != person.name else "", person.title_ko,
                                  person.organization_ko) if p)  # fmt: skip
    if korean:
        parts.append(korean)
    return " · ".join(parts)


def export_rows(
    layout: str, people: Sequence[Person], sides: Mapping[str, str]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """(header, rows) of ``people`` in Outlook's ("outlook") or Google's ("google") contact layout."""
    header = OUTLOOK_HEADER if layout == "outlook" else GOOGLE_HEADER
    rows = []
    for person in people:
        name = person.name or person.name_ko
        family, given = family_and_given(name)
        values = {"First Name": given, "Last Name": family, "Notes": shared_note(person, sides)}
        if layout == "outlook":
            values |= {
                "Company": person.organization,
                "Job Title": person.title,
                "E-mail Address": person.email,
                "E-mail Type": "SMTP" if person.email else "",
                "E-mail Display Name": f"{name} ({person.email})" if person.email else "",
                "Business Phone": person.phone,
            }
        else:
            values |= {
                "File As": name,
                "Organization Name": person.organization,
                "Organization Title": person.title,
                "Labels": "* myContacts",
                "E-mail 1 - Label": "* Work" if person.email else "",
                "E-mail 1 - Value": person.email,
                "Phone 1 - Label": "Work" if person.phone else "",
                "Phone 1 - Value": person.phone,
            }
        rows.append([values.get(column, "") for column in header])
    return header, rows
