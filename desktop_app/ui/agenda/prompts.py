"""The questions the agenda editor and the outcomes tab ask, each a small plain function.

Callers use them through the module (``prompts.confirm_branch(...)``) so that tests can
replace any of them with ``monkeypatch.setattr``; no dialog here writes to the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

BRANCH_QUESTION = QT_TRANSLATE_NOOP("AgendaPrompts", "This version is agreed. Start a new draft from it?")


def _ask(parent: QWidget | None, title: str, text: str, detail: str, yes: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def confirm_branch(parent: QWidget | None, version_label: str) -> bool:
    """Asked before the first edit of an agreed (locked) version."""
    return _ask(
        parent,
        translate("AgendaPrompts", "Agreed version"),
        translate("AgendaPrompts", BRANCH_QUESTION),
        translate(
            "AgendaPrompts",
            '"{0}" stays as agreed. Your edit goes into a new draft copied from it, '
            "which you can propose to the other side.",
        ).format(version_label),
        translate("AgendaPrompts", "Start a new draft"),
    )


def confirm_status(parent: QWidget | None, title: str, question: str, detail: str) -> bool:
    """Propose, mark agreed, reopen: steps both sides see, so each is confirmed."""
    return _ask(parent, title, question, detail, title)


def confirm_delete_item(parent: QWidget | None, question: str) -> bool:
    """Asked when a delete takes sub-items with it (Ctrl+Z brings them back)."""
    return _ask(
        parent,
        translate("AgendaPrompts", "Delete agenda item"),
        question,
        translate("AgendaPrompts", "Undo (Ctrl+Z) brings them back."),
        translate("AgendaPrompts", "Delete"),
    )


@dataclass(frozen=True)
class NewVersion:
    label: str
    proposed_by: str


class NewVersionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, label: str, sides: Sequence[tuple[str, str]], proposed_by: str, intro: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as new version"))
        self.label_edit = QLineEdit(label)
        self.label_edit.selectAll()
        self.side_combo = QComboBox()
        for code, name in sides:
            self.side_combo.addItem(f"{name} ({code})", code)
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(proposed_by)))
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Proposed by:"), self.side_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.label_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def result_value(self) -> NewVersion:
        return NewVersion(self.label_edit.text().strip(), str(self.side_combo.currentData()))


def ask_new_version(
    parent: QWidget | None, label: str, sides: Sequence[tuple[str, str]], proposed_by: str, intro: str
) -> NewVersion | None:
    """The label and proposing side of a new version; None when cancelled."""
    dialog = NewVersionDialog(parent, label, sides, proposed_by, intro)
    try:
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def confirm_delete_action(parent: QWidget | None, text: str) -> bool:
    return _ask(
        parent,
        translate("AgendaPrompts", "Delete action item"),
        translate("AgendaPrompts", "Delete the action item “{0}”?").format(text),
        translate("AgendaPrompts", "Undo (Ctrl+Z) brings it back."),
        translate("AgendaPrompts", "Delete"),
    )
