"""No visible string in ``desktop_app/ui`` reaches a widget without going through Qt's translation.

An AST scan: a call that puts text on screen (``setText``, ``QLabel(``, ``addMenu(`` …) must not
be given a string literal, an f-string, a ``"literal".format(…)`` or a concatenation with a
literal. ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` are what it
should be given instead. Text without a Latin letter (symbols, a Hangul example such as
"예: 공급망 실무그룹") is the same in every language and passes, as do the few words below.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desktop_app.ui

UI = Path(desktop_app.ui.__file__).parent

# Calls whose string arguments are shown to the user.
VISIBLE_CALLS = frozenset(
    {
        # widgets built with their text
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolBar",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "ElidedLabel",
        # setters and adders
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setInformativeText",
        "setDetailedText",
        "setTitle",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "showMessage",
        "addMenu",
        "addAction",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "addButton",
        "addRow",
        "createUndoAction",
        "createRedoAction",
        # modal boxes: title and text
        "critical",
        "warning",
        "information",
        "question",
        "about",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "getInt",
    }
)
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
# Calls whose later arguments are data, not text: addItem(text, user_data).
FIRST_ARGUMENT_ONLY = frozenset({"addItem", "insertItem"})
# lupdate reads only tr(…) in a class, translate("Context", …) and QT_TRANSLATE_NOOP: a wrapper hides the
# string from it (a bare tr(…) outside a class lands in an empty context the app never asks for).
HELPERS = frozenset({"_tr", "_translate", "tr", "_"})
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|\{[^}]*\}")  # tags, entities and format fields carry no words

# Words that are the same in every language the app speaks (names of languages, formats, units).
ALLOWED = frozenset(
    {
        "English",
        "HH:mm",
        "UTC",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU",
        ".docx",
        ".ics",
        "KST",
        "EST",
    }
)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _has_latin(text: str) -> bool:
    """Whether ``text`` holds a Latin letter outside markup ("<b>", "&nbsp;" and "{0}" hold none)."""
    return any("a" <= char.lower() <= "z" for char in MARKUP.sub("", text))


def _bare_literal(node: ast.expr) -> str | None:
    """The literal text in ``node`` when it would reach the screen untranslated, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_latin(node.value) and node.value not in ALLOWED else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        text = "".join(parts)
        return f"f{text!r}" if _has_latin(text) else None
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
        return None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _bare_literal(node.func.value)
    if isinstance(node, ast.BinOp):
        return _bare_literal(node.left) or _bare_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_literal(node.body) or _bare_literal(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return next((found for item in node.elts if (found := _bare_literal(item))), None)
    return None


def untranslated_literals(root: Path = UI) -> list[str]:
    """ "path:line: call(text)" for each literal handed to a visible call without translation."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in VISIBLE_CALLS:
                continue
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if _name(node.func) in FIRST_ARGUMENT_ONLY:
                arguments = node.args[:1]
            for argument in arguments:
                text = _bare_literal(argument)
                if text is not None:
                    where = path.relative_to(root.parent.parent)
                    found.append(f"{where}:{node.lineno}: {_name(node.func)}({text!r})")
    return found


def test_every_visible_string_literal_goes_through_translation() -> None:
    found = untranslated_literals()
    assert not found, "wrap these in self.tr(…) or QCoreApplication.translate(…):\n" + "\n".join(found)


def hidden_from_lupdate(root: Path = UI) -> list[str]:
    """Calls of a home-made translating helper (``_tr("…")``): lupdate cannot see their strings."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HELPERS:
                found.append(f"{path.relative_to(root.parent.parent)}:{node.lineno}: {node.func.id}(…)")
    return found


def test_no_helper_hides_strings_from_lupdate() -> None:
    found = hidden_from_lupdate()
    assert not found, 'use self.tr(…) or translate("Context", …) so that lupdate finds these:\n' + "\n".join(found)


def test_the_scan_catches_a_bare_literal_and_passes_a_translated_one(tmp_path: Path) -> None:
    package = tmp_path / "desktop_app" / "ui"
    package.mkdir(parents=True)
    (package / "sample.py").write_text(
        "label = QLabel('Agenda')\n"
        "label.setText(f'{n} sessions')\n"
        "label.setToolTip('Page {0}'.format(2))\n"
        "menu = bar.addMenu(self.tr('&File'))\n"
        "box.setWindowTitle(QCoreApplication.translate('Dialogs', 'Restore'))\n"
        "button.setText('‹')\n"
        "edit.setPlaceholderText('예: 공급망 실무그룹')\n",
        encoding="utf-8",
    )
    found = untranslated_literals(package)
    assert [line.split(": ", 1)[1] for line in found] == [
        "QLabel('Agenda')",
        "setText(\"f' sessions'\")",
        "setToolTip('Page {0}')",
    ]
