"""Switching the interface language for a test, and back to English after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.common import i18n


@pytest.fixture
def use_language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], list[str]]]:
    """``use_language("ko")`` installs Korean into the test's QApplication; English is back afterwards,
    so that the other tests (which read English texts) never see a translator."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    yield lambda language: i18n.install_language(qapp, language)
    i18n.install_language(qapp, i18n.ENGLISH)
