"""Timed checks, run by ``make bench`` (``pytest benchmarks/perf -m perf``), never by the unit run.

A unit test asserts behaviour; how fast that behaviour is depends on the machine and on what else
it is doing, so the bounds live here, measured on their own. The fixtures are the unit suite's:
the same pinned clock, isolated user folders and real database files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import _isolated_user_folders, db_path, pytest_configure, workspace
from tests.ui.conftest import OFFSCREEN_NOISE, settings

__all__ = ["_isolated_user_folders", "db_path", "pytest_configure", "settings", "workspace"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
