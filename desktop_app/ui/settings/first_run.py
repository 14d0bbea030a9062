"""The first-run setup of an empty database: the body's name, our side and the counterpart side.

ROK–US with our side ROK is filled in, so the usual case is one click on "Set up"; any other
pair can be chosen ("Another side…" asks for its code, names, capital, zone and holidays).
"Sample body instead" fills the database with the fictional sample body (as ``demo`` does);
"Join from a package…" imports the counterpart desk's package, whose body this desk then joins
(``services/package_body.py``); "Later" leaves it as it is, and the setup is offered again the
next time it is opened.

The dialog opens window-modal without a local event loop (``open()``); ``offer_setup``
applies the answer through the services when the user closes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.body import KNOWN_SIDES
from desktop_app.errors import UserError
from desktop_app.services import body as body_service
from desktop_app.services.body import BodyChoice, SideChoice
from desktop_app.ui.common import dialogs, notices
from desktop_app.ui.common.i18n import is_korean, translate
from desktop_app.ui.common.widgets import ReasonLabel
from desktop_app.ui.settings.body_tab import TimeZoneCombo

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

OTHER = "other"  # the combo entry "Another side…"


def suggested_names(ours: str, theirs: str) -> tuple[str, str]:
    """The body's name to start from, in English and in Korean, whatever the interface language is."""
    if sorted((ours, theirs)) == ["ROK", "US"]:
        return "ROK–US Consultative Body", "한미 협의체"
    return f"{ours}–{theirs} Consultative Body", ""


@dataclass(frozen=True)
class FirstRunAnswer:
    """What the dialog returns: a body to set up, or the sample body."""

    choice: BodyChoice | None
    sample: bool = False
    join: bool = False  # join the counterpart desk's body from its package (File → Import from counterpart…)


