"""The Korean catalogue: complete, faithful to its sources' placeholders, compiled, and loadable."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.ui.common import i18n

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "briefing_desk_ko.ts"
QM = ROOT / "resources" / "translations" / "briefing_desk_ko.qm"
FIELD = re.compile(r"\{[^}]*\}|%[nvm]")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _has_mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "").replace("&nbsp;", "")


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 800  # the whole interface, not a sample
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")
    assert _script().problems_in(TS) == []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), f"{context}: {source!r}"


def test_translations_keep_the_placeholders_and_the_mnemonics() -> None:
    for context, source, message in _messages():
        translation = message.findtext("translation", "")
        if "{ordinal}" not in source:  # English ordinals ("14th"); Korean says 제{number}차
            assert sorted(FIELD.findall(translation)) == sorted(FIELD.findall(source)), f"{context}: {source!r}"
        assert _has_mnemonic(translation) == _has_mnemonic(source), f"{context}: {source!r} → {translation!r}"


def test_the_catalogue_speaks_the_desks_words() -> None:
    """A few terms the whole interface uses the same way (a glossary check, not a style guide)."""
    found = {(context, source): message.findtext("translation", "") for context, source, message in _messages()}
    assert found[("Navigation", "Calendar")] == "달력"
    assert found[("Navigation", "Sessions")] == "회의"
    assert found[("Navigation", "Action items")] == "조치사항"
    assert found[("Navigation", "Packets")] == "브리핑 자료"
    assert found[("SessionTabs", "Delegations")] == "대표단"
    assert found[("Labels", "Agreed")] == "합의됨"
    assert found[("Labels", "Proposed")] == "제안됨"
    assert found[("Labels", "Draft")] == "초안"
    assert found[("MainWindow", "&File")] == "파일(&F)"


def test_the_compiled_catalogue_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "&File") == "파일(&F)"
    assert translator.translate("Navigation", "Calendar") == "달력"
    assert i18n.catalog_path(i18n.KOREAN) == QM


def test_qts_own_korean_catalogue_is_there() -> None:
    translator = QTranslator()
    assert translator.load("qtbase_ko", str(i18n.qt_translations_dir()))


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed",
)
def test_the_catalogue_is_up_to_date_with_the_sources_and_compiled() -> None:
    """Every string in desktop_app/ui is in the .ts and translated; the .qm is the .ts compiled."""
    assert _script().check("ko") == []
