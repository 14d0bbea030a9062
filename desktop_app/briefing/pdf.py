"""PDF copies of packets through LibreOffice (``soffice --headless``).

Each conversion runs LibreOffice with a profile folder of its own, made for it and removed
after: a LibreOffice the user has open (or a second conversion) never shares or locks it,
and nothing the user configured changes the output.

A plain ``--convert-to pdf`` prints a Word contents field as stored, without page numbers,
because LibreOffice does not refresh indexes on loading. So the conversion runs a small
Basic routine placed in that fresh profile ("My Macros", which LibreOffice trusts; the
packet itself never holds a macro): it opens each file hidden, updates its indexes and
fields, notes the page each section heading's bookmark fell on, and exports it. Should the
routine not run, a plain conversion is the fallback. The same routine without the export
(``section_pages``) is how a packet's own contents page gets its page numbers.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop_app.domain.notices import Notice
from desktop_app.errors import UserError

SOFFICE_ENV = "BRIEFING_DESK_SOFFICE"  # a LibreOffice outside the usual places
DEFAULT_TIMEOUT = 180.0
_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.com",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.com",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ExportAll(sFolder As String, nCount As Integer)
  Run(sFolder, nCount, 1)
End Sub
Sub LayOutAll(sFolder As String, nCount As Integer)
  Run(sFolder, nCount, 0)
End Sub
Sub Run(sFolder As String, nCount As Integer, nPdf As Integer)
  On Error Goto Failed
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = &quot;Hidden&quot;
  aLoad(0).Value = True
  Dim aStore(0) As New com.sun.star.beans.PropertyValue
  aStore(0).Name = &quot;FilterName&quot;
  aStore(0).Value = &quot;writer_pdf_Export&quot;
  For i = 0 To nCount - 1
    sName = sFolder &amp; &quot;in-&quot; &amp; i &amp; &quot;.docx&quot;
    oDoc = StarDesktop.loadComponentFromURL(sName, &quot;_blank&quot;, 0, aLoad())
    oIndexes = oDoc.getDocumentIndexes()
    For j = 0 To oIndexes.getCount() - 1
      oIndexes.getByIndex(j).update()
    Next j
    oDoc.getTextFields().refresh()
    oView = oDoc.getCurrentController().getViewCursor()
    oMarks = oDoc.getBookmarks()
    iFile = FreeFile
    Open ConvertFromURL(sFolder &amp; &quot;pages-&quot; &amp; i &amp; &quot;.txt&quot;) For Output As #iFile
    For k = 0 To oMarks.getCount() - 1
      oMark = oMarks.getByIndex(k)
      If Left(oMark.getName(), 4) = &quot;_Toc&quot; Then
        oView.gotoRange(oMark.getAnchor(), False)
        Print #iFile, oMark.getName() &amp; &quot; &quot; &amp; oView.getPage()
      End If
    Next k
    Close #iFile
    If nPdf = 1 Then
      oDoc.storeToURL(sFolder &amp; &quot;out-&quot; &amp; i &amp; &quot;.pdf&quot;, aStore())
    End If
    oDoc.close(True)
    oDoc = Nothing
  Next i
  Exit Sub
Failed:
  On Error Resume Next
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub
</script:module>
"""


def find_soffice() -> str | None:
    """The LibreOffice program, or None when there is none on this machine."""
    named = os.environ.get(SOFFICE_ENV)
    if named:
        return named if Path(named).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in _PLACES if Path(place).is_file()), None)


def require_soffice() -> str:
    found = find_soffice()
    if found is None:
        raise UserError(
            Notice(
                "LibreOffice is needed for --pdf but was not found (no 'soffice' program); "
                "install LibreOffice, or leave out --pdf",
                "pdf.libreoffice_needed_pdf_but",
            )
        )
    return found


def _run(command: list[str], timeout: float) -> None:
    """Run LibreOffice in a process group of its own, so a timeout ends every process it started."""
    posix = sys.platform != "win32"
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=posix)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()
        seconds = f"{timeout:.0f}"
        message = f"LibreOffice did not finish the PDF within {seconds} seconds; no PDF was written"
        raise UserError(Notice(message, "pdf.timed_out", seconds=seconds)) from None


def convert(pairs: Sequence[tuple[Path, Path]], *, timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, int]]:
    """Convert each (docx, pdf) pair, in one LibreOffice run; a PDF is written whole or not at all.

    Returns, for each file, the page each section bookmark ("_Toc1" …) fell on (empty where
    LibreOffice could not say): the numbers the contents page should print.
    """
    return _run_layout([source for source, _ in pairs], [target for _, target in pairs], timeout)


def section_pages(sources: Sequence[Path], *, timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, int]]:
    """Lay each .docx out in LibreOffice (one run) and return the page of each section bookmark."""
    return _run_layout(list(sources), None, timeout)


def _read_pages(path: Path) -> dict[str, int]:
    pages: dict[str, int] = {}
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return pages
    for line in text.splitlines()[:10000]:
        name, _, number = line.strip().partition(" ")
        if name.startswith("_Toc") and number.isdigit():
            pages[name] = int(number)
    return pages


def _run_layout(sources: list[Path], targets: list[Path] | None, timeout: float) -> list[dict[str, int]]:
    if not sources:
        return []
    soffice = require_soffice()
    scratch = Path(tempfile.mkdtemp(prefix="briefing-desk-pdf-"))
    try:
        profile = scratch / "profile"
        folder = scratch / "io"
        folder.mkdir()
        profile_arg = f"-env:UserInstallation={profile.as_uri()}"
        base = [soffice, "--headless", "--invisible", "--norestore", "--nologo", profile_arg]
        for index, source in enumerate(sources):
            shutil.copyfile(source, folder / f"in-{index}.docx")
        # First run: LibreOffice builds the profile (and would overwrite a macro placed before).
        _run([*base, "--terminate_after_init"], timeout)
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        if module.parent.is_dir():
            module.write_text(_MACRO, encoding="utf-8")
            routine = "ExportAll" if targets is not None else "LayOutAll"
            call = f'macro:///Standard.Module1.{routine}("{folder.as_uri()}/",{len(sources)})'
            _run([*base, call], timeout)
        pages = [_read_pages(folder / f"pages-{i}.txt") for i in range(len(sources))]
        if targets is None:
            return pages
        missing = [i for i in range(len(sources)) if not _is_pdf(folder / f"out-{i}.pdf")]
        if missing:
            inputs = [str(folder / f"in-{i}.docx") for i in missing]
            _run([*base, "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(folder), *inputs], timeout)
            for i in missing:
                if _is_pdf(folder / f"in-{i}.pdf"):
                    os.replace(folder / f"in-{i}.pdf", folder / f"out-{i}.pdf")
        for index, (source, target) in enumerate(zip(sources, targets, strict=True)):
            produced = folder / f"out-{index}.pdf"
            if not _is_pdf(produced):
                raise UserError(
                    Notice(
                        f"LibreOffice could not convert {source.name} to PDF; no PDF was written",
                        "pdf.libreoffice_could_not_convert",
                        source_name=source.name,
                    )
                )
            shutil.copyfile(produced, target)
        return pages
    except OSError as exc:
        raise UserError(
            Notice(
                f"the PDF could not be written: {exc.strerror or exc}",
                "pdf.pdf_could_not_written",
                exc=exc.strerror or exc,
            )
        ) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _is_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False
