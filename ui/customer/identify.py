"""Finding the customer: a scanned card or a typed phone number to the member screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.errors import KioskError
from kiosk.services import journey
from kiosk.views import MemberView
from ui.customer.host import CustomerHost
from ui.texts import problem_text, problem_title

log = logging.getLogger("kiosk.ui")

PHONE_PROBLEMS = ("phone_unknown", "phone_invalid", "pin_wrong", "pin_required", "pin_invalid",
                  "phone_or_pin_unknown")
NUMBER_PROBLEMS = ("phone_unknown", "phone_invalid", "phone_or_pin_unknown")  # back to the number


class IdentifyFlow(QObject):
    """Looks a customer up in the background and shows who they are, or why not."""

    def __init__(self, host: CustomerHost, enrol: Callable[[str], None]) -> None:
        super().__init__()
        self.host = host
        self.enrol = enrol

    def card(self, code: str) -> None:
        self.host.submit(journey.member_by_card, self.host.ctx, code, slow_note=True,
                         on_done=self.identified,
                         on_error=lambda problem: self._card_unknown(problem, code))

    def phone(self, digits: str, pin: object) -> None:
        self.host.submit(journey.member_by_phone, self.host.ctx, digits, pin, slow_note=True,
                         on_done=self.identified, on_error=self._phone_failed)

    def open_phone_screen(self) -> None:
        window = self.host.window
        window.phone.set_pin_required(self.host.ctx.config.security.phone_lookup_pin)
        window.phone.clear()
        window.show_screen(window.phone)

    def identified(self, view: MemberView) -> None:
        self.host.cues.play("good")
        self.host.show_member(view)

    def _card_unknown(self, problem: KioskError, code: str) -> None:
        host = self.host
        if problem.reason == "card_unknown":
            host.cues.play("good")
            host.message(
                "★", lambda: self.tr("Welcome! This card is new"),
                lambda: self.tr("Join our loyalty programme in a minute and start "
                                "collecting points today."),
                [("join", lambda: self.enrol(code)), ("not_now", host.reset)],
            )
            return
        host.cues.play("bad")
        host.problem(problem, [("ok", host.reset)])

    def _phone_failed(self, problem: KioskError) -> None:
        host = self.host
        host.cues.play("bad")
        if problem.reason in PHONE_PROBLEMS:
            host.window.show_screen(host.window.phone)
            host.window.phone.show_problem(
                problem_title(problem) + ". " + problem_text(problem),
                back_to_pin=problem.reason not in NUMBER_PROBLEMS,
            )
            return
        host.problem(problem, [("ok", host.reset)])
