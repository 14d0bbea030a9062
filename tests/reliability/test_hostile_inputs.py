"""Hostile files from the counterpart or a shared folder, each built here by hand.

For every one, through the command line: exit 1, one ``error:`` line naming the reason, and
the database (with its WAL and backups) byte for byte as it was. The time bounds are the
code's own guards (``bounded_zip.MAX_SECONDS``, the readers' clocks); nothing here times them.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from tests.exchange.package_samples import members_of, repacked
from tests.reliability.hostile import cli, folder_digest

# -- builders ------------------------------------------------------------------------------------


def _plain_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Letterhead")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def lying_zip(source: bytes, member: str, inflated: int, claimed: int = 1000) -> bytes:
    """``source`` (a zip) with ``member`` replaced by one that claims ``claimed`` bytes and inflates to ``inflated``."""
    original = zipfile.ZipFile(io.BytesIO(source))
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = b" " * (1 << 20)
    data = squeeze.compress(original.read(member)) if member in original.namelist() else b""
    data += b"".join(squeeze.compress(piece) for _ in range(inflated >> 20)) + squeeze.flush()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            if info.filename != member:
                archive.writestr(info.filename, original.read(info))
        liar = zipfile.ZipInfo(member)
        liar.compress_type, liar.file_size, liar.compress_size, liar.CRC = zipfile.ZIP_DEFLATED, claimed, len(data), 0
        liar.header_offset = archive.fp.tell()  # type: ignore[union-attr]
        archive.fp.write(liar.FileHeader())  # type: ignore[union-attr]
        archive.fp.write(data)  # type: ignore[union-attr]
        archive.filelist.append(liar)
        archive.NameToInfo[member] = liar
        archive.start_dir = archive.fp.tell()  # type: ignore[union-attr]
    return buffer.getvalue()


def _xlsx(sheet_xml: bytes | None = None) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["name", "side"])
    workbook.active.append(["KIM Min-jun", "ROK"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    if sheet_xml is None:
        return buffer.getvalue()
    original = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else original.read(info)
            archive.writestr(info.filename, data)
    return out.getvalue()


def _package_with_start(filled_db: Path, folder: Path, capsys: pytest.CaptureFixture[str], start: str) -> bytes:
    exported = folder / "other-desk.bdpkg"
    assert cli(capsys, filled_db, "package", "export", "1", "-o", str(exported)).code == 0
    members = members_of(exported)
    document = json.loads(members["session.json"])
    document["session"]["start"] = start
    return repacked(members, session_json=json.dumps(document).encode())


def _calendar(dtstart: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//EN", "BEGIN:VEVENT", "UID:a@x", "DTSTAMP:20270101T000000Z"]
    lines += [dtstart, "DURATION:PT1H", "SUMMARY:Far", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


# -- the cases -----------------------------------------------------------------------------------

Case = Callable[[Path, Path, pytest.CaptureFixture[str]], tuple[list[str], str]]


def template_bomb(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    template = folder / "letterhead.docx"
    template.write_bytes(lying_zip(_plain_docx(), "word/document.xml", inflated=1 << 30))
    return ["packet", "1", "-o", str(folder / "p.docx"), "--template", str(template)], "letterhead.docx"


def xlsx_bomb(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    book = folder / "people.xlsx"
    book.write_bytes(lying_zip(_xlsx(), "xl/worksheets/sheet1.xml", inflated=512 << 20))
    return ["people", "import", str(book), "--side", "ROK"], "people.xlsx"


def xlsx_bad_xml(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    book = folder / "people.xlsx"
    book.write_bytes(_xlsx(b"<worksheet><sheetData><row><c>\n\n<broken"))
    return ["people", "import", str(book), "--side", "ROK"], "cannot be read as a workbook"


def package_year_9999(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    package = folder / "far.bdpkg"
    package.write_bytes(_package_with_start(db, folder, capsys, "9999-12-31T23:00:00Z"))
    return ["package", "import", str(package)], "outside the years"


def package_year_1066(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    package = folder / "old.bdpkg"
    package.write_bytes(_package_with_start(db, folder, capsys, "1066-10-14T09:00:00Z"))
    return ["package", "import", str(package)], "outside the years"


def _fifo(name: str, command: Callable[[Path], list[str]]) -> Case:
    def case(db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
        pipe = folder / name
        os.mkfifo(pipe)
        return command(pipe), "not a regular file"

    return case


CASES: dict[str, Case] = {
    "template zip bomb": template_bomb,
    "xlsx zip bomb": xlsx_bomb,
    "xlsx bad xml": xlsx_bad_xml,
    "package in year 9999": package_year_9999,
    "package in year 1066": package_year_1066,
    "ics fifo": _fifo("in.ics", lambda p: ["ics", "import", str(p)]),
    "package fifo": _fifo("in.bdpkg", lambda p: ["package", "import", str(p)]),
    "csv fifo": _fifo("in.csv", lambda p: ["people", "import", str(p), "--side", "ROK"]),
    "xlsx fifo": _fifo("in.xlsx", lambda p: ["people", "import", str(p), "--side", "ROK"]),
    "restore from a fifo": _fifo("backup.sqlite3", lambda p: ["restore", str(p)]),
    "template fifo": _fifo(
        "letterhead.docx", lambda p: ["packet", "1", "-o", str(p.parent / "p.docx"), "--template", str(p)]
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing(
    case: str, filled_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    command, named = CASES[case](filled_db, inbox, capsys)
    before = folder_digest(filled_db.parent / "backups") | {"db": folder_digest(filled_db.parent).get(filled_db.name)}
    line = cli(capsys, filled_db, *command).refused_in_one_line()
    assert named in line
    after = folder_digest(filled_db.parent / "backups") | {"db": folder_digest(filled_db.parent).get(filled_db.name)}
    assert after == before
    assert not (inbox / "p.docx").exists()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_a_template_bomb_is_refused_with_little_memory(filled_db: Path, tmp_path: Path, capsys) -> None:
    template_bomb(filled_db, tmp_path, capsys)
    probe = (  # VmHWM: this process's peak resident memory (ru_maxrss would carry pytest's over from the fork)
        "import sys\n"
        "from desktop_app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "peak = [line for line in open('/proc/self/status') if line.startswith('VmHWM:')][0]\n"
        "print(peak.split()[1])\n"
        "sys.exit(code)\n"
    )
    command = ["--db", str(filled_db), "packet", "1", "-o", str(tmp_path / "p.docx")]
    command += ["--template", str(tmp_path / "letterhead.docx")]
    result = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    peak_kb = int(result.stdout.strip())
    assert peak_kb < 200 * 1024, f"{peak_kb} KB"


def test_a_template_without_a_settings_part_still_makes_a_packet(filled_db: Path, tmp_path: Path, capsys) -> None:
    original = zipfile.ZipFile(io.BytesIO(_plain_docx()))
    template = tmp_path / "bare.docx"
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/settings.xml":
                continue
            if info.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                import re

                data = re.sub(rb"<(Relationship|Override) [^>]*settings[^>]*/>", b"", data)
            archive.writestr(info.filename, data)
    out = tmp_path / "p.docx"
    outcome = cli(capsys, filled_db, "packet", "1", "-o", str(out), "--template", str(template))
    assert outcome.code == 0, outcome.err
    assert "word/settings.xml" in zipfile.ZipFile(out).namelist()
