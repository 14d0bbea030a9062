"""The series dialog: a recurrence, an end and a host rotation, with every occurrence previewed live.

Returns a ``SeriesDraft``; ``services.series.create_series`` writes it. The preview is
``plan_series`` itself, so what is shown is what will be created, each occurrence with
its times in both capitals and its warnings.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.series import VIDEO
from desktop_app.domain.session import Session, SessionFormat
from desktop_app.errors import UserError
from desktop_app.services.calendar_view import warning_context
from desktop_app.services.series import SeriesDraft, plan_series
from desktop_app.services.session_overview import planned_warnings
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.date_fields import DateField, TimeField
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.sessions import style
from desktop_app.ui.sessions.session_dialog import ZoneCombo, buddy, from_qdate, problem_label

CUSTOM = "custom"
PREVIEW_DELAY_MS = 120  # typing a title does not re-plan on every key


def ordinal_weekday(day: date) -> str:
    """ "the 2nd Tuesday" (or "the last Friday" for a fifth one), as the monthly preset reads it."""
    nth = (day.day - 1) // 7 + 1
    weekday = formatting.weekday_long(day)
    if nth == 5:
        return translate("SeriesDialog", "the last {0}").format(weekday)
    return translate("SeriesDialog", "the {ordinal} {weekday}").format(
        ordinal=formatting.ordinal(nth), number=nth, weekday=weekday
    )


def parse_hosts(text: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """ "ROK, US, video" → ("ROK", "US", "video"); side codes in any case."""
    hosts = []
    for part in text.replace("→", ",").replace(";", ",").split(","):
        token = part.strip()
        if not token:
            continue
        hosts.append(VIDEO if token.lower() == VIDEO else token.upper())
    return tuple(hosts)


class SeriesDialog(QDialog):
    def __init__(self, workspace: Workspace, *, first: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New series"))
        self.workspace = workspace
        self.body = workspace.body
        self.context = warning_context(workspace)
        self.planned: list[Session] = []
        self.preview_warnings: list[list[str]] = []
        self.problem = ""
        first = first or datetime.combine(clock.today() + timedelta(days=14), time(10))
        home, other = self.body.home, self.body.counterpart

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Working group on supply chains"))
        self.title_ko_edit = QLineEdit()
        self.title_ko_edit.setPlaceholderText("예: 공급망 실무그룹")
        self.date_edit = DateField(QDate(first.year, first.month, first.day))
        self.time_edit = TimeField(QTime(first.hour, first.minute))
        self.zone_combo = ZoneCombo(self.body, home.timezone)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 7 * 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(self.body.default_session_minutes)

        self.repeat_combo = QComboBox()
        self.repeat_combo.addItem(self.tr("Monthly on the same weekday"), "monthly-weekday")
        self.repeat_combo.addItem(self.tr("Every six weeks"), "six-weeks")
        self.repeat_combo.addItem(self.tr("Quarterly (every three months)"), "quarterly")
        self.repeat_combo.addItem(self.tr("Weekly"), "weekly")
        self.repeat_combo.addItem(self.tr("Custom rule (RRULE)…"), CUSTOM)
        self.rule_edit = QLineEdit()
        self.rule_edit.setPlaceholderText("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU")
        self.rule_edit.setEnabled(False)

        self.count_radio = QRadioButton(self.tr("After"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(6)
        self.count_spin.setSuffix(self.tr(" sessions"))
        self.until_radio = QRadioButton(self.tr("On"))
        self.until_edit = DateField(QDate(first.year, first.month, first.day).addMonths(12))
        self.count_radio.setChecked(True)
        ends = QButtonGroup(self)
        ends.addButton(self.count_radio)
        ends.addButton(self.until_radio)

        self.hosts_combo = QComboBox()
        self.hosts_combo.setEditable(True)
        for preset in (
            f"{home.code}, {other.code}",
            f"{other.code}, {home.code}",
            f"{home.code}, {other.code}, {VIDEO}",
            f"{home.code}",
            f"{other.code}",
            VIDEO,
        ):
            self.hosts_combo.addItem(preset)
        self.hosts_combo.setToolTip(
            self.tr("The hosts in turn, separated by commas: {0}, {1} or {2} (held by video link)").format(
                home.code, other.code, VIDEO
            )
        )
        self.host_time_check = QCheckBox(self.tr("Each session at this time in its host's capital"))
        self.host_time_check.setChecked(True)
        self.host_time_check.setToolTip(
            self.tr(
                "On: 10:00 means 10:00 in {0} when {0} hosts and 10:00 in {1} when {1} hosts. "
                "Off: every session at this time in the zone above."
            ).format(home.capital or home.name, other.capital or other.name)
        )
        self.format_combo = QComboBox()
        for value in SessionFormat:
            self.format_combo.addItem(formatting.session_format(value), str(value))
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText(self.tr("https://… (for the video sessions)"))

        self.count_label = QLabel()
        self.count_label.setObjectName("preview_count")
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Host"), self.tr("Times in both capitals"), self.tr("Warnings")]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(int(style.line_height(self.font()) * 1.4))
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problem_label = problem_label()

        when = QHBoxLayout()
        when.addWidget(self.date_edit, 3)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.zone_combo, 3)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat_combo, 2)
        repeat.addWidget(self.rule_edit, 3)
        end = QGridLayout()
        end.addWidget(self.count_radio, 0, 0)
        end.addWidget(self.count_spin, 0, 1)
        end.addWidget(self.until_radio, 0, 2)
        end.addWidget(self.until_edit, 0, 3)
        end.setColumnStretch(4, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Korean title (제목)"), self.title_ko_edit)
        form.addRow(buddy(self.tr("&First session"), self.date_edit), when)
        form.addRow(self.tr("&Length"), self.duration_spin)
        form.addRow(buddy(self.tr("&Repeat"), self.repeat_combo), repeat)
        form.addRow(buddy(self.tr("&Ends"), self.count_radio), end)
        form.addRow(self.tr("&Hosts in turn"), self.hosts_combo)
        form.addRow("", self.host_time_check)
        form.addRow(self.tr("F&ormat"), self.format_combo)
        form.addRow(self.tr("&Video link"), self.link_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create series"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(820, 720)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.title_edit, self.title_ko_edit, self.rule_edit, self.link_edit):
            edit.textChanged.connect(self._schedule)
        self.hosts_combo.currentTextChanged.connect(self._schedule)
        self.zone_combo.currentTextChanged.connect(self._schedule)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.until_edit.dateChanged.connect(self._schedule)
        self.time_edit.timeChanged.connect(self._schedule)
        for spin in (self.duration_spin, self.count_spin):
            spin.valueChanged.connect(self._schedule)
        for combo in (self.repeat_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_changed)
        for button in (self.count_radio, self.until_radio, self.host_time_check):
            button.toggled.connect(self._schedule)
        self.count_radio.toggled.connect(self._end_changed)
        self._date_changed()
        self._end_changed()
        self.title_edit.setFocus()
        self.refresh_preview()

    # -- reading -----------------------------------------------------------------------
    def series_draft(self) -> SeriesDraft:
        first = datetime.combine(
            from_qdate(self.date_edit.date()), time(self.time_edit.time().hour(), self.time_edit.time().minute())
        )
        key = str(self.repeat_combo.currentData())
        rule = self.rule_edit.text().strip() if key == CUSTOM else key
        counted = self.count_radio.isChecked()
        return SeriesDraft(
            title=self.title_edit.text().strip(),
            title_ko=self.title_ko_edit.text().strip(),
            rule=rule,
            first_start=first,
            timezone=self.zone_combo.zone(),
            duration_minutes=self.duration_spin.value(),
            hosts=parse_hosts(self.hosts_combo.currentText(), self.body.side_codes),
            count=self.count_spin.value() if counted else None,
            until=None if counted else from_qdate(self.until_edit.date()),
            format=SessionFormat(self.format_combo.currentData()),
            video_link=self.link_edit.text().strip(),
            host_local_time=self.host_time_check.isChecked(),
        )

    # -- live ----------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _date_changed(self) -> None:
        day = from_qdate(self.date_edit.date())
        self.repeat_combo.setItemText(0, self.tr("Monthly on {0}").format(ordinal_weekday(day)))
        self._schedule()

    def _repeat_changed(self) -> None:
        custom = self.repeat_combo.currentData() == CUSTOM
        self.rule_edit.setEnabled(custom)
        if custom:
            self.rule_edit.setFocus()

    def _end_changed(self) -> None:
        self.count_spin.setEnabled(self.count_radio.isChecked())
        self.until_edit.setEnabled(not self.count_radio.isChecked())

    def refresh_preview(self) -> None:
        """Plan the series as it stands and list every occurrence; the reason instead when it cannot be."""
        self._timer.stop()
        draft = self.series_draft()
        try:
            if draft.rule == "":
                raise UserError(self.tr("write the custom rule, e.g. {0}").format("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU"))
            _series, sessions = plan_series(self.body, draft)
        except UserError as exc:
            self.planned, self.preview_warnings, self.problem = [], [], notices.refusal(exc, self.body)
        else:
            self.planned, self.problem = sessions, ""
            self.preview_warnings = [planned_warnings(self.context, session) for session in sessions]
        self._fill_table()

    def _city(self, city: str) -> str:
        """A capital by its name in the interface language ("서울" in the Korean window)."""
        side = next((side for side in self.body.sides if side.capital == city), None)
        return formatting.capital_name(side) if side else city

    def _fill_table(self) -> None:
        table = self.preview
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self.planned))
        amber = QBrush(style.amber_fill(self.palette()))
        amber_text = QBrush(style.amber_text(self.palette()))
        for row, (session, said) in enumerate(zip(self.planned, self.preview_warnings, strict=True)):
            warnings = notices.words(said, self.body)
            host = session.host_side if session.venue_city else VIDEO  # plan_series gives a side's sessions its capital
            cells = [
                str(row + 1),
                f"{host} · {self._city(session.venue_city)}" if session.venue_city else self.tr("video"),
                style.span_both(session, self.body),
                "; ".join(warnings) if warnings else "—",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and warnings:
                    item.setText(f"{style.WARNING_SIGN} {text}")
                    item.setToolTip("\n".join(f"{style.WARNING_SIGN} {w}" for w in warnings))
                if warnings:
                    item.setBackground(amber)
                    if column == 3:
                        item.setForeground(amber_text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        flagged = sum(1 for warnings in self.preview_warnings if warnings)
        if self.problem:
            self.count_label.setText(self.tr("No sessions to preview"))
        else:
            count = len(self.planned)
            text = self.tr("1 session") if count == 1 else self.tr("{0} sessions").format(count)
            if flagged:
                text += self.tr(", {0} with warnings (in amber)").format(flagged)
            else:
                text += self.tr(", none with warnings")
            self.count_label.setText(text)
        self.problem_label.setText(self.tr("Cannot create yet: {0}.").format(self.problem) if self.problem else "")
        self.problem_label.setVisible(bool(self.problem))
        self.ok_button.setEnabled(not self.problem)

    def accept(self) -> None:
        self.refresh_preview()  # a change still waiting on the timer is planned before the dialog closes
        if not self.problem:
            super().accept()
