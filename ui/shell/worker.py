"""One background thread for database and printer work; results come back as main-thread calls.

Every job carries an owner. When the owner has ended (the customer left, the staff member
logged out) its results are dropped here, in one place, before any callback runs; a job whose
owner ended before it started is not run at all (no points taken for someone who has gone).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.errors import KioskError
from kiosk.failures import as_kiosk_error, reset_connection
from kiosk.offline.hook import run_job

log = logging.getLogger("kiosk.ui")

Done = Callable[[Any], None]
Failed = Callable[[KioskError], None]
Progress = Callable[[str], None]


class Owner:
    """Whom a job's results are for; once ended, results of its jobs are never delivered."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.alive = True

    def end(self) -> None:
        self.alive = False

    def __repr__(self) -> str:
        return f"Owner({self.name!r}, alive={self.alive})"


@dataclass
class _Job:
    number: int
    owner: Owner
    function: Callable[..., Any]
    args: tuple[Any, ...]
    wants_progress: bool


@dataclass
class _Callbacks:
    owner: Owner
    on_done: Done | None
    on_error: Failed | None
    on_progress: Progress | None


class _Runner(QObject):
    """Lives on the worker thread and runs one job at a time, in order."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, str)

    @Slot(object)
    def run(self, job: _Job) -> None:
        if not job.owner.alive:  # its person has gone before it started: it never runs
            self.finished.emit(job.number, None)
            return

        def progress(step: str) -> None:
            self.progressed.emit(job.number, step)

        try:
            args = (*job.args, progress) if job.wants_progress else job.args
            result = run_job(job.function, args)  # a chain kiosk's copy when offline
        except Exception as exc:  # every failure goes back to the screen, none kills the thread
            problem = as_kiosk_error(exc)
            if problem is None:
                log.exception("Unexpected error in background job %s", job.function.__name__)
                problem = KioskError("Something went wrong.", reason="bug")
                problem.__cause__ = exc
            elif problem.code == "database":
                reset_connection()
            self.failed.emit(job.number, problem)
        else:
            self.finished.emit(job.number, result)

    @Slot()
    def close(self) -> None:
        reset_connection()


class Worker(QObject):
    """Runs callables on one background thread; callbacks are invoked on the GUI thread."""

    _submit = Signal(object)
    _close = Signal()
    busy_changed = Signal(bool)
    unexpected_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("kiosk-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.progressed.connect(self._on_progress)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self.dropped = 0  # results whose owner had gone, for tests and logs
        self._thread.start()

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return bool(self._pending)

    def submit(
        self,
        owner: Owner,
        function: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: Progress | None = None,
    ) -> int:
        """Queue function(*args[, progress]) for `owner`; returns the job number."""
        number = next(self._numbers)
        was_busy = self.busy
        self._pending[number] = _Callbacks(owner, on_done, on_error, on_progress)
        self._submit.emit(_Job(number, owner, function, args, on_progress is not None))
        if not was_busy:
            self.busy_changed.emit(True)
        return number

    def pending_for(self, owner: Owner) -> int:
        """How many jobs of this owner are queued or running."""
        return sum(1 for callbacks in self._pending.values() if callbacks.owner is owner)

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Finish the running job, close its database connection and end the thread."""
        if not self._thread.isRunning():
            return
        self._close.emit()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.error("The background worker did not stop within %d ms", timeout_ms)

    def _take(self, number: int) -> _Callbacks | None:
        """The callbacks of a finished job, or None when its owner has gone (dropped here)."""
        callbacks = self._pending.pop(number, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None or not callbacks.owner.alive:
            self.dropped += callbacks is not None
            return None
        return callbacks

    @Slot(int, object)
    def _on_finished(self, number: int, result: Any) -> None:
        callbacks = self._take(number)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)

    @Slot(int, object)
    def _on_failed(self, number: int, problem: KioskError) -> None:
        callbacks = self._take(number)
        if problem.reason == "bug":
            self.unexpected_error.emit(problem.__cause__)
        if callbacks is not None and callbacks.on_error is not None:
            callbacks.on_error(problem)

    @Slot(int, str)
    def _on_progress(self, number: int, step: str) -> None:
        callbacks = self._pending.get(number)
        if callbacks is not None and callbacks.owner.alive and callbacks.on_progress is not None:
            callbacks.on_progress(step)
