"""Refresh the Korean catalogue from the sources, then compile it.

    .venv/bin/python scripts/update_translations.py           # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --check   # change nothing; exit 1 when out of date

``pyside6-lupdate`` reads every ``self.tr(...)`` and ``QCoreApplication.translate(...)`` in
``desktop_app/ui`` into ``resources/translations/briefing_desk_ko.ts`` (new strings arrive
``type="unfinished"``; strings gone from the code are dropped). Translate those in the .ts
(Qt Linguist, or any editor), run this again, and commit both the .ts and the compiled .qm:
the .qm is what the app loads. The .ts carries no line numbers, so moving code does not
change it.

``--check`` is what CI and ``tests/ui/i18n`` rely on: it fails when a string in the code is
missing from the .ts or untranslated, or when the .qm was not compiled from the .ts as it is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"briefing_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"briefing_desk_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found (pip install PySide6-Essentials)")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    command = [tool("pyside6-lupdate"), *source_files(), "-ts", str(ts), "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language, "-silent"]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def problems_in(ts: Path) -> list[str]:
    """Each message that is unfinished or has an empty translation, as "context: source"."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            forms = [] if translation is None else [form.text or "" for form in translation.iter("numerusform")]
            texts = forms or ([] if translation is None else [translation.text or ""])
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found.append(f"{name}: {source!r} is not translated")
            elif not texts or not all(text.strip() for text in texts):
                found.append(f"{name}: {source!r} has an empty translation")
    return found


def check(language: str) -> list[str]:
    """What is out of date for ``language``, without touching the committed files."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing"]
    trouble = [f"{ts.name}: {problem}" for problem in problems_in(ts)]
    with tempfile.TemporaryDirectory() as folder:
        fresh_ts = Path(folder) / ts.name
        shutil.copyfile(ts, fresh_ts)
        lupdate(fresh_ts, language)
        if fresh_ts.read_bytes() != ts.read_bytes():
            new = set(problems_in(fresh_ts)) - set(problems_in(ts))
            trouble += [f"source: {problem}" for problem in sorted(new)]
            trouble.append(f"{ts.name} is not up to date with the sources: run scripts/update_translations.py")
        fresh_qm = Path(folder) / qm.name
        lrelease(ts, fresh_qm)
        if not qm.exists() or fresh_qm.read_bytes() != qm.read_bytes():
            trouble.append(f"{qm.name} was not compiled from {ts.name}: run scripts/update_translations.py")
    return trouble


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date")
    args = parser.parse_args(argv)
    if args.check:
        trouble = [problem for language in LANGUAGES for problem in check(language)]
        for problem in trouble:
            print(problem, file=sys.stderr)
        return 1 if trouble else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        lupdate(ts, language)
        lrelease(ts, qm)
        left = problems_in(ts)
        print(f"{ts.relative_to(ROOT)}: {len(left)} message(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
