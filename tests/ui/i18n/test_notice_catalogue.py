"""Every sentence the core says with a code has its Korean wording, fed by the values the core gives.

The codes are read from the core's source: each ``Notice(english, "code", name=value, …)``.
A code missing from the window's table, a template naming a value the core does not give, or a
template left in English in the Korean catalogue would show English (or nothing) in the Korean window.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.ui.common import notices
from desktop_app.ui.common.i18n import translate

CORE = Path(__file__).resolve().parents[3] / "desktop_app"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def core_notices() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """code → (where, the values named) for every Notice the core makes."""
    found: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for path in sorted(CORE.rglob("*.py")):
        if "ui" in path.relative_to(CORE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Notice"):
                continue
            if len(node.args) < 2 or not isinstance(node.args[1], ast.Constant):
                continue
            names = frozenset(keyword.arg for keyword in node.keywords if keyword.arg)
            found.setdefault(node.args[1].value, []).append((f"{path.relative_to(CORE)}:{node.lineno}", names))
    return found


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}


def test_the_core_says_hundreds_of_coded_sentences() -> None:
    assert len(core_notices()) > 300  # the scan itself works


def test_every_code_the_core_uses_has_a_template_fed_by_its_values() -> None:
    missing, unfed = [], []
    for code, uses in core_notices().items():
        if code == notices.JOINED:
            continue
        template = notices.TEMPLATES.get(code)
        if template is None:
            missing.append(f"{code} ({uses[0][0]})")
            continue
        names_given = [(where, names | notices.DERIVED.get(code, set())) for where, names in uses]
        unfed += [
            f"{code} at {where}: {sorted(fields(str(template)) - names)}"
            for where, names in names_given
            if not fields(str(template)) <= names
        ]
    assert not missing, "codes with no template in ui/common/notices: " + ", ".join(missing)
    assert not unfed, "templates naming values the core does not give: " + "; ".join(unfed)


def test_every_template_reads_in_korean_with_the_same_values(use_language: Callable[[str], list[str]]) -> None:
    use_language("ko")
    english, wrong = [], []
    for code, template in notices.TEMPLATES.items():
        korean = translate("Notices", str(template))
        words = re.sub(r"\{\w+\}", "", str(template))
        if not HANGUL.search(korean) and re.search("[A-Za-z]", words):  # "{side}: {problem}" has no words
            english.append(code)
        elif fields(korean) != fields(str(template)):
            wrong.append(f"{code}: {sorted(fields(korean) ^ fields(str(template)))}")
    assert not english, "templates with no Korean in the catalogue: " + ", ".join(english)
    assert not wrong, "Korean templates naming other values: " + "; ".join(wrong)


@pytest.mark.parametrize("code", ["people.record_cannot_merged_itself", "package_read.not_package_not_zip"])
def test_no_template_is_left_behind_by_the_core(code: str) -> None:
    assert code in core_notices() and code in notices.TEMPLATES
