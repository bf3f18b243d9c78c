"""Serial barcode scanner reader: one thread per scanner, reconnecting, reporting through callbacks.

Why a plain read loop and not pyserial's ``serial.threaded.ReaderThread``: a ReaderThread serves
one open port and ends with it, so surviving unplug and replug needs a second, supervising thread
per scanner and a hand-over of ``connection_lost`` between the two; its ``stop()`` joins for a
fixed 2 s and closes the port from the caller's thread while the reader may still be using it;
and it has no hook on a quiet read to notice that the device path has vanished. Here one thread
owns the port from open to close and does all of it: open with backoff, read, frame, detect a
lost or replaced device, report states. It keeps ReaderThread's lessons: nothing raised by the
framing or by a callback leaves the loop (callbacks are logged and skipped), and a lost device is
a state change with a reason, never an exception in a thread.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import serial

from hardware.framing import Accepted, FrameEvent, Framer, RepeatFilter
from kiosk.config import ScannerConfig

log = logging.getLogger(__name__)

CONNECTING, CONNECTED, DISCONNECTED, STOPPED = "connecting", "connected", "disconnected", "stopped"
STATES = (CONNECTING, CONNECTED, DISCONNECTED, STOPPED)

READ_TIMEOUT_S = 0.1  # a quiet read returns after this, to look at the device path and stop flag
PATH_CHECK_S = 0.25  # how often a quiet port checks that its device path is still the device
STABLE_S = 1.0  # a connection that lasted this long resets the retry backoff
STOP_JOIN_S = 1.0

CodeCallback = Callable[[str, str], None]
RejectedCallback = Callable[[str, str, str], None]
Opener = Callable[..., Any]


@dataclass(frozen=True)
class ScannerState:
    """Where a scanner stands: state is connecting, connected, disconnected or stopped."""

    state: str
    reason: str = ""


StateCallback = Callable[[str, ScannerState], None]


class DeviceLost(Exception):
    """The open port stopped being the configured device."""


def serial_options(config: ScannerConfig) -> dict[str, Any]:
    """pyserial keyword arguments for a scanner's line settings."""
    stopbits: float = float(config.stopbits) if config.stopbits % 1 else int(config.stopbits)
    return {
        "baudrate": config.baudrate,
        "bytesize": config.bytesize,
        "parity": config.parity,
        "stopbits": stopbits,
    }


def _is_device_path(url: str) -> bool:
    return os.name == "posix" and "://" not in url and os.path.isabs(url)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def open_failure(url: str, exc: BaseException) -> str:
    """Why a port would not open, in words for staff."""
    if not url:
        return "no port configured"
    code = getattr(exc, "errno", None)
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return f"no device at {url}"
    if code in (errno.EACCES, errno.EPERM):
        return f"no permission to open {url} (is this user in the dialout group?)"
    if code == errno.EBUSY:
        return f"{url} is in use by another program"
    return f"cannot open {url}: {_describe(exc)}"


def read_failure(exc: BaseException) -> str:
    """Why an open port stopped working, in words for staff."""
    text = _describe(exc)
    if "returned no data" in text:  # pyserial's words for a vanished device on Linux
        return "device disconnected"
    return f"device disconnected: {text}"


