"""A simulated network receipt printer: a TCP server on 127.0.0.1 that records each job."""

from __future__ import annotations

import bisect
import contextlib
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)

DLE, EOT = 0x10, 0x04
POLL_S = 0.02

# Replies to DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor) for each mode.
STATUS_MODES: dict[str, dict[int, bytes]] = {
    "ok": {1: b"\x12", 2: b"\x12", 4: b"\x12"},
    "paper_low": {1: b"\x12", 2: b"\x12", 4: b"\x1e"},
    "paper_out": {1: b"\x1a", 2: b"\x32", 4: b"\x72"},
    "cover_open": {1: b"\x1a", 2: b"\x16", 4: b"\x12"},
    "offline": {1: b"\x1a", 2: b"\x52", 4: b"\x12"},
    "garbage": {1: b"\xff", 2: b"\x00", 4: b"\xe1"},
}
MODES = (*STATUS_MODES, "hang")


def _ends_with_query(data: bytearray) -> bool:
    """A DLE EOT n status query as the last bytes received (sent after a job to confirm it)."""
    return len(data) >= 3 and data[-3] == DLE and data[-2] == EOT and data[-1] in (1, 2, 3, 4)


class PrinterSimulator:
    """Accepts raw ESC/POS jobs like a printer on port 9100, in background threads.

    A job is everything received on one connection except the DLE EOT status queries before
    it and the one after it (which confirms delivery); jobs are kept in `jobs` (wait for them
    with wait_for_jobs). mode sets the status
    replies: ok, paper_low, paper_out, cover_open, offline, garbage (not status bytes), or hang
    (accept but never read nor answer). refuse() closes the listening socket (connection
    refused) until accept_again(); close_after(n) resets each connection after n job bytes.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, mode: str = "ok") -> None:
        self.host = host
        self.port = port
        self.jobs: list[bytes] = []  # in the order their connections were accepted
        self._job_connections: list[int] = []  # the connection number of each kept job
        self.aborted: list[bytes] = []  # job bytes taken before a close_after() reset
        self.status_queries: list[int] = []
        self.connections = 0
        self._finished = 0
        self.status_bytes: dict[int, bytes] = {}
        self._mode = "ok"
        self.set_mode(mode)
        self._close_after: int | None = None
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._wanted = True
        self._state = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._acceptor: threading.Thread | None = None
        self._open: set[socket.socket] = set()

    # -- control

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str, status_bytes: dict[int, bytes] | None = None) -> None:
        """Choose the status replies (or hang); status_bytes overrides single replies."""
        if mode not in MODES:
            raise ValueError(f"unknown simulator mode {mode!r}; use one of {', '.join(MODES)}")
        self._mode = mode
        self.status_bytes = {**STATUS_MODES.get(mode, {}), **(status_bytes or {})}

    def close_after(self, count: int | None) -> None:
        """Reset every connection once it has sent count job bytes (None: never)."""
        self._close_after = count

    def refuse(self) -> None:
        """Close the listening socket: new connections are refused (returns once closed)."""
        self._set_listening(False)

    def accept_again(self) -> None:
        """Listen again on the same port after refuse()."""
        self._set_listening(True)

    def _set_listening(self, wanted: bool) -> None:
        # Only the accept thread touches the listening socket: closing it while another thread
        # sits in accept() would keep it listening until that accept() returns.
        with self._state:
            self._wanted = wanted
            self._state.wait_for(
                lambda: (self._listener is not None) == wanted or not self._serving(), timeout=2.0
            )

    def _serving(self) -> bool:
        return self._acceptor is not None and self._acceptor.is_alive()

    # -- lifecycle

    def start(self) -> PrinterSimulator:
        """Listen (port 0 picks a free one, see .port) and serve in a daemon thread."""
        self._stop.clear()
        self._wanted = True
        self._listener = self._listen(self.port)
        self.port = self._listener.getsockname()[1]
        self._acceptor = self._spawn(self._accept_loop, "printer-sim-accept")
        log.info("printer simulator listening on %s:%d", self.host, self.port)
        return self

    def stop(self) -> None:
        """Stop serving and close every socket; returns within about a second."""
        self._stop.set()
        for sock in list(self._open):
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(timeout=1.0)
        self._threads = [t for t in self._threads if t.is_alive()]
        if self._listener is not None and not self._threads:
            self._listener.close()
            self._listener = None
        with self._changed:
            self._changed.notify_all()

    def __enter__(self) -> PrinterSimulator:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The printer URL for this simulator, e.g. tcp://127.0.0.1:40123."""
        return f"tcp://{self.host}:{self.port}"

    # -- waiting

    def wait_for_jobs(self, count: int = 1, timeout: float = 5.0) -> list[bytes]:
        """Block until at least count jobs arrived; raise TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.jobs) < count:
                left = deadline - time.monotonic()
                if left <= 0 or self._stop.is_set():
                    raise TimeoutError(f"{len(self.jobs)} of {count} print jobs arrived")
                self._changed.wait(left)
            return list(self.jobs)

    def wait_for_connections(self, count: int = 1, timeout: float = 5.0) -> None:
        """Block until count connections ended (used when a job is expected not to arrive)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._finished < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{self._finished} of {count} connections ended")
                self._changed.wait(left)

    # -- serving

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, port))
        listener.listen(8)
        listener.settimeout(POLL_S)
        return listener

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()
        return thread

    def _accept_loop(self) -> None:
        while True:
            with self._state:
                if self._stop.is_set() or not self._wanted:
                    if self._listener is not None:
                        self._listener.close()
                        self._listener = None
                elif self._listener is None:
                    try:
                        self._listener = self._listen(self.port)
                    except OSError:
                        log.warning("printer simulator cannot listen on port %d again", self.port)
                self._state.notify_all()
                listener = self._listener
            if self._stop.is_set():
                return
            if listener is None:
                time.sleep(POLL_S)
                continue
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            self._open.add(conn)
            self._spawn(self._serve, "printer-sim-conn", conn, self.connections)

    def _serve(self, conn: socket.socket, number: int) -> None:
        job = bytearray()
        pending = b""
        in_job = False
        reset = False
        try:
            with contextlib.suppress(OSError):  # stop() may have closed it already
                conn.settimeout(POLL_S)
            while not self._stop.is_set():
                if self._mode == "hang":
                    time.sleep(POLL_S)
                    continue
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                data = pending + chunk
                pending = b""
                while not in_job and data:
                    if data[0] != DLE or (len(data) > 1 and data[1] != EOT):
                        in_job = True
                    elif len(data) < 3:
                        pending, data = data, b""
                    else:
                        self._answer(conn, data[2])
                        data = data[3:]
                job += data
                limit = self._close_after
                if limit is not None and len(job) >= limit:
                    del job[limit:]
                    reset = True
                    break
                if in_job and _ends_with_query(job):  # the sender asks whether the job arrived
                    self._answer(conn, job[-1])
                    del job[-3:]
        finally:
            self._finish(conn, bytes(job), reset, number)

    def _answer(self, conn: socket.socket, request: int) -> None:
        self.status_queries.append(request)
        reply = self.status_bytes.get(request, b"\x12")
        with contextlib.suppress(OSError):
            conn.sendall(reply)

    def _finish(self, conn: socket.socket, job: bytes, reset: bool, number: int) -> None:
        if reset:  # an abrupt close (RST), like a printer that lost power mid-job
            with contextlib.suppress(OSError):
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            conn.close()
        self._open.discard(conn)
        with self._changed:
            if reset:
                self.aborted.append(job)
            elif job:  # a connection may end after a later one has: keep the sending order
                at = bisect.bisect(self._job_connections, number)
                self._job_connections.insert(at, number)
                self.jobs.insert(at, job)
            self._finished += 1
            self._changed.notify_all()
