"""The packet panel's form: the edition, the marking, a template, the options and where to save.

What is chosen here is remembered in the settings (the folder, the template, bilingual, PDF);
the panel reads the form when it prepares a packet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import packet_plan, packets
from desktop_app.services.packets import Audience
from desktop_app.ui.common import dialogs
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.widgets import follow_palette, semantic_colour, text_on
from desktop_app.ui.settings import registry

# English sources, shown through translate("PacketPanel", …).
COUNTERPART_NOTE = QT_TRANSLATE_NOOP(
    "PacketPanel", "Internal talking points, defensive lines and notes are left out by construction."
)
INTERNAL_NOTE = QT_TRANSLATE_NOOP("PacketPanel", "For our own delegation only: not to be shared with the counterpart.")
NO_PDF_TIP = QT_TRANSLATE_NOOP(
    "PacketPanel", "LibreOffice was not found on this computer; install LibreOffice to make PDF copies."
)
PDF_TIP = QT_TRANSLATE_NOOP(
    "PacketPanel", "Also writes a PDF beside the Word file, through LibreOffice (a few seconds more)."
)
NO_TEMPLATE = QT_TRANSLATE_NOOP("PacketPanel", "None: the built-in look")
PDF_LABEL = QT_TRANSLATE_NOOP("PacketPanel", "Also make a &PDF")


def default_folder(settings: QSettings) -> Path:
    """The folder packets were last written to, else the user's Documents, else home."""
    last = registry.PACKET_FOLDER.read(settings)
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)  # Alt+letter moves to the field
    return label


