"""What a staff page may ask of the staff mode that holds it: a small protocol, not the desk."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services.staff import StaffSession
from ui.devices import KioskDevices

PageT = TypeVar("PageT", bound=QWidget)  # a staff page


class StaffHost(Protocol):
    """The staff mode as its pages see it."""

    ctx: Context
    devices: KioskDevices
    scanner_states: Mapping[str, str]
    session: StaffSession | None

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KioskError], None] | None = None,
    ) -> None:
        """Run function(staff_ctx, *args) on the worker; results come back on the GUI thread."""

    def refresh_context(self) -> None:
        """The programme rules changed: read them again for the staff context."""

    def open_page(self, page_class: type[PageT]) -> PageT:
        """Show the page of that class (if the role allows it) and return it."""
