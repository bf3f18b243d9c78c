"""Scanner framing: turns a serial byte stream into barcode codes, and drops double scans."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.config import ScannerConfig

CR, LF, TAB = 0x0D, 0x0A, 0x09

TOO_LONG = "too long"
NON_PRINTABLE = "non-printable characters"
NOT_TEXT = "not valid text"
INCOMPLETE = "incomplete code when the scanner disconnected"

SUFFIX_MODES = ("auto", "CR", "LF", "CRLF", "TAB")
SAMPLE_BYTES = 32  # how much of a rejected line is shown back
MAX_UTF8_BYTES_PER_CHAR = 4
AIM_ID_BYTES = 3

# ISO/IEC 15424 symbology identifier: "]", a symbology letter, one modifier character.
_AIM_ID = re.compile(rb"\][A-Za-z][0-9A-Za-z]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x1f\x7f]")
# Bytes that may end (or start ending) a line, per suffix mode.
_SPECIAL = {
    "auto": re.compile(rb"[\r\n]"),
    "CR": re.compile(rb"\r"),
    "LF": re.compile(rb"\n"),
    "CRLF": re.compile(rb"\r"),
    "TAB": re.compile(rb"\t"),
}


@dataclass(frozen=True)
class Accepted:
    """A complete, valid code."""

    code: str


@dataclass(frozen=True)
class Rejected:
    """A line that is not a code: a short human reason and a printable sample of it."""

    reason: str
    sample: str


FrameEvent = Accepted | Rejected


def sample_of(raw: bytes) -> str:
    """A short printable excerpt of raw bytes for logs and screens: controls become escapes."""
    text = raw[:SAMPLE_BYTES].decode("utf-8", "backslashreplace")
    shown = "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
    return shown + ("..." if len(raw) > SAMPLE_BYTES else "")


class Framer:
    """Splits a scanner's byte stream into Accepted codes and Rejected lines.

    Feed it whatever each read returned (any split, any joining) with feed(); call flush() when
    the port closes. Rules, in order:

    - A line ends with the suffix. "auto": CR, LF or CRLF each end a line, and a CRLF is one
      ending even when CR and LF arrive in different reads. "CR", "LF", "CRLF", "TAB": only that
      suffix ends a line; any other control byte (a lone CR in CRLF mode, say) stays in the
      line and makes it rejected.
    - Empty lines are ignored silently (also lines that held nothing but the prefix / AIM id).
    - The configured prefix is stripped when the line starts with it; a line without it is
      taken as it is. Then, with strip_aim_id, an AIM symbology identifier ("]" + letter +
      modifier, such as "]E0", "]C1", "]Q1") is stripped when present. Both are stripped from
      the raw bytes before any check, so a control-character prefix such as STX works.
    - A code is text: any control byte (0x00-0x1F, 0x7F) -> "non-printable characters";
      bytes that are not UTF-8 -> "not valid text"; a decoded character that is not printable
      (str.isprintable: C1 controls, format characters, separators other than the plain
      space) -> "non-printable characters". Printable non-ASCII characters are allowed (QR
      codes carry UTF-8 text). A code is passed on exactly as scanned, spaces included;
      normalising it is the domain's job.
    - A code has at most max_length characters, else "too long". The buffer never grows past
      what max_length characters can take (4 bytes each, plus the prefix and AIM id): from
      there the line is discarded up to the next suffix and rejected once, as soon as it
      overflows.
    - flush() reports a partial line as "incomplete code when the scanner disconnected" (never
      as a code) and resets the framer so it can serve the next connection.
    """

    def __init__(
        self,
        suffix: str = "auto",
        prefix: str = "",
        strip_aim_id: bool = False,
        max_length: int = 128,
    ) -> None:
        if suffix not in SUFFIX_MODES:
            raise ValueError(f"suffix must be one of {', '.join(SUFFIX_MODES)}, not {suffix!r}")
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self.suffix = suffix
        self.prefix = prefix.encode("utf-8")
        self.strip_aim_id = strip_aim_id
        self.max_length = max_length
        self.limit = (
            max_length * MAX_UTF8_BYTES_PER_CHAR
            + len(self.prefix)
            + (AIM_ID_BYTES if strip_aim_id else 0)
        )
        self._special = _SPECIAL[suffix]
        self._buffer = bytearray()
        self._discarding = False  # inside an over-long line, already rejected
        self._skip_lf = False  # "auto": the last line ended with CR; a LF now completes CRLF
        self._pending_cr = False  # "CRLF": the data ended with CR; is the next byte LF?
        self._events: list[FrameEvent] = []

    @classmethod
    def from_config(cls, config: ScannerConfig) -> Framer:
        """A framer with a scanner's suffix, prefix, AIM id and length settings."""
        return cls(config.suffix, config.prefix, config.strip_aim_id, config.max_length)

    def feed(self, data: bytes) -> list[FrameEvent]:
        """Take the next bytes read from the port; return the codes and rejections they end."""
        position, end = 0, len(data)
        while position < end:
            if self._pending_cr:
                self._pending_cr = False
                if data[position] == LF:
                    position += 1
                    self._end_line()
                    continue
                self._append(b"\r")  # a lone CR is part of the line
            if self._skip_lf:
                self._skip_lf = False
                if data[position] == LF:
                    position += 1
                    continue
            found = self._special.search(data, position)
            if found is None:
                self._append(data[position:])
                break
            index = found.start()
            self._append(data[position:index])
            position = index + 1
            if self.suffix == "CRLF":
                if position == end:
                    self._pending_cr = True
                elif data[position] == LF:
                    position += 1
                    self._end_line()
                else:
                    self._append(b"\r")
            else:
                self._end_line()
                self._skip_lf = self.suffix == "auto" and data[index] == CR
        return self._take_events()

    def flush(self) -> list[FrameEvent]:
        """The port closed: reject a partial line, and start afresh for the next connection."""
        if self._pending_cr:
            self._append(b"\r")
        if self._buffer and not self._discarding:
            self._events.append(Rejected(INCOMPLETE, sample_of(bytes(self._buffer))))
        self._buffer.clear()
        self._discarding = self._skip_lf = self._pending_cr = False
        return self._take_events()

    def _take_events(self) -> list[FrameEvent]:
        events, self._events = self._events, []
        return events

    def _append(self, chunk: bytes) -> None:
        if self._discarding or not chunk:
            return
        if len(self._buffer) + len(chunk) > self.limit:
            seen = bytes(self._buffer) + chunk[: SAMPLE_BYTES + 1]
            self._events.append(Rejected(TOO_LONG, sample_of(seen)))
            self._buffer.clear()
            self._discarding = True
            return
        self._buffer += chunk

    def _end_line(self) -> None:
        line = bytes(self._buffer)
        self._buffer.clear()
        if self._discarding:
            self._discarding = False
            return
        event = self.check_line(line)
        if event is not None:
            self._events.append(event)

    def check_line(self, line: bytes) -> FrameEvent | None:
        """Judge one complete line (without its suffix); None for a line with nothing in it."""
        body = line
        if self.prefix and body.startswith(self.prefix):
            body = body[len(self.prefix) :]
        if self.strip_aim_id and _AIM_ID.match(body):
            body = body[AIM_ID_BYTES:]
        if not body:
            return None
        if _CONTROL_BYTES.search(body):
            return Rejected(NON_PRINTABLE, sample_of(line))
        try:
            code = body.decode("utf-8")
        except UnicodeDecodeError:
            return Rejected(NOT_TEXT, sample_of(line))
        if not code.isprintable():
            return Rejected(NON_PRINTABLE, sample_of(line))
        if len(code) > self.max_length:
            return Rejected(TOO_LONG, sample_of(line))
        return Accepted(code)


class RepeatFilter:
    """Drops a repeat of the same code within a time window, so a double scan is one scan.

    The window counts from the last time the code was let through, not from its last repeat:
    a scanner in continuous mode held over one card gives that code once per window rather
    than never again. Each code keeps its own window, so a different code in between does not
    reset what counts as a repeat: A, B, A within the window gives A, B (a double read with
    a stray code in between is still one scan of A). Codes older than the window are
    forgotten, so memory stays small. A window of 0 lets everything through.
    """

    def __init__(self, window_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        if window_s < 0:
            raise ValueError("window_s must not be negative")
        self.window_s = window_s
        self.clock = clock
        self._passed: dict[str, float] = {}  # code -> when it was last let through

    def accept(self, code: str) -> bool:
        """True when the code should be passed on, False for a repeat within the window."""
        now = self.clock()
        self._passed = {
            seen: when for seen, when in self._passed.items() if now - when < self.window_s
        }
        if code in self._passed:
            return False
        if self.window_s > 0:
            self._passed[code] = now
        return True
