"""What the customer flows may ask of the customer mode that holds them: a small protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.views import MemberView
from ui.customer.session import Session
from ui.devices import KioskDevices
from ui.shell.health import DeviceHealth
from ui.sounds import Cues
from ui.window import KioskWindow

Choice = tuple[str, Callable[[], None]]  # a message button: caption key, action


class CustomerHost(Protocol):
    """The customer mode as its flows see it."""

    window: KioskWindow
    cues: Cues
    health: DeviceHealth
    devices: KioskDevices
    session: Session

    @property
    def ctx(self) -> Context:
        """The context customer jobs run in (the programme rules in force)."""

    @property
    def language(self) -> str:
        """The language the screen speaks now."""

    def submit(self, function: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[KioskError], None] | None = None,
               on_progress: Callable[[str], None] | None = None,
               slow_note: bool = False) -> None:
        """Run a job for the customer in front of the kiosk; dropped when they have gone."""

    def show_member(self, view: MemberView) -> None:
        """Show (or show again) the member screen for this view."""

    def message(self, icon: str, title: Callable[[], str], body: Callable[[], str],
                choices: list[Choice], busy: bool = False) -> None:
        """A message screen that re-translates itself."""

    def problem(self, problem: KioskError, choices: list[Choice]) -> None:
        """A calm message for an expected problem."""

    def reset(self) -> None:
        """Back to the start screen, keeping the language the customer chose."""

    def leave(self) -> None:
        """The customer has gone: the start screen, default language and display."""
