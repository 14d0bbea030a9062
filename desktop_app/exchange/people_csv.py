"""People lists as CSV: read as Excel writes them, written so that Excel opens them safely.

Reading: UTF-8 with or without the BOM that Excel's "CSV UTF-8" puts first; comma or
semicolon (European Excel), guessed from the header line. Writing: UTF-8 with BOM, so
Excel shows Hangul instead of mojibake, and every cell that a spreadsheet would run as
a formula is neutralised by OWASP's rule (a leading single quote).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.exchange.atomic import atomic_write
from desktop_app.exchange.tables import MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, Row, Table

BOM = "\ufeff"
# OWASP "CSV injection": these first characters make Excel, LibreOffice or Sheets read a
# formula. The full-width forms are added because CJK input methods type them and some
# Excel locales treat them alike.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(cell: str) -> str:
    """``cell`` made inert for a spreadsheet: "=HYPERLINK(…)" becomes "'=HYPERLINK(…)"."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def unneutralise(cell: str) -> str:
    """The inverse, on reading our own exports back: "'+82 2 …" is "+82 2 …" again."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_TRIGGERS) else cell


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"{path.name} is not UTF-8 (line {line}); in Excel save it as 'CSV UTF-8 (comma delimited)'"
        ) from exc


def _delimiter(text: str) -> tuple[str, str, int]:
    """(delimiter, the text to parse, lines skipped before it).

    Excel honours a first line "sep=;" and some tools write one: it is obeyed and skipped.
    Otherwise semicolon when the header has more of them than commas (Excel in a locale
    with a decimal comma), else comma.
    """
    first, _, rest = text.partition("\n")
    first = first.rstrip("\r")
    if len(first) == 5 and first.casefold().startswith("sep="):
        return first[4], rest, 1
    return (";" if first.count(";") > first.count(",") else ","), text, 0


def read_csv_table(path: Path) -> Table:
    """The header and the non-blank rows of a CSV file, each with the line it starts on."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidInput(f"{path.name} is {size // 1024 // 1024} MB; a people list may be at most 10 MB")
    text = _decode(path.read_bytes(), path)
    if "\x00" in text:
        raise InvalidInput(f"{path.name} holds binary data; it is not a CSV file")
    delimiter, text, skipped = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[Row] = []
    start = 1 + skipped
    try:
        for cells in reader:
            if len(records) > MAX_ROWS:
                raise InvalidInput(f"{path.name} has more than {MAX_ROWS:,} rows; split the list")
            if len(cells) > MAX_COLUMNS or any(len(cell) > MAX_CELL_CHARS for cell in cells):
                raise InvalidInput(f"line {start}: the row is too wide or a cell too long for a people list")
            records.append(Row(start, tuple(unneutralise(cell) for cell in cells)))
            start = reader.line_num + 1 + skipped  # a quoted cell may span lines: the next row starts after it
    except csv.Error as exc:
        raise InvalidInput(f"line {start}: {path.name} is not a well-formed CSV file ({exc})") from exc
    if not records:
        raise InvalidInput(f"{path.name} is empty; line 1 should be the header (name, name_ko, title, …)")
    header, *rows = records
    return Table(header.cells, tuple(row for row in rows if not row.blank))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write atomically: UTF-8 with BOM, CRLF line ends as Excel writes, formulas neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    with atomic_write(path) as handle:
        handle.write((BOM + buffer.getvalue()).encode("utf-8"))