class PacketOptionsForm(QGroupBox):
    """ "Edition and options". ``edition_changed`` when the edition is switched, ``output_changed``
    when the file name is edited (typed, or chosen in the save dialog)."""

    edition_changed = Signal()
    output_changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("PacketPanel", "Edition and options"), parent)
        self.settings = settings
        self.confirmed_target: Path | None = None  # the save dialog already asked about replacing it
        self._build()
        self._restore()

    def _build(self) -> None:
        self.brief_button = QPushButton(translate("PacketPanel", "Principal's b&rief…"))
        self.brief_button.setObjectName("packet_brief")
        self.brief_button.setToolTip(
            translate(
                "PacketPanel",
                "Purpose, objectives, key messages, their likely asks, deliverables, logistics and our aims",
            )
        )
        self.internal_radio = QRadioButton(translate("PacketPanel", "&Internal"))
        self.internal_radio.setToolTip(
            translate("PacketPanel", "Everything: summary, one brief per item, scene-setter, biographies …")
        )
        self.counterpart_radio = QRadioButton(translate("PacketPanel", "For the &counterpart"))
        self.counterpart_radio.setToolTip(
            translate("PacketPanel", "Only what both sides share: cover, agenda, participants, background, logistics")
        )
        self.internal_radio.setChecked(True)
        self.edition_group = QButtonGroup(self)
        self.edition_group.addButton(self.internal_radio)
        self.edition_group.addButton(self.counterpart_radio)
        self.counterpart_radio.toggled.connect(self._edition_toggled)
        editions = QHBoxLayout()
        editions.setContentsMargins(0, 0, 0, 0)
        editions.addWidget(self.internal_radio)
        editions.addSpacing(16)
        editions.addWidget(self.counterpart_radio)
        editions.addStretch(1)
        self.edition_note = QLabel(translate("PacketPanel", INTERNAL_NOTE))
        self.edition_note.setObjectName("packet_edition_note")
        self.edition_note.setWordWrap(True)
        self._style_note(counterpart=False)

        self.marking_edit = QLineEdit()
        self.marking_edit.setObjectName("packet_marking")
        self.marking_edit.setToolTip(
            translate("PacketPanel", "The handling marking printed at the top and bottom of every page")
        )

        self.template_edit = QLineEdit()
        self.template_edit.setObjectName("packet_template")
        self.template_edit.setReadOnly(True)
        self.template_edit.setPlaceholderText(translate("PacketPanel", NO_TEMPLATE))
        self.template_edit.setToolTip(
            translate("PacketPanel", "A Word document (.docx) whose letterhead, styles and page set-up to build on")
        )
        self.template_button = QPushButton(translate("PacketPanel", "Choose…"))
        self.template_button.setToolTip(translate("PacketPanel", "Choose a Word document (.docx) to build on"))
        self.template_button.clicked.connect(self._choose_template)
        self.template_clear = QPushButton(translate("PacketPanel", "Clear"))
        self.template_clear.setToolTip(translate("PacketPanel", "Use the built-in look"))
        self.template_clear.clicked.connect(lambda: self.set_template(None))
        template_row = QHBoxLayout()
        template_row.setContentsMargins(0, 0, 0, 0)
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_clear)

        self.korean_check = QCheckBox(translate("PacketPanel", "&Korean edition (한국어판)"))
        self.korean_check.setObjectName("packet_korean")
        self.korean_check.setToolTip(
            translate(
                "PacketPanel", "Korean section titles, labels and dates, □ and ○, 요지 first: for a Korean delegation"
            )
        )
        self.bilingual_check = QCheckBox(translate("PacketPanel", "&Bilingual agenda and participants"))
        self.bilingual_check.setToolTip(
            translate("PacketPanel", "Agenda items, names and titles in English and Korean side by side")
        )
        self.pdf_check = QCheckBox(translate("PacketPanel", PDF_LABEL))

        # Numbered copies, as ``packet --copies N``: 0 is one file without a number.
        self.copies_spin = QSpinBox()
        self.copies_spin.setObjectName("packet_copies")
        self.copies_spin.setRange(0, packets.MAX_COPIES)
        self.copies_spin.setSpecialValueText(translate("PacketPanel", "One, not numbered"))
        self.copies_spin.setToolTip(
            translate(
                "PacketPanel",
                "Write this many numbered copies, one file each: “Copy 3 of 10” on the cover and in every footer",
            )
        )
        copies_row = QHBoxLayout()
        copies_row.setContentsMargins(0, 0, 0, 0)
        copies_row.addWidget(self.copies_spin)
        copies_row.addStretch(1)

        self.output_edit = QLineEdit()
        self.output_edit.setObjectName("packet_output")
        self.output_edit.setToolTip(
            translate("PacketPanel", "The Word file to write; a PDF goes beside it with the same name")
        )
        self.output_edit.textChanged.connect(self._output_edited)
        self.output_button = QPushButton(translate("PacketPanel", "Choose…"))
        self.output_button.setToolTip(translate("PacketPanel", "Choose where to save the packet"))
        self.output_button.clicked.connect(self._choose_output)
        output_row = QHBoxLayout()
        output_row.setContentsMargins(0, 0, 0, 0)
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        brief_row = QHBoxLayout()
        brief_row.setContentsMargins(0, 0, 0, 0)
        brief_row.addWidget(self.brief_button)
        brief_row.addStretch(1)
        form.addRow(translate("PacketPanel", "Brief:"), brief_row)
        form.addRow(translate("PacketPanel", "Edition:"), editions)
        form.addRow("", self.edition_note)
        form.addRow(_buddy(translate("PacketPanel", "&Marking:"), self.marking_edit), self.marking_edit)
        form.addRow(_buddy(translate("PacketPanel", "&Template:"), self.template_button), template_row)
        options = QVBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.bilingual_check)
        options.addWidget(self.korean_check)
        options.addWidget(self.pdf_check)
        form.addRow(translate("PacketPanel", "Options:"), options)
        form.addRow(_buddy(translate("PacketPanel", "Numbered cop&ies:"), self.copies_spin), copies_row)
        form.addRow(_buddy(translate("PacketPanel", "Save &as:"), self.output_edit), output_row)

    def _restore(self) -> None:
        self.bilingual_check.setChecked(registry.PACKET_BILINGUAL.read(self.settings))
        self.pdf_check.setChecked(registry.PACKET_PDF.read(self.settings))
        self.set_template(registry.PACKET_TEMPLATE.read(self.settings), remember=False)
        self.update_pdf_option()

    def remember_options(self) -> None:
        """Keep bilingual and PDF for the next packet (a packet was asked for with them)."""
        registry.PACKET_BILINGUAL.write(self.settings, self.bilingual_check.isChecked())
        if self.pdf_check.isEnabled():
            registry.PACKET_PDF.write(self.settings, self.pdf_check.isChecked())

    # -- the edition -------------------------------------------------------------
    def audience(self) -> Audience:
        return Audience.COUNTERPART if self.counterpart_radio.isChecked() else Audience.INTERNAL

    def _edition_toggled(self, _checked: bool = False) -> None:
        self._style_note(counterpart=self.audience() is Audience.COUNTERPART)
        self.edition_changed.emit()

    def _style_note(self, *, counterpart: bool) -> None:
        self.edition_note.setText(translate("PacketPanel", COUNTERPART_NOTE if counterpart else INTERNAL_NOTE))
        border_role, fill_role = ("success", "success_fill") if counterpart else ("info", "info_fill")

        def style(palette: QPalette) -> str:
            border, background = (
                semantic_colour(border_role, palette).name(),
                semantic_colour(fill_role, palette).name(),
            )
            return (
                f"QLabel {{ color: {text_on(fill_role, palette).name()}; background: {background};"
                f" border: 1px solid {border}; border-radius: 4px; padding: 5px 8px; }}"
            )

        follow_palette(self.edition_note, style)

    # -- what to write -----------------------------------------------------------
    def marking(self) -> str | None:
        return self.marking_edit.text().strip() or None

    def pdf(self) -> bool:
        return self.pdf_check.isEnabled() and self.pdf_check.isChecked()

    def language(self) -> str:
        return "ko" if self.korean_check.isEnabled() and self.korean_check.isChecked() else "en"

    def copies(self) -> int:
        return self.copies_spin.value()

    def set_korean_available(self, available: bool) -> None:
        self.korean_check.setEnabled(available)
        if not available:
            self.korean_check.setChecked(False)

    def update_pdf_option(self, *, running: bool = False) -> None:
        available = packet_plan.pdf_available()
        self.pdf_check.setEnabled(available and not running)
        label = translate("PacketPanel", PDF_LABEL)
        self.pdf_check.setText(
            label
            if available
            else translate("PacketPanel", "{0} (LibreOffice not found)").format(label.replace("&", ""))
        )
        self.pdf_check.setToolTip(translate("PacketPanel", PDF_TIP if available else NO_PDF_TIP))
        if not available:
            self.pdf_check.setChecked(False)

    # -- the template ------------------------------------------------------------
    def template(self) -> Path | None:
        text = self.template_edit.text().strip()
        return Path(text) if text else None

    def set_template(self, path: Path | None, *, remember: bool = True) -> None:
        self.template_edit.setText(str(path) if path else "")
        self.template_edit.setToolTip(str(path) if path else translate("PacketPanel", NO_TEMPLATE))
        self.template_clear.setEnabled(path is not None and self.isEnabled())
        if remember:
            registry.PACKET_TEMPLATE.write(self.settings, path)

    def _choose_template(self) -> None:
        current = self.template()
        start = current.parent if current is not None and current.parent.is_dir() else default_folder(self.settings)
        chosen = dialogs.ask_template_file(self, start)
        if chosen is not None:
            self.set_template(chosen)

    # -- the file ----------------------------------------------------------------
    def output_path(self) -> Path | None:
        text = self.output_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = default_folder(self.settings) / path
        return path if path.suffix else path.with_name(path.name + ".docx")

    def suggest_output(self, name: str) -> None:
        """``name`` in the folder already shown (or the default one)."""
        current = self.output_path()
        folder = current.parent if current is not None and current.parent.is_dir() else default_folder(self.settings)
        self.output_edit.setText(str(folder / name))

    def _choose_output(self) -> None:
        suggested = self.output_path() or default_folder(self.settings)
        chosen = dialogs.ask_packet_path(self, suggested)
        if chosen is not None:
            self.output_edit.setText(str(chosen))
            self.confirmed_target = chosen

    def _output_edited(self, _text: str = "") -> None:
        self.confirmed_target = None
        self.output_changed.emit()
