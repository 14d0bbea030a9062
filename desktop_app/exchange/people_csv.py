"""People lists as CSV: read as Excel, Outlook and Google write them, written so that they read them back.

Reading: UTF-8 with or without the BOM that Excel's "CSV UTF-8" puts first, UTF-16
(Excel's "Unicode Text", tab-separated), and CP949/EUC-KR, which Korean Excel and
Outlook write as plain "CSV"; the encoding found is shown in the preview. Comma,
semicolon (European Excel) or tab, guessed from the header line.

Writing: UTF-8 with BOM, so Excel shows Hangul instead of mojibake. A cell that a
spreadsheet would run as a formula ("=HYPERLINK(…)") is neutralised by OWASP's rule (a
leading single quote), but a phone number in a phone column ("+82 2-555-0102") is
written as it is: digits and dialling signs cannot call anything, and the quote would
land in the phone field of whoever imports the list into Outlook or Google.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.atomic import atomic_write
from desktop_app.exchange.tables import MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, Row, Table
from desktop_app.storage.safefiles import require_regular_file

BOM = "\ufeff"
# OWASP "CSV injection": these first characters make Excel, LibreOffice or Sheets read a
# formula. The full-width forms are added because CJK input methods type them and some
# Excel locales treat them alike.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


PHONE = re.compile(r"^\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x|#)\s*\d+)?$", re.IGNORECASE)


def is_phone_number(cell: str) -> bool:
    """ "+82 2-555-0102", "+1 (202) 555-0100 ext. 12": dialling signs and at least six digits, nothing else."""
    return bool(PHONE.match(cell)) and sum(char.isdigit() for char in cell) >= 6


def neutralise(cell: str, *, phone: bool = False) -> str:
    """``cell`` made inert for a spreadsheet: "=HYPERLINK(…)" becomes "'=HYPERLINK(…)".

    In a phone column (``phone``) a phone number is left as it is (see the module docstring).
    """
    if not cell.startswith(FORMULA_TRIGGERS) or (phone and is_phone_number(cell)):
        return cell
    return "'" + cell


def unneutralise(cell: str) -> str:
    """The inverse, on reading our own exports back: "'=1+2" is "=1+2" again."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_TRIGGERS) else cell


ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp949", "CP949/EUC-KR (Korean Excel)"))


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """(text, the encoding as the preview names it): UTF-8 ± BOM, UTF-16 (BOM or NUL pattern), CP949/EUC-KR."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        order = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else _utf16_order(raw)
        try:
            return raw.decode(order), "UTF-16"
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                Notice(
                    f"{name} looks like UTF-16 but is not (byte {exc.start})",
                    "people_csv.looks_like_utf_16",
                    name=name,
                    start=exc.start,
                )
            ) from exc
    for codec, shown in ENCODINGS:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "utf-8-sig":
            shown = "UTF-8 with BOM" if raw.startswith(b"\xef\xbb\xbf") else "UTF-8"
        return text, shown
    raise InvalidInput(
        Notice(
            f"{name} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; in Excel save it as 'CSV UTF-8 (comma delimited)'",
            "people_csv.neither_utf_8_utf",
            name=name,
        )
    )


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:200]
    return len(sample) >= 4 and (sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4)


def _utf16_order(raw: bytes) -> str:
    sample = raw[:200]
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    return decode(raw, path.name)


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
    counts = {mark: first.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return (best if counts[best] > counts[","] else ","), text, 0


def read_csv_table(path: Path) -> Table:
    """The header and the non-blank rows of a CSV file, each with the line it starts on."""
    require_regular_file(path, "people list", InvalidInput)  # a pipe would hang the read
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} is {size // 1024 // 1024} MB; a people list may be at most 10 MB",
                "people_csv.mb_people_list_may",
                path_name=path.name,
                size_mb=size // 1024 // 1024,
            )
        )
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)  # bounded while reading: the file may grow after the check
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} is larger than 10 MB; a people list may be at most 10 MB",
                "people_csv.larger_10_mb_people",
                path_name=path.name,
            )
        )
    text, encoding = _decode(data, path)
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InvalidInput(
            Notice(
                f"{path.name} holds binary data; it is not a CSV file",
                "people_csv.holds_binary_data_not",
                path_name=path.name,
            )
        )
    delimiter, text, skipped = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[Row] = []
    start = 1 + skipped
    try:
        for cells in reader:
            if len(records) > MAX_ROWS:
                raise InvalidInput(
                    Notice(
                        f"{path.name} has more than {MAX_ROWS:,} rows; split the list",
                        "people_csv.more_rows_split_list",
                        path_name=path.name,
                        max_rows=MAX_ROWS,
                    )
                )
            if len(cells) > MAX_COLUMNS or any(len(cell) > MAX_CELL_CHARS for cell in cells):
                raise InvalidInput(
                    Notice(
                        f"line {start}: the row is too wide or a cell too long for a people list",
                        "people_csv.line_row_too_wide",
                        start=start,
                    )
                )
            records.append(Row(start, tuple(unneutralise(cell) for cell in cells)))
            start = reader.line_num + 1 + skipped  # a quoted cell may span lines: the next row starts after it
    except csv.Error as exc:
        raise InvalidInput(
            Notice(
                f"line {start}: {path.name} is not a well-formed CSV file ({exc})",
                "people_csv.line_not_well_formed",
                start=start,
                path_name=path.name,
                exc=exc,
            )
        ) from exc
    if not records:
        raise InvalidInput(
            Notice(
                f"{path.name} is empty; line 1 should be the header (name, name_ko, title, …)",
                "people_csv.empty_line_1_should",
                path_name=path.name,
            )
        )
    header, *rows = records
    return Table(header.cells, tuple(row for row in rows if not row.blank), encoding=encoding)


def _is_phone_column(title: str) -> bool:
    """ "phone", Outlook's "Business Phone", Google's "Phone 1 - Value", "전화"."""
    folded = title.casefold()
    return "phone" in folded or folded.startswith("tel") or "전화" in folded or folded == "연락처"


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write atomically: UTF-8 with BOM, CRLF line ends as Excel writes, formulas neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    phones = [_is_phone_column(title) for title in header]
    writer.writerows(
        [neutralise(cell, phone=phones[i] if i < len(phones) else False) for i, cell in enumerate(row)] for row in rows
    )
    with atomic_write(path) as handle:
        handle.write((BOM + buffer.getvalue()).encode("utf-8"))
