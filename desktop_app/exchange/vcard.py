"""vCard (.vcf) in and out: what Outlook, Google Contacts and Apple Contacts exchange natively.

Reading takes vCard 2.1 (Outlook: QUOTED-PRINTABLE, CHARSET=…), 3.0 (Google, Apple) and
4.0 (RFC 6350): FN or N for the name (Hangul goes to the Korean name), ORG, TITLE, the
first EMAIL and TEL, NOTE. The cards become a ``Table`` in our own columns, so a .vcf is
checked and previewed exactly like a CSV list. Reading is bounded like every list.

Writing is vCard 3.0, which all three read: FN, N, ORG, TITLE, EMAIL, TEL, and a NOTE
saying the side and the Korean name, title and organisation (never the biography or
internal notes, which no export carries); the same Korean details and the side go in
X-BRIEFING-DESK-* properties, which other programs keep and Briefing Desk reads back.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput
from desktop_app.exchange.atomic import atomic_write
from desktop_app.exchange.people_layouts import family_and_given, has_hangul, shared_note
from desktop_app.exchange.tables import MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS, Row, Table

COLUMNS = Person.LISTED_FIELDS
HEADER = Person.SHAREABLE_FIELDS  # read: a card's NOTE is the biography of a card not written by us
# The listed fields a vCard 3.0 property holds (FN and N, TITLE, ORG, EMAIL, TEL); every other one
# travels in a property of ours, so that a round trip keeps it.
_STANDARD = ("name", "title", "organization", "email", "phone")
_OUR_PROPERTY_NAMES = {"organization_ko": "ORG-KO"}
_OURS = {
    "X-BRIEFING-DESK-" + _OUR_PROPERTY_NAMES.get(name, name.upper().replace("_", "-")): name
    for name in COLUMNS
    if name not in _STANDARD
}
_LINES = re.compile(r"\r\n|\n|\r")
MAX_LINE = 64 * 1024


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, mark: str = ";") -> list[str]:
    """A structured value's parts (N, ORG), with escaped separators kept."""
    return [_unescape(part) for part in re.split(rf"(?<!\\){mark}", value)]


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def _content_lines(text: str) -> list[tuple[int, str]]:
    """(line number, content line) with vCard 3/4 folds and 2.1 quoted-printable soft breaks undone."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(_LINES.split(text), 1):
        if len(raw) > MAX_LINE:
            raise InvalidInput(
                Notice(
                    f"line {number} of the vCard file is {len(raw):,} characters long; it is refused",
                    "vcard.line_vcard_file_characters",
                    number=number,
                    count_raw=len(raw),
                )
            )
        if lines and raw[:1] in (" ", "\t"):
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif lines and lines[-1][1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1][1].split(":", 1)[0].upper():
            lines[-1] = (lines[-1][0], lines[-1][1][:-1] + raw)  # a soft line break
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _property(line: str) -> tuple[str, dict[str, str], str]:
    """(NAME, parameters, value) of a content line; a group prefix ("item1.") is dropped."""
    head, _, value = line.partition(":")
    name, *params = head.split(";")
    parameters: dict[str, str] = {}
    for param in params:
        key, sep, text = param.partition("=")
        if sep:
            parameters[key.strip().upper()] = text.strip().strip('"')
        else:  # vCard 2.1: a bare type ("WORK", "QUOTED-PRINTABLE")
            kind = "ENCODING" if key.strip().upper() in ("QUOTED-PRINTABLE", "BASE64") else "TYPE"
            parameters[kind] = ",".join(filter(None, (parameters.get(kind, ""), key.strip())))
    return name.strip().upper().rsplit(".", 1)[-1], parameters, value


def _decoded(parameters: dict[str, str], value: str) -> str:
    if parameters.get("ENCODING", "").upper() != "QUOTED-PRINTABLE":
        return value
    charset = parameters.get("CHARSET", "utf-8")
    try:
        return quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
    except LookupError:
        return quopri.decodestring(value.encode("ascii", "replace")).decode("utf-8", "replace")


def read_vcard_table(path: Path) -> Table:
    """Every card in ``path`` as a row of our columns; line N is where the card begins."""
    from desktop_app.exchange.people_csv import decode

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} is {size // 1024 // 1024} MB; a people list may be at most 10 MB",
                "vcard.mb_people_list_may",
                path_name=path.name,
                size_mb=size // 1024 // 1024,
            )
        )
    text, encoding = decode(path.read_bytes(), path.name)
    if "\x00" in text:
        raise InvalidInput(
            Notice(
                f"{path.name} holds binary data; it is not a vCard file",
                "vcard.holds_binary_data_not",
                path_name=path.name,
            )
        )
    rows: list[Row] = []
    card: dict[str, str] | None = None
    start = 0
    for number, line in _content_lines(text.lstrip("\ufeff")):
        name, parameters, raw = _property(line)
        if name == "BEGIN" and raw.strip().upper() == "VCARD":
            card, start = {}, number
            continue
        if card is None:
            if not rows and name not in ("BEGIN", "END"):
                raise InvalidInput(
                    Notice(
                        f"{path.name} is not a vCard file (it does not begin with BEGIN:VCARD)",
                        "vcard.not_vcard_file_does",
                        path_name=path.name,
                    )
                )
            continue
        if name == "END":
            rows.append(Row(start, _row(card)))
            card = None
            if len(rows) > MAX_ROWS:
                raise InvalidInput(
                    Notice(
                        f"{path.name} has more than {MAX_ROWS:,} cards; split the file",
                        "vcard.more_cards_split_file",
                        path_name=path.name,
                        max_rows=MAX_ROWS,
                    )
                )
            continue
        value = _decoded(parameters, raw)
        if len(value) > MAX_CELL_CHARS:
            raise InvalidInput(
                Notice(
                    f"line {number}: a value is too long for a people list", "vcard.line_value_too_long", number=number
                )
            )
        _read_property(card, name, parameters, value)
    if not rows:
        raise InvalidInput(
            Notice(
                f"{path.name} holds no vCard (BEGIN:VCARD … END:VCARD)",
                "vcard.holds_no_vcard_begin",
                path_name=path.name,
            )
        )
    return Table(HEADER, tuple(rows), encoding=f"vCard (.vcf), {encoding}")


def _read_property(card: dict[str, str], name: str, parameters: dict[str, str], value: str) -> None:
    types = parameters.get("TYPE", "").upper()
    if name == "FN":
        card.setdefault("fn", _unescape(value).strip())
    elif name == "N":
        family, given, additional = [*_split(value), "", "", ""][:3]
        card.setdefault("n", " ".join(p.strip() for p in (given, additional, family) if p.strip()))
        card.setdefault("n_ko", "".join(p.strip() for p in (family, given, additional)))
    elif name == "ORG":
        card.setdefault("organization", _split(value)[0].strip())
    elif name == "TITLE":
        card.setdefault("title", _unescape(value).strip())
    elif name == "EMAIL":
        if "email" not in card or "PREF" in types or parameters.get("PREF") == "1":
            card["email"] = value.strip().removeprefix("mailto:")
    elif name == "TEL":
        if "phone" not in card or "WORK" in types or "PREF" in types:
            card["phone"] = _unescape(value).strip().removeprefix("tel:")
    elif name == "NOTE":
        card.setdefault("note", _unescape(value).strip())
    elif name in _OURS:
        card[_OURS[name]] = _unescape(value).strip()


def _row(card: dict[str, str]) -> tuple[str, ...]:
    name = card.get("fn") or card.get("n", "")
    values = dict(card)
    if has_hangul(name):
        values.setdefault("name_ko", name if card.get("fn") else card.get("n_ko", name))
        name = card.get("n", "") if not has_hangul(card.get("n", "")) else ""
    values["name"] = name
    if "side" not in card:  # another program's card: its NOTE is the person's; ours repeats what X- says
        values["biography"] = card.get("note", "")
    return tuple(values.get(column, "") for column in HEADER)


def write_vcards(path: Path, people: Iterable[Person], sides: Mapping[str, str]) -> int:
    """Write one vCard 3.0 per person, atomically; return how many. ``sides``: code → name, for NOTE."""
    cards: list[str] = []
    for person in people:
        name = person.name or person.name_ko
        family, given = family_and_given(name)
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(name)}", f"N:{_escape(family)};{_escape(given)};;;"]
        if person.organization:
            lines.append(f"ORG:{_escape(person.organization)}")
        if person.title:
            lines.append(f"TITLE:{_escape(person.title)}")
        if person.email:
            lines.append(f"EMAIL;TYPE=INTERNET,WORK:{person.email}")
        if person.phone:
            lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(person.phone)}")
        note = shared_note(person, sides)
        if note:
            lines.append(f"NOTE:{_escape(note)}")  # side and Korean details; biography and internal notes never
        for prop, field in _OURS.items():
            value = str(getattr(person, field))
            if value and not (field == "name_ko" and value == name):
                lines.append(f"{prop}:{_escape(value)}")
        lines.append("END:VCARD")
        cards.append("".join(_fold(line) for line in lines))
    with atomic_write(path) as handle:
        handle.write("".join(cards).encode("utf-8"))
    return len(cards)


def _fold(line: str, limit: int = 75) -> str:
    """One content line folded at 75 octets (RFC 6350 3.2), never inside a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b" "
        current += encoded
    out.append(current)
    return "\r\n".join(part.decode("utf-8") for part in out) + "\r\n"
