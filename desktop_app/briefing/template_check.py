"""Deciding whether a file the user names as ``--template`` is a Word document we may build on.

Read with ``zipfile`` only and nothing extracted: the file is the user's, possibly from
e-mail, and the checks must neither run nor unpack anything. Refused: a missing or
oversized file, anything that is not a zip, a zip that is not a Word document, a
macro-enabled document (.docm, or any part holding VBA), and a zip whose members would
unpack to far more than any letterhead needs (a zip bomb).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.bounded_zip import check_unpacked_sizes

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2000
MAIN_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MACRO_SIGNS = ("vbaproject", "vbadata", "macroenabled", "activex")


def check_template(path: Path) -> Path:
    """``path`` resolved, or ``InvalidInput`` saying in one sentence why it cannot serve as a template."""
    path = Path(path).expanduser()
    name = f"the template {path}"
    if not path.exists():
        raise InvalidInput(Notice(f"{name} does not exist", "template_check.does_not_exist", name=name))
    if not path.is_file():
        raise InvalidInput(
            Notice(
                f"{name} is not a regular file (a folder, pipe or device)",
                "template_check.not_regular_file_folder",
                name=name,
            )
        )
    if path.suffix.lower() == ".docm":
        raise InvalidInput(
            Notice(
                f"{name} is macro-enabled (.docm); save it as a Word document (.docx) without macros",
                "template_check.macro_enabled_docm_save",
                name=name,
            )
        )
    size = path.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise InvalidInput(
            Notice(
                f"{name} is {size / 1024 / 1024:.1f} MB; a template may be at most "
                f"{MAX_TEMPLATE_BYTES // 1024 // 1024} MB",
                "template_check.mb_template_may_most",
                name=name,
                size_mb=format(size / 1024 / 1024, ".1f"),
                most_mb=MAX_TEMPLATE_BYTES // 1024 // 1024,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(archive, name)
            content_types = _read_small(archive, "[Content_Types].xml", name)
    except zipfile.BadZipFile as exc:
        raise InvalidInput(
            Notice(
                f"{name} is not a Word document (it is not a .docx file)",
                "template_check.not_word_document_not",
                name=name,
            )
        ) from exc
    except OSError as exc:
        raise InvalidInput(
            Notice(
                f"cannot read {name}: {exc.strerror or exc}",
                "template_check.cannot_read",
                name=name,
                exc=exc.strerror or exc,
            )
        ) from exc
    _check_content_types(content_types, name)
    return path.resolve()


def _check_members(archive: zipfile.ZipFile, name: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise InvalidInput(
            Notice(
                f"{name} unpacks to more than a template can hold; it was not opened",
                "template_check.unpacks_more_template_can",
                name=name,
            )
        )
    check_unpacked_sizes(archive, name)
    names = {member.filename.lower() for member in members}
    if any(sign in member for member in names for sign in _MACRO_SIGNS):
        raise InvalidInput(
            Notice(
                f"{name} contains macros or controls; save it as a Word document (.docx) without them",
                "template_check.contains_macros_controls_save",
                name=name,
            )
        )
    if "word/document.xml" not in names:
        raise InvalidInput(
            Notice(f"{name} is a zip file but not a Word document", "template_check.zip_file_but_not", name=name)
        )


def _read_small(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        raise InvalidInput(
            Notice(f"{name} is a zip file but not a Word document", "template_check.zip_file_but_not", name=name)
        ) from exc
    if info.file_size > 1024 * 1024:
        raise InvalidInput(
            Notice(
                f"{name} is damaged (its list of parts is oversized)",
                "template_check.damaged_list_parts_oversized",
                name=name,
            )
        )
    return archive.read(info)


def _check_content_types(raw: bytes, name: str) -> None:
    try:
        root = fromstring(raw)  # defusedxml: entity tricks in a hostile file are refused, not expanded
    except (ParseError, DefusedXmlException) as exc:
        raise InvalidInput(
            Notice(
                f"{name} is damaged (its list of parts cannot be read)",
                "template_check.damaged_list_parts_cannot",
                name=name,
            )
        ) from exc
    types = {
        (element.get("PartName") or "").lower(): (element.get("ContentType") or "").lower()
        for element in root.iter(f"{_TYPES_NS}Override")
    }
    every_type = " ".join(types.values()) + " " + raw.decode("utf-8", "replace").lower()
    if any(sign in every_type for sign in _MACRO_SIGNS):
        raise InvalidInput(
            Notice(
                f"{name} is macro-enabled; save it as a Word document (.docx) without macros",
                "template_check.macro_enabled_save_word",
                name=name,
            )
        )
    main = types.get("/word/document.xml", "")
    if main == MAIN_CONTENT_TYPE:
        return
    if "template" in main:
        raise InvalidInput(
            Notice(
                f"{name} is a Word template (.dotx); open it in Word and save it as a document (.docx)",
                "template_check.word_template_dotx_open",
                name=name,
            )
        )
    raise InvalidInput(
        Notice(f"{name} is a zip file but not a Word document", "template_check.zip_file_but_not", name=name)
    )
