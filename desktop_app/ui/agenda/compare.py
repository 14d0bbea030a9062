"""Two agenda versions side by side: added green, removed red, moved marked, rewording word by word.

``comparison_html`` is plain string building over the service's ``Comparison`` (testable
without a window); ``CompareDialog`` picks the two versions and shows the HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.agenda_diff import FieldChange, word_diff
from desktop_app.domain.body import Body
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.agenda_versions import Comparison, compare
from desktop_app.services.workspace import Workspace
from desktop_app.ui.agenda.formatting import version_text
from desktop_app.ui.agenda.widgets import buddy_label
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.widgets import semantic_colour, text_on

# On a light palette; inserted_style / deleted_style give the palette's own.
INSERTED = "background-color: #b7e4bd; color: #0b3d12;"
DELETED = "background-color: #f5b5b5; color: #5c0b0b; text-decoration: line-through;"
FIELD_NAMES = {  # English sources, shown through translate("AgendaCompare", …)
    "title": QT_TRANSLATE_NOOP("AgendaCompare", "Title"),
    "title_ko": QT_TRANSLATE_NOOP("AgendaCompare", "제목"),
    "description": QT_TRANSLATE_NOOP("AgendaCompare", "Description"),
    "minutes": QT_TRANSLATE_NOOP("AgendaCompare", "Minutes"),
    "lead_side": QT_TRANSLATE_NOOP("AgendaCompare", "Lead"),
    "presenter": QT_TRANSLATE_NOOP("AgendaCompare", "Presenter"),
    "level": QT_TRANSLATE_NOOP("AgendaCompare", "Level"),
    "talking_points": QT_TRANSLATE_NOOP("AgendaCompare", "Talking points (internal)"),
    "if_raised": QT_TRANSLATE_NOOP("AgendaCompare", "If raised (internal)"),
    "internal_notes": QT_TRANSLATE_NOOP("AgendaCompare", "Notes (internal)"),
}
TITLE_FIELDS = ("title", "title_ko")


def inserted_style(palette: QPalette) -> str:
    """The style of a word only the new text has: green, readable on light and dark palettes."""
    fill, text = semantic_colour("inserted", palette).name(), text_on("inserted", palette).name()
    return f"background-color: {fill}; color: {text};"


def deleted_style(palette: QPalette) -> str:
    """The style of a word only the old text has: red and struck through."""
    fill, text = semantic_colour("deleted", palette).name(), text_on("deleted", palette).name()
    return f"background-color: {fill}; color: {text}; text-decoration: line-through;"


def _words(change: FieldChange, side: str, palette: QPalette) -> str:
    """The old text (``side`` = "old") or the new one, the words only it has highlighted.

    The old side is diffed the other way round, so that it keeps its own spacing
    (the service's runs follow the new text's spacing).
    """
    if side == "old":
        ops, style = word_diff(change.new, change.old), deleted_style(palette)
    else:
        ops, style = change.words, inserted_style(palette)
    parts = []
    for op in ops:
        if op.op == "equal":
            parts.append(escape(op.text))
        elif op.op == "insert":
            parts.append(f'<span style="{style}">{escape(op.text)}</span>')
    return "".join(parts)


def _side_label(body: Body, code: str) -> str:
    try:
        return f"{body.side(code).name} ({code})"
    except InvalidInput:
        return code


def _titles(item: AgendaItem, changes: dict[str, FieldChange], side: str, palette: QPalette) -> str:
    lines = []
    for name in TITLE_FIELDS:
        if name in changes:
            lines.append(_words(changes[name], side, palette))
        elif getattr(item, name):
            lines.append(escape(getattr(item, name)))
    number = f"<b>{escape(item.number)}</b>&nbsp;&nbsp;"
    text = number + "<br>".join(lines)
    return f'<div style="margin-left: 22px;">{text}</div>' if item.level else text


def _other_changes(changes: dict[str, FieldChange], side: str, palette: QPalette) -> str:
    rows = []
    for name, change in changes.items():
        if name in TITLE_FIELDS:
            continue
        label = translate("AgendaCompare", FIELD_NAMES[name]) if name in FIELD_NAMES else name
        rows.append(f"<br><small><i>{escape(label)}:</i> {_words(change, side, palette)}</small>")
    return "".join(rows)


def _cell(content: str, background: str = "") -> str:
    colour = f' bgcolor="{background}"' if background else ""
    return f'<td width="50%" valign="top"{colour}>{content}</td>'


def comparison_html(comparison: Comparison, body: Body, palette: QPalette | None = None) -> str:
    """The side-by-side table for ``comparison``, with a one-line summary above it.

    Its colours follow ``palette`` (the application's by default): light tints on a light
    one, dark tints under the normal light text on a dark one.
    """
    if palette is None:
        palette = QApplication.palette()
    colour = {role: semantic_colour(role, palette).name() for role in ("added", "removed", "moved")}
    note = {
        role: semantic_colour(role, palette).name()
        for role in ("added_note", "removed_note", "moved_note", "changed_note")
    }
    inserted, deleted = inserted_style(palette), deleted_style(palette)
    diff = comparison.diff
    moved = {(m.old.id, m.new.id) for m in diff.moved}
    changed = {(c.old.id, c.new.id): {f.field: f for f in c.changes} for c in diff.changed}
    summary = translate("AgendaCompare", "{0} added · {1} removed · {2} moved · {3} reworded or changed").format(
        len(diff.added), len(diff.removed), len(diff.moved), len(diff.changed)
    )
    if diff.is_empty:
        summary = translate("AgendaCompare", "No differences in the shared text.")
    added, removed = translate("AgendaCompare", "Added"), translate("AgendaCompare", "Removed")
    reworded = translate("AgendaCompare", "Reworded")

    def heading(version: AgendaVersion) -> str:
        proposed = translate("AgendaCompare", "proposed by {0}").format(_side_label(body, version.proposed_by))
        return f"<b>{escape(version_text(version))}</b><br><small>{escape(proposed)}</small>"

    rows = [f"<tr>{_cell(heading(comparison.old))}{_cell(heading(comparison.new))}</tr>"]
    for old, new in diff.side_by_side():
        if old is None and new is not None:
            left = _cell("", "")
            right = _cell(
                f'<span style="color:{note["added_note"]}"><b>{added}</b></span><br>{_titles(new, {}, "new", palette)}',
                colour["added"],
            )
        elif new is None and old is not None:
            left = _cell(
                f'<span style="color:{note["removed_note"]}"><b>{removed}</b></span><br>'
                + _titles(old, {}, "old", palette),
                colour["removed"],
            )
            right = _cell("", "")
        elif old is not None and new is not None:
            fields = changed.get((old.id, new.id), {})
            is_moved = (old.id, new.id) in moved
            background = colour["moved"] if is_moved else ""
            note_old = note_new = ""
            if is_moved:
                moved_from = translate("AgendaCompare", "<b>Moved</b> from {0}").format(escape(old.number))
                moved_to = translate("AgendaCompare", "<b>Moved</b> to {0}").format(escape(new.number))
                note_old = f'<span style="color:{note["moved_note"]}">{moved_from}</span><br>'
                note_new = f'<span style="color:{note["moved_note"]}">{moved_to}</span><br>'
            elif fields:
                note_old = note_new = f'<span style="color:{note["changed_note"]}"><i>{reworded}</i></span><br>'
            left = _cell(
                note_old + _titles(old, fields, "old", palette) + _other_changes(fields, "old", palette), background
            )
            right = _cell(
                note_new + _titles(new, fields, "new", palette) + _other_changes(fields, "new", palette), background
            )
        else:  # pragma: no cover - side_by_side never gives two Nones
            continue
        rows.append(f"<tr>{left}{right}</tr>")
    words = {
        "added": translate("AgendaCompare", "added"),
        "removed": translate("AgendaCompare", "removed"),
        "moved": translate("AgendaCompare", "moved"),
        "new": translate("AgendaCompare", "new words"),
        "old": translate("AgendaCompare", "old words"),
    }
    legend = (
        f'<small><span style="background-color:{colour["added"]}">&nbsp;{words["added"]}&nbsp;</span> '
        f'<span style="background-color:{colour["removed"]}">&nbsp;{words["removed"]}&nbsp;</span> '
        f'<span style="background-color:{colour["moved"]}">&nbsp;{words["moved"]}&nbsp;</span> '
        f'<span style="{inserted}">{words["new"]}</span> <span style="{deleted}">{words["old"]}</span></small>'
    )
    return (
        f"<p>{escape(summary)}</p><p>{legend}</p>"
        '<table width="100%" cellspacing="0" cellpadding="6" border="1" style="border-collapse: collapse;">'
        + "".join(rows)
        + "</table>"
    )


class CompareDialog(QDialog):
    """Not modal: the officer can keep it open beside the editor. ``compare_versions`` refreshes."""

    def __init__(
        self,
        workspace: Workspace,
        versions: Sequence[AgendaVersion],
        old_id: int | None,
        new_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare agenda versions"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.comparison: Comparison | None = None
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        for combo in (self.old_combo, self.new_combo):
            for version in versions:
                combo.addItem(version_text(version), version.id)
            combo.activated.connect(lambda _i: self.compare_versions())
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(old_id)))
        self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(new_id)))
        self.internal_check = QCheckBox(self.tr("Include our internal fields (not for a shared screen)"))
        self.internal_check.toggled.connect(lambda _on: self.compare_versions())
        self.browser = QTextBrowser()
        self.browser.setObjectName("comparison")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        pick = QHBoxLayout()
        pick.addWidget(buddy_label(self.tr("&From:"), self.old_combo))
        pick.addWidget(self.old_combo, 1)
        pick.addSpacing(12)
        pick.addWidget(buddy_label(self.tr("&To:"), self.new_combo))
        pick.addWidget(self.new_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.internal_check)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self.compare_versions()

    def compare_versions(self) -> None:
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if old_id is None or new_id is None:
            self.browser.setHtml("<p>" + escape(self.tr("Pick two versions to compare.")) + "</p>")
            return
        try:
            self.comparison = compare(
                self.workspace, int(old_id), int(new_id), include_internal=self.internal_check.isChecked()
            )
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot compare"), notices.refusal(exc))
            return
        self.browser.setHtml(comparison_html(self.comparison, self.workspace.body, QApplication.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        palette_changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if palette_changed and self.comparison is not None:  # the HTML's colours were chosen for the old palette
            self.browser.setHtml(comparison_html(self.comparison, self.workspace.body, QApplication.palette()))
