"""Hostile and large files are dealt with quickly: refused in under two seconds, imported in under one."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.briefing import pdf
from desktop_app.cli import main
from desktop_app.errors import InvalidInput, UserError
from desktop_app.exchange import package_format as fmt
from desktop_app.services import packages
from desktop_app.services.calendar_files import import_ics
from desktop_app.services.demo import fill_sample_body
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import session_repository
from tests.exchange.ics_samples import HOSTILE as HOSTILE_ICS
from tests.exchange.ics_samples import SKIPPED, calendar, event
from tests.exchange.package_samples import repacked
from tests.exchange.test_package_hostile import HOSTILE as HOSTILE_PACKAGES
from tests.exchange.test_package_hostile import desk, good_members
from tests.scheduling.helpers import draft

pytestmark = pytest.mark.perf

__all__ = ["desk", "good_members"]


@pytest.mark.parametrize("case", sorted(HOSTILE_ICS))
def test_each_hostile_calendar_file_is_refused_in_under_two_seconds(
    workspace: Workspace, tmp_path: Path, case: str
) -> None:
    create_session(workspace, draft("Standing", datetime(2027, 3, 9, 10)))
    path = tmp_path / "hostile.ics"
    path.write_bytes(HOSTILE_ICS[case][0])
    began = time.perf_counter()
    with pytest.raises(InvalidInput):
        import_ics(workspace, path)
    assert time.perf_counter() - began < 2.0


@pytest.mark.parametrize("case", sorted(SKIPPED))
def test_a_calendar_with_one_hostile_event_is_read_in_under_two_seconds(
    workspace: Workspace, tmp_path: Path, case: str
) -> None:
    path = tmp_path / "mixed.ics"
    path.write_bytes(calendar(SKIPPED[case][0], event(1), event(2)))
    began = time.perf_counter()
    report = import_ics(workspace, path)
    assert time.perf_counter() - began < 2.0
    assert len(report.created) == 2


@pytest.mark.parametrize("case", sorted(HOSTILE_PACKAGES))
def test_each_hostile_package_is_refused_in_under_two_seconds(
    case: str, good_members: dict[str, bytes], desk: Path, tmp_path: Path
) -> None:
    craft = HOSTILE_PACKAGES[case][0]
    package = tmp_path / "hostile.bdpkg"
    package.write_bytes(craft(good_members))
    began = time.perf_counter()
    assert main(["--db", str(desk), "package", "import", str(package)]) == 1
    assert time.perf_counter() - began < 2.0


def test_a_file_larger_than_any_package_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.bdpkg"
    with open(path, "wb") as handle:
        handle.truncate(fmt.MAX_PACKAGE_BYTES + 1)  # sparse: nothing is really written or read
    began = time.perf_counter()
    with pytest.raises(InvalidInput, match="too large"):
        packages.read_package(path)
    assert time.perf_counter() - began < 0.5


def test_the_untouched_package_is_read_well_within_the_deadline(good_members: dict[str, bytes]) -> None:
    from desktop_app.exchange.package_read import read_package_bytes

    began = time.perf_counter()
    read_package_bytes(repacked(good_members), "good.bdpkg")
    assert time.perf_counter() - began < fmt.MAX_SECONDS


def test_an_import_takes_well_under_a_second_for_the_sample_body(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "sample.sqlite3") as workspace:
        fill_sample_body(workspace)
        ninth = next(s for s in session_repository.list_sessions(workspace.store.db) if s.number == 9)
        assert ninth.id is not None
        packages.export_package(workspace, ninth.id, tmp_path / "s9.bdpkg")
    with Workspace.open(tmp_path / "empty.sqlite3") as workspace:
        began = time.perf_counter()
        packages.import_package(workspace, tmp_path / "s9.bdpkg")
        assert time.perf_counter() - began < 1.0


def test_two_years_of_large_body_are_written_in_under_twenty_seconds(tmp_path: Path) -> None:
    began = time.perf_counter()
    assert main(["--db", str(tmp_path / "large.sqlite3"), "demo", "--years", "2"]) == 0
    assert time.perf_counter() - began < 20


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_hung_libreoffice_is_stopped_soon_after_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hung = tmp_path / "soffice"
    hung.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    hung.chmod(0o755)
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(hung))
    source = tmp_path / "in.docx"
    source.write_bytes(b"PK")
    began = time.monotonic()
    with pytest.raises(UserError, match="did not finish"):
        pdf.convert([(source, tmp_path / "out.pdf")], timeout=1)
    assert time.monotonic() - began < 10
