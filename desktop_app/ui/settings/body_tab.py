"""Preferences → Body: the body's names, which side is ours, each side's names, capital, zone and holidays.

Everything here is saved in the database (``services.preferences``): everyone who opens the
file sees it. A side's code is not edited here: it is in every file already exchanged
(``briefing-desk body edit`` changes it while no session or person refers to it).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.body import Body
from desktop_app.services import preferences as service
from desktop_app.services.preferences import BodyPreferences, SideDetails
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import is_korean
from desktop_app.ui.common.widgets import ReasonLabel


class TimeZoneCombo(QComboBox):
    """An editable list of IANA zones; typing narrows it ("seoul" finds Asia/Seoul)."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(service.timezone_choices()))
        self.setMaxVisibleItems(15)
        completer = QCompleter(list(service.timezone_choices()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentText(zone)

    def zone(self) -> str:
        return self.currentText().strip()


def describe_zone(name: str, now: datetime | None = None) -> str:
    """ "UTC+09:00 (KST), now 14:02": what the officer checks before saving; "" for an unknown zone."""
    if service.timezone_problem(name):
        return ""
    local = (now or clock.now()).astimezone(ZoneInfo(name.strip()))
    offset = local.strftime("%z")
    sign, hours, minutes = offset[0], offset[1:3], offset[3:5]
    abbreviation = local.tzname() or ""
    shown = f" ({abbreviation})" if abbreviation and not abbreviation.startswith(("+", "-")) else ""
    return QCoreApplication.translate("Preferences", "UTC{0}{1}:{2}{3}, now {4}").format(
        sign, hours, minutes, shown, local.strftime("%H:%M")
    )


def _line(text: str, accessible: str, limit: int = service.MAX_OFFICE) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(limit)
    return edit


class SideBox(QGroupBox):
    """One side: names in both languages, capital, time zone (with its offset now) and holiday country."""

    def __init__(self, code: str, details: SideDetails, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"side_{code}")
        self.name_edit = _line(details.name, self.tr("Name of {0}").format(code))
        self.name_ko_edit = _line(details.name_ko, self.tr("Korean name of {0}").format(code))
        self.capital_edit = _line(details.capital, self.tr("Capital of {0}").format(code))
        self.capital_ko_edit = _line(details.capital_ko, self.tr("Korean name of the capital of {0}").format(code))
        self.holidays_edit = _line(details.holiday_country, self.tr("Holiday country of {0}").format(code), 2)
        self.holidays_edit.setPlaceholderText(self.tr("e.g. KR"))
        self.holidays_edit.setToolTip(self.tr("The ISO country code whose public holidays the calendar warns about"))
        self.zone_combo = TimeZoneCombo(zone)
        self.zone_combo.setAccessibleName(self.tr("Time zone of {0}").format(details.name or code))
        self.zone_combo.setObjectName(f"zone_{code}")
        self.zone_note = QLabel()
        self.zone_note.setAccessibleName(self.tr("Current time in {0}'s zone").format(details.name or code))
        self.zone_note.setMinimumWidth(self.zone_note.fontMetrics().horizontalAdvance("UTC+10:30 (AEDT), now 00:00"))
        form = QFormLayout(self)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.name_ko_edit, 1)
        form.addRow(self.tr("Name (English, 한국어):"), names)
        capitals = QHBoxLayout()
        capitals.addWidget(self.capital_edit, 1)
        capitals.addWidget(self.capital_ko_edit, 1)
        form.addRow(self.tr("Capital:"), capitals)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_combo, 1)
        zone_row.addWidget(self.zone_note)
        zone_label = QLabel(self.tr("Time zone:"))
        zone_label.setBuddy(self.zone_combo)
        form.addRow(zone_label, zone_row)
        form.addRow(self.tr("Public holidays of:"), self.holidays_edit)
        self.set_title(False)

    def set_title(self, ours: bool) -> None:
        role = self.tr("our side") if ours else self.tr("the counterpart")
        self.setTitle(self.tr("{0} — {1}").format(self.code, role))

    def details(self) -> SideDetails:
        return SideDetails(
            name=self.name_edit.text().strip(),
            name_ko=self.name_ko_edit.text().strip(),
            capital=self.capital_edit.text().strip(),
            capital_ko=self.capital_ko_edit.text().strip(),
            holiday_country=self.holidays_edit.text().strip().upper(),
        )

    def widgets(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.name_ko_edit,
            self.capital_edit,
            self.capital_ko_edit,
            self.zone_combo,
            self.holidays_edit,
        ]


