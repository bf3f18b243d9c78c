"""Tells a keyboard-wedge scanner's burst of keys from a person typing, by the keys' timing."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_LENGTH = 128


@dataclass
class Burst:
    """The printable keys seen so far, each no further than `max_gap_ms` from the one before."""

    max_gap_ms: float = 50
    min_length: int = 6
    chars: list[str] = field(default_factory=list)
    last_ms: float | None = None

    def key(self, text: str, at_ms: float) -> None:
        """A printable character typed at `at_ms`; a slow key starts a new burst."""
        if self.last_ms is None or at_ms - self.last_ms > self.max_gap_ms:
            self.chars.clear()
        self.last_ms = at_ms
        self.chars.append(text)
        if len(self.chars) > MAX_LENGTH:
            self.chars.clear()

    def end(self, at_ms: float) -> str | None:
        """A suffix key (Enter, Tab): the burst's code if it was fast and long enough."""
        code = "".join(self.chars)
        fast = self.last_ms is not None and at_ms - self.last_ms <= self.max_gap_ms
        self.reset()
        if fast and self.min_length <= len(code) <= MAX_LENGTH:
            return code
        return None

    def reset(self) -> None:
        self.chars.clear()
        self.last_ms = None

    @property
    def pending(self) -> str:
        return "".join(self.chars)
