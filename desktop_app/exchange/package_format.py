"""The session package format (``.bdpkg``): its names, its limits and its published schemas.

A package is a zip archive holding exactly these members (see ``docs/package-format.md``):

- ``manifest.json``: the format name and version, when and by which body and side it was
  made, and the SHA-256 and size of every other member;
- ``session.json``: the session, both delegations, the shareable agenda versions and the
  logistics, the outcomes and action items, valid against ``schemas/session-package-2.session.schema.json``
  (a package of format 1 against ``session-package-1…``);
- ``counterpart-packet.docx``: the counterpart edition of the briefing packet (optional);
- ``session.ics``: the session as a calendar file (optional).

The two JSON Schemas are data files of this package and the very files the documentation
publishes; the reader validates against them, so the published format and the one
enforced cannot drift apart.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

FORMAT_NAME = "briefing-desk-session-package"
FORMAT_VERSION = 2  # what this version writes
READABLE_VERSIONS = (1, 2)  # what it reads: a package of the first format still imports
SUFFIX = ".bdpkg"

MANIFEST = "manifest.json"
SESSION = "session.json"
PACKET = "counterpart-packet.docx"
CALENDAR = "session.ics"
MEMBERS = (MANIFEST, SESSION, PACKET, CALENDAR)  # the only names a package may hold

# Limits, all checked against the zip's directory before a single member is read.
MAX_MEMBERS = 100
MAX_DIRECTORY_BYTES = 256 * 1024  # the zip's central directory: 100 entries need a few kilobytes
MAX_MEMBER_BYTES = 20 * 1024 * 1024  # uncompressed
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # uncompressed, all members together
MAX_PACKAGE_BYTES = MAX_TOTAL_BYTES + 1024 * 1024  # the file itself: deflate never makes data much larger
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for members large enough for a ratio to mean anything
RATIO_FLOOR = 1024 * 1024  # a member under 1 MB cannot be a bomb: the ratio is not checked
MAX_SECONDS = 1.5  # reading and checking stops, refused, past this
MAX_AGENDA_ITEMS = 2000  # across all versions: bounds the schema validation's work

MAX_ACTIONS = 1000


def schema_file(member: str, version: int = FORMAT_VERSION) -> str:
    stem = "manifest" if member == MANIFEST else "session"
    return f"session-package-{version}.{stem}.schema.json"


SCHEMA_FILES = {member: schema_file(member) for member in (MANIFEST, SESSION)}  # of the format written


def schema_text(member: str, version: int = FORMAT_VERSION) -> str:
    """The published JSON Schema of ``member`` (``manifest.json`` or ``session.json``), as shipped."""
    return (resources.files(__package__) / "schemas" / schema_file(member, version)).read_text(encoding="utf-8")


@functools.cache
def schema(member: str, version: int = FORMAT_VERSION) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_text(member, version))
    return loaded