class BodyTab(QWidget):
    """The Body page of the Preferences dialog; ``preferences()`` is what it would save."""

    def __init__(self, prefs: BodyPreferences, body: Body, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self._read_only = read_only
        intro = QLabel(
            self.tr("These belong to the body and are saved in the database: everyone who opens {0} sees them.").format(
                body.name
            )
        )
        intro.setWordWrap(True)
        self.name_edit = _line(prefs.name if prefs.name is not None else body.name, self.tr("Name of the body"))
        self.name_ko_edit = _line(
            prefs.name_ko if prefs.name_ko is not None else body.name_ko, self.tr("Korean name of the body")
        )
        self.uid_label = QLabel(body.uid)
        self.uid_label.setAccessibleName(self.tr("The body's UID"))
        self.uid_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uid_label.setToolTip(self.tr("Both desks of one body share it; packages of another body are refused"))

        home = prefs.home_side or body.home_side
        self.our_side_group = QButtonGroup(self)
        self.our_side_buttons: dict[str, QRadioButton] = {}
        ours_row = QHBoxLayout()
        for side in body.sides:
            shown = side.name_ko if is_korean() and side.name_ko else side.name
            button = QRadioButton(self.tr("{0} ({1})").format(shown, side.code))
            button.setAccessibleName(self.tr("Our side: {0}").format(side.name))
            button.setObjectName(f"our_side_{side.code}")
            button.setChecked(side.code == home)
            self.our_side_group.addButton(button)
            self.our_side_buttons[side.code] = button
            ours_row.addWidget(button)
        ours_row.addStretch(1)

        self.marking_edit = _line(prefs.default_marking, self.tr("Default handling marking"), service.MAX_MARKING)
        self.marking_edit.setPlaceholderText(self.tr("none: packets carry no marking"))
        self.marking_edit.setToolTip(self.tr("Printed at the top and bottom of every page of a packet"))
        self.office_edit = _line(prefs.office, self.tr("Office name"), service.MAX_OFFICE)
        self.office_edit.setPlaceholderText(self.tr("e.g. Korea Policy Division"))
        self.office_edit.setToolTip(self.tr("Named as the author of packets and of packages sent to the counterpart"))

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.name_ko_edit, 1)
        form.addRow(name_label, names)
        form.addRow(self.tr("UID:"), self.uid_label)
        form.addRow(self.tr("Our side:"), ours_row)
        marking_label = QLabel(self.tr("Default &marking:"))
        marking_label.setBuddy(self.marking_edit)
        form.addRow(marking_label, self.marking_edit)
        office_label = QLabel(self.tr("&Office:"))
        office_label.setBuddy(self.office_edit)
        form.addRow(office_label, self.office_edit)

        self.side_boxes: dict[str, SideBox] = {}
        for side in body.sides:
            details = prefs.sides.get(side.code) or SideDetails(
                side.name, side.name_ko, side.capital, side.capital_ko, side.holiday_country
            )
            box = SideBox(side.code, details, prefs.timezones.get(side.code, side.timezone))
            box.zone_combo.editTextChanged.connect(self.validate_zones)
            self.side_boxes[side.code] = box
        self.zone_combos = {code: box.zone_combo for code, box in self.side_boxes.items()}
        self.zone_notes = {code: box.zone_note for code, box in self.side_boxes.items()}
        self.our_side_group.buttonToggled.connect(lambda *_: self._mark_ours())
        self._mark_ours()
        self.zone_reason = ReasonLabel()
        self.zone_reason.setAccessibleName(self.tr("Time zone problem"))
        zone_help = QLabel(
            self.tr("Every time is shown in both sides' zones. Sessions keep the zone they were planned in.")
        )
        zone_help.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for box in self.side_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.zone_reason)
        layout.addWidget(zone_help)
        if read_only:
            note = QLabel(self.tr("This database is open read-only: the body's settings cannot be changed."))
            note.setWordWrap(True)
            layout.addWidget(note)
            for widget in self.widgets():
                widget.setEnabled(False)
        layout.addStretch(1)

    def _mark_ours(self) -> None:
        for code, box in self.side_boxes.items():
            box.set_title(self.our_side_buttons[code].isChecked())

    def widgets(self) -> list[QWidget]:
        """The editable widgets, in tab order."""
        chain: list[QWidget] = [self.name_edit, self.name_ko_edit, *self.our_side_buttons.values()]
        chain += [self.marking_edit, self.office_edit]
        for box in self.side_boxes.values():
            chain += box.widgets()
        return chain

    def zone_problem(self) -> str | None:
        for side in self._body.sides:
            problem = service.timezone_problem(self.zone_combos[side.code].zone())
            if problem:
                return f"{formatting.side_name(side)}: {notices.word(problem, self._body)}"
        return None

    def validate_zones(self) -> None:
        for code, combo in self.zone_combos.items():
            self.zone_notes[code].setText(describe_zone(combo.zone()))
        self.zone_reason.set_reason(None if self._read_only else self.zone_problem())

    def preferences(self) -> BodyPreferences:
        home = next(code for code, button in self.our_side_buttons.items() if button.isChecked())
        return BodyPreferences(
            default_marking=self.marking_edit.text().strip(),
            office=self.office_edit.text().strip(),
            timezones={code: combo.zone() for code, combo in self.zone_combos.items()},
            name=self.name_edit.text().strip(),
            name_ko=self.name_ko_edit.text().strip(),
            home_side=home,
            sides={code: box.details() for code, box in self.side_boxes.items()},
        )
