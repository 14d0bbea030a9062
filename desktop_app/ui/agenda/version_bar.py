"""The bar above the agenda editor: which version, its status, and what can be done with it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.ui.agenda.formatting import STATUS_COLOURS, version_text
from desktop_app.ui.agenda.widgets import buddy_label
from desktop_app.ui.common.widgets import status_text_colour


class VersionBar(QWidget):
    version_chosen = Signal(int)  # a version id
    propose = Signal()
    agree = Signal()
    reopen = Signal()
    save_as = Signal()
    compare = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[AgendaVersion] = []
        self.read_only = False  # a database opened read-only: look and compare, change nothing
        self.combo = QComboBox()
        self.combo.setObjectName("version_combo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(16)
        self.combo.setToolTip(self.tr("Every version of this session's agenda, in the order they were saved"))
        self.combo.activated.connect(self._chosen)
        self.status_label = QLabel()
        self.status_label.setObjectName("version_status")
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.propose_button = QPushButton(self.tr("Propose"))
        self.propose_button.setToolTip(self.tr("Mark this draft as proposed to the other side"))
        self.agree_button = QPushButton(self.tr("Mark agreed"))
        self.agree_button.setToolTip(self.tr("Both sides agreed this version; it is locked from now on"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Take this agreed version back to proposed"))
        self.save_as_button = QPushButton(self.tr("Save as new version…"))
        self.save_as_button.setToolTip(self.tr("Copy this version into a new draft with its own label and side"))
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr("What changed between two versions, side by side"))
        self.propose_button.clicked.connect(self.propose)
        self.agree_button.clicked.connect(self.agree)
        self.reopen_button.clicked.connect(self.reopen)
        self.save_as_button.clicked.connect(self.save_as)
        self.compare_button.clicked.connect(self.compare)

        # A tool bar, so that on a narrow window the buttons it cannot show go behind its » menu.
        self.buttons = QToolBar()
        self.buttons.setObjectName("version_buttons")
        for button in (
            self.propose_button,
            self.agree_button,
            self.reopen_button,
            self.save_as_button,
            self.compare_button,
        ):
            self.buttons.addWidget(button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(self.tr("&Version:"), self.combo))
        row.addWidget(self.combo, 1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

    def set_versions(self, versions: Sequence[AgendaVersion], current_id: int | None) -> None:
        self.versions = list(versions)
        self.combo.blockSignals(True)
        self.combo.clear()
        for version in versions:
            self.combo.addItem(version_text(version), version.id)
            colour = STATUS_COLOURS.get(version.status)
            if colour is not None:
                self.combo.setItemData(self.combo.count() - 1, colour, Qt.ItemDataRole.DecorationRole)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current_id)))
        self.combo.blockSignals(False)
        self._update(self.current())

    def current(self) -> AgendaVersion | None:
        index = self.combo.currentIndex()
        return self.versions[index] if 0 <= index < len(self.versions) else None

    def _chosen(self, index: int) -> None:
        version = self.current()
        self._update(version)
        if version is not None and version.id is not None:
            self.version_chosen.emit(version.id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update(self.current())  # the status line's colour follows the palette

    def _update(self, version: AgendaVersion | None) -> None:
        status = version.status if version else None
        writable = not self.read_only
        self.propose_button.setEnabled(writable and status is AgendaStatus.DRAFT)
        self.agree_button.setEnabled(writable and status is AgendaStatus.PROPOSED)
        self.reopen_button.setEnabled(writable and status is AgendaStatus.AGREED)
        self.save_as_button.setEnabled(writable and version is not None)
        self.compare_button.setEnabled(len(self.versions) >= 2)
        if version is None:
            self.status_label.clear()
            self.status_label.setStyleSheet("")
        elif version.locked:
            both = len(set(version.agreed_by)) >= 2
            self.status_label.setText(
                self.tr(
                    "Agreed by both sides — locked. Editing its shared text starts a new draft from it; "
                    "talking points, notes and outcomes stay editable."
                )
                if both
                else self.tr(
                    "Agreed by us — locked; the other side has not confirmed it yet. Editing its shared text "
                    "starts a new draft from it; talking points, notes and outcomes stay editable."
                )
            )
            self.status_label.setStyleSheet(f"color: {status_text_colour(STATUS_COLOURS[AgendaStatus.AGREED]).name()};")
        elif version.status is AgendaStatus.PROPOSED and version.agreed_by:
            self.status_label.setText(
                self.tr("{0} marked this version agreed; mark it agreed to confirm.").format(
                    " / ".join(version.agreed_by)
                )
            )
            self.status_label.setStyleSheet(
                f"color: {status_text_colour(STATUS_COLOURS[AgendaStatus.PROPOSED]).name()};"
            )
        elif version.status is AgendaStatus.PROPOSED:
            self.status_label.setText(self.tr("Proposed by {0}, not agreed yet.").format(version.proposed_by))
            self.status_label.setStyleSheet(
                f"color: {status_text_colour(STATUS_COLOURS[AgendaStatus.PROPOSED]).name()};"
            )
        else:
            self.status_label.setText(self.tr("Draft: not yet proposed to the other side."))
            self.status_label.setStyleSheet("")
        self.status_label.setToolTip(self.status_label.text())
