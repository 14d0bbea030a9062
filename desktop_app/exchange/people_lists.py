"""Delegation lists in and out: header mapping, per-line validation, likely duplicates.

Pure: it reads and writes files but never the database. ``build_preview`` turns a file
into an ``ImportPreview`` that the GUI shows (each line's problems, unknown columns,
likely duplicates offered as merges) and that services/people_io.py applies in one
transaction. A preview with any problem is never applied: all or nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.domain.attendance import Role
from desktop_app.domain.body import Body
from desktop_app.domain.duplicates import DuplicateIndex, Match
from desktop_app.domain.notices import Notice, joined
from desktop_app.domain.person import EMAIL, Person
from desktop_app.errors import InvalidInput
from desktop_app.exchange.people_layouts import ColumnPlan, plan_columns
from desktop_app.exchange.tables import Table
from desktop_app.storage.safefiles import require_regular_file

# Columns written: the listed ones only (``Person.LISTED_FIELDS``). Biography and internal notes stay home.
EXPORT_COLUMNS = Person.LISTED_FIELDS
SESSION_EXPORT_COLUMNS = (*EXPORT_COLUMNS, "role")
MAX_SHORT_FIELD = 500  # every column but the biography
MAX_REPORTED = 20  # problems named in the one-line refusal; the preview holds them all
SUFFIXES = (".csv", ".xlsx", ".vcf")


@dataclass(frozen=True)
class ImportRow:
    line: int
    person: Person  # not saved: ``id`` is None


@dataclass(frozen=True)
class LikelyDuplicate:
    line: int
    row: Person
    match: Match  # the known person and why we think it is the same


@dataclass(frozen=True)
class ImportPreview:
    source: str  # the file's name, for messages
    rows: tuple[ImportRow, ...]  # the rows that passed; the list applies only when ``ok``
    problems: dict[int, tuple[str, ...]]  # line → what is wrong with it
    unknown_columns: tuple[str, ...]
    duplicates: tuple[LikelyDuplicate, ...]
    table: Table = field(default_factory=lambda: Table((), ()))  # the file as read: what the dialog lists
    layout: str = ""  # "Outlook CSV export", "Google Contacts CSV", "Korean headers", …
    read_as: tuple[tuple[str, str], ...] = ()  # each column as written → the field it was read as ("" = not read)
    needs_side: bool = False  # the list says no side for some people: the side of the whole list is asked

    def columns_report(self) -> list[str]:
        """ "'Job Title' → title", one per column, "not read" for the rest: what the preview shows."""
        return [f"{header!r} → {read or 'not read'}" for header, read in self.read_as if header.strip()]

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_lines(self) -> list[str]:
        """ "line 3: name is empty", one per problem, in line order."""
        return [
            Notice(f"line {line}: {text}", "people_lists.line_problem", line=line, problem=text)
            for line in sorted(self.problems)
            for text in self.problems[line]
        ]

    def error_message(self) -> str:
        """The one-line refusal: every bad line named (the first few), and that nothing was imported."""
        lines = self.problem_lines()
        shown = joined(lines[:MAX_REPORTED])
        if len(lines) > MAX_REPORTED:
            more = len(lines) - MAX_REPORTED
            english = f"{shown}; and {more} more — nothing was imported from {self.source}"
            return Notice(english, "people_lists.refused_more", shown=shown, more=more, source=self.source)
        english = f"{shown} — nothing was imported from {self.source}"
        return Notice(english, "people_lists.refused", shown=shown, source=self.source)

    def duplicate_of(self, line: int) -> LikelyDuplicate | None:
        return next((d for d in self.duplicates if d.line == line), None)


def resolve_side(value: str, body: Body) -> str | None:
    """A side's code from its code or name in either language, any case: "us", "미국" → "US"."""
    wanted = unicodedata.normalize("NFKC", value).strip().casefold()
    for side in body.sides:
        if wanted in {side.code.casefold(), side.name.casefold(), side.name_ko.casefold()}:
            return side.code
    return None


def _row_person(
    cells: Sequence[str], plan: ColumnPlan, body: Body, default_side: str | None
) -> tuple[Person, list[str]]:
    values: dict[str, Any] = plan.values(cells)
    problems: list[str] = []
    if not values.get("name") and values.get("name_ko"):
        values["name"] = values["name_ko"]  # only a Korean name: it is the name the person goes by
    if not values.get("name"):
        problems.append(Notice("name is empty", "people_lists.name_empty"))
    email = values.get("email", "")
    if email and not EMAIL.match(email):
        problems.append(Notice(f"e-mail {email!r} is not an address", "people_lists.e_mail_not_address", email=email))
    side_text = values.pop("side", "")
    side = resolve_side(side_text, body) if side_text else default_side
    if side is None and side_text:
        known = " or ".join(f"{s.code} ({s.name})" for s in body.sides)
        problems.append(
            Notice(
                f"side {side_text!r} is unknown; use {known}",
                "people_lists.side_unknown_use",
                side_text=side_text,
                known=known,
            )
        )
    elif side is None:
        problems.append(
            Notice(
                "side is empty (add a 'side' column, or choose the side of the whole list)",
                "people_lists.side_empty_add_side",
            )
        )
    for key, value in values.items():
        if key != "biography" and len(value) > MAX_SHORT_FIELD:
            problems.append(
                Notice(
                    f"{key} is longer than {MAX_SHORT_FIELD} characters",
                    "people_lists.longer_characters",
                    key=key,
                    max_short_field=MAX_SHORT_FIELD,
                )
            )
    return Person(side=side or "", **values), problems


