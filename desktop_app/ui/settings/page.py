"""What the Preferences dialog gives back, and the page each of its tabs is.

A page is built empty, then ``load`` fills it from the current ``Preferences``; ``save`` puts
what the officer chose into the answer; ``check`` names what cannot be saved, so that OK is
refused with the reason shown on the page (the page's ``show_problem``). The dialog only asks its
pages, in order; it knows nothing of what any one of them holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.services.preferences import BodyPreferences
from desktop_app.ui.settings.registry import ROMAN_FIRST, SYSTEM_LANGUAGE


@dataclass(frozen=True)
class Preferences:
    """What the dialog returns. ``body`` is None when the database is read-only (nothing to write)."""

    language: str = SYSTEM_LANGUAGE  # one of registry.LANGUAGES
    name_order: str = ROMAN_FIRST  # one of registry.NAME_ORDERS
    backup_folder: Path | None = None  # None: "backups" beside the database
    body: BodyPreferences | None = None


class PreferencesPage(QWidget):
    """One tab of Preferences…. Every page overrides ``title``, ``load``, ``save`` and ``widgets``;
    a page whose values can be wrong overrides ``check`` and ``show_problem`` too."""

    def title(self) -> str:
        """The tab's label, in the interface language."""
        raise NotImplementedError

    def load(self, current: Preferences) -> None:
        """Show ``current``'s part of the preferences in the page's controls."""
        raise NotImplementedError

    def save(self, chosen: Preferences) -> Preferences:
        """``chosen`` with this page's part as the controls now say."""
        raise NotImplementedError

    def check(self) -> str | None:
        """Why what the page holds cannot be saved, in a sentence; None when it can."""
        return None

    def show_problem(self, problem: str) -> None:
        """Show ``problem`` (from ``check``) on the page and put the focus where it is."""

    def widgets(self) -> list[QWidget]:
        """The page's controls, in tab order."""
        raise NotImplementedError
