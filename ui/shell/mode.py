"""The small interface both modes (customer and staff) offer the shell."""

from __future__ import annotations

from typing import Protocol


class Mode(Protocol):
    """What the shell hands a mode: codes, misreads, touches, and the end of a person's visit."""

    def scanned(self, code: str) -> None:
        """A code from a serial scanner or a keyboard-wedge burst."""

    def misread(self, reason: str) -> None:
        """The scanner sent something that is not a code."""

    def touched(self) -> None:
        """A person touched the screen or pressed a key."""

    def leave(self) -> None:
        """The person has gone (Done, or the idle clock ran out): forget them."""

    def idle_policy(self) -> tuple[int, int]:
        """Seconds without a touch before leave(), and how many of the last ones to count down."""

    def resting(self) -> bool:
        """True when nothing of a person is on screen, so the idle clock need not run."""

    def show_countdown(self, seconds: int) -> None:
        """Show the seconds left before leave(); 0 hides the countdown."""
