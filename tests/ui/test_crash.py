"""The crash dialog: an uncaught exception is logged and shown, never silently lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.ui.common import dialogs
from desktop_app.ui.shell.crash import CrashHandler

pytestmark = pytest.mark.gui


def raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("the widget fell over")
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_hook_logs_and_shows_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_crash", lambda parent, summary, details: shown.append((summary, details)))
    handler = CrashHandler(lambda: None, log_dir=lambda: tmp_path / "logs")
    handler.install()
    try:
        assert sys.excepthook is handler
        handler(*raise_and_capture())  # type: ignore[arg-type]
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler

    summary, details = shown[0]
    assert summary == "Something went wrong: RuntimeError: the widget fell over"
    assert "Traceback" in details and "raise_and_capture" in details
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "RuntimeError: the widget fell over" in log
    assert "error: unexpected failure (RuntimeError: the widget fell over)" in capsys.readouterr().err


def test_a_failure_inside_the_dialog_does_not_recurse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = CrashHandler(lambda: None, log_dir=lambda: tmp_path)

    def dialog_that_crashes_again(parent: object, summary: str, details: str) -> None:
        handler(*raise_and_capture())  # type: ignore[arg-type]

    monkeypatch.setattr(dialogs, "show_crash", dialog_that_crashes_again)
    handler(*raise_and_capture())  # type: ignore[arg-type]
    assert capsys.readouterr().err.count("Traceback") == 1  # the second one went to the default hook
