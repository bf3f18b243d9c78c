"""What every staff page shares: its permission, a status line, jobs through the desk, clearing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.money import parse_amount
from ui.screens.base import label, restyle
from ui.staff.density import at_desk
from ui.staff.problems import staff_problem_text

if TYPE_CHECKING:
    from ui.staff.host import StaffHost

# The on-screen input a field wants, read by the input dock: a property on the QLineEdit.
TEXT, NAME, EMAIL, DIGITS, AMOUNT, CODE = "text", "name", "email", "digits", "amount", "code"


def field(kind: str = TEXT, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    """A line edit that brings up the right on-screen keys when touched."""
    edit = QLineEdit()
    edit.setProperty("input", kind)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setMinimumHeight(26 if at_desk() else 48)
    return edit


def form() -> QFormLayout:
    """A two-column form with room for a finger."""
    layout = QFormLayout()
    layout.setVerticalSpacing(10)
    layout.setHorizontalSpacing(16)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return layout


class StaffPage(QWidget):
    """A page of the staff area. Subclasses set `permission` and fill the hooks."""

    permission = "purchase"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__()
        self.desk = desk
        self.status = label("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.status.setProperty("kind", "status")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 8, 16, 8)
        self.body.setSpacing(10)

    # --- hooks --------------------------------------------------------------------------------

    def nav_title(self) -> str:
        """The page's name in the navigation, translated."""
        raise NotImplementedError

    def opened(self) -> None:
        """The page was shown: load what it needs (through self.run)."""

    def scanned(self, code: str) -> bool:
        """A scan while this page is open; return True if the page used it."""
        return False

    def wants_scan(self, code: str) -> bool:
        """Whether a scan made on another page belongs here (the page is then opened with it)."""
        return False

    def clear(self) -> None:
        """The staff member logged out: forget everything the page showed."""
        self.set_status("")

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""

    # --- helpers ------------------------------------------------------------------------------

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KioskError], None] | None = None,
    ) -> None:
        """Run function(staff_ctx, *args) in the background; a problem goes to the status line."""
        self.desk.run(function, *args, on_done=on_done, on_error=on_error or self.show_problem)

    def amount(self, text: str) -> int:
        """A typed amount (12.50) in minor units; InvalidInput when it is not one."""
        return parse_amount(text, self.desk.ctx.config.store.minor_digits)

    def set_status(self, text: str, kind: str = "status") -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        restyle(self.status, kind)

    def show_problem(self, problem: KioskError) -> None:
        self.set_status(staff_problem_text(problem), "warning")

    def show_done(self, text: str) -> None:
        self.set_status(text, "ok")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading(text: str = "") -> QLabel:
    """A page heading."""
    return label("subtitle", text)
