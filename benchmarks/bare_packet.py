"""The packet benchmark's baseline: python-docx writing a packet's content bare.

As a whole process it is the smallest script that writes the same content: the
interpreter, ``json`` and python-docx, nothing else::

    python benchmarks/bare_packet.py CONTENT.json OUT.docx

``CONTENT.json`` is a ``PacketContent`` as ``dataclasses.asdict`` gives it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def write_bare(content: dict[str, Any], out: Path) -> None:
    """python-docx with no styling, fields, headers or clean-up: the floor we compare against."""
    import docx

    document = docx.Document()
    cover = content["cover"]
    for line in (cover["body"], cover["body_ko"], cover["session_line"], cover["title"], cover["title_ko"]):
        document.add_paragraph(line)
    for label, text in cover["times"]:
        document.add_paragraph(f"{label}: {text}")
    for line in (cover["venue"], cover["agenda_line"], cover["audience_line"], cover["prepared_line"]):
        document.add_paragraph(line)
    document.add_heading(content["contents_title"], 1)
    for section in content["sections"]:
        document.add_paragraph(section["title"])
    for section in content["sections"]:
        document.add_heading(section["title"], 1)
        for block in section["blocks"]:
            if "header" in block:
                table = document.add_table(rows=1, cols=len(block["header"]))
                for cell, text in zip(table.rows[0].cells, block["header"], strict=True):
                    cell.text = text
                for row in block["rows"]:
                    for cell, text in zip(table.add_row().cells, row["cells"], strict=True):
                        cell.text = text
            elif "kind" in block:
                text = f"{block['label']} {block['text']}" if block["label"] else block["text"]
                document.add_paragraph(text)
            else:
                document.add_heading(block["text"], 2)
    document.save(str(out))


if __name__ == "__main__":
    write_bare(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")), Path(sys.argv[2]))
