"""The People directory's column widths: as wide as their contents, capped, then narrowed together.

A list of 5,000 people should open with every column readable: each column takes its contents'
width (measured on a sample of rows), up to a cap; if the sum is wider than the table, the long
free-text columns give way in proportion to what they can spare, never below a readable floor.
The phone number, last, takes what is left. ``narrowed`` is the arithmetic, with no widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from desktop_app.ui.people.person_table_model import (
    COLUMNS,
    EMAIL,
    NAME,
    NAME_KO,
    ORGANIZATION,
    SIDE,
    TITLE,
    TITLE_KO,
    column_header,
)

# The first columns to give way when the window is narrow; none is cut below a readable width.
MAX_WIDTHS = {NAME: 220, NAME_KO: 130, TITLE: 260, TITLE_KO: 160, ORGANIZATION: 240, SIDE: 70, EMAIL: 240}
DEFAULT_MAX_WIDTH = 240
MIN_WIDTH = 90  # a title cut to this still says what it is; below it the table scrolls instead
MIN_LAST_WIDTH = 110  # the phone number, which takes what is left
# Long free text gives way when the table is narrow; names, side and e-mail keep their width.
SHRINKABLE = (TITLE, TITLE_KO, ORGANIZATION, EMAIL)
SAMPLED_ROWS = 300  # rows measured to size a column: enough for a feel, cheap on 5,000
HEADER_PADDING = 28  # the sort arrow and the section's margins
PHONE_SAMPLE = "+82-2-2100-0000"


def narrowed(widths: Sequence[int], floors: Sequence[int], shrinkable: Sequence[int], room: int) -> list[int]:
    """``widths`` with the ``shrinkable`` columns cut, in proportion to what each can spare above
    its floor, until the sum fits ``room``; beyond what they can give the table scrolls sideways."""
    result = list(widths)
    giving = [column for column in shrinkable if result[column] > floors[column]]
    excess = sum(result) - room
    if excess > 0 and giving:
        spare = sum(result[column] - floors[column] for column in giving)
        for column in giving:
            cut = min(excess, spare) * (result[column] - floors[column]) / spare
            result[column] = max(floors[column], int(result[column] - cut))
    return result


def fit_person_columns(table: QTableView, metrics: QFontMetrics) -> None:
    """Size ``table``'s columns (a ``PersonTableModel``) to its contents and its width now;
    ``metrics`` is the font the phone number is shown in."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = len(COLUMNS) - 1
    heading = header.fontMetrics()
    # Never narrower than the heading (plus the sort arrow), nor so narrow that the text is gone.
    floors = [
        max(MIN_WIDTH, heading.horizontalAdvance(column_header(column)) + HEADER_PADDING) for column in range(last)
    ]
    widths = [
        max(min(header.sectionSize(column), MAX_WIDTHS.get(column, DEFAULT_MAX_WIDTH)), floors[column])
        for column in range(last)
    ]
    phone = metrics.horizontalAdvance(PHONE_SAMPLE) + 16
    room = table.viewport().width() - max(MIN_LAST_WIDTH, phone)
    for column, width in enumerate(narrowed(widths, floors, SHRINKABLE, room)):
        header.resizeSection(column, width)
