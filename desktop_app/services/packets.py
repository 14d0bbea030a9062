"""Briefing packets: what the GUI and the ``packet`` command call.

>>> packet_sections(workspace, 7, Audience.COUNTERPART)  # doctest: +SKIP
['Cover', 'Contents', 'Timed agenda', 'Participants', 'Background', 'Logistics and contacts', …]
>>> generate_packet(workspace, 7, Path("s7.docx"), audience=Audience.INTERNAL, pdf=True)  # doctest: +SKIP
PacketResult(docx=PosixPath('s7.docx'), pdf=PosixPath('s7.pdf'), sections=[...], draft=True, seconds=2.1)

For the GUI: ``prepare_packet`` on the main thread (it reads the database and refuses a bad
output path, template or missing LibreOffice at once), then ``write_packet_files`` in a
worker with a progress callback and a cancel check; it touches no database.

Files are written under a temporary name in the target's folder and renamed into place
only when complete: a failure or a cancel leaves no half packet behind and the previous
packet (if any) exactly as it was. The DOCX and its PDF are replaced together.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import clock
from desktop_app.briefing.content import PacketOptions, build_content
from desktop_app.briefing.model import Audience as Audience  # re-exported: the GUI reaches briefing through here
from desktop_app.briefing.model import PacketContent
from desktop_app.briefing.sources import load_packet_data
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage.safefiles import make_private

Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is being done now)
Cancelled = Callable[[], bool]


class PacketCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class PacketResult:
    docx: Path
    pdf: Path | None
    sections: list[str]
    draft: bool
    seconds: float
    files: tuple[Path, ...] = ()  # every file written: the copies, then their PDFs


MAX_COPIES = 200
LANGUAGES = ("en", "ko")


def packet_content(
    workspace: Workspace,
    session_id: int,
    audience: Audience,
    *,
    marking: str | None = None,
    bilingual: bool = False,
    now: datetime | None = None,
    language: str = "en",
) -> PacketContent:
    """The content of one edition, without writing anything (cheap: no python-docx).

    ``language`` "ko" is the Korean edition, for a body whose own side is Korean.
    """
    if language not in LANGUAGES:
        raise InvalidInput(
            Notice(
                f"the packet's language must be one of {', '.join(LANGUAGES)} (got {language!r})",
                "packets.packet_language_must_got",
                languages=", ".join(LANGUAGES),
                language=language,
            )
        )
    korean = language == "ko"
    if korean:  # the Korean edition's tables and patterns load only for it
        from desktop_app.briefing.korean import korean_edition, korean_side
    if korean and not korean_side(workspace.body):
        raise InvalidInput(
            Notice(
                f"the Korean edition is for a Korean delegation; this copy's side is {workspace.body.home.name}",
                "packets.korean_edition_korean_delegation",
                home_name=workspace.body.home.name,
            )
        )
    now = (now or clock.now()).astimezone(UTC)
    today = now.astimezone(workspace.body.home.zone).date()
    data = load_packet_data(  # plain reads on the connection: no sqlite-utils to import for a packet
        workspace.store.conn, session_id, workspace.body, internal=audience is Audience.INTERNAL, today=today
    )
    options = PacketOptions(audience=audience, generated=now, marking=marking, bilingual=bilingual or korean)
    content = build_content(data, options)
    return korean_edition(content, data) if korean else content


def packet_sections(workspace: Workspace, session_id: int, audience: Audience) -> list[str]:
    """The sections the packet for this session and edition will hold, in order; empty ones are left out."""
    return packet_content(workspace, session_id, audience).section_titles()


def check_output(out_path: Path) -> Path:
    out_path = Path(out_path).expanduser()
    if out_path.suffix.lower() != ".docx":
        raise InvalidInput(
            Notice(
                f"the packet file must end in .docx (got {out_path.name})",
                "packets.packet_file_must_end",
                out_path_name=out_path.name,
            )
        )
    if out_path.is_dir():
        raise InvalidInput(
            Notice(
                f"{out_path} is a folder; name the packet file", "packets.folder_name_packet_file", out_path=out_path
            )
        )
    if not out_path.parent.is_dir():
        raise InvalidInput(
            Notice(
                f"the folder {out_path.parent} does not exist",
                "packets.folder_does_not_exist",
                out_path_parent=out_path.parent,
            )
        )
    return out_path.absolute()


def _temporary(target: Path, suffix: str, *, private: bool) -> Path:
    """A new empty file beside ``target``: 0600 for the internal edition, else as the user's umask says."""
    for _ in range(100):
        # os.urandom, as secrets.token_hex is, without secrets' hashlib and hmac to import
        candidate = target.with_name(f".{target.stem}.{os.urandom(4).hex()}{suffix}.partial")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666))
            return candidate
        except FileExistsError:
            continue
        except OSError as exc:
            raise UserError(
                Notice(
                    f"cannot write in {target.parent}: {exc.strerror or exc}",
                    "packets.cannot_write",
                    target_parent=target.parent,
                    exc=exc.strerror or exc,
                )
            ) from exc
    raise UserError(
        Notice(
            f"cannot find a free temporary name in {target.parent}",
            "packets.cannot_find_free_temporary",
            target_parent=target.parent,
        )
    )


