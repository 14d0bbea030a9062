"""Overlap warnings on the Delegations tab: someone seated in two sessions at once, and the like.

Each warning is worded from its notice (``notices.word``) in the window's language, shown on the
person's row (the tooltip) and, all together, in an amber box under the two delegations.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop_app.services.delegations import overlap_warnings
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import notices
from desktop_app.ui.common.widgets import semantic_colour, text_on


def amber_style(palette: QPalette) -> str:
    """The warnings box: an amber fill with text readable on it, light or dark."""
    fill, text = semantic_colour("warning_fill", palette).name(), text_on("warning_fill", palette).name()
    return f"QLabel {{ background: {fill}; color: {text}; border-radius: 4px; padding: 6px; }}"


def warnings_by_person(workspace: Workspace, session_id: int) -> dict[int, list[str]]:
    """Each seated person's warnings, worded; people without any are left out."""
    warnings: dict[int, list[str]] = {}
    for warning in overlap_warnings(workspace, session_id):
        if warning.person.id is not None:
            warnings.setdefault(warning.person.id, []).append(notices.word(warning.message, workspace.body))
    return warnings


def box_text(warnings: dict[int, list[str]]) -> str:
    """The amber box: every warning once, each on its own line; "" when there are none."""
    lines = [message for texts in warnings.values() for message in texts]
    return "⚠ " + "\n⚠ ".join(dict.fromkeys(lines)) if lines else ""