def build_preview(
    table: Table, body: Body, known: Iterable[Person], *, source: str = "the list", default_side: str | None = None
) -> ImportPreview:
    """Check every row of ``table`` and look for the people already known."""
    if default_side is not None:
        body.side(default_side)  # refuses an unknown code with the known ones named
    plan = plan_columns(table.header)
    unknown = plan.unknown
    layout = f"{plan.layout}, {table.encoding}" if table.encoding else plan.layout
    if table.encoding.startswith("vCard"):
        layout = table.encoding
    shape = {"table": table, "layout": layout, "read_as": plan.read_as}
    problems: dict[int, tuple[str, ...]] = {}
    if plan.problems:
        return ImportPreview(source, (), {1: plan.problems}, unknown, (), **shape)  # type: ignore[arg-type]
    if not table.rows:
        no_people = ("the list has a header but no people",)
        return ImportPreview(source, (), {1: no_people}, unknown, (), **shape)  # type: ignore[arg-type]
    cell_problems: dict[int, list[str]] = {}
    for line, text in table.problems:
        cell_problems.setdefault(line, []).append(text)
    index = DuplicateIndex(known)
    rows: list[ImportRow] = []
    duplicates: list[LikelyDuplicate] = []
    needs_side = False
    for row in table.rows:
        person, row_problems = _row_person(row.cells, plan, body, default_side)
        needs_side = needs_side or any(p.startswith("side is empty") for p in row_problems)
        row_problems = cell_problems.get(row.line, []) + row_problems
        if row_problems:
            problems[row.line] = tuple(row_problems)
            continue
        rows.append(ImportRow(row.line, person))
        matches = index.find(person)
        if matches:
            duplicates.append(LikelyDuplicate(row.line, person, matches[0]))
    return ImportPreview(
        source,
        tuple(rows),
        problems,
        unknown,
        tuple(duplicates),
        needs_side=needs_side,
        **shape,  # type: ignore[arg-type]
    )


def read_table(path: Path) -> Table:
    """A people list from ``path``, by its suffix; anything but .csv or .xlsx is refused."""
    suffix = path.suffix.lower()
    require_regular_file(path, "people list", InvalidInput)  # a pipe or device: refused at once
    if not path.is_file():
        raise InvalidInput(Notice(f"there is no file {path}", "people_lists.no_file", path=path))
    if suffix == ".csv":
        from desktop_app.exchange.people_csv import read_csv_table

        return read_csv_table(path)
    if suffix in (".xlsx", ".xlsm", ".xltm", ".xls"):  # the reader explains why the others are refused
        from desktop_app.exchange.people_xlsx import read_xlsx_table

        return read_xlsx_table(path)
    if suffix in (".vcf", ".vcard"):
        from desktop_app.exchange.vcard import read_vcard_table

        return read_vcard_table(path)
    raise InvalidInput(
        Notice(
            f"{path.name}: a people list is a .csv, .xlsx or .vcf file",
            "people_lists.people_list_csv_xlsx",
            path_name=path.name,
        )
    )


# -- export ---------------------------------------------------------------------------------


def export_table(people: Iterable[Person], roles: Mapping[int, Role] | None = None) -> list[list[str]]:
    """Rows of the shareable columns; with ``roles`` (a session's list) a role column too."""
    rows = []
    for person in people:
        row = [str(getattr(person, column)) for column in EXPORT_COLUMNS]
        if roles is not None:
            row.append(str(roles.get(person.id or 0, "")))
        rows.append(row)
    return rows


def write_table(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write ``rows`` to ``path`` as CSV or XLSX, by its suffix, atomically."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from desktop_app.exchange.people_csv import write_csv

        write_csv(path, header, rows)
    elif suffix == ".xlsx":
        from desktop_app.exchange.people_xlsx import write_xlsx

        write_xlsx(path, header, rows)
    else:
        raise InvalidInput(
            Notice(
                f"{path.name}: export to a .csv or .xlsx file", "people_lists.export_csv_xlsx_file", path_name=path.name
            )
        )
