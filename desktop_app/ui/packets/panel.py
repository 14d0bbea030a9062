"""The packet panel: pick a session and an edition, see the sections, generate in the background, open.

Shown by the Packets view (any session, the next one preselected) and by a session's Packet
tab (that session fixed). The database is read here, on the main thread
(``prepare_packet``); the Word file (and PDF) is written by ``write_packet_files`` in a
worker (``ui.workers.run_task``), which gets the prepared job as plain data.
"""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.session import SessionStatus
from desktop_app.errors import UserError
from desktop_app.services import packets
from desktop_app.services.packets import Audience, PacketCancelled, PacketJob, PacketResult, PacketSessionChoice
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, formatting
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.widgets import ElidedLabel, follow_palette, semantic_colour, text_on
from desktop_app.ui.common.workers import Progress, TaskHandle, run_task

FOLDER_KEY = "packets/folder"
TEMPLATE_KEY = "packets/template"
BILINGUAL_KEY = "packets/bilingual"
PDF_KEY = "packets/pdf"

# On a light palette; the panel asks widgets.semantic_colour("warning_text" / "success") for the palette's own.
AMBER = "#a15c00"  # dark enough to read on a light background, still plainly a warning
GREEN = "#2e7d32"
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
# The writer's own steps (briefing.docx_writer), as its progress names them; sections are named by their title.
WRITER_STEPS = {
    "Preparing the document": QT_TRANSLATE_NOOP("PacketPanel", "Preparing the document"),
    "Cover and contents": QT_TRANSLATE_NOOP("PacketPanel", "Cover and contents"),
    "Saving": QT_TRANSLATE_NOOP("PacketPanel", "Saving"),
}
# The packet's sections (services.packets) as the list names them; the document itself stays English.
SECTION_TITLES = {
    "cover": ("Cover", QT_TRANSLATE_NOOP("PacketPanel", "Cover")),
    "contents": ("Contents", QT_TRANSLATE_NOOP("PacketPanel", "Contents")),
    "record": ("Record of the session", QT_TRANSLATE_NOOP("PacketPanel", "Record of the session")),
    "summary": ("Summary", QT_TRANSLATE_NOOP("PacketPanel", "Summary")),
    "briefs": ("Item briefs", QT_TRANSLATE_NOOP("PacketPanel", "Item briefs")),
    "scene": ("Scene-setter", QT_TRANSLATE_NOOP("PacketPanel", "Scene-setter")),
    "agenda": ("Timed agenda", QT_TRANSLATE_NOOP("PacketPanel", "Timed agenda")),
    "participants": ("Participants", QT_TRANSLATE_NOOP("PacketPanel", "Participants")),
    "biographies": ("Counterpart biographies", QT_TRANSLATE_NOOP("PacketPanel", "Counterpart biographies")),
    "background": ("Background", QT_TRANSLATE_NOOP("PacketPanel", "Background")),
    "logistics": ("Logistics and contacts", QT_TRANSLATE_NOOP("PacketPanel", "Logistics and contacts")),
    "actions": ("Annex: action-item tracker", QT_TRANSLATE_NOOP("PacketPanel", "Annex: action-item tracker")),
}
# Why a section is left out (services.packets), as the list says it.
LEFT_OUT_REASONS = frozenset(
    (
        QT_TRANSLATE_NOOP("PacketPanel", "nothing to put in it"),
        QT_TRANSLATE_NOOP("PacketPanel", "no earlier session and no open action items"),
        QT_TRANSLATE_NOOP("PacketPanel", "no agenda items yet"),
        QT_TRANSLATE_NOOP("PacketPanel", "no one is on either delegation yet"),
        QT_TRANSLATE_NOOP("PacketPanel", "no biographies on file"),
        QT_TRANSLATE_NOOP("PacketPanel", "the session has not been held"),
        QT_TRANSLATE_NOOP("PacketPanel", "no open or agreed action items"),
        QT_TRANSLATE_NOOP("PacketPanel", "the session was held: the packet is its record"),
        QT_TRANSLATE_NOOP("PacketPanel", "in each item's brief"),
        QT_TRANSLATE_NOOP("PacketPanel", "counterpart edition only (ours has them in the scene-setter)"),
        QT_TRANSLATE_NOOP("PacketPanel", "no agenda item has background text"),
        QT_TRANSLATE_NOOP("PacketPanel", "no sections to list"),
        QT_TRANSLATE_NOOP("PacketPanel", "internal only"),
    )
)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # a section's title, as the writer's progress names it
REASON_ROLE = Qt.ItemDataRole.UserRole + 2  # why a section is left out


