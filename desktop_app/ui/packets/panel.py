"""The packet panel: pick a session and an edition, see the sections, generate in the background, open.

Shown by the Packets view (any session, the next one preselected) and by a session's Packet
tab (that session fixed). The database is read here, on the main thread
(``prepare_packet``); the Word file (and PDF) is written by ``write_packet_files`` in a
worker, which gets the prepared job as plain data. The parts: ``options_form`` (edition,
marking, template, options, file), ``sections_list`` (what the packet will hold) and
``generation`` (generate, cancel, progress, the result, open).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.errors import UserError
from desktop_app.services import packet_plan, packets
from desktop_app.services.packet_plan import PacketSessionChoice
from desktop_app.services.packets import Audience, PacketResult
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import dialogs, formatting, notices
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.navigator import Navigator
from desktop_app.ui.common.widgets import semantic_colour
from desktop_app.ui.packets.generation import GenerationBar, sentence
from desktop_app.ui.packets.options_form import (  # noqa: F401 - re-exported: the panel's notes
    COUNTERPART_NOTE,
    INTERNAL_NOTE,
    PacketOptionsForm,
)
from desktop_app.ui.packets.sections_list import SectionsBox
from desktop_app.ui.packets.session_choice import agenda_state_text, choice_text
from desktop_app.ui.settings import registry


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
        self._default_marking = ""
        self._choices: dict[int, PacketSessionChoice] = {}
        self._build()
        self._set_running(False)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("packet_session")
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(40)
        self.session_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.session_combo.currentIndexChanged.connect(self._session_changed)
        self.session_label = QLabel(translate("PacketPanel", "&Session:"))
        self.session_label.setBuddy(self.session_combo)
        self.session_detail = QLabel()
        self.session_detail.setObjectName("packet_session_detail")
        self.session_detail.setWordWrap(True)
        self.session_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        picker = QHBoxLayout()
        picker.addWidget(self.session_label)
        picker.addWidget(self.session_combo, 1)
        self.picker_row = QWidget()
        self.picker_row.setLayout(picker)
        picker.setContentsMargins(0, 0, 0, 0)
        self.picker_row.setVisible(not self.fixed_session)

        self.options_box = PacketOptionsForm(self.settings)
        self.options_box.brief_button.clicked.connect(self.edit_brief)
        self.options_box.edition_changed.connect(self._edition_changed)
        self.options_box.output_changed.connect(self._output_changed)
        self.sections_box = SectionsBox()
        install_row_menu(self.sections_box.sections_list, self._section_menu)
        self.run = GenerationBar(self.options_box.output_path, self.sections_box.highlight)
        self.run.generate_requested.connect(self.generate)
        self.run.written.connect(self._written)
        self.run.stopped.connect(lambda: self._set_running(False))

        columns = QHBoxLayout()
        columns.addWidget(self.options_box, 3)
        columns.addWidget(self.sections_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker_row)
        layout.addWidget(self.session_detail)
        layout.addLayout(columns)
        # The room left over goes above the bar, so that Generate stays at the foot of the panel
        # whatever the session line, the edition note or the list of sections take.
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.run)

        # The parts' widgets, as the tests, the window and the dark-palette check reach them.
        form, run = self.options_box, self.run
        self.brief_button = form.brief_button
        self.internal_radio, self.counterpart_radio = form.internal_radio, form.counterpart_radio
        self.edition_group, self.edition_note = form.edition_group, form.edition_note
        self.marking_edit, self.copies_spin = form.marking_edit, form.copies_spin
        self.template_edit, self.template_button, self.template_clear = (
            form.template_edit,
            form.template_button,
            form.template_clear,
        )
        self.korean_check, self.bilingual_check, self.pdf_check = (
            form.korean_check,
            form.bilingual_check,
            form.pdf_check,
        )
        self.output_edit, self.output_button = form.output_edit, form.output_button
        self.sections_list, self.sections_summary = self.sections_box.sections_list, self.sections_box.sections_summary
        self.generate_button, self.cancel_button = run.generate_button, run.cancel_button
        self.progress, self.step_label, self.result_label = run.progress, run.step_label, run.result_label
        self.open_button, self.folder_button = run.open_button, run.folder_button

    def _section_menu(self, index: QModelIndex) -> list[QAction | None] | None:
        """A section's right-click menu: what the panel's buttons do for this session's packet."""
        if not index.isValid():
            return None

        def entry(label: str, button: QPushButton, slot: Callable[[], None]) -> QAction:
            action = QAction(label, self.sections_list)
            action.setEnabled(button.isEnabled())  # as the button: never what the panel refuses now
            action.triggered.connect(lambda _checked=False: slot())
            return action

        return [
            entry(translate("PacketPanel", "Generate packet"), self.generate_button, self.generate),
            entry(translate("PacketPanel", "Open packet"), self.open_button, self.open_packet),
            entry(translate("PacketPanel", "Show in folder"), self.folder_button, self.open_folder),
            None,
            entry(translate("PacketPanel", "Principal's brief…"), self.brief_button, self.edit_brief),
        ]

    # -- loading -----------------------------------------------------------------
    def load(self, workspace: Workspace, session_id: int | None = None, now: datetime | None = None) -> None:
        """Read the sessions again; show ``session_id``, else keep the one shown, else the next session."""
        self.workspace = workspace
        shown = self.session_id()
        choices = packet_plan.packet_session_choices(workspace, now)
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
        self.options_box.update_pdf_option(running=self.is_running())
        self.options_box.set_korean_available(packet_plan.korean_edition_available(workspace))

        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for choice in choices:
            self.session_combo.addItem(choice_text(choice), choice.session.id)
        if keep is not None:
            self.session_combo.setCurrentIndex(self.session_combo.findData(keep))
        self.session_combo.blockSignals(False)
        if keep != shown:
            self.run.forget_result()  # the last run's bar and result were another session's
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
        return self.options_box.audience()

    def _session_changed(self, index: int = -1, *, suggest: bool = True) -> None:
        if index >= 0:  # picked in the combo box: the last run was another session's
            self.run.forget_result()
        choice = self._choices.get(self.session_id() or -1)
        if choice is None or self.workspace is None:
            self._detail = None
            self.session_detail.setText(
                translate(
                    "PacketPanel",
                    "No sessions in this database yet: a packet is made for a session. "
                    "Plan one first, or look around in the sample body (briefing-desk --db sample.sqlite3 demo).",
                )
            )
            self.sections_box.clear()
            self._update_enabled()
            return
        session = choice.session
        agenda_state = escape(agenda_state_text(choice.agenda_state))
        if self.fixed_session:  # the session page's header already says when and where
            agenda = translate("PacketPanel", "Agenda: {0}").format(agenda_state)
        else:
            agenda = translate("PacketPanel", "agenda: {0}").format(agenda_state)
        if self.fixed_session:
            self._detail = ("", agenda, choice.agreed)
        else:
            venue = escape(session.venue or translate("PacketPanel", "venue to be decided"))
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

    def _edition_changed(self) -> None:
        self.run.forget_result()  # the last run was the other edition's
        self._suggest_output()
        self.refresh_sections()

    def refresh_sections(self) -> None:
        """List what the packet for this session and edition will hold; the rest greyed, with why."""
        session_id = self.session_id()
        workspace = self._open_workspace()
        if workspace is None or session_id is None:
            self.sections_box.clear()
            self._update_enabled()
            return
        try:
            plan = packet_plan.packet_plan(workspace, session_id, self.audience())
        except UserError as exc:  # the session was deleted meanwhile
            self.sections_box.clear(sentence(notices.refusal(exc)))
            self._update_enabled()
            return
        self.sections_box.show_plan(plan)
        self._update_enabled()

    def included_sections(self) -> list[str]:
        """The titles listed as included (for tests and for the status line)."""
        return self.sections_box.included_sections()

    def left_out_sections(self) -> dict[str, str]:
        """Title → why, for the sections listed greyed."""
        return self.sections_box.left_out_sections()

    # -- the file ----------------------------------------------------------------
    def template(self) -> Path | None:
        return self.options_box.template()

    def output_path(self) -> Path | None:
        return self.options_box.output_path()

    def _suggest_output(self) -> None:
        """The default file name for this session and edition, in the folder already shown (or the default)."""
        choice = self._choices.get(self.session_id() or -1)
        if choice is not None:
            self.options_box.suggest_output(packet_plan.default_packet_name(choice.session, self.audience()))

    def _output_changed(self) -> None:
        if not self.is_running():
            self.run.show_existing()
            self._update_enabled()

    # -- generating --------------------------------------------------------------
    @property
    def last_result(self) -> PacketResult | None:
        return self.run.last_result

    def is_running(self) -> bool:
        return self.run.is_running()

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
        form = self.options_box
        target = form.output_path()
        if target is None:
            dialogs.show_error(
                self,
                translate("PacketPanel", "The packet cannot be generated"),
                translate("PacketPanel", "Name the file to write the packet to."),
            )
            return
        pdf, copies = form.pdf(), form.copies()
        job_targets = packets.copy_targets(target, copies)
        candidates = [*job_targets, *([path.with_suffix(".pdf") for path in job_targets] if pdf else [])]
        there = [path for path in candidates if path.is_file()]
        if there and form.confirmed_target != target and not dialogs.confirm_replace_packet(self, there):
            return
        try:
            job = packets.prepare_packet(
                workspace,
                session_id,
                target,
                audience=form.audience(),
                marking=form.marking(),
                template=form.template(),
                bilingual=form.bilingual_check.isChecked(),
                pdf=pdf,
                language=form.language(),
                page_numbers=True,  # when LibreOffice is there: the contents get their page numbers
                copies=copies,
            )
        except UserError as exc:
            dialogs.show_error(
                self, translate("PacketPanel", "The packet cannot be generated"), sentence(notices.refusal(exc))
            )
            return
        form.remember_options()
        self.run.start(job)
        self._set_running(True)

    def cancel(self) -> None:
        self.run.cancel()

    def _written(self, result: object) -> None:
        assert isinstance(result, PacketResult)
        self._set_running(False)
        registry.PACKET_FOLDER.write(self.settings, result.docx.parent)
        if self.navigator is not None:  # in the status bar, with "Show in folder"
            self.navigator.file_written.emit(
                translate("PacketPanel", "Packet written: {0}").format(result.docx.name), result.docx
            )
        self.generated.emit(result)

    def _set_running(self, running: bool) -> None:
        self.run.set_running(running)
        for widget in (self.picker_row, self.options_box):
            widget.setEnabled(not running)
        self.options_box.update_pdf_option(running=running)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self._open_workspace() is not None and self.session_id() is not None
        self.run.update_enabled(ready=ready)
        self.template_clear.setEnabled(not self.is_running() and self.template() is not None)

    # -- opening -----------------------------------------------------------------
    def open_packet(self) -> None:
        self.run.open_packet()

    def open_folder(self) -> None:
        self.run.open_folder()