@dataclass(frozen=True)
class PacketJob:
    """Everything needed to write a packet, as plain data: no database connection.

    The GUI prepares a job on its main thread (reading the database is quick) and hands it
    to a worker, since an SQLite connection belongs to the thread that opened it.
    """

    content: PacketContent
    target: Path
    template: Path | None
    pdf: bool
    now: datetime
    page_numbers: bool = False  # lay the packet out in LibreOffice (when present) for the contents' numbers
    copies: int = 0  # N > 0: N numbered copies, "name (copy 1 of N).docx" …, instead of one file

    def targets(self) -> list[Path]:
        return copy_targets(self.target, self.copies)


def copy_targets(target: Path, copies: int) -> list[Path]:
    """The files a packet to ``target`` writes: ``target`` itself, or its ``copies`` numbered copies."""
    if not copies:
        return [target]
    width = len(str(copies))
    return [
        target.with_name(f"{target.stem} (copy {n:0{width}d} of {copies}){target.suffix}") for n in range(1, copies + 1)
    ]


def prepare_packet(
    workspace: Workspace,
    session_id: int,
    out_path: Path,
    *,
    audience: Audience = Audience.INTERNAL,
    marking: str | None = None,
    template: Path | None = None,
    bilingual: bool = False,
    pdf: bool = False,
    now: datetime | None = None,
    page_numbers: bool = False,
    copies: int = 0,
    language: str = "en",
) -> PacketJob:
    """Check the output, template and LibreOffice, and read the content; refuses before anything is written.

    ``page_numbers``: lay the packet out once in LibreOffice, where it is installed, so that the
    contents page of the .docx as written carries the page numbers (a PDF always does this).
    ``copies``: write that many numbered copies ("Copy 3 of 10" on the cover and in every footer).
    """
    target = check_output(out_path)
    if not 0 <= copies <= MAX_COPIES:
        raise InvalidInput(
            Notice(
                f"the number of copies must be between 1 and {MAX_COPIES} (got {copies})",
                "packets.number_copies_must_between",
                max_copies=MAX_COPIES,
                copies=copies,
            )
        )
    if template is not None:
        from desktop_app.briefing.template_check import check_template

        template = check_template(template)
        if template == target.resolve():
            raise InvalidInput(
                Notice("the template and the packet cannot be the same file", "packets.template_packet_cannot_same")
            )
    if pdf:
        from desktop_app.briefing.pdf import require_soffice

        require_soffice()
    now = (now or clock.now()).astimezone(UTC)
    content = packet_content(
        workspace, session_id, audience, marking=marking, bilingual=bilingual, now=now, language=language
    )
    return PacketJob(
        content=content, target=target, template=template, pdf=pdf, now=now, page_numbers=page_numbers, copies=copies
    )


def _copy_of(content: PacketContent, number: int, copies: int) -> PacketContent:
    if not copies:
        return content
    line = f"사본 {number}/{copies}" if content.language == "ko" else f"Copy {number} of {copies}"
    return replace(content, copy_line=line, cover=replace(content.cover, copy_line=line))


