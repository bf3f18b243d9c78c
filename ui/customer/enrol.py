"""Self-enrolment of a new card at the kiosk, and the way back to the right step on a refusal."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.errors import KioskError
from kiosk.services import journey
from kiosk.views import MemberView
from ui.customer.host import CustomerHost
from ui.screens.enrol import EnrolForm
from ui.texts import problem_text

ENROL_STEPS = {
    "name_missing": "name",
    "name_too_long": "name",
    "name_invalid": "name",
    "phone_invalid": "phone",
    "phone_exists": "phone",
    "birthday_invalid": "birthday",
    "pin_invalid": "pin",
}


class EnrolFlow:
    """Opens the enrolment form for a card and saves it in the background."""

    def __init__(self, host: CustomerHost, enrolled: Callable[[MemberView], None]) -> None:
        self.host = host
        self.enrolled = enrolled

    def start(self, card: str) -> None:
        host = self.host
        host.window.enrol.start(card, host.language, host.ctx.config.security.phone_lookup_pin)
        host.window.show_screen(host.window.enrol)

    def submit(self, form: EnrolForm) -> None:
        host = self.host
        host.submit(journey.enrol_member, host.ctx, form.card, form.name, form.phone,
                    form.birthday, host.language, form.marketing_consent, form.pin,
                    slow_note=True, on_done=self._welcome, on_error=self._refused)

    def _welcome(self, view: MemberView) -> None:
        host = self.host
        host.cues.play("good")
        host.window.enrol.show_welcome(view, lambda: self.enrolled(view))
        host.window.show_screen(host.window.enrol)

    def _refused(self, problem: KioskError) -> None:
        host = self.host
        host.cues.play("bad")
        step = ENROL_STEPS.get(problem.reason)
        if step is not None:
            host.window.show_screen(host.window.enrol)
            host.window.enrol.show_step(step, problem_text(problem))
            return
        host.problem(problem, [("ok", host.reset)])
