"""A spreadsheet as the people-list readers hand it over: a header and numbered rows of text.

CSV and XLSX readers both produce a ``Table`` so that header mapping and validation
(people_lists.py) never care which format the file was.
"""

from __future__ import annotations

from dataclasses import dataclass

# Limits checked before anything is parsed: a delegation list is a few dozen rows; a file
# far beyond these is a mistake (the wrong file) or an attack, and is refused whole.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 50_000


@dataclass(frozen=True)
class Row:
    line: int  # where the row starts in the file, the header being line 1
    cells: tuple[str, ...]

    @property
    def blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]  # blank rows left out
    encoding: str = ""  # how the file's text was decoded, for the preview ("UTF-8", "CP949 (Korean Excel)")
    problems: tuple[tuple[int, str], ...] = ()  # (line, what is wrong) found while reading, e.g. a formula cell
