"""The packet panel's generating: the Generate and Cancel buttons, the progress, the result, open.

``start(job)`` hands the prepared job (plain data, see ``services.packets``) to a worker
(``ui.common.workers.run_task``), which writes the files; progress, the end and a failure come
back here on the main thread. The bar keeps its place and size whatever its texts say: the step
and the result are one elided line each.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.errors import UserError
from desktop_app.services import packets
from desktop_app.services.packets import PacketCancelled, PacketJob, PacketResult
from desktop_app.ui.common import dialogs, formatting, notices
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.common.widgets import ElidedLabel
from desktop_app.ui.common.workers import Progress, TaskHandle, run_task
from desktop_app.ui.packets.sections_list import WRITER_STEPS, step_text


def open_in_desktop(path: Path) -> bool:
    """Open a file or folder with the program the system chooses; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def sentence(message: str) -> str:
    """A service's one-line message as a dialog shows it: capital first, full stop last."""
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else f"{message}."


def written_text(result: PacketResult, copies: int) -> str:
    """ "Written: …/9th session.docx (and its PDF) — marked DRAFT …", or the numbered copies."""
    if copies:
        if result.pdf:
            text = translate("PacketPanel", "Written: {0} numbered copies, {1} … (and their PDFs)")
        else:
            text = translate("PacketPanel", "Written: {0} numbered copies, {1} …")
        text = text.format(copies, result.docx)
    else:
        text = (
            translate("PacketPanel", "Written: {0} (and its PDF)")
            if result.pdf
            else translate("PacketPanel", "Written: {0}")
        )
        text = text.format(result.docx)
    if result.draft:
        text += translate("PacketPanel", " — marked DRAFT: the agenda is not agreed")
    return text


