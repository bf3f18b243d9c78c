"""Terminals reporting in: each kiosk (or back office) writes its own row, one statement a time."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from db.migrations import latest_version
from db.models import Terminal
from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.version import program_version

KINDS = ("kiosk", "back-office")
_IMPORTED_AT = utc_now()  # the fallback for a process start /proc cannot tell


@dataclass(frozen=True)
class TerminalState:
    """What a terminal says about itself besides who and where it is."""

    printer_state: str = ""  # ok, paper_out, offline, none...
    printer_detail: str = ""
    scanner_state: str = ""  # ok, disconnected, none...
    scanner_detail: str = ""
    queue_length: int = 0  # changes waiting in its offline outbox
    offline_since: datetime | None = None  # naive UTC
    details: dict[str, Any] = field(default_factory=dict)


def process_started() -> datetime:
    """When this process started (naive UTC), from /proc on Linux, else when this module loaded."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as machine:
            boot = next(int(line.split()[1]) for line in machine if line.startswith("btime "))
    except (OSError, ValueError, IndexError, StopIteration):
        return _IMPORTED_AT
    seconds = boot + ticks / os.sysconf("SC_CLK_TCK")
    return datetime.fromtimestamp(int(seconds), UTC).replace(tzinfo=None)


_STARTED_AT: datetime | None = None


def _started_at() -> datetime:
    global _STARTED_AT
    if _STARTED_AT is None:
        _STARTED_AT = process_started()
    return _STARTED_AT


def _text(value: str, longest: int) -> str:
    return "".join(ch for ch in str(value or "") if ch.isprintable())[:longest]


def report_in(ctx: Context, state: TerminalState, kind: str = "kiosk") -> None:
    """Write this terminal's row: added the first time (first_seen_at kept after that), then
    last seen now, the program and schema version, host, start time and device state.

    One INSERT .. ON CONFLICT DO UPDATE on PostgreSQL and SQLite: two terminals never race
    into two rows, and a report costs one round trip.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown terminal kind {kind!r}")
    now = ctx.now()
    values: dict[Any, Any] = {
        Terminal.kind: kind,
        Terminal.host: _text(socket.gethostname(), 120),
        Terminal.last_seen_at: now,
        Terminal.started_at: _started_at(),
        Terminal.version: _text(program_version(), 40),
        Terminal.schema_version: latest_version(),
        Terminal.printer_state: _text(state.printer_state, 40),
        Terminal.printer_detail: _text(state.printer_detail, 200),
        Terminal.scanner_state: _text(state.scanner_state, 40),
        Terminal.scanner_detail: _text(state.scanner_detail, 200),
        Terminal.queue_length: max(0, int(state.queue_length)),
        Terminal.offline_since: state.offline_since,
        Terminal.details: json.dumps(state.details, ensure_ascii=False, sort_keys=True,
                                     default=str),
    }
    (
        Terminal.insert({Terminal.store: ctx.store, Terminal.code: ctx.terminal,
                         Terminal.first_seen_at: now, **values})
        .on_conflict(conflict_target=[Terminal.store, Terminal.code], update=values)
        .execute()
    )


class StateBox:
    """The terminal's latest state, set by the screen's thread and read by the heartbeat's.

    The state is an immutable value replaced whole, so a reader never sees half of a change.
    """

    def __init__(self, state: TerminalState | None = None) -> None:
        self._state = state or TerminalState()

    def set(self, state: TerminalState) -> None:
        self._state = state

    def get(self) -> TerminalState:
        return self._state


QueueReader = Callable[[], tuple[int, "datetime | None"]]  # (changes waiting, offline since)


def with_queue(state: TerminalState, queue: QueueReader | None) -> TerminalState:
    """The state with the offline outbox's length and since when (unchanged without a reader)."""
    if queue is None:
        return state
    length, since = queue()
    return replace(state, queue_length=length, offline_since=since)