def open_in_desktop(path: Path) -> bool:
    """Open a file or folder with the program the system chooses; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_folder(settings: QSettings) -> Path:
    """The folder packets were last written to, else the user's Documents, else home."""
    last = settings.value(FOLDER_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _flag(settings: QSettings, key: str) -> bool:
    return str(settings.value(key, "false")).lower() == "true"


def _sentence(message: str) -> str:
    """A service's one-line message as a dialog shows it: capital first, full stop last."""
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else f"{message}."


def section_title(key: str, title: str) -> str:
    """A section's title as the list shows it: the packet's own title, in the interface language when known."""
    english, source = SECTION_TITLES.get(key, ("", ""))
    return translate("PacketPanel", source) if title == english else title


def step_text(label: str) -> str:
    """The writer's progress label (a step or a section title) in the interface language."""
    if label in WRITER_STEPS:
        return translate("PacketPanel", WRITER_STEPS[label])
    for english, source in SECTION_TITLES.values():
        if label == english:
            return translate("PacketPanel", source)
    return label


def reason_text(reason: str) -> str:
    return translate("PacketPanel", reason) if reason in LEFT_OUT_REASONS else reason


def agenda_state_text(state: str) -> str:
    """ "agreed", "DRAFT — US draft 2 not agreed", "DRAFT — no agenda yet" (services.packets) for the eye."""
    if state == "agreed":
        return translate("PacketPanel", "agreed")
    if state == "DRAFT — no agenda yet":
        return translate("PacketPanel", "DRAFT — no agenda yet")
    if state.startswith("DRAFT — ") and state.endswith(" not agreed"):
        return translate("PacketPanel", "DRAFT — {0} not agreed").format(state[len("DRAFT — ") : -len(" not agreed")])
    return state


def choice_text(choice: PacketSessionChoice) -> str:
    """ "Wed 13 Jan 2027 · 9th session: humanitarian channel · agenda: DRAFT — ROK draft 2 not agreed"."""
    session = choice.session
    day = session.start.astimezone(ZoneInfo(session.timezone))
    agenda = translate("PacketPanel", "agenda: {0}").format(agenda_state_text(choice.agenda_state))
    parts = [formatting.weekday_date(day, year=True), session.title, agenda]
    if session.status in (SessionStatus.HELD, SessionStatus.POSTPONED, SessionStatus.CANCELLED):
        parts.append(formatting.session_status(session.status, lower=True))
    if choice.upcoming:
        parts.append(translate("PacketPanel", "next"))
    return " · ".join(parts)


class _FittingList(QListWidget):
    """A list as tall as its items, also when a narrower window wraps them onto more lines."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        frame = 2 * self.frameWidth() + 4
        return QSize(super().sizeHint().width(), max(rows + frame, 60))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class PacketPanel(QWidget):
    """The whole packet workflow for one session at a time.

    ``load(workspace, session_id)`` (re)reads the workspace; with ``fixed_session`` the
    session picker is hidden and ``session_id`` is the one shown.
    """

    generated = Signal(object)  # the PacketResult, after a packet was written

    def __init__(
        self,
        navigator: Navigator | None = None,
        *,
        settings: QSettings | None = None,
        fixed_session: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail: tuple[str, str, bool] | None = None  # the session line: prefix, agenda state, agreed
        self.navigator = navigator
        self.settings = settings if settings is not None else QSettings()
        self.fixed_session = fixed_session
        self.workspace: Workspace | None = None
        self.task: TaskHandle | None = None
        self.job: PacketJob | None = None
        self.last_result: PacketResult | None = None
        self._default_marking = ""
        self._confirmed_target: Path | None = None  # the save dialog already asked about replacing it
        self._choices: dict[int, PacketSessionChoice] = {}

        self._build()
        self._restore_options()
        self._set_running(False)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("packet_session")
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(40)
        self.session_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.session_combo.currentIndexChanged.connect(self._session_changed)
        self.session_label = QLabel(self.tr("&Session:"))
        self.session_label.setBuddy(self.session_combo)
        self.session_detail = QLabel()
        self.session_detail.setObjectName("packet_session_detail")
        self.session_detail.setWordWrap(True)
        self.session_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.brief_button = QPushButton(self.tr("Principal's b&rief…"))
        self.brief_button.setObjectName("packet_brief")
        self.brief_button.setToolTip(
            self.tr("Purpose, objectives, key messages, their likely asks, deliverables, logistics and our aims")
        )
        self.brief_button.clicked.connect(self.edit_brief)

        picker = QHBoxLayout()
        picker.addWidget(self.session_label)
        picker.addWidget(self.session_combo, 1)
        self.picker_row = QWidget()
        self.picker_row.setLayout(picker)
        picker.setContentsMargins(0, 0, 0, 0)
        self.picker_row.setVisible(not self.fixed_session)

        # Edition and options
        self.internal_radio = QRadioButton(self.tr("&Internal"))
        self.internal_radio.setToolTip(self.tr("Everything: summary, one brief per item, scene-setter, biographies …"))
        self.counterpart_radio = QRadioButton(self.tr("For the &counterpart"))
        self.counterpart_radio.setToolTip(
            self.tr("Only what both sides share: cover, agenda, participants, background, logistics")
        )
        self.internal_radio.setChecked(True)
        self.edition_group = QButtonGroup(self)
        self.edition_group.addButton(self.internal_radio)
        self.edition_group.addButton(self.counterpart_radio)
        self.counterpart_radio.toggled.connect(self._edition_changed)
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
        self.marking_edit.setToolTip(self.tr("The handling marking printed at the top and bottom of every page"))

        self.template_edit = QLineEdit()
        self.template_edit.setObjectName("packet_template")
        self.template_edit.setReadOnly(True)
        self.template_edit.setPlaceholderText(translate("PacketPanel", NO_TEMPLATE))
        self.template_edit.setToolTip(
            self.tr("A Word document (.docx) whose letterhead, styles and page set-up to build on")
        )
        self.template_button = QPushButton(self.tr("Choose…"))
        self.template_button.setToolTip(self.tr("Choose a Word document (.docx) to build on"))
        self.template_button.clicked.connect(self._choose_template)
        self.template_clear = QPushButton(self.tr("Clear"))
        self.template_clear.setToolTip(self.tr("Use the built-in look"))
        self.template_clear.clicked.connect(lambda: self._set_template(None))
        template_row = QHBoxLayout()
        template_row.setContentsMargins(0, 0, 0, 0)
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_clear)

        self.korean_check = QCheckBox(self.tr("&Korean edition (한국어판)"))
        self.korean_check.setObjectName("packet_korean")
        self.korean_check.setToolTip(
            self.tr("Korean section titles, labels and dates, □ and ○, 요지 first: for a Korean delegation")
        )
        self.bilingual_check = QCheckBox(self.tr("&Bilingual agenda and participants"))
        self.bilingual_check.setToolTip(self.tr("Agenda items, names and titles in English and Korean side by side"))
        self.pdf_check = QCheckBox(translate("PacketPanel", PDF_LABEL))

        self.output_edit = QLineEdit()
        self.output_edit.setObjectName("packet_output")
        self.output_edit.setToolTip(self.tr("The Word file to write; a PDF goes beside it with the same name"))
        self.output_edit.textChanged.connect(self._output_changed)
        self.output_button = QPushButton(self.tr("Choose…"))
        self.output_button.setToolTip(self.tr("Choose where to save the packet"))
        self.output_button.clicked.connect(self._choose_output)
        output_row = QHBoxLayout()
        output_row.setContentsMargins(0, 0, 0, 0)
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        brief_row = QHBoxLayout()
        brief_row.setContentsMargins(0, 0, 0, 0)
        brief_row.addWidget(self.brief_button)
        brief_row.addStretch(1)
        form.addRow(self.tr("Brief:"), brief_row)
        form.addRow(self.tr("Edition:"), editions)
        form.addRow("", self.edition_note)
        form.addRow(self._buddy(self.tr("&Marking:"), self.marking_edit), self.marking_edit)
        form.addRow(self._buddy(self.tr("&Template:"), self.template_button), template_row)
        options = QVBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.bilingual_check)
        options.addWidget(self.korean_check)
        options.addWidget(self.pdf_check)
        form.addRow(self.tr("Options:"), options)
        form.addRow(self._buddy(self.tr("Save &as:"), self.output_edit), output_row)
        self.options_box = QGroupBox(self.tr("Edition and options"))
        self.options_box.setLayout(form)

        # Sections
        self.sections_list = _FittingList()
        self.sections_list.setObjectName("packet_sections")
        self.sections_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.sections_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long reason wraps instead of hiding behind a horizontal scroll bar in a narrow window.
        self.sections_list.setWordWrap(True)
        self.sections_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sections_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_summary = QLabel()
        self.sections_summary.setWordWrap(True)
        sections_layout = QVBoxLayout()
        sections_layout.addWidget(self.sections_list, 1)
        sections_layout.addWidget(self.sections_summary)
        self.sections_box = QGroupBox(self.tr("Sections in this packet"))
        self.sections_box.setLayout(sections_layout)

        columns = QHBoxLayout()
        columns.addWidget(self.options_box, 3)
        columns.addWidget(self.sections_box, 2)

        # Generating
        self.generate_button = QPushButton(self.tr("&Generate packet"))
        self.generate_button.setObjectName("packet_generate")
        self.generate_button.setDefault(True)
        self.generate_button.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_button.setToolTip(self.tr("Write the packet (Ctrl+G)"))
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("packet_cancel")
        self.cancel_button.setToolTip(self.tr("Stop; nothing is written (Esc)"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("packet_progress")
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # shown while a packet is written, and its "Done" after
        self.step_label = ElidedLabel()
        self.step_label.setObjectName("packet_step")
        run_row = QHBoxLayout()
        run_row.addWidget(self.generate_button)
        run_row.addWidget(self.cancel_button)
        run_row.addSpacing(12)
        run_row.addWidget(self.progress, 2)
        run_row.addWidget(self.step_label, 3)

        self.result_label = ElidedLabel()
        self.result_label.setObjectName("packet_result")
        self.open_button = QPushButton(self.tr("&Open packet"))
        self.open_button.setObjectName("packet_open")
        self.open_button.setToolTip(self.tr("Open the packet in Word (or the program that opens .docx files)"))
        self.open_button.clicked.connect(self.open_packet)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.setObjectName("packet_folder")
        self.folder_button.setToolTip(self.tr("Show the folder the packet is in"))
        self.folder_button.clicked.connect(self.open_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        result_row.addSpacing(12)
        result_row.addWidget(self.result_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker_row)
        layout.addWidget(self.session_detail)
        layout.addLayout(columns)
        layout.addSpacing(6)
        layout.addLayout(run_row)
        layout.addLayout(result_row)
        layout.addStretch(1)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)  # Alt+letter moves to the field
        return label

    def _restore_options(self) -> None:
        self.bilingual_check.setChecked(_flag(self.settings, BILINGUAL_KEY))
        self.pdf_check.setChecked(_flag(self.settings, PDF_KEY))
        template = self.settings.value(TEMPLATE_KEY, "")
        self._set_template(Path(template) if isinstance(template, str) and template else None, remember=False)
        self._update_pdf_option()

    # -- loading -----------------------------------------------------------------
    def load(self, workspace: Workspace, session_id: int | None = None, now: datetime | None = None) -> None:
        """Read the sessions again; show ``session_id``, else keep the one shown, else the next session."""
        self.workspace = workspace
        shown = self.session_id()
        choices = packets.packet_session_choices(workspace, now)
        self._choices = {choice.session.id: choice for choice in choices if choice.session.id is not None}
        keep = session_id if session_id is not None else self.session_id()
        if keep not in self._choices:
            upcoming = [choice.session.id for choice in choices if choice.upcoming]
            if upcoming:
                keep = upcoming[0]
            elif choices:
                keep = choices[-1].session.id  # nothing ahead: the latest
            else:
                keep = None
        old_default, self._default_marking = self._default_marking, workspace.body.default_marking
        self.marking_edit.setPlaceholderText(self._default_marking)
        if self.marking_edit.text().strip() in ("", old_default):
            self.marking_edit.setText(self._default_marking)
        self._update_pdf_option()
        korean = packets.korean_edition_available(workspace)
        self.korean_check.setEnabled(korean)
        if not korean:
            self.korean_check.setChecked(False)

        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for choice in choices:
            self.session_combo.addItem(choice_text(choice), choice.session.id)
        if keep is not None:
            self.session_combo.setCurrentIndex(self.session_combo.findData(keep))
        self.session_combo.blockSignals(False)
        # A reload (an edit elsewhere) keeps a file name the user typed; another session gets its own name.
        self._session_changed(suggest=keep != shown or not self.output_edit.text().strip())

    def edit_brief(self) -> None:
        """The principal's brief for the session shown; the section list follows what was saved."""
        from desktop_app.ui.packets.brief_dialog import BriefDialog

        session_id = self.session_id()
        if self.workspace is None or session_id is None:
            return
        choice = self._choices.get(session_id)
        title = choice_text(choice) if choice is not None else ""
        dialog = BriefDialog(self.workspace, session_id, title, self)
        if dialog.exec():
            self.refresh_sections()

    def session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return data if isinstance(data, int) else None

    def audience(self) -> Audience:
        return Audience.COUNTERPART if self.counterpart_radio.isChecked() else Audience.INTERNAL

    def _session_changed(self, _index: int = -1, *, suggest: bool = True) -> None:
        choice = self._choices.get(self.session_id() or -1)
        if choice is None or self.workspace is None:
            self._detail = None
            self.session_detail.setText(
                self.tr(
                    "No sessions in this database yet: a packet is made for a session. "
                    "Plan one first, or look around in the sample body (briefing-desk --db sample.sqlite3 demo)."
                )
            )
            self.sections_list.clear()
            self.sections_summary.clear()
            self._update_enabled()
            return
        session = choice.session
        agenda_state = escape(agenda_state_text(choice.agenda_state))
        if self.fixed_session:  # the session page's header already says when and where
            agenda = self.tr("Agenda: {0}").format(agenda_state)
        else:
            agenda = self.tr("agenda: {0}").format(agenda_state)
        if self.fixed_session:
            self._detail = ("", agenda, choice.agreed)
        else:
            venue = escape(session.venue or self.tr("venue to be decided"))
            when = escape(formatting.format_both(session, self.workspace.body))
            self._detail = (f"{when} — {venue} — ", agenda, choice.agreed)
        self._show_detail()
        if suggest:
            self._suggest_output()
        self.refresh_sections()

    def _show_detail(self) -> None:
        """The session line, its agenda state green when agreed, amber when not, in the palette's own tints."""
        if self._detail is None:
            return
        prefix, agenda, agreed = self._detail
        colour = semantic_colour("success" if agreed else "warning_text", self.palette()).name()
        self.session_detail.setText(f"{prefix}<span style='color:{colour}; font-weight:600'>{agenda}</span>")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_detail()

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

    def _edition_changed(self, _checked: bool = False) -> None:
        self._style_note(counterpart=self.audience() is Audience.COUNTERPART)
        self._suggest_output()
        self.refresh_sections()

    def refresh_sections(self) -> None:
        """List what the packet for this session and edition will hold; the rest greyed, with why."""
        self.sections_list.clear()
        session_id = self.session_id()
        workspace = self._open_workspace()
        if workspace is None or session_id is None:
            self._update_enabled()
            return
        try:
            plan = packets.packet_plan(workspace, session_id, self.audience())
        except UserError as exc:  # the session was deleted meanwhile
            self.sections_summary.setText(_sentence(str(exc)))
            self._update_enabled()
            return
        for entry in plan:
            title = section_title(entry.key, entry.title)
            if entry.included:
                item = QListWidgetItem(f"✓  {title}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("{0}: included").format(title))
            else:
                item = QListWidgetItem(f"–  {title}: {reason_text(entry.reason)}")
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # drawn greyed, as disabled
                internal_only = entry.reason == packets.INTERNAL_ONLY_REASON
                why = (
                    self.tr("internal only: never in the counterpart edition")
                    if internal_only
                    else reason_text(entry.reason)
                )
                item.setToolTip(self.tr("{0}: left out — {1}").format(title, why))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setData(TITLE_ROLE, entry.title)
            item.setData(REASON_ROLE, entry.reason)
            self.sections_list.addItem(item)
        included = sum(1 for entry in plan if entry.included)
        left_out = len(plan) - included
        if left_out:
            summary = self.tr("{0} sections will be included; {1} left out.").format(included, left_out)
        else:
            summary = self.tr("{0} sections will be included.").format(included)
        self.sections_summary.setText(summary)
        self._update_enabled()

    def included_sections(self) -> list[str]:
        """The titles listed as included (for tests and for the status line)."""
        items = [self.sections_list.item(row) for row in range(self.sections_list.count())]
        return [item.data(TITLE_ROLE) for item in items if item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def left_out_sections(self) -> dict[str, str]:
        """Title → why, for the sections listed greyed."""
        items = [self.sections_list.item(row) for row in range(self.sections_list.count())]
        return {
            item.data(TITLE_ROLE): item.data(REASON_ROLE)
            for item in items
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled
        }

    # -- options -----------------------------------------------------------------
    def _update_pdf_option(self) -> None:
        available = packets.pdf_available()
        self.pdf_check.setEnabled(available and not self.is_running())
        label = translate("PacketPanel", PDF_LABEL)
        self.pdf_check.setText(
            label if available else self.tr("{0} (LibreOffice not found)").format(label.replace("&", ""))
        )
        self.pdf_check.setToolTip(translate("PacketPanel", PDF_TIP if available else NO_PDF_TIP))
        if not available:
            self.pdf_check.setChecked(False)

    def template(self) -> Path | None:
        text = self.template_edit.text().strip()
        return Path(text) if text else None

    def _set_template(self, path: Path | None, *, remember: bool = True) -> None:
        self.template_edit.setText(str(path) if path else "")
        self.template_edit.setToolTip(str(path) if path else translate("PacketPanel", NO_TEMPLATE))
        self.template_clear.setEnabled(path is not None and not self.is_running())
        if remember:
            self.settings.setValue(TEMPLATE_KEY, str(path) if path else "")

    def _choose_template(self) -> None:
        current = self.template()
        start = current.parent if current is not None and current.parent.is_dir() else default_folder(self.settings)
        chosen = dialogs.ask_template_file(self, start)
        if chosen is not None:
            self._set_template(chosen)

    def output_path(self) -> Path | None:
        text = self.output_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = default_folder(self.settings) / path
        return path if path.suffix else path.with_name(path.name + ".docx")

    def _suggest_output(self) -> None:
        """The default file name for this session and edition, in the folder already shown (or the default)."""
        choice = self._choices.get(self.session_id() or -1)
        if choice is None:
            return
        current = self.output_path()
        folder = current.parent if current is not None and current.parent.is_dir() else default_folder(self.settings)
        self.output_edit.setText(str(folder / packets.default_packet_name(choice.session, self.audience())))

    def _choose_output(self) -> None:
        suggested = self.output_path() or default_folder(self.settings)
        chosen = dialogs.ask_packet_path(self, suggested)
        if chosen is not None:
            self.output_edit.setText(str(chosen))
            self._confirmed_target = chosen

    def _output_changed(self, _text: str = "") -> None:
        self._confirmed_target = None
        if not self.is_running():
            self._show_existing()

    def _show_existing(self) -> None:
        """Say whether the packet file is there already (from an earlier run), and offer to open it."""
        path = self.output_path()
        if self.last_result is not None and path == self.last_result.docx:
            return
        self.last_result = None
        if path is not None and path.is_file():
            written = datetime.fromtimestamp(path.stat().st_mtime)
            when = f"{formatting.day_month(written)} {formatting.clock(written)}"
            self.result_label.setText(
                self.tr("{0} is there already (written {1}); generating replaces it.").format(path.name, when)
            )
        else:
            self.result_label.setText("")
        self._update_enabled()

    # -- generating --------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None and self.task.running

    def _open_workspace(self) -> Workspace | None:
        """The workspace, unless it was closed meanwhile (the window switched databases)."""
        if self.workspace is None or self.workspace.store.closed:
            return None
        return self.workspace

    def generate(self) -> None:
        """Check everything on this thread, then write the packet in the background."""
        session_id = self.session_id()
        workspace = self._open_workspace()
        if self.is_running() or workspace is None or session_id is None:
            return
        target = self.output_path()
        if target is None:
            dialogs.show_error(
                self, self.tr("The packet cannot be generated"), self.tr("Name the file to write the packet to.")
            )
            return
        pdf = self.pdf_check.isEnabled() and self.pdf_check.isChecked()
        there = [path for path in (target, target.with_suffix(".pdf") if pdf else None) if path and path.is_file()]
        if there and self._confirmed_target != target and not dialogs.confirm_replace_packet(self, there):
            return
        marking = self.marking_edit.text().strip() or None
        try:
            job = packets.prepare_packet(
                workspace,
                session_id,
                target,
                audience=self.audience(),
                marking=marking,
                template=self.template(),
                bilingual=self.bilingual_check.isChecked(),
                pdf=pdf,
                language="ko" if self.korean_check.isEnabled() and self.korean_check.isChecked() else "en",
                page_numbers=True,  # when LibreOffice is there: the contents get their page numbers
            )
        except UserError as exc:
            dialogs.show_error(self, self.tr("The packet cannot be generated"), _sentence(str(exc)))
            return
        self.settings.setValue(BILINGUAL_KEY, self.bilingual_check.isChecked())
        if self.pdf_check.isEnabled():
            self.settings.setValue(PDF_KEY, self.pdf_check.isChecked())
        self._start(job)

    def _start(self, job: PacketJob) -> None:
        self.job = job
        self.last_result = None
        sections = len(job.content.sections)
        self.progress.setRange(0, sections + 3)  # what write_packet reports: preparing, cover, each section, saving
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.show()
        self.step_label.setText(self.tr("Starting…"))
        self.result_label.setText("")

        def write(cancel: threading.Event, progress: Progress) -> PacketResult:
            return packets.write_packet_files(
                job,
                progress=lambda done, total, label: progress((done, total, label)),
                cancelled=cancel.is_set,
            )

        self.task = run_task(write, self._written, self._failed, self._advanced, context=self)
        self._set_running(True)

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.step_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _advanced(self, value: object) -> None:
        if not isinstance(value, tuple) or self.job is None:
            return
        done, total, label = value
        if done >= total and self.job.pdf:
            self.progress.setRange(0, 0)  # LibreOffice says nothing of its progress: a busy bar
            self.step_label.setText(self.tr("Making the PDF with LibreOffice…"))
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("LibreOffice cannot be stopped midway; it takes a few seconds"))
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._highlight(label)
        if self.task is not None and not self.task.cancel_event.is_set():
            if done in (0, total) or label in WRITER_STEPS:
                self.step_label.setText(step_text(label))
            else:
                self.step_label.setText(self.tr("Writing “{0}”").format(step_text(label)))

    def _highlight(self, title: str | None) -> None:
        """Bold the section being written in the list (none when ``title`` is None or not a section)."""
        for row in range(self.sections_list.count()):
            item = self.sections_list.item(row)
            font = item.font()
            current = title is not None and item.data(TITLE_ROLE) == title
            if font.bold() != current:
                font.setBold(current)
                item.setFont(font)
            if current:
                self.sections_list.scrollToItem(item)

    def _written(self, result: object) -> None:
        assert isinstance(result, PacketResult)
        self._set_running(False)
        self.last_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        # After the bar's "Done":
        self.step_label.setText("" if result.seconds < 1 else self.tr("in {0:.0f} s").format(result.seconds))
        text = self.tr("Written: {0} (and its PDF)") if result.pdf else self.tr("Written: {0}")
        if result.draft:
            text += self.tr(" — marked DRAFT: the agenda is not agreed")
        self.result_label.setText(text.format(result.docx))
        self.settings.setValue(FOLDER_KEY, str(result.docx.parent))
        self._update_enabled()
        if self.navigator is not None:
            self.navigator.status_message.emit(self.tr("Packet written: {0}").format(result.docx.name))
        self.generated.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        if isinstance(error, PacketCancelled):
            self.step_label.setText(self.tr("Cancelled: nothing was written."))
            self._show_existing()
            return
        self.step_label.setText(self.tr("Not written."))
        self._show_existing()
        if isinstance(error, UserError):
            dialogs.show_error(self, self.tr("The packet was not written"), _sentence(str(error)))
        else:  # our bug: the crash dialog, with its traceback
            sys.excepthook(type(error), error, error.__traceback__)

    def _set_running(self, running: bool) -> None:
        if not running:
            self._highlight(None)
        for widget in (self.picker_row, self.options_box):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setToolTip(self.tr("Stop; nothing is written (Esc)"))
        if not running:
            self.job = None
        self._update_pdf_option()
        self._update_enabled()

    def _update_enabled(self) -> None:
        running = self.is_running()
        ready = self._open_workspace() is not None and self.session_id() is not None
        self.generate_button.setEnabled(not running and ready)
        target = self.last_result.docx if self.last_result is not None else self.output_path()
        exists = target is not None and target.is_file()
        self.open_button.setEnabled(not running and exists)
        self.folder_button.setEnabled(not running and target is not None and target.parent.is_dir())
        self.template_clear.setEnabled(not running and self.template() is not None)

    # -- opening -----------------------------------------------------------------
    def _packet_file(self) -> Path | None:
        return self.last_result.docx if self.last_result is not None else self.output_path()

    def open_packet(self) -> None:
        path = self._packet_file()
        if path is None or not path.is_file():
            dialogs.show_error(
                self, self.tr("Cannot open the packet"), self.tr("The packet file is not there any more.")
            )
            self._update_enabled()
            return
        if not open_in_desktop(path):
            dialogs.show_error(
                self,
                self.tr("Cannot open the packet"),
                self.tr("No program on this computer opens {0}.").format(path.name),
            )

    def open_folder(self) -> None:
        path = self._packet_file()
        if path is None or not path.parent.is_dir():
            return
        if not open_in_desktop(path.parent):
            dialogs.show_error(
                self,
                self.tr("Cannot open the folder"),
                self.tr("No program on this computer shows {0}.").format(path.parent),
            )