def write_packet_files(
    job: PacketJob, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PacketResult:
    """Write the job's DOCX (and PDF): whole files renamed into place, or nothing (see the module doc).

    With numbered copies every file is written before any is renamed into place.
    """
    from desktop_app.briefing.docx_writer import WritingCancelled, write_packet

    began = time.perf_counter()
    targets = job.targets()
    pdf_targets = [target.with_suffix(".pdf") for target in targets] if job.pdf else []
    partials: list[Path] = []
    private = job.content.audience is Audience.INTERNAL  # the internal edition is never world-readable
    try:
        docx_partials: list[Path] = []
        pdf_partials: list[Path] = []
        for group, names, suffix in ((docx_partials, targets, ".docx"), (pdf_partials, pdf_targets, ".pdf")):
            for name in names:
                group.append(_temporary(name, suffix, private=private))
                partials.append(group[-1])
        contents = [_copy_of(job.content, n, job.copies) for n in range(1, len(targets) + 1)]

        def write(content: PacketContent, partial: Path, pages: dict[str, int] | None) -> None:
            first = partial == docx_partials[0] and pages is None  # progress is reported for one pass
            try:
                write_packet(
                    content,
                    partial,
                    template=job.template,
                    now=job.now,
                    progress=progress if first else None,
                    cancelled=cancelled,
                    pages=pages,
                )
            except WritingCancelled:
                raise PacketCancelled(
                    Notice("the packet was cancelled; nothing was written", "packets.packet_cancelled_nothing_written")
                ) from None
            except OSError as exc:
                raise UserError(
                    Notice(
                        f"the packet could not be written to {job.target}: {exc.strerror or exc}",
                        "packets.packet_could_not_written",
                        target=job.target,
                        exc=exc.strerror or exc,
                    )
                ) from exc

        for content, partial in zip(contents, docx_partials, strict=True):
            write(content, partial, None)
        laid_out = _lay_out(job, docx_partials, pdf_partials, cancelled)
        for content, partial, pages in zip(contents, docx_partials, laid_out, strict=False):
            if pages:  # written again, now with the page numbers LibreOffice found
                write(content, partial, pages)
        moves = [*zip(pdf_partials, pdf_targets, strict=True), *zip(docx_partials, targets, strict=True)]
        for partial, _ in moves:
            if private:
                make_private(partial)
            _sync(partial)
        for partial, target in moves:
            os.replace(partial, target)
    finally:
        for leftover in partials:
            leftover.unlink(missing_ok=True)
    return PacketResult(
        docx=targets[0],
        pdf=pdf_targets[0] if pdf_targets else None,
        sections=job.content.section_titles(),
        draft=job.content.draft,
        seconds=time.perf_counter() - began,
        files=tuple(targets + pdf_targets),
    )


def _lay_out(
    job: PacketJob, docx_partials: list[Path], pdf_partials: list[Path], cancelled: Cancelled | None
) -> list[dict[str, int]]:
    """The PDFs (when asked for) and each file's section pages, from one LibreOffice run."""
    if not job.pdf and not job.page_numbers:
        return []
    from desktop_app.briefing import pdf as pdf_

    if cancelled is not None and cancelled():
        raise PacketCancelled(
            Notice("the packet was cancelled; nothing was written", "packets.packet_cancelled_nothing_written")
        )
    if job.pdf:
        return pdf_.convert(list(zip(docx_partials, pdf_partials, strict=True)))
    if pdf_.find_soffice() is None:
        return []  # no LibreOffice: the contents list the sections without numbers
    return pdf_.section_pages(docx_partials)


def generate_packet(
    workspace: Workspace,
    session_id: int,
    out_path: Path,
    *,
    audience: Audience = Audience.INTERNAL,
    marking: str | None = None,
    template: Path | None = None,
    bilingual: bool = False,
    pdf: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
    page_numbers: bool = False,
    copies: int = 0,
    language: str = "en",
) -> PacketResult:
    """Write the packet to ``out_path`` (and ``out_path`` with .pdf when ``pdf``) in one call."""
    job = prepare_packet(
        workspace,
        session_id,
        out_path,
        audience=audience,
        marking=marking,
        template=template,
        bilingual=bilingual,
        pdf=pdf,
        now=now,
        page_numbers=page_numbers,
        copies=copies,
        language=language,
    )
    return write_packet_files(job, progress=progress, cancelled=cancelled)


def _sync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