class SerialScanner:
    """Reads one serial scanner in a background thread until stop().

    Callbacks run on the reader thread: on_code(scanner_name, code) for each code that passed
    framing and the repeat filter; on_rejected(scanner_name, reason, sample) for a line that is
    not a code; on_state(scanner_name, ScannerState) when the state or its reason changes. The
    states go connecting (first attempt) -> connected <-> disconnected -> stopped. While
    disconnected the port is retried after retry_initial_s, doubling up to retry_max_s, so a
    device that comes back is read again within about retry_max_s; the retries themselves are
    silent unless the reason changes. A callback that raises is logged and the reader goes on.
    stop() never hangs, and may be called twice or before start().
    """

    def __init__(
        self,
        config: ScannerConfig,
        on_code: CodeCallback | None = None,
        on_rejected: RejectedCallback | None = None,
        on_state: StateCallback | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        opener: Opener = serial.serial_for_url,
        retry_initial_s: float = 0.1,
        retry_max_s: float = 0.5,
        read_timeout_s: float = READ_TIMEOUT_S,
    ) -> None:
        self.config = config
        self.name = config.name
        self.on_code = on_code
        self.on_rejected = on_rejected
        self.on_state = on_state
        self.clock = clock
        self.opener = opener
        self.retry_initial_s = retry_initial_s
        self.retry_max_s = retry_max_s
        self.read_timeout_s = read_timeout_s
        self.framer = Framer.from_config(config)
        self.repeats = RepeatFilter(config.repeat_window_ms / 1000, clock)
        self.state = ScannerState(STOPPED, "not started")
        self._stopping = threading.Event()
        self._port_lock = threading.Lock()
        self._port: Any = None
        self._thread: threading.Thread | None = None
        self._reported: ScannerState | None = None

    @property
    def thread(self) -> threading.Thread | None:
        """The reader thread, once started."""
        return self._thread

    def is_running(self) -> bool:
        """True while the reader thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start reading in a background thread; a second start() does nothing."""
        if self._stopping.is_set():
            raise RuntimeError(f"scanner {self.name!r} was stopped and cannot start again")
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"scanner-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_JOIN_S) -> None:
        """Stop reading and close the port; returns within about `timeout` seconds.

        The read under way is cancelled (pyserial cancel_read) and the reader closes its own
        port; if it has not finished within `timeout`, the port is closed from here as a last
        resort, and the daemon reader thread is left to die with the process.
        """
        self._stopping.set()
        with self._port_lock:
            if self._port is not None:
                with contextlib.suppress(Exception):
                    self._port.cancel_read()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning(
                "scanner %s: reader did not stop in %.1f s; closing its port", self.name, timeout
            )
            with self._port_lock:
                if self._port is not None:
                    with contextlib.suppress(Exception):
                        self._port.close()

    # --- the reader thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._supervise()
        except Exception:
            log.exception("scanner %s: reader failed", self.name)
            self._report(ScannerState(STOPPED, "internal error, see the log"))
            return
        self._report(ScannerState(STOPPED, "stopped"))

    def _supervise(self) -> None:
        delay = self.retry_initial_s
        self._report(ScannerState(CONNECTING, f"opening {self.config.url}"))
        while not self._stopping.is_set():
            try:
                port = self._open()
            except Exception as exc:
                self._report(ScannerState(DISCONNECTED, open_failure(self.config.url, exc)))
                if self._stopping.wait(delay):
                    break
                delay = min(delay * 2, self.retry_max_s)
                continue
            if port is None:  # stopping while opening
                break
            opened = self.clock()
            self._report(ScannerState(CONNECTED, f"reading {self.config.url}"))
            reason = self._read(port)
            self._close(port)
            if self._stopping.is_set():
                break
            for event in self.framer.flush():
                self._deliver(event)
            self._report(ScannerState(DISCONNECTED, reason))
            if self.clock() - opened >= STABLE_S:
                delay = self.retry_initial_s
            if self._stopping.wait(delay):
                break
            delay = min(delay * 2, self.retry_max_s)
        self.framer.flush()  # a partial line at stop is dropped, not reported

    def _open(self) -> Any:
        if not self.config.url:
            raise ValueError("no port configured")
        port = self.opener(
            self.config.url, timeout=self.read_timeout_s, **serial_options(self.config)
        )
        with self._port_lock:
            if self._stopping.is_set():
                with contextlib.suppress(Exception):
                    port.close()
                return None
            self._port = port
        return port

    def _close(self, port: Any) -> None:
        with self._port_lock:
            self._port = None
            with contextlib.suppress(Exception):
                port.close()

    def _read(self, port: Any) -> str:
        """Read and frame until the device is lost (returns why) or stop() is called."""
        device = self._device_id(port)
        checked = self.clock()
        while not self._stopping.is_set():
            try:
                data = port.read(port.in_waiting or 1)
                if not data and device is not None and self.clock() - checked >= PATH_CHECK_S:
                    checked = self.clock()
                    self._check_device(device)
            except DeviceLost as exc:
                return str(exc)
            except Exception as exc:
                return read_failure(exc)
            if data:
                self._frame(data)
        return "stopped"

    def _device_id(self, port: Any) -> int | None:
        """The device number behind an open device path, to notice when the path goes away."""
        if not _is_device_path(self.config.url):
            return None
        try:
            return os.fstat(port.fileno()).st_rdev
        except Exception:
            return None

    def _check_device(self, device: int) -> None:
        try:
            current = os.stat(self.config.url).st_rdev
        except OSError as exc:
            raise DeviceLost(f"device {self.config.url} disappeared") from exc
        if current != device:
            raise DeviceLost(f"device {self.config.url} was replaced by another device")

    def _frame(self, data: bytes) -> None:
        try:
            events = self.framer.feed(data)
        except Exception:  # a framing bug must not stop the scanner
            log.exception("scanner %s: framing failed on %d bytes", self.name, len(data))
            self.framer.flush()
            return
        for event in events:
            self._deliver(event)

    def _deliver(self, event: FrameEvent) -> None:
        if isinstance(event, Accepted):
            if self.repeats.accept(event.code):
                self._call(self.on_code, event.code)
        else:
            self._call(self.on_rejected, event.reason, event.sample)

    def _report(self, state: ScannerState) -> None:
        self.state = state
        if state == self._reported:
            return
        self._reported = state
        if state.state == DISCONNECTED:
            log.info("scanner %s: disconnected: %s", self.name, state.reason)
        self._call(self.on_state, state)

    def _call(self, callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(self.name, *args)
        except Exception:
            log.exception("scanner %s: callback %r failed", self.name, callback)
