"""Helpers for the polish tests: answer the Preferences dialog without a modal loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.body import Body
from desktop_app.ui.settings import preferences
from desktop_app.ui.settings.preferences import Preferences, PreferencesDialog

Fill = Callable[[PreferencesDialog], None]


@pytest.fixture
def answer_preferences(monkeypatch: pytest.MonkeyPatch) -> Callable[[Fill], list[PreferencesDialog]]:
    """``answer_preferences(fill)``: the next Preferences… builds the real dialog, lets ``fill`` set its
    controls, then presses OK (which may refuse, as for the user). Returns the dialogs built."""

    def install(fill: Fill) -> list[PreferencesDialog]:
        built: list[PreferencesDialog] = []

        def ask(
            parent: QWidget | None, current: Preferences, body: Body, *, read_only: bool, default_backups: Path
        ) -> Preferences | None:
            dialog = PreferencesDialog(
                current, body, read_only=read_only, default_backups=default_backups, parent=parent
            )
            built.append(dialog)
            fill(dialog)
            dialog.accept()
            return dialog.choice() if dialog.result() == QDialog.DialogCode.Accepted else None

        monkeypatch.setattr(preferences, "ask_preferences", ask)
        return built

    return install
