"""People lists as Excel workbooks (.xlsx), through openpyxl.

openpyxl is imported inside the functions: the CLI and the window must not pay for it at
start. Reading is bounded before anything is parsed (file size, the sum of the zip's
uncompressed sizes, rows) and takes stored values, never formulas. Writing makes every
cell text, so nothing a person typed can run as a formula when the sheet is opened.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.atomic import atomic_write
from desktop_app.exchange.bounded_zip import check_unpacked_sizes, one_line
from desktop_app.exchange.tables import MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, Row, Table
from desktop_app.storage.safefiles import require_regular_file

MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # a zip bomb unpacks to far more than its size on disk
TEXT_FORMAT = "@"  # Excel's "Text" number format: what is typed later into the cell stays text too


def _check_container(path: Path) -> None:
    require_regular_file(path, "workbook", InvalidInput)
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlam"):
        raise InvalidInput(
            Notice(
                f"{path.name} is a macro-enabled workbook; save it as .xlsx (Excel Workbook) first",
                "people_xlsx.macro_enabled_workbook_save",
                path_name=path.name,
            )
        )
    if path.suffix.lower() == ".xls":
        raise InvalidInput(
            Notice(
                f"{path.name} is an old Excel 97-2003 file; save it as .xlsx first",
                "people_xlsx.old_excel_97_2003",
                path_name=path.name,
            )
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} is {size // 1024 // 1024} MB; a people list may be at most 10 MB",
                "people_xlsx.mb_people_list_may",
                path_name=path.name,
                size_mb=size // 1024 // 1024,
            )
        )
    if not zipfile.is_zipfile(path):
        raise InvalidInput(
            Notice(
                f"{path.name} is not an Excel workbook (.xlsx files are zip archives)",
                "people_xlsx.not_excel_workbook_xlsx",
                path_name=path.name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) <= MAX_UNPACKED_BYTES:
                check_unpacked_sizes(archive, path.name, limit=MAX_UNPACKED_BYTES)  # what it holds, not claims
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidInput(
            Notice(
                f"{path.name} is a damaged workbook: {one_line(exc)}",
                "people_xlsx.damaged_workbook",
                path_name=path.name,
                one_line_exc=one_line(exc),
            )
        ) from exc
    names = {member.filename for member in members}
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise InvalidInput(
            Notice(
                f"{path.name} contains macros; save it as .xlsx (Excel Workbook) without them",
                "people_xlsx.contains_macros_save_xlsx",
                path_name=path.name,
            )
        )
    if "[Content_Types].xml" not in names or not any(name.startswith("xl/") for name in names):
        raise InvalidInput(
            Notice(
                f"{path.name} is a zip archive but not an Excel workbook",
                "people_xlsx.zip_archive_but_not",
                path_name=path.name,
            )
        )
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise InvalidInput(
            Notice(
                f"{path.name} unpacks to more than 100 MB; a people list is far smaller",
                "people_xlsx.unpacks_more_100_mb",
                path_name=path.name,
            )
        )


def cell_text(value: Any) -> str:
    """A stored cell value as the text a person would read in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number: 1012345678, not 1012345678.0
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _records(workbook: Any, path: Path) -> list[Row]:
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # the stored dimension may lie; read what is there
        records: list[Row] = []
        for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            if line > MAX_ROWS + 1:
                raise InvalidInput(
                    Notice(
                        f"{path.name} has more than {MAX_ROWS:,} rows; split the list",
                        "people_xlsx.more_rows_split_list",
                        path_name=path.name,
                        max_rows=MAX_ROWS,
                    )
                )
            cells = tuple(cell_text(value) for value in values)
            while cells and not cells[-1]:
                cells = cells[:-1]
            if len(cells) > MAX_COLUMNS or any(len(cell) > MAX_CELL_CHARS for cell in cells):
                raise InvalidInput(
                    Notice(
                        f"line {line}: the row is too wide or a cell too long for a people list",
                        "people_xlsx.line_row_too_wide",
                        line=line,
                    )
                )
            records.append(Row(line, cells))
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(
            Notice(
                f"{path.name} cannot be read as a workbook: {one_line(exc)}",
                "people_xlsx.cannot_read_workbook",
                path_name=path.name,
                one_line_exc=one_line(exc),
            )
        ) from exc
    return records


def read_xlsx_table(path: Path) -> Table:
    """The header and the non-blank rows of the first sheet; line N is Excel's row N."""
    _check_container(path)
    import openpyxl  # lazily: see the module docstring

    handle = open(path, "rb")  # noqa: SIM115 - ours to close even when openpyxl fails halfway
    try:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds on a malformed file; all mean the same to the user
            raise InvalidInput(
                Notice(
                    f"{path.name} cannot be read as a workbook: {one_line(exc)}",
                    "people_xlsx.cannot_read_workbook",
                    path_name=path.name,
                    one_line_exc=one_line(exc),
                )
            ) from exc
        try:
            records = _records(workbook, path)
        finally:
            workbook.close()
    finally:
        handle.close()
    if not records or records[0].blank:
        raise InvalidInput(
            Notice(
                f"{path.name}: line 1 should be the header (name, name_ko, title, …)",
                "people_xlsx.line_1_should_header",
                path_name=path.name,
            )
        )
    header, *rows = records
    problems = _formulas_without_values(path, {row.line: row.cells for row in records})
    kept = tuple(row for row in rows if not row.blank or any(line == row.line for line, _ in problems))
    return Table(header.cells, kept, encoding="Excel workbook", problems=problems)


def _formulas_without_values(path: Path, read: dict[int, tuple[str, ...]]) -> tuple[tuple[int, str], ...]:
    """Cells holding a formula whose result the file does not store, named ("cell B3"), by line.

    A workbook saved by Excel stores each formula's last result, and that is what is read;
    one written by a program (or never recalculated) may not, and then the cell is named
    rather than read as empty.
    """
    import openpyxl
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    found: list[tuple[int, str]] = []
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        for line, values in enumerate(sheet.iter_rows(min_row=1, max_row=max(read, default=0), values_only=True), 1):
            cells = read.get(line, ())
            for column, value in enumerate(values, 1):
                stored = cells[column - 1] if column <= len(cells) else ""
                if isinstance(value, str) and value.startswith("=") and not stored:
                    cell = f"{get_column_letter(column)}{line}"
                    found.append(
                        (line, f"cell {cell} holds a formula ({value[:40]}) with no saved result; "
                         "open and save the file in Excel, or paste it as values")
                    )  # fmt: skip
    finally:
        workbook.close()
    return tuple(found)


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *, sheet_title: str = "People"
) -> None:
    """Write atomically; every cell a string cell in the Text format, never a formula."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = sheet_title
    for row_number, values in enumerate([header, *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column)
            # assigning the value first lets openpyxl guess; then the type is forced back to text
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"
            cell.number_format = TEXT_FORMAT
            if row_number == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    with atomic_write(path) as handle:
        workbook.save(handle)
