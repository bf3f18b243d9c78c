"""Test helper: records a SerialScanner's callbacks in a queue and waits for them with timeouts."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hardware.scanner import ScannerState

WAIT_S = 5.0  # generous: a loaded machine must not fail a test that only waits for an event


@dataclass(frozen=True)
class Event:
    """One callback: kind is code, rejected or state."""

    kind: str
    scanner: str
    code: str = ""
    reason: str = ""
    sample: str = ""
    state: ScannerState | None = None
    thread: threading.Thread | None = field(default=None, compare=False)


class Recorder:
    """Pass its methods as the callbacks; then wait for what should happen, in order."""

    def __init__(self) -> None:
        self.events: queue.Queue[Event] = queue.Queue()
        self.seen: list[Event] = []

    def on_code(self, scanner: str, code: str) -> None:
        self.events.put(Event("code", scanner, code=code, thread=threading.current_thread()))

    def on_rejected(self, scanner: str, reason: str, sample: str) -> None:
        self.events.put(
            Event(
                "rejected", scanner, reason=reason, sample=sample, thread=threading.current_thread()
            )
        )

    def on_state(self, scanner: str, state: ScannerState) -> None:
        self.events.put(Event("state", scanner, state=state, thread=threading.current_thread()))

    def callbacks(self) -> dict[str, Any]:
        return {"on_code": self.on_code, "on_rejected": self.on_rejected, "on_state": self.on_state}

    def next(self, timeout: float = WAIT_S) -> Event:
        try:
            event = self.events.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no event within {timeout} s; seen so far: {self.seen}") from None
        self.seen.append(event)
        return event

    def wait_for(self, wanted: Callable[[Event], bool], timeout: float = WAIT_S) -> Event:
        """Skip events until one is wanted."""
        while True:
            event = self.next(timeout)
            if wanted(event):
                return event

    def wait_state(self, state: str, timeout: float = WAIT_S) -> ScannerState:
        event = self.wait_for(
            lambda e: e.kind == "state" and e.state is not None and e.state.state == state, timeout
        )
        assert event.state is not None
        return event.state

    def data(self, count: int, timeout: float = WAIT_S) -> list[tuple[str, str]]:
        """The next count codes and rejections, as (\"code\", code) or (\"rejected\", reason)."""
        found: list[tuple[str, str]] = []
        while len(found) < count:
            event = self.next(timeout)
            if event.kind == "code":
                found.append(("code", event.code))
            elif event.kind == "rejected":
                found.append(("rejected", event.reason))
        return found

    def states(self) -> list[str]:
        """Every state reported so far (drains the queue without waiting)."""
        while True:
            try:
                self.seen.append(self.events.get_nowait())
            except queue.Empty:
                break
        return [e.state.state for e in self.seen if e.kind == "state" and e.state is not None]