class GenerationBar(QWidget):
    """Generate, Cancel, the progress and its step; below, Open packet, Open folder and the result.

    ``generate_requested`` when Generate is pressed (the panel prepares the job and calls
    ``start``); ``written`` with the PacketResult, after the files are in place; ``stopped``
    after a cancel or a failure. ``planned_file`` says which file Open would open when no packet
    was written in this panel yet.
    """

    generate_requested = Signal()
    written = Signal(object)
    stopped = Signal()

    def __init__(
        self,
        planned_file: Callable[[], Path | None],
        highlight: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planned_file = planned_file
        self.highlight = highlight  # bold the section being written in the panel's list
        self.task: TaskHandle | None = None
        self.job: PacketJob | None = None
        self.last_result: PacketResult | None = None
        self._build()

    def _build(self) -> None:
        self.generate_button = QPushButton(translate("PacketPanel", "&Generate packet"))
        self.generate_button.setObjectName("packet_generate")
        self.generate_button.setDefault(True)
        self.generate_button.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_button.setToolTip(translate("PacketPanel", "Write the packet (Ctrl+G)"))
        self.generate_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.generate_button.clicked.connect(self.generate_requested)
        self.cancel_button = QPushButton(translate("PacketPanel", "Cancel"))
        self.cancel_button.setObjectName("packet_cancel")
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("packet_progress")
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        # Hidden, it keeps its room: the step and the buttons stay where they are when it shows.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()  # shown while a packet is written, and its "Done" after
        self.step_label = ElidedLabel()
        self.step_label.setObjectName("packet_step")
        run_row = QHBoxLayout()
        run_row.setContentsMargins(0, 0, 0, 0)
        run_row.addWidget(self.generate_button)
        run_row.addWidget(self.cancel_button)
        run_row.addSpacing(12)
        run_row.addWidget(self.progress, 2)
        run_row.addWidget(self.step_label, 3)

        self.result_label = ElidedLabel()
        self.result_label.setObjectName("packet_result")
        self.open_button = QPushButton(translate("PacketPanel", "&Open packet"))
        self.open_button.setObjectName("packet_open")
        self.open_button.setToolTip(
            translate("PacketPanel", "Open the packet in Word (or the program that opens .docx files)")
        )
        self.open_button.clicked.connect(self.open_packet)
        self.folder_button = QPushButton(translate("PacketPanel", "Open &folder"))
        self.folder_button.setObjectName("packet_folder")
        self.folder_button.setToolTip(translate("PacketPanel", "Show the folder the packet is in"))
        self.folder_button.clicked.connect(self.open_folder)
        result_row = QHBoxLayout()
        result_row.setContentsMargins(0, 0, 0, 0)
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        result_row.addSpacing(12)
        result_row.addWidget(self.result_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(run_row)
        layout.addLayout(result_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- state -------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None and self.task.running

    def packet_file(self) -> Path | None:
        return self.last_result.docx if self.last_result is not None else self.planned_file()

    def forget_result(self) -> None:
        """Another session or edition is shown: no bar, no step, no result of the run before."""
        if self.is_running():
            return
        self.last_result = None
        self.progress.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.step_label.setText("")
        self.show_existing()

    def show_existing(self) -> None:
        """Say whether the packet file is there already (from an earlier run), and offer to open it."""
        path = self.planned_file()
        if self.last_result is not None and path == self.last_result.docx:
            return
        self.last_result = None
        if path is not None and path.is_file():
            written = datetime.fromtimestamp(path.stat().st_mtime)
            when = f"{formatting.day_month(written)} {formatting.clock(written)}"
            self.result_label.setText(
                translate("PacketPanel", "{0} is there already (written {1}); generating replaces it.").format(
                    path.name, when
                )
            )
        else:
            self.result_label.setText("")

    def update_enabled(self, *, ready: bool) -> None:
        running = self.is_running()
        self.generate_button.setEnabled(not running and ready)
        target = self.packet_file()
        self.open_button.setEnabled(not running and target is not None and target.is_file())
        self.folder_button.setEnabled(not running and target is not None and target.parent.is_dir())

    # -- running -----------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        if not running:
            self.highlight(None)
            self.job = None
        self.cancel_button.setEnabled(running)
        self.cancel_button.setToolTip(translate("PacketPanel", "Stop; nothing is written (Esc)"))

    def start(self, job: PacketJob) -> None:
        self.job = job
        self.last_result = None
        sections = len(job.content.sections)
        self.progress.setRange(0, sections + 3)  # what write_packet reports: preparing, cover, each section, saving
        self.progress.setValue(0)
        self.progress.setFormat(translate("PacketPanel", "%v of %m"))
        self.progress.show()
        self.step_label.setText(translate("PacketPanel", "Starting…"))
        self.result_label.setText("")

        def write(cancel: threading.Event, progress: Progress) -> PacketResult:
            return packets.write_packet_files(
                job,
                progress=lambda done, total, label: progress((done, total, label)),
                cancelled=cancel.is_set,
            )

        self.task = run_task(write, self._written, self._failed, self._advanced, context=self)

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.step_label.setText(translate("PacketPanel", "Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _advanced(self, value: object) -> None:
        if not isinstance(value, tuple) or self.job is None:
            return
        done, total, label = value
        if done >= total and self.job.pdf:
            self.progress.setRange(0, 0)  # LibreOffice says nothing of its progress: a busy bar
            self.step_label.setText(translate("PacketPanel", "Making the PDF with LibreOffice…"))
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(
                translate("PacketPanel", "LibreOffice cannot be stopped midway; it takes a few seconds")
            )
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.highlight(label)
        if self.task is not None and not self.task.cancel_event.is_set():
            if done in (0, total) or label in WRITER_STEPS:
                self.step_label.setText(step_text(label))
            else:
                self.step_label.setText(translate("PacketPanel", "Writing “{0}”").format(step_text(label)))

    def _written(self, result: object) -> None:
        assert isinstance(result, PacketResult)
        copies = self.job.copies if self.job is not None else 0
        self.last_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(translate("PacketPanel", "Done"))
        # After the bar's "Done":
        self.step_label.setText(
            "" if result.seconds < 1 else translate("PacketPanel", "in {0:.0f} s").format(result.seconds)
        )
        self.result_label.setText(written_text(result, copies))
        self.written.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        if isinstance(error, PacketCancelled):
            self.step_label.setText(translate("PacketPanel", "Cancelled: nothing was written."))
            self.show_existing()
            self.stopped.emit()
            return
        self.step_label.setText(translate("PacketPanel", "Not written."))
        self.show_existing()
        self.stopped.emit()
        if isinstance(error, UserError):
            dialogs.show_error(
                self, translate("PacketPanel", "The packet was not written"), sentence(notices.refusal(error))
            )
        else:  # our bug: the crash dialog, with its traceback
            sys.excepthook(type(error), error, error.__traceback__)

    # -- opening -----------------------------------------------------------------
    def open_packet(self) -> None:
        path = self.packet_file()
        if path is None or not path.is_file():
            dialogs.show_error(
                self,
                translate("PacketPanel", "Cannot open the packet"),
                translate("PacketPanel", "The packet file is not there any more."),
            )
            self.stopped.emit()  # the buttons follow
            return
        if not open_in_desktop(path):
            dialogs.show_error(
                self,
                translate("PacketPanel", "Cannot open the packet"),
                translate("PacketPanel", "No program on this computer opens {0}.").format(path.name),
            )

    def open_folder(self) -> None:
        path = self.packet_file()
        if path is None or not path.parent.is_dir():
            return
        if not open_in_desktop(path.parent):
            dialogs.show_error(
                self,
                translate("PacketPanel", "Cannot open the folder"),
                translate("PacketPanel", "No program on this computer shows {0}.").format(path.parent),
            )
