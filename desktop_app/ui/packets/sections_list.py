"""The packet panel's list of sections: what the packet for a session and edition will hold.

Every section a packet can hold is listed in packet order (``services.packet_plan.packet_plan``):
the included ones ticked, the others greyed with why they are left out ("no biographies on
file"). While a packet is written the section being written is bold.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.services.packet_plan import PlannedSection, SectionReason
from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

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
# Why a section is left out (services.packet_plan.SectionReason), as the list says it.
LEFT_OUT_REASONS: dict[SectionReason, str] = {
    SectionReason.EMPTY: QT_TRANSLATE_NOOP("PacketPanel", "nothing to put in it"),
    SectionReason.NO_HISTORY: QT_TRANSLATE_NOOP("PacketPanel", "no earlier session and no open action items"),
    SectionReason.NO_ITEMS: QT_TRANSLATE_NOOP("PacketPanel", "no agenda items yet"),
    SectionReason.NO_DELEGATES: QT_TRANSLATE_NOOP("PacketPanel", "no one is on either delegation yet"),
    SectionReason.NO_BIOGRAPHIES: QT_TRANSLATE_NOOP("PacketPanel", "no biographies on file"),
    SectionReason.NOT_HELD: QT_TRANSLATE_NOOP("PacketPanel", "the session has not been held"),
    SectionReason.NO_ACTIONS: QT_TRANSLATE_NOOP("PacketPanel", "no open or agreed action items"),
    SectionReason.HELD: QT_TRANSLATE_NOOP("PacketPanel", "the session was held: the packet is its record"),
    SectionReason.IN_ITEM_BRIEFS: QT_TRANSLATE_NOOP("PacketPanel", "in each item's brief"),
    SectionReason.COUNTERPART_ONLY: QT_TRANSLATE_NOOP(
        "PacketPanel", "counterpart edition only (ours has them in the scene-setter)"
    ),
    SectionReason.NO_BACKGROUND: QT_TRANSLATE_NOOP("PacketPanel", "no agenda item has background text"),
    SectionReason.NO_SECTIONS: QT_TRANSLATE_NOOP("PacketPanel", "no sections to list"),
    SectionReason.INTERNAL_ONLY: QT_TRANSLATE_NOOP("PacketPanel", "internal only"),
}
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # a section's title, as the writer's progress names it
REASON_ROLE = Qt.ItemDataRole.UserRole + 2  # why a section is left out


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


def reason_text(reason: SectionReason | None) -> str:
    return translate("PacketPanel", LEFT_OUT_REASONS[reason]) if reason is not None else ""


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


class SectionsBox(QGroupBox):
    """ "Sections in this packet": the plan as a list, and a line that counts it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PacketPanel", "Sections in this packet"), parent)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections_list, 1)
        layout.addWidget(self.sections_summary)

    def clear(self, reason: str = "") -> None:
        """No list; ``reason`` (a sentence) in its place when given."""
        self.sections_list.clear()
        self.sections_summary.setText(reason)

    def show_plan(self, plan: list[PlannedSection]) -> None:
        self.sections_list.clear()
        for entry in plan:
            title = section_title(entry.key, entry.title)
            if entry.included:
                item = QListWidgetItem(f"✓  {title}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(translate("PacketPanel", "{0}: included").format(title))
            else:
                item = QListWidgetItem(f"–  {title}: {reason_text(entry.reason)}")
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # drawn greyed, as disabled
                internal_only = entry.reason is SectionReason.INTERNAL_ONLY
                why = (
                    translate("PacketPanel", "internal only: never in the counterpart edition")
                    if internal_only
                    else reason_text(entry.reason)
                )
                item.setToolTip(translate("PacketPanel", "{0}: left out — {1}").format(title, why))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setData(TITLE_ROLE, entry.title)
            item.setData(REASON_ROLE, entry.reason)
            self.sections_list.addItem(item)
        included = sum(1 for entry in plan if entry.included)
        left_out = len(plan) - included
        if left_out:
            summary = translate("PacketPanel", "{0} sections will be included; {1} left out.").format(
                included, left_out
            )
        else:
            summary = translate("PacketPanel", "{0} sections will be included.").format(included)
        self.sections_summary.setText(summary)

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

    def highlight(self, title: str | None) -> None:
        """Bold the section being written (none when ``title`` is None or not a section)."""
        for row in range(self.sections_list.count()):
            item = self.sections_list.item(row)
            font = item.font()
            current = title is not None and item.data(TITLE_ROLE) == title
            if font.bold() != current:
                font.setBold(current)
                item.setFont(font)
            if current:
                self.sections_list.scrollToItem(item)
