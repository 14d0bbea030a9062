"""run_task: the work runs on a pool thread; its result, exception and progress come back on the main thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.workers import Progress, cancel_all, run_task

pytestmark = pytest.mark.gui


def test_the_result_and_progress_arrive_on_the_main_thread_in_order(qtbot: QtBot) -> None:
    main = threading.get_ident()
    events: list[tuple[str, object, int]] = []

    def work(cancel: threading.Event, progress: Progress) -> int:
        for step in range(3):
            progress(step)
        return threading.get_ident()

    task = run_task(
        work,
        on_done=lambda result: events.append(("done", result, threading.get_ident())),
        on_error=lambda error: events.append(("error", error, threading.get_ident())),
        on_progress=lambda value: events.append(("progress", value, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert [(kind, value) for kind, value, _ in events[:3]] == [("progress", 0), ("progress", 1), ("progress", 2)]
    kind, worker, _thread = events[-1]
    assert kind == "done" and len(events) == 4
    assert worker != main  # the work ran elsewhere …
    assert all(thread == main for _, _, thread in events)  # … and every callback on the main thread


def test_an_exception_is_delivered_to_on_error_on_the_main_thread(qtbot: QtBot) -> None:
    main = threading.get_ident()
    errors: list[tuple[BaseException, int]] = []

    def work(cancel: threading.Event, progress: Progress) -> None:
        raise ValueError("broken on purpose")

    def unexpected(result: object) -> None:
        raise AssertionError("on_done must not be called")

    task = run_task(work, unexpected, lambda error: errors.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    error, thread = errors[0]
    assert isinstance(error, ValueError) and str(error) == "broken on purpose"
    assert error.__traceback__ is not None  # the traceback survives the crossing, for the crash dialog
    assert thread == main
    assert not task.running


def test_cancel_sets_the_token_the_work_sees(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[object] = []

    def work(cancel: threading.Event, progress: Progress) -> str:
        started.set()
        if not cancel.wait(timeout=10):
            return "ran to the end"
        raise InterruptedError("stopped")

    task = run_task(work, outcome.append, outcome.append)
    assert started.wait(timeout=5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], InterruptedError)


def test_nothing_reaches_a_context_widget_destroyed_meanwhile(qtbot: QtBot) -> None:
    release = threading.Event()
    seen: list[object] = []
    widget = QWidget()

    def work(cancel: threading.Event, progress: Progress) -> bool:
        release.wait(timeout=10)
        return cancel.is_set()

    task = run_task(work, seen.append, seen.append, seen.append, context=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: task.cancel_event.is_set(), timeout=5000)  # destroyed: the work is told to stop
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    time.sleep(0.05)
    qtbot.wait(50)
    assert seen == []


def test_cancel_all_stops_every_task_and_waits_for_it(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[object] = []

    def work(cancel: threading.Event, progress: Progress) -> str:
        started.set()
        return "cancelled" if cancel.wait(timeout=10) else "ran to the end"

    task = run_task(work, outcome.append, outcome.append)
    assert started.wait(timeout=5)
    assert cancel_all(wait_ms=5000)  # what the application does as it quits
    assert task.cancel_event.is_set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
