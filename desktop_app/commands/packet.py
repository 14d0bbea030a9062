"""packet: write a session's briefing packet as a Word file (and a PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, database_path, open_workspace

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace


def register(commands: Any) -> None:
    packet = commands.add_parser(
        "packet",
        help="write a session's briefing packet (.docx, optionally .pdf)",
        description="Write the briefing packet for SESSION (its id or UID) to a Word file.",
    )
    packet.add_argument("session", metavar="SESSION", help="the session's id or UID (see 'sessions list')")
    packet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.docx", help="the packet file")
    packet.add_argument(
        "--audience",
        choices=("internal", "counterpart"),
        default="internal",
        help="internal: everything (the default); counterpart: only what both sides share",
    )
    packet.add_argument("--marking", metavar="TEXT", help="the handling marking (default: the body's)")
    packet.add_argument("--template", type=Path, metavar="FILE", help="a Word document (.docx) to build on")
    packet.add_argument("--bilingual", action="store_true", help="agenda and participants in English and Korean")
    packet.add_argument("--pdf", action="store_true", help="also write FILE.pdf through LibreOffice")
    packet.add_argument(
        "--language",
        choices=("en", "ko"),
        default="en",
        help="ko: the Korean edition (Korean labels and dates, 요지 first), for a Korean delegation",
    )
    packet.add_argument(
        "--copies",
        type=_copies,
        default=0,
        metavar="N",
        help='write N numbered copies ("Copy 3 of N" on the cover and in every footer)',
    )
    packet.add_argument(
        "--no-page-numbers",
        action="store_true",
        help="skip laying the packet out in LibreOffice: quicker, but the contents list no page numbers",
    )
    packet.set_defaults(handler=cmd_packet)


def _copies(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"the number of copies must be a whole number (got {text!r})") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"the number of copies must be at least 1 (got {number})")
    return number


def _open_for_reading(args: argparse.Namespace) -> Workspace:
    """Read-only, since a packet changes nothing and the window may hold the file open for writing;
    an older file is opened for writing instead, to be upgraded as every command does."""
    from desktop_app.services.workspace import Workspace, needs_upgrade

    path, _ = database_path(args)
    if needs_upgrade(path):
        return open_workspace(args)
    return Workspace.open(path, read_only=True, create=False)


def cmd_packet(args: argparse.Namespace) -> int:
    from desktop_app.services.packets import Audience, generate_packet
    from desktop_app.services.sessions import find_session

    with _open_for_reading(args) as workspace:
        session = find_session(workspace, args.session)
        assert session.id is not None
        result = generate_packet(
            workspace,
            session.id,
            args.output,
            audience=Audience(args.audience),
            marking=args.marking,
            template=args.template,
            bilingual=args.bilingual,
            pdf=args.pdf,
            page_numbers=not args.no_page_numbers,
            copies=args.copies,
            language=args.language,
        )
    if args.copies:
        written = f"{args.copies} numbered copies ({result.docx.name} …)" + (" with their PDFs" if result.pdf else "")
    else:
        written = f"{result.docx}" + (f" and {result.pdf}" if result.pdf else "")
    draft = " (DRAFT: the agenda is not agreed)" if result.draft else ""
    print(f"wrote {written}{draft}: {', '.join(result.sections)}")
    return EXIT_OK
