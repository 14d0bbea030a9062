"""The session dialog and the Move dialog: they return what the officer typed; services write it.

Warnings (holidays, weekends, hours outside 08:00–19:00 on either side, double bookings)
are worked out on every change from a context loaded once when the dialog opens, and
shown in amber as they arise; what stops a save (``draft_problems``) disables OK and says
why. A line gives the times in both capitals as they stand.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.body import Body
from desktop_app.domain.session import Session, SessionFormat, SessionMode, SessionStatus, mode_from_venue
from desktop_app.scheduling.timezones import to_utc, wall_time
from desktop_app.services.calendar_view import WarningContext, warning_context
from desktop_app.services.scheduling import MAX_SESSION_NUMBER, SessionDraft, default_host, draft_problems
from desktop_app.services.session_overview import dialog_warnings
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.date_fields import DateField, TimeField
from desktop_app.ui.sessions import style

# Zones a desk meets in besides the two capitals': offered first, any IANA name can be typed.
OTHER_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Brussels",
    "Europe/Zurich",
    "Asia/Tokyo",
    "Asia/Singapore",
    "America/Los_Angeles",
    "America/Chicago",
    "Pacific/Honolulu",
)


@functools.cache
def _all_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(available_timezones())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ZoneCombo(QComboBox):
    """Both sides' zones first, then a few others; any IANA name can be typed (with completion)."""

    def __init__(self, body: Body, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = list(dict.fromkeys([*(side.timezone for side in body.sides), *OTHER_ZONES]))
        for zone in zones:
            sides = [side for side in body.sides if side.timezone == zone]
            self.addItem(zone)
            if sides:
                self.setItemData(self.count() - 1, f"{sides[0].capital} ({sides[0].code})", Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(QStringListModel(_all_zones(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentText(current)
        self.setMinimumContentsLength(18)

    def zone(self) -> str:
        return self.currentText().strip()


class WarningPanel(QLabel):
    """Amber, with each reason in words; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(style.warning_style(self.palette()))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings: list[str] = []
        self.hide()

    def show_warnings(self, warnings: list[str], body: Body | None = None) -> None:
        """``warnings`` as the core said them (kept in ``self.warnings``), shown in the interface language."""
        self.warnings = list(warnings)
        shown = notices.words(warnings, body) if body is not None else warnings
        self.setText("\n".join(f"{style.WARNING_SIGN} {warning}" for warning in shown))
        self.setVisible(bool(warnings))


def problem_label() -> QLabel:
    """What stops OK, in words: bold, in the palette's own text colour (amber is for warnings)."""
    label = QLabel()
    label.setObjectName("problems")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter goes to ``widget`` (a row holding a layout has no buddy of its own)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def both_capitals(draft: SessionDraft, body: Body) -> str:
    """The draft's times in every zone, one line each, or a dash while it cannot be read."""
    if draft_problems(replace(draft, title=draft.title or "-"), body):
        return "—"
    start = to_utc(draft.local_start, draft.timezone, strict=False)
    session = Session(draft.title or "-", start, draft.timezone, draft.duration_minutes, draft.host_side)
    return style.span_both(session, body, separator="\n")


class SessionDialog(QDialog):
    """Returns a ``SessionDraft`` (``draft()``); it never writes."""

    def __init__(
        self,
        workspace: Workspace,
        initial: SessionDraft,
        *,
        session_id: int | None = None,
        context: WarningContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session"))
        self.body = workspace.body
        self.session_id = session_id
        self.context = context or warning_context(workspace)
        self._host_touched = session_id is not None

        self.title_edit = QLineEdit(initial.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. 15th session: working level"))
        self.title_ko_edit = QLineEdit(initial.title_ko)
        self.title_ko_edit.setPlaceholderText("예: 제15차 실무 협의")
        self.date_edit = DateField(to_qdate(initial.local_start.date()))
        self.time_edit = TimeField(QTime(initial.local_start.hour, initial.local_start.minute))
        self.zone_combo = ZoneCombo(self.body, initial.timezone)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 7 * 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(initial.duration_minutes)
        self.number_spin = QSpinBox()
        self.number_spin.setObjectName("session_number")
        self.number_spin.setAccessibleName(self.tr("Session number"))
        self.number_spin.setRange(0, MAX_SESSION_NUMBER)
        self.number_spin.setSpecialValueText(self.tr("the next free number"))  # 0: numbered when saved
        self.number_spin.setValue(initial.number or 0)
        self.host_combo = QComboBox()
        for side in self.body.sides:
            self.host_combo.addItem(f"{side.code} — {formatting.side_both(side)}", side.code)
        self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(initial.host_side)))
        self.format_combo = QComboBox()
        for value in SessionFormat:
            self.format_combo.addItem(formatting.session_format(value), str(value))
        self.format_combo.setCurrentIndex(self.format_combo.findData(str(initial.format)))
        self.status_combo = QComboBox()
        for status in SessionStatus:
            self.status_combo.addItem(style.status_text(status), str(status))
        self.status_combo.setCurrentIndex(self.status_combo.findData(str(initial.status)))
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("session_mode")
        self.mode_combo.addItem(self.tr("In person"), str(SessionMode.IN_PERSON))
        self.mode_combo.addItem(self.tr("By video (each delegation in its capital)"), str(SessionMode.VIDEO))
        mode = initial.mode or mode_from_venue(initial.venue_city, initial.video_link)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(str(mode)))
        self.city_edit = QLineEdit(initial.venue_city)
        self.city_edit.setPlaceholderText(self.tr("Seoul, Washington …"))
        self.building_edit = QLineEdit(initial.venue_building)
        self.building_edit.setPlaceholderText(self.tr("Ministry of Foreign Affairs …"))
        self.link_edit = QLineEdit(initial.video_link)
        self.link_edit.setPlaceholderText(self.tr("https://… (for a video session)"))
        self.notes_edit = QPlainTextEdit(initial.notes)
        self.notes_edit.setPlaceholderText(self.tr("Internal: never exported, never shared with the other side"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(int(style.line_height(self.font()) * 3.6))

        self.both_label = QLabel()
        self.both_label.setObjectName("both_capitals")
        self.both_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_panel = WarningPanel()
        self.problem_label = problem_label()

        when = QHBoxLayout()
        when.addWidget(self.date_edit, 3)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.zone_combo, 3)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Korean title (제목)"), self.title_ko_edit)
        form.addRow(buddy(self.tr("&When"), self.date_edit), when)
        form.addRow(self.tr("In both capitals"), self.both_label)
        form.addRow(self.tr("&Length"), self.duration_spin)
        form.addRow(self.tr("N&umber"), self.number_spin)
        form.addRow(self.tr("&Host"), self.host_combo)
        form.addRow(self.tr("&Format"), self.format_combo)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Held"), self.mode_combo)
        form.addRow(self.tr("&City"), self.city_edit)
        form.addRow(self.tr("&Building"), self.building_edit)
        form.addRow(self.tr("&Video link"), self.link_edit)
        form.addRow(self.tr("&Notes (internal)"), self.notes_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_panel)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

        for edit in (self.title_edit, self.title_ko_edit, self.city_edit, self.building_edit, self.link_edit):
            edit.textChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)
        self.time_edit.timeChanged.connect(self.refresh)
        self.zone_combo.currentTextChanged.connect(self._zone_changed)
        self.duration_spin.valueChanged.connect(self.refresh)
        self.host_combo.activated.connect(self._host_chosen)
        for combo in (self.format_combo, self.status_combo, self.host_combo, self.mode_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        self.title_edit.setFocus()
        self.refresh()

    # -- reading -----------------------------------------------------------------------
    def draft(self) -> SessionDraft:
        local = datetime.combine(
            from_qdate(self.date_edit.date()), time(self.time_edit.time().hour(), self.time_edit.time().minute())
        )
        return SessionDraft(
            title=self.title_edit.text().strip(),
            title_ko=self.title_ko_edit.text().strip(),
            local_start=local,
            timezone=self.zone_combo.zone(),
            duration_minutes=self.duration_spin.value(),
            host_side=str(self.host_combo.currentData()),
            format=SessionFormat(self.format_combo.currentData()),
            status=SessionStatus(self.status_combo.currentData()),
            venue_city=self.city_edit.text().strip() if not self._by_video() else "",
            mode=SessionMode(self.mode_combo.currentData()),
            venue_building=self.building_edit.text().strip(),
            video_link=self.link_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            number=self.number_spin.value() or None,
        )

    def problems(self) -> list[str]:
        return draft_problems(self.draft(), self.body)

    def _by_video(self) -> bool:
        return bool(self.mode_combo.currentData() == str(SessionMode.VIDEO))

    def _mode_changed(self) -> None:
        # By video there is no one city: each delegation sits in its own capital.
        self.city_edit.setEnabled(not self._by_video())

    def warnings(self) -> list[str]:
        return self.warning_panel.warnings

    # -- live ----------------------------------------------------------------------------
    def _zone_changed(self, _text: str) -> None:
        if not self._host_touched:
            zone = self.zone_combo.zone()
            if zone in {side.timezone for side in self.body.sides}:
                self.host_combo.setCurrentIndex(self.host_combo.findData(default_host(self.body, zone)))
        self.refresh()

    def _host_chosen(self, _index: int) -> None:
        self._host_touched = True

    def refresh(self) -> None:
        draft = self.draft()
        problems = draft_problems(draft, self.body)
        self.both_label.setText(both_capitals(draft, self.body))
        # The date is often chosen before the title is typed: its warnings show meanwhile.
        readable = replace(draft, title=draft.title or self.tr("untitled"))
        self.warning_panel.show_warnings(dialog_warnings(self.context, readable, session_id=self.session_id), self.body)
        reasons = "; ".join(notices.words(problems, self.body))
        self.problem_label.setText(self.tr("Cannot save yet: {0}.").format(reasons) if problems else "")
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(self.tr("Cannot save yet: {0}").format(reasons) if problems else "")


class MoveDialog(QDialog):
    """A new date and time for one session, with the same live warnings as the session dialog."""

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move “{0}”").format(session.title))
        self.body = workspace.body
        self.session = session
        self.context = warning_context(workspace)
        self.base = replace(
            SessionDraft.of(session),
            status=SessionStatus.PLANNED if session.status is SessionStatus.POSTPONED else session.status,
        )
        local = wall_time(session.start, session.timezone)
        self.date_edit = DateField(to_qdate(local.date()))
        self.time_edit = TimeField(QTime(local.hour, local.minute))
        self.zone_combo = ZoneCombo(self.body, session.timezone)
        self.now_label = QLabel(style.span_both(session, self.body))
        self.both_label = QLabel()
        self.warning_panel = WarningPanel()
        self.problem_label = problem_label()
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 3)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.zone_combo, 3)
        form = QFormLayout()
        form.addRow(self.tr("Now"), self.now_label)
        form.addRow(buddy(self.tr("&Move to"), self.date_edit), when)
        form.addRow(self.tr("In both capitals"), self.both_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_panel)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(self.refresh)
        self.time_edit.timeChanged.connect(self.refresh)
        self.zone_combo.currentTextChanged.connect(self.refresh)
        # The times in both capitals take two lines (three with a third side): filled in before the
        # dialog takes its size, and never squeezed below what they need.
        self.both_label.setMinimumHeight(self.both_label.fontMetrics().lineSpacing() * len(self.body.sides))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.refresh()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def new_start(self) -> tuple[datetime, str]:
        local = datetime.combine(
            from_qdate(self.date_edit.date()), time(self.time_edit.time().hour(), self.time_edit.time().minute())
        )
        return local, self.zone_combo.zone()

    def refresh(self) -> None:
        local, zone = self.new_start()
        draft = replace(self.base, local_start=local, timezone=zone)
        problems = draft_problems(draft, self.body)
        self.both_label.setText(both_capitals(draft, self.body))
        self.warning_panel.show_warnings(
            [] if problems else dialog_warnings(self.context, draft, session_id=self.session.id), self.body
        )
        reasons = "; ".join(notices.words(problems, self.body))
        self.problem_label.setText(self.tr("Cannot move yet: {0}.").format(reasons) if problems else "")
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
