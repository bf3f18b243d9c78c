"""The back office's one mode: the staff desk, logged out after the configured quiet time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.staff.desk import StaffDesk

COUNTDOWN_S = 30
NEVER_S = 10**9  # the login screen waits as long as it is left


class BackOfficeMode:
    """The shell's Mode over the staff desk: no customer screen to go back to, so idling logs
    the person out to the login screen after lock_s (the last COUNTDOWN_S counted down)."""

    def __init__(self, desk: StaffDesk, lock_s: int) -> None:
        self.desk = desk
        self.lock_s = lock_s

    def scanned(self, code: str) -> None:
        self.desk.scanned(code)

    def misread(self, reason: str) -> None:
        self.desk.misread(reason)

    def touched(self) -> None:
        self.desk.touched()

    def leave(self) -> None:
        if self.desk.session is not None:
            self.desk.log_out("idle")

    def idle_policy(self) -> tuple[int, int]:
        if self.desk.session is None:
            return NEVER_S, 0
        return self.lock_s, min(COUNTDOWN_S, self.lock_s // 2)

    def resting(self) -> bool:
        return self.desk.session is None

    def show_countdown(self, seconds: int) -> None:
        self.desk.show_countdown(seconds)
