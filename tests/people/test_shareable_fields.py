"""The Person fields that may leave the office are declared once, on the type, and every door obeys it.

A value planted in every field shows which doors each one passes: a shareable field reaches the
package, a listed one every contact list we write, and a local one (the internal notes) none.
The tests walk the declaration, so a field added to it is checked at every door without a change here.
"""

from __future__ import annotations

import zipfile
from dataclasses import fields
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain import people_filter
from desktop_app.domain.person import Person
from desktop_app.exchange import package_model, people_layouts, people_lists, vcard
from desktop_app.services.delegations import add_to_delegation
from desktop_app.services.packages import export_package
from desktop_app.services.people import add_person, person_as_json
from desktop_app.services.people_io import export_people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.conftest import seoul_session

LOCAL_MARK = "ZZLOCAL-internal-notes"


def planted() -> Person:
    """Every text field holds its own name (the e-mail as an address, the side a real code)."""
    values: dict[str, object] = {}
    for field in fields(Person):
        if field.name == "email":
            values[field.name] = "email-mark@mofa.example.kr"
        elif field.name == "side":
            values[field.name] = "ROK"
        elif field.type in ("str", str):
            values[field.name] = f"{field.name}-mark"
    values["internal_notes"] = LOCAL_MARK
    return Person(**values)  # type: ignore[arg-type]


def mark(name: str) -> str:
    return str(getattr(planted(), name))


def test_every_field_of_a_person_is_declared_shareable_or_local_exactly_once() -> None:
    names = [field.name for field in fields(Person)]
    declared = [*Person.SHAREABLE_FIELDS, *Person.LOCAL_FIELDS]
    assert sorted(declared) == sorted(names)  # a new field is either, never both, never neither
    assert set(Person.LISTED_FIELDS) <= set(Person.SHAREABLE_FIELDS)
    assert "internal_notes" in Person.LOCAL_FIELDS and "biography" not in Person.LISTED_FIELDS


def test_every_door_takes_its_fields_from_the_declaration() -> None:
    assert (*Person.SHAREABLE_FIELDS, "internal_notes") == people_filter.SEARCHED_FIELDS  # our own desk
    assert people_layouts.COLUMNS == Person.SHAREABLE_FIELDS  # what a list we read may bring
    assert people_lists.EXPORT_COLUMNS == Person.LISTED_FIELDS
    assert vcard.COLUMNS == Person.LISTED_FIELDS
    assert {*vcard._STANDARD, *vcard._OURS.values()} == set(Person.LISTED_FIELDS)
    assert tuple(name for name in Person.SHAREABLE_FIELDS if name != "side") == package_model.PERSON_FIELDS
    package_person = [field.name for field in fields(package_model.PackagePerson)]
    assert sorted(package_person) == sorted(["ref", *Person.SHAREABLE_FIELDS])
    assert list(person_as_json(planted())) == ["id", *Person.SHAREABLE_FIELDS, "retired"]


@pytest.fixture
def seated(workspace: Workspace) -> int:
    session = add_session(workspace, seoul_session())
    person = add_person(workspace, planted())
    assert session.id is not None and person.id is not None
    add_to_delegation(workspace, session.id, person.id)
    return session.id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_a_contact_list_carries_every_listed_field_and_nothing_else(
    workspace: Workspace, tmp_path: Path, seated: int, suffix: str
) -> None:
    path = tmp_path / f"list{suffix}"
    assert export_people(workspace, path) == 1
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None
        text = "\n".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None)
    else:
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n ", "")  # a vCard's folded lines joined
    for name in Person.LISTED_FIELDS:
        assert mark(name) in text, name
    for name in set(Person.SHAREABLE_FIELDS) - set(Person.LISTED_FIELDS):
        assert mark(name) not in text, name  # the biography stays home
    assert LOCAL_MARK not in text


@pytest.mark.parametrize("layout", ["outlook", "google"])
def test_outlook_and_google_lists_never_carry_a_biography_or_internal_notes(
    workspace: Workspace, tmp_path: Path, seated: int, layout: str
) -> None:
    path = tmp_path / f"{layout}.csv"
    export_people(workspace, path, layout=layout)
    text = path.read_text(encoding="utf-8-sig")
    assert mark("name") in text and mark("email") in text
    assert mark("biography") not in text and LOCAL_MARK not in text


def test_a_package_carries_every_shareable_field_and_never_the_internal_notes(
    workspace: Workspace, tmp_path: Path, seated: int
) -> None:
    target = tmp_path / "session.bdpkg"
    export_package(workspace, seated, target)
    with zipfile.ZipFile(target) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    session_json = next(data for name, data in members.items() if name.endswith("session.json")).decode()
    for name in Person.SHAREABLE_FIELDS:
        assert mark(name) in session_json, name
    for name, data in members.items():
        assert LOCAL_MARK.encode() not in data, name  # not in the JSON, nor in the packet's XML
        if name.endswith(".docx"):
            with zipfile.ZipFile(target) as archive, archive.open(name) as inner, zipfile.ZipFile(inner) as docx:
                assert not any(LOCAL_MARK.encode() in docx.read(part) for part in docx.namelist()), name
