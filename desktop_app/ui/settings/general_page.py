"""Preferences → General: the interface language and the order of people's names.

Both belong to this officer on this machine (QSettings ``ui/language``, ``ui/name_order``).
The language is read at start-up, so a new choice takes effect after a restart.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLabel, QRadioButton, QWidget

from desktop_app.ui.settings.page import Preferences, PreferencesPage
from desktop_app.ui.settings.registry import HANGUL_FIRST, LANGUAGES, ROMAN_FIRST, SYSTEM_LANGUAGE


class GeneralPage(PreferencesPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        # Each language is named in itself, as language menus do.
        for text, code in ((self.tr("System language"), SYSTEM_LANGUAGE), ("English", "en"), ("한국어", "ko")):
            self.language_combo.addItem(text, code)
        restart = QLabel(self.tr("Takes effect after Briefing Desk is restarted."))
        restart.setWordWrap(True)

        self.roman_first = QRadioButton(self.tr("Roman letters first: KIM Seo-yeon (김서연)"))
        self.roman_first.setAccessibleName(self.tr("Names: roman letters first"))
        self.hangul_first = QRadioButton(self.tr("Hangul first: 김서연 (KIM Seo-yeon)"))
        self.hangul_first.setAccessibleName(self.tr("Names: Hangul first"))
        self.name_order_group = QButtonGroup(self)
        self.name_order_group.addButton(self.roman_first)
        self.name_order_group.addButton(self.hangul_first)

        form = QFormLayout(self)
        language_label = QLabel(self.tr("&Interface language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow("", restart)
        form.addRow(self.tr("Names of people:"), self.roman_first)
        form.addRow("", self.hangul_first)

    def title(self) -> str:
        return self.tr("General")

    def load(self, current: Preferences) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        (self.hangul_first if current.name_order == HANGUL_FIRST else self.roman_first).setChecked(True)

    def save(self, chosen: Preferences) -> Preferences:
        code = self.language_combo.currentData()
        return replace(
            chosen,
            language=code if code in LANGUAGES else SYSTEM_LANGUAGE,
            name_order=HANGUL_FIRST if self.hangul_first.isChecked() else ROMAN_FIRST,
        )

    def widgets(self) -> list[QWidget]:
        return [self.language_combo, self.roman_first, self.hangul_first]
