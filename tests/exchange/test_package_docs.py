"""docs/package-format.md publishes the very schemas the importer validates against, and its examples pass them."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from desktop_app.exchange import package_format as fmt

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "package-format.md"


def json_blocks(text: str) -> list[tuple[str, str]]:
    """(the nearest heading above, the block) for every fenced ```json block."""
    found = []
    heading = ""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if line.strip() == "```json":
            end = lines.index("```", index + 1)
            found.append((heading, "\n".join(lines[index + 1 : end])))
            index = end
        index += 1
    return found


@pytest.mark.parametrize("member", sorted(fmt.SCHEMA_FILES))
def test_the_document_publishes_the_schema_the_importer_uses(member: str) -> None:
    blocks = dict(json_blocks(DOC.read_text(encoding="utf-8")))
    heading = f"desktop_app/exchange/schemas/{fmt.SCHEMA_FILES[member]}"
    assert heading in blocks, f"no schema under the heading {heading}"
    assert blocks[heading] == fmt.schema_text(member).rstrip("\n")  # the same text, not just the same meaning
    assert json.loads(blocks[heading]) == fmt.schema(member)
    Draft202012Validator.check_schema(fmt.schema(member))


@pytest.mark.parametrize(("heading", "member"), [("manifest.json", fmt.MANIFEST), ("session.json", fmt.SESSION)])
def test_the_examples_in_the_document_are_valid(heading: str, member: str) -> None:
    blocks = dict(json_blocks(DOC.read_text(encoding="utf-8")))
    example = json.loads(blocks[heading])
    errors = list(Draft202012Validator(fmt.schema(member)).iter_errors(example))
    assert errors == []


def test_the_document_states_the_limits_the_reader_enforces() -> None:
    text = DOC.read_text(encoding="utf-8")
    for stated in (
        f"at most {fmt.MAX_MEMBERS} entries",
        f"at most {fmt.MAX_MEMBER_BYTES // 2**20} MB unpacked",
        f"at most {fmt.MAX_TOTAL_BYTES // 2**20} MB",
        f"{fmt.MAX_RATIO} times its compressed size",
        f"at most {fmt.MAX_AGENDA_ITEMS:,} agenda items",
        f"{fmt.MAX_SECONDS}-second deadline",
        "package export SESSION -o FILE.bdpkg",
        "package import FILE [--dry-run]",
    ):
        assert stated in text, stated
    assert re.search(r"\| `(\w+\.\w+)` \|", text)
    for member in fmt.MEMBERS:
        assert f"`{member}`" in text


def test_the_schemas_ship_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["setuptools"]["package-data"]["desktop_app.exchange"]
    assert "schemas/*.json" in shipped
    for name in fmt.SCHEMA_FILES.values():
        assert (ROOT / "desktop_app" / "exchange" / "schemas" / name).is_file()