class CustomSide(QGroupBox):
    """Code, names, capital, zone and holidays of a side this app does not know."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(8)
        self.code_edit.setPlaceholderText(self.tr("e.g. JP"))
        self.code_edit.setAccessibleName(self.tr("{0}: code").format(title))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("{0}: name").format(title))
        self.name_ko_edit = QLineEdit()
        self.name_ko_edit.setAccessibleName(self.tr("{0}: Korean name").format(title))
        self.capital_edit = QLineEdit()
        self.capital_edit.setAccessibleName(self.tr("{0}: capital").format(title))
        self.zone_combo = TimeZoneCombo("")
        self.zone_combo.setAccessibleName(self.tr("{0}: time zone").format(title))
        self.holidays_edit = QLineEdit()
        self.holidays_edit.setMaxLength(2)
        self.holidays_edit.setPlaceholderText(self.tr("e.g. JP"))
        self.holidays_edit.setAccessibleName(self.tr("{0}: holiday country").format(title))
        form = QFormLayout(self)
        form.addRow(self.tr("Code:"), self.code_edit)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.name_ko_edit, 1)
        form.addRow(self.tr("Name (English, 한국어):"), names)
        form.addRow(self.tr("Capital:"), self.capital_edit)
        form.addRow(self.tr("Time zone:"), self.zone_combo)
        form.addRow(self.tr("Public holidays of:"), self.holidays_edit)

    def choice(self) -> SideChoice:
        return SideChoice(
            code=self.code_edit.text().strip().upper(),
            name=self.name_edit.text().strip(),
            name_ko=self.name_ko_edit.text().strip(),
            capital=self.capital_edit.text().strip(),
            timezone=self.zone_combo.zone(),
            holiday_country=self.holidays_edit.text().strip().upper() or None,
        )


class FirstRunDialog(QDialog):
    """Set up this database's body; ``answer()`` after it was accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Set up this database"))
        self._sample = False
        self._join_package = False
        intro = QLabel(
            self.tr(
                "Which consultative body does this database serve, and which side's desk are you? "
                "Both can be changed later in Preferences → Body."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the body"))
        self.name_ko_edit = QLineEdit()
        self.name_ko_edit.setAccessibleName(self.tr("Korean name of the body"))
        self._name_touched = False
        self.name_edit.textEdited.connect(self._touch_name)
        self.name_ko_edit.textEdited.connect(self._touch_name)
        self.ours_combo = self._side_combo("ROK", self.tr("Our side"))
        self.theirs_combo = self._side_combo("US", self.tr("The counterpart side"))
        self.ours_custom = CustomSide(self.tr("Our side"))
        self.theirs_custom = CustomSide(self.tr("The counterpart side"))
        self.reason = ReasonLabel()
        self.reason.setAccessibleName(self.tr("Why the body cannot be set up"))

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.name_ko_edit, 1)
        form.addRow(name_label, names)
        ours_label = QLabel(self.tr("&Our side:"))
        ours_label.setBuddy(self.ours_combo)
        form.addRow(ours_label, self.ours_combo)
        theirs_label = QLabel(self.tr("&Counterpart:"))
        theirs_label.setBuddy(self.theirs_combo)
        form.addRow(theirs_label, self.theirs_combo)

        self.buttons = QDialogButtonBox()
        self.setup_button = self.buttons.addButton(self.tr("&Set up"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.setup_button.setObjectName("setup_button")
        self.setup_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Sample body &instead"))
        self.sample_button.setObjectName("sample_button")
        self.sample_button.setToolTip(self.tr("Fill this database with the fictional sample body, to look around"))
        self.buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button = QPushButton(self.tr("&Join from a package…"))
        self.join_button.setObjectName("join_button")
        self.join_button.setToolTip(
            self.tr("Take the body, its sides and its UID from a package the counterpart desk sent")
        )
        self.buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.clicked.connect(self._join)
        self.later_button = self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.sample_button.clicked.connect(self._take_sample)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.ours_custom)
        layout.addWidget(self.theirs_custom)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.ours_combo.currentIndexChanged.connect(lambda _i: self._sides_changed(self.ours_combo))
        self.theirs_combo.currentIndexChanged.connect(lambda _i: self._sides_changed(self.theirs_combo))
        self.setMinimumWidth(560)
        self._sides_changed(None)

    def _side_combo(self, code: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for side in KNOWN_SIDES.values():
            shown = side.name_ko if is_korean() and side.name_ko else side.name
            combo.addItem(self.tr("{0} ({1})").format(shown, side.code), side.code)
        combo.addItem(self.tr("Another side…"), OTHER)
        combo.setCurrentIndex(combo.findData(code))
        return combo

    def _touch_name(self) -> None:
        self._name_touched = True

    def _sides_changed(self, changed: QComboBox | None) -> None:
        ours, theirs = self.ours_combo.currentData(), self.theirs_combo.currentData()
        if changed is not None and ours == theirs and ours != OTHER:
            # "Our side: US" on ROK–US: the counterpart becomes the other one rather than US twice.
            other = self.theirs_combo if changed is self.ours_combo else self.ours_combo
            spare = next(code for code in KNOWN_SIDES if code != ours)
            other.blockSignals(True)
            other.setCurrentIndex(other.findData(spare))
            other.blockSignals(False)
        self.ours_custom.setVisible(self.ours_combo.currentData() == OTHER)
        self.theirs_custom.setVisible(self.theirs_combo.currentData() == OTHER)
        if not self._name_touched:
            self._suggest_name()
        self.reason.set_reason(None)
        self.adjustSize()

    def _suggest_name(self) -> None:
        codes = [combo.currentData() for combo in (self.ours_combo, self.theirs_combo)]
        if OTHER in codes:
            return
        english, korean = suggested_names(codes[0], codes[1])
        self.name_edit.setText(english)
        self.name_ko_edit.setText(korean)

    def _side(self, combo: QComboBox, custom: CustomSide) -> SideChoice:
        code = combo.currentData()
        return custom.choice() if code == OTHER else SideChoice(str(code))

    def problem(self) -> str | None:
        """Why the answer cannot be set up, in words; None when it can."""
        if not self.name_edit.text().strip():
            return self.tr("The body needs a name.")
        for combo, custom in ((self.ours_combo, self.ours_custom), (self.theirs_combo, self.theirs_custom)):
            if combo.currentData() == OTHER and not custom.code_edit.text().strip():
                return self.tr("Give {0} a code of 2 to 8 capital letters, such as JP.").format(custom.title().lower())
        try:
            ours = body_service.resolve_side(self._side(self.ours_combo, self.ours_custom))
            theirs = body_service.resolve_side(self._side(self.theirs_combo, self.theirs_custom))
        except UserError as exc:
            return notices.refusal(exc)
        if ours.code == theirs.code:
            return self.tr("Our side and the counterpart need different codes.")
        return None

    def accept(self) -> None:
        if not (self._sample or self._join_package):
            problem = self.problem()
            if problem:
                self.reason.set_reason(problem)
                return
        super().accept()

    def _take_sample(self) -> None:
        self._sample = True
        self.accept()

    def _join(self) -> None:
        self._join_package = True
        self.accept()

    def answer(self) -> FirstRunAnswer:
        if self._sample:
            return FirstRunAnswer(None, sample=True)
        if self._join_package:
            return FirstRunAnswer(None, join=True)
        choice = BodyChoice(
            name=self.name_edit.text().strip(),
            name_ko=self.name_ko_edit.text().strip(),
            ours=self._side(self.ours_combo, self.ours_custom),
            theirs=self._side(self.theirs_combo, self.theirs_custom),
        )
        return FirstRunAnswer(choice)


def apply_answer(window: MainWindow, answer: FirstRunAnswer) -> bool:
    """Set the body up (or fill the sample body) and show it; a refusal is explained and changes nothing."""
    from desktop_app.services.demo import fill_sample_body
    from desktop_app.ui.settings.body_undo import push_body_change

    workspace = window.workspace
    if answer.join:
        return window.exchange_actions.import_from_counterpart() is not None  # its preview says it joins
    before = workspace.body
    try:
        if answer.sample:
            fill_sample_body(workspace)
        elif answer.choice is not None:
            body_service.setup_body(workspace, answer.choice)
    except UserError as exc:
        dialogs.show_error(window, translate("FirstRun", "The body was not set up"), notices.refusal(exc))
        return False
    if not answer.sample:  # the sample body is a whole file of sessions: File → New starts afresh instead
        push_body_change(window, translate("FirstRun", "Set up the body “{0}”").format(workspace.body.name), before)
    window.load_workspace()
    window.statusBar().showMessage(
        translate("FirstRun", "Set up “{0}”: our side is {1}").format(workspace.body.name, workspace.body.home.name),
        8000,
    )
    return True


def offer_setup(window: MainWindow) -> FirstRunDialog | None:
    """Open the setup when the window's database was never set up and holds nothing; returns the dialog."""
    if not body_service.needs_setup(window.workspace):
        return None
    dialog = FirstRunDialog(window)
    workspace = window.workspace

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and window.workspace is workspace:
            apply_answer(window, dialog.answer())
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
