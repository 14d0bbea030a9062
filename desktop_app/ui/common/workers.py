"""Long work off the main thread: ``run_task`` runs a function on Qt's thread pool and hands its
result, exception and progress back to the main thread, where widgets may be touched.

After MusicBrainz Picard's ``picard/util/thread.py::run_task``::

    def write(cancel: threading.Event, progress: Callable[[object], None]) -> Path:
        for step, part in enumerate(parts):
            if cancel.is_set():
                raise Cancelled
            progress((step, len(parts)))
            ...
        return target

    task = run_task(write, on_done=self._written, on_error=self._failed, on_progress=self._advance, context=self)
    cancel_button.clicked.connect(task.cancel)

Rules for the function (it runs on another thread):

- Give it plain data only: never a ``Workspace``, a store or an ``sqlite3`` connection (a
  connection belongs to the thread that opened it). Read what it needs on the main thread
  first, e.g. ``services.packets.prepare_packet`` then ``write_packet_files`` in the task.
- Touch no widget. Report through ``progress(value)``; ``on_progress(value)`` is then called on
  the main thread with the same value (queued, in order, before ``on_done``/``on_error``).
- Check ``cancel.is_set()`` now and then and stop by raising (the caller decides what
  "cancelled" looks like; ``on_error`` receives that exception).

Exactly one of ``on_done(result)`` or ``on_error(exception)`` is called, on the main thread,
unless the task was ``discard()``-ed or its ``context`` widget destroyed first: then neither
is, and the cancel event is set. ``on_error`` receives every exception, our bugs too; pass
those on to ``sys.excepthook`` (the crash dialog) rather than swallowing them.

When the application quits, every task still running is cancelled and waited for
(``cancel_all``), so that no worker thread outlives the interpreter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[object], None]
TaskFunction = Callable[[threading.Event, Progress], Any]

# Tasks under way; held here so that nothing is collected before its result is delivered.
_RUNNING: set[TaskHandle] = set()
_POOLS: set[QThreadPool] = set()
_QUIT_HOOKED: list[QCoreApplication] = []
QUIT_WAIT_MS = 60_000


class _Relay(QObject):
    """Lives on the main thread: a signal emitted on the worker thread reaches its slots queued."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, handle: TaskHandle) -> None:
        super().__init__()
        self._handle = handle
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._handle._finish(result, None)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._handle._finish(None, error)

    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        self._handle._progress(value)


class _Runnable(QRunnable):
    def __init__(self, func: TaskFunction, cancel: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the handle keeps it until the result is delivered
        self._func, self._cancel, self._relay = func, cancel, relay

    def run(self) -> None:
        try:
            result = self._func(self._cancel, self._relay.progressed.emit)
        except BaseException as exc:  # everything crosses back: the main thread decides what it means
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskHandle:
    """What ``run_task`` returns: cancel the work, or forget it (``discard``) when its receiver goes away."""

    def __init__(
        self,
        func: TaskFunction,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
        on_progress: Callable[[Any], object] | None,
    ) -> None:
        self.cancel_event = threading.Event()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._finished = threading.Event()
        self._discarded = False
        self._relay = _Relay(self)
        self._runnable = _Runnable(func, self.cancel_event, self._relay)

    def cancel(self) -> None:
        """Ask the function to stop (it sees ``cancel.is_set()``); its outcome is still delivered."""
        self.cancel_event.set()

    def discard(self) -> None:
        """Cancel, and deliver nothing more: for a receiver that is going away."""
        self._discarded = True
        self.cancel_event.set()

    @property
    def running(self) -> bool:
        """True until ``on_done`` or ``on_error`` has been called (or would have been, when discarded)."""
        return not self._finished.is_set()

    def _progress(self, value: object) -> None:
        if not self._discarded and self._on_progress is not None and not self._finished.is_set():
            self._on_progress(value)

    def _finish(self, result: object, error: BaseException | None) -> None:
        self._finished.set()
        _RUNNING.discard(self)
        if self._discarded:
            return
        if error is None:
            self._on_done(result)
        else:
            self._on_error(error)


def run_task(
    func: TaskFunction,
    on_done: Callable[[Any], object],
    on_error: Callable[[BaseException], object],
    on_progress: Callable[[Any], object] | None = None,
    *,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run ``func(cancel, progress)`` on ``pool`` (Qt's global pool by default); call back on the main thread.

    Call it from the main thread. ``context``: a widget whose destruction discards the task
    (so no callback reaches a deleted widget). See the module docstring for the rules.
    """
    handle = TaskHandle(func, on_done, on_error, on_progress)
    if context is not None:
        context.destroyed.connect(handle.discard)
    pool = pool or QThreadPool.globalInstance()
    _hook_quit()
    _RUNNING.add(handle)
    _POOLS.add(pool)
    pool.start(handle._runnable)
    return handle


def cancel_all(wait_ms: int = QUIT_WAIT_MS) -> bool:
    """Cancel every task still running and wait for them; False when one did not stop within ``wait_ms``."""
    for handle in list(_RUNNING):
        handle.cancel()
    return all(pool.waitForDone(wait_ms) for pool in list(_POOLS))


def _hook_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not any(hooked is app for hooked in _QUIT_HOOKED):
        app.aboutToQuit.connect(cancel_all)
        _QUIT_HOOKED.append(app)
