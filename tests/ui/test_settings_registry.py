"""Every QSettings key is declared once (ui/settings/registry.py), and a value the app cannot use is the default."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.settings import preferences, registry
from desktop_app.ui.shell import recent_files
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.clicks import OFFSCREEN_POPUPS

UI = Path(registry.__file__).resolve().parent.parent
KEY_LIKE = re.compile(r"^[a-z_]+/[a-z_]+$")  # "group/name", as every key here is (zones are "Asia/Seoul")
QSETTINGS_CALLS = {"value", "setValue", "remove", "contains"}
DECLARED = {setting.key for setting in registry.ALL}


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(UI.rglob("*.py"))]


def test_every_key_is_declared_once() -> None:
    assert len(DECLARED) == len(registry.ALL)
    declared_in_module = {value for value in vars(registry).values() if isinstance(value, registry.Setting)}
    assert declared_in_module == set(registry.ALL)  # none left out of ALL


def test_every_key_like_text_in_ui_is_a_declared_key() -> None:
    undeclared = [
        f"{path.relative_to(UI)}:{node.lineno} {node.value!r}"
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY_LIKE.match(node.value)
        if node.value not in DECLARED
    ]
    assert undeclared == []


def test_only_the_registry_reads_or_writes_qsettings() -> None:
    direct = [
        f"{path.relative_to(UI)}:{node.lineno} {ast.unparse(node)}"
        for path, tree in _sources()
        if path.name != "registry.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if node.func.attr in QSETTINGS_CALLS and "settings" in ast.unparse(node.func.value).lower()
    ]
    assert direct == []


def test_each_setting_reads_back_what_it_wrote(settings: QSettings, tmp_path: Path) -> None:
    samples: dict[str, object] = {
        "ui/language": "ko",
        "ui/name_order": registry.HANGUL_FIRST,
        "backups/folder": tmp_path / "backups",
        "files/recent": (tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"),
        "main_window/geometry": QByteArray(b"\x01\xd9\xd0\xcb"),
        "main_window/state": QByteArray(b"\x00\xff"),
        "main_window/view": "people",
        "exchange/folder": tmp_path / "stick",
        "packets/folder": tmp_path / "out",
        "packets/template": tmp_path / "letterhead.docx",
        "packets/bilingual": True,
        "packets/pdf": True,
    }
    assert set(samples) == DECLARED
    for setting in registry.ALL:
        assert setting.read(settings) == setting.default  # nothing stored yet
        setting.write(settings, samples[setting.key])
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # from the file, as at the next start
    assert {setting.key: setting.read(again) for setting in registry.ALL} == samples


def test_a_value_that_would_not_read_back_is_refused(settings: QSettings) -> None:
    with pytest.raises(ValueError, match="ui/language"):
        registry.LANGUAGE.write(settings, "klingon")
    assert not settings.contains("ui/language")


# Values of the wrong type for every setting: what an old version, a hand edit or another program could leave.
WRONG = (QSize(3, 4), QPoint(-1, 7), {"a": 1})


@pytest.mark.parametrize("wrong", WRONG, ids=["size", "point", "map"])
def test_a_stored_value_of_the_wrong_type_is_the_default(settings: QSettings, wrong: object) -> None:
    for setting in registry.ALL:
        settings.setValue(setting.key, wrong)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert {setting.key: setting.read(again) for setting in registry.ALL} == {
        setting.key: setting.default for setting in registry.ALL
    }


CORRUPT_INI = """\
[General]
main_window\\geometry=@ByteArray(
main_window\\state=not bytes at all
main_window\\view=@Point(1 2)
files\\recent=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x12garbage)
ui\\language=@Size(800 600)
ui\\name_order=42
backups\\folder=@Rect(0 0 1 1)
exchange\\folder=@Size(1 1)
packets\\folder=@Point(0 0)
packets\\template=@Point(0 0)
packets\\bilingual=maybe
packets\\pdf=@Size(2 2)
"""


@pytest.mark.gui
@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS, "^QVariant::load: unknown user type")  # Qt on the garbled @Variant
def test_the_window_opens_on_a_corrupt_settings_file(qtbot: QtBot, database: Path, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.ini"
    path.write_text(CORRUPT_INI, encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    main = MainWindow(Workspace.open(database), settings)  # no traceback: every value falls back
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.current_view() == "sessions"
    assert recent_files.read_recent(settings) == [database]  # the unreadable list replaced by the file opened
    current = preferences.current_preferences(settings, main.workspace)
    assert (current.language, current.name_order, current.backup_folder) == ("system", "roman", None)
    main.close()
    assert registry.WINDOW_VIEW.read(QSettings(str(path), QSettings.Format.IniFormat)) == "sessions"  # repaired
