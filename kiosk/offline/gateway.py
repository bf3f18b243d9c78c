"""The one door the kiosk's background jobs go through: the server while it answers, the local
copy (and its outbox) while it does not; a probe thread brings the kiosk back online."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import peewee

from db.database import database_proxy, is_postgres, use_database
from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.errors import DatabaseUnavailable, DiskFull, RedeemUnconfirmed, VoucherKept
from kiosk.failures import as_kiosk_error, reset_connection
from kiosk.offline.flush import flush
from kiosk.offline.hook import installed, set_gateway
from kiosk.offline.jobs import adapter_for, keyed
from kiosk.offline.outbox import conflict_count, waiting_count
from kiosk.offline.replica import open_replica, set_state_time, state_time
from kiosk.offline.sync import CopyBusy, refresh

log = logging.getLogger("kiosk.offline")

PROBE_SECONDS = 15.0
NOT_OFFLINE_CAPABLE = "We cannot reach our records right now. Please try again in a moment."


def unreachable(exc: BaseException) -> bool:
    """Whether a job failed because the server could not be reached (not a full disk, not a
    refusal, not a bug)."""
    problem = as_kiosk_error(exc)
    return isinstance(problem, DatabaseUnavailable) and not isinstance(problem, DiskFull)


class Gateway:
    """Runs jobs online or on the copy, and keeps the copy fresh and the outbox moving."""

    def __init__(self, ctx: Context, probe_seconds: float = PROBE_SECONDS) -> None:
        self.ctx = ctx
        self.replica = open_replica(ctx.config)
        self.probe_seconds = probe_seconds
        self._lock = threading.RLock()  # held by an offline job and by the return online
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        with use_database(self.replica):
            self.offline_since: datetime | None = state_time("offline_since")
        self._next_copy = 0.0
        self.counts = (0, 0)  # (changes waiting, conflicts not reviewed), for the staff strip
        self._recount()

    # --- running jobs -------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self.offline_since is None

    def run(self, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        """Run a job: on the server while online, else on the copy when it can run there."""
        function, args = keyed(function, args)
        adapter = adapter_for(function)
        if self.offline_since is None:
            try:
                return function(*args)
            except Exception as exc:
                if adapter is None or not unreachable(exc):
                    raise
                reset_connection()
                self.go_offline(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                if isinstance(exc, RedeemUnconfirmed | VoucherKept):
                    raise  # the voucher may be saved on the server: never issue a second one
        if adapter is None:
            # a job the copy cannot do: one that needs no database (the printer's state) runs,
            # one that does tries the server and fails with the usual calm message
            return function(*args)
        if self.copied_at() is None:
            raise DatabaseUnavailable(NOT_OFFLINE_CAPABLE, reason="offline")
        with self._lock:
            try:
                return adapter(self, function, args)
            finally:
                self._recount()

    def _recount(self) -> None:
        with use_database(self.replica):
            self.counts = (waiting_count(), conflict_count())

    def queue_state(self) -> tuple[int, datetime | None]:
        """(changes waiting, offline since or None): what the terminal heartbeat reports."""
        with use_database(self.replica):
            return waiting_count(), self.offline_since

    def copied_at(self) -> datetime | None:
        with use_database(self.replica):
            return state_time("copy_at")

    def go_offline(self, why: str = "") -> None:
        with self._lock:
            if self.offline_since is not None:
                return
            self.offline_since = utc_now()
            with use_database(self.replica):
                set_state_time("offline_since", self.offline_since)
        log.warning("Offline: serving from the local copy (%s)", why)

    def _go_online(self) -> bool:
        with self._lock:
            with use_database(self.replica):
                if waiting_count():
                    return False  # a change came in meanwhile: send it first
                set_state_time("offline_since", None)
            self.offline_since = None
        log.info("Online again: the outbox is sent")
        return True

    # --- the probe thread ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the probe thread (first copy, refreshes, the way back online)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="kiosk-offline", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while True:
            try:
                self.tick()
            except Exception:  # the thread must outlive any one problem
                log.exception("The offline probe failed")
                reset_connection()
            wait = self.probe_seconds if self.offline_since is not None else min(
                self.probe_seconds, 5.0)
            if self._stop.wait(wait):
                break
        reset_connection()
        if not self.replica.is_closed():
            self.replica.close()  # this thread's connection to the copy

    def tick(self, force_copy: bool = False) -> None:
        """One round: probe the server; send the outbox; go online; refresh the copy when due."""
        try:
            self._tick(force_copy)
        finally:
            self._recount()

    def _tick(self, force_copy: bool) -> None:
        if not self._server_answers():
            if self.offline_since is None and self.copied_at() is not None:
                self.go_offline("the server did not answer the probe")
            return
        with use_database(self.replica):
            waiting = waiting_count()
        if waiting or self.offline_since is not None:
            report = flush(self.ctx, self.replica)
            if not report.done:
                return
            if self.offline_since is not None and not self._go_online():
                return
            force_copy = True
        due = self._next_copy <= time.monotonic()
        if force_copy or due or self.copied_at() is None:
            self.refresh_copy()

    def refresh_copy(self) -> None:
        try:
            refresh(self.ctx, self.replica)
        except CopyBusy as busy:
            log.info("Local copy not refreshed: %s", busy)
            return
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            reset_connection()
            log.warning("Local copy not refreshed: %s", str(exc).splitlines()[0] if str(exc)
                        else type(exc).__name__)
            return
        self._next_copy = time.monotonic() + self.ctx.config.offline.sync_minutes * 60

    def _server_answers(self) -> bool:
        try:
            database_proxy.execute_sql("SELECT 1")
            return True
        except (peewee.OperationalError, peewee.InterfaceError):
            reset_connection()
            return False


def install(ctx: Context, start: bool = True) -> Gateway | None:
    """Put a gateway in front of the kiosk's jobs when offline serving applies (PostgreSQL with
    [offline] enabled); None otherwise."""
    if not ctx.config.offline.enabled or not is_postgres():
        return None
    try:
        gateway = Gateway(ctx)
    except Exception:  # an unreadable copy must not keep the kiosk from serving online
        log.exception("The local copy cannot be opened: the kiosk runs without it")
        return None
    set_gateway(gateway)
    if start:
        gateway.start()
    return gateway


def uninstall() -> None:
    gateway = installed()
    if gateway is not None:
        gateway.stop()
    set_gateway(None)
