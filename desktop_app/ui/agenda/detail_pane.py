"""The selected agenda item in full: shareable fields, then the internal ones, clearly apart.

The pane never writes. When a field is left with a new value it emits ``field_edited(name,
value)``; the editor turns that into an undo command. Text boxes commit when they lose the
focus, spin boxes and lists when their value is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.agenda_rules import MAX_ITEM_MINUTES
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.common.widgets import follow_palette, semantic_colour

# English sources, shown through translate("ItemDetailPane", …).
INTERNAL_TITLE = QT_TRANSLATE_NOOP("ItemDetailPane", "Internal — never leaves our office")
NO_PRESENTER = QT_TRANSLATE_NOOP("ItemDetailPane", "— nobody yet —")


class _Text(QPlainTextEdit):
    """A few lines of text that report when the user leaves them."""

    left = Signal()

    def __init__(self, placeholder: str, lines: int = 3) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        # A fixed height for a few lines, so that the internal fields stay in sight; longer text scrolls.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


def _internal_box_style(palette: QPalette) -> str:
    amber = semantic_colour("warning", palette).name()
    return (
        f"QGroupBox#internal_box {{ border: 1px solid {amber}; border-radius: 4px; margin-top: 1.4em; "
        "padding-top: 0.4em; } QGroupBox#internal_box::title { subcontrol-origin: margin; left: 8px; "
        f"color: {amber}; font-weight: bold; }}"
    )


class ItemDetailPane(QScrollArea):
    field_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.item: AgendaItem | None = None
        self._loading = False

        self.heading = QLabel(self.tr("Select an item to see it in full."))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.starts = QLabel()
        self.starts.setObjectName("item_starts")

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title in English"))
        self.title_ko_edit = QLineEdit()
        self.title_ko_edit.setPlaceholderText("한국어 제목")
        self.lead_combo = QComboBox()
        self.presenter_combo = QComboBox()
        self.presenter_combo.setToolTip(self.tr("The session's delegations, heads first"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MAX_ITEM_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setKeyboardTracking(False)  # one change when typing ends, not one per digit
        self.description_edit = _Text(self.tr("What the item covers; shared with the other side"), 4)

        shared = QFormLayout()
        shared.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        shared.addRow(self.tr("&Title:"), self.title_edit)
        shared.addRow(self.tr("제목 (&Korean):"), self.title_ko_edit)
        shared.addRow(self.tr("&Lead side:"), self.lead_combo)
        shared.addRow(self.tr("&Presenter:"), self.presenter_combo)
        shared.addRow(self.tr("&Minutes:"), self.minutes_spin)
        shared.addRow(self.tr("&Description:"), self.description_edit)

        self.talking_points_edit = _Text(self.tr("Our talking points for the principal"), 5)
        self.if_raised_edit = _Text(self.tr("Lines to take if the other side raises …"), 3)
        self.notes_edit = _Text(self.tr("Notes for ourselves"), 2)
        self.internal_box = QGroupBox(translate("ItemDetailPane", INTERNAL_TITLE))
        self.internal_box.setObjectName("internal_box")
        follow_palette(self.internal_box, _internal_box_style)
        internal = QFormLayout(self.internal_box)
        internal.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        internal.addRow(self.tr("Talking p&oints:"), self.talking_points_edit)
        internal.addRow(self.tr("&If raised:"), self.if_raised_edit)
        internal.addRow(self.tr("N&otes:"), self.notes_edit)
        hint = QLabel(self.tr("Not in the counterpart's edition of the packet, nor in comparisons shown to them."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        internal.addRow(hint)

        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(shared)
        fields_layout.addWidget(self.internal_box)
        fields_layout.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.starts)
        layout.addWidget(self.fields, 1)
        self.setWidget(content)

        self.title_edit.editingFinished.connect(lambda: self._commit("title", self.title_edit.text()))
        self.title_ko_edit.editingFinished.connect(lambda: self._commit("title_ko", self.title_ko_edit.text()))
        self.lead_combo.activated.connect(lambda _i: self._commit("lead_side", self.lead_combo.currentData()))
        self.presenter_combo.activated.connect(
            lambda _i: self._commit("presenter_id", self.presenter_combo.currentData())
        )
        self.minutes_spin.valueChanged.connect(lambda value: self._commit("minutes", value))
        for edit in self._texts().values():
            edit.left.connect(self._text_left)  # a bound slot: never called once the pane is gone
        self.show_item(None)

    def _texts(self) -> dict[str, _Text]:
        return {
            "description": self.description_edit,
            "talking_points": self.talking_points_edit,
            "if_raised": self.if_raised_edit,
            "internal_notes": self.notes_edit,
        }

    # -- filling ---------------------------------------------------------------------------
    def set_sides(self, sides: Sequence[tuple[str, str]]) -> None:
        """(code, name) of the two sides, for the lead combo."""
        self._loading = True
        self.lead_combo.clear()
        self.lead_combo.addItem(self.tr("— either —"), "")
        for code, name in sides:
            self.lead_combo.addItem(f"{code} — {name}", code)
        self._loading = False

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        """(person id, text) of the session's delegates, in the order to offer them."""
        self._people = list(people)
        if self.item is not None:
            self._fill_presenters(self.item.presenter_id, "")

    def _fill_presenters(self, current: int | None, current_name: str) -> None:
        self.presenter_combo.clear()
        self.presenter_combo.addItem(translate("ItemDetailPane", NO_PRESENTER), None)
        for person_id, text in getattr(self, "_people", []):
            self.presenter_combo.addItem(text, person_id)
        if current is not None and self.presenter_combo.findData(current) < 0:
            name = current_name or self.tr("person {0}").format(current)
            self.presenter_combo.addItem(self.tr("{0} (not in the delegations)").format(name), current)
        self.presenter_combo.setCurrentIndex(max(0, self.presenter_combo.findData(current)))

    def show_item(
        self, item: AgendaItem | None, *, starts: Sequence[str] = (), presenter: str = "", locked: bool = False
    ) -> None:
        """Show ``item`` (None: nothing selected); ``starts`` its start in each zone."""
        self._loading = True
        try:
            self.item = item
            self.fields.setEnabled(item is not None)
            if item is None:
                self.heading.setText(self.tr("Select an item to see it in full."))
                self.starts.clear()
                for line in (self.title_edit, self.title_ko_edit):
                    line.clear()
                for text in self._texts().values():
                    text.clear()
                self.minutes_spin.setValue(0)
                return
            heading = self.tr("Sub-item {0}") if item.level else self.tr("Item {0}")
            lock = self.tr("  (agreed — shared fields start a new draft)") if locked else ""
            self.heading.setText(heading.format(item.number) + lock)
            self.starts.setText(self.tr("Starts {0}").format(" · ".join(starts)) if starts else "")
            self._set_line(self.title_edit, item.title)
            self._set_line(self.title_ko_edit, item.title_ko)
            self.lead_combo.setCurrentIndex(max(0, self.lead_combo.findData(item.lead_side)))
            self._fill_presenters(item.presenter_id, presenter)
            self.minutes_spin.setValue(item.minutes)
            for name, edit in self._texts().items():
                value = getattr(item, name)
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False

    @staticmethod
    def _set_line(line: QLineEdit, text: str) -> None:
        if line.text() != text:
            line.setText(text)
            line.setCursorPosition(0)

    # -- committing ------------------------------------------------------------------------
    def _text_left(self) -> None:
        for name, edit in self._texts().items():
            if edit is self.sender():
                self._commit(name, edit.toPlainText())

    def _commit(self, name: str, value: object) -> None:
        if self._loading or self.item is None:
            return
        if isinstance(value, str) and name in ("title", "title_ko"):
            value = value.strip()
        if getattr(self.item, name) == value:
            return
        self.field_edited.emit(name, value)

    def commit_pending(self) -> None:
        """Commit what the focused field holds (before the editor changes what it shows)."""
        focused = self.focusWidget()
        if focused is self.title_edit:
            self._commit("title", self.title_edit.text())
        elif focused is self.title_ko_edit:
            self._commit("title_ko", self.title_ko_edit.text())
        else:
            for name, edit in self._texts().items():
                if focused is edit:
                    self._commit(name, edit.toPlainText())

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()
