"""The customer journey: scans and taps in, background jobs out, a screen for each result."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services import journey
from kiosk.services.members import member_view
from kiosk.services.staff import is_staff_card
from kiosk.views import MemberView, localized
from ui.bridge import ScannerBridge
from ui.devices import KioskDevices
from ui.i18n import LanguageSwitcher
from ui.screens.enrol import EnrolForm
from ui.sounds import Cues
from ui.staff.desk import StaffDesk
from ui.texts import problem_text, problem_title, use_shop
from ui.wedge import KeyboardWedge
from ui.window import ActivityWatch, KioskWindow
from ui.worker import Worker

log = logging.getLogger("kiosk.ui")

COUNTDOWN_S = 10
SLOW_LOOKUP_MS = 300
PRINTER_POLL_MS = 30_000
ENROL_STEPS = {
    "name_missing": "name",
    "name_too_long": "name",
    "phone_invalid": "phone",
    "phone_exists": "phone",
    "birthday_invalid": "birthday",
    "pin_invalid": "pin",
}


@dataclass
class Session:
    """Everything the kiosk knows about the customer in front of it; dropped on reset."""

    member: MemberView | None = None
    choice_kind: str = ""
    choice_id: int = 0
    choice_points: int = 0
    idempotency_key: str = ""


class Journey(QObject):
    """Connects screens, scanners, the worker and the idle timer."""

    def __init__(
        self,
        window: KioskWindow,
        worker: Worker,
        ctx: Context,
        devices: KioskDevices,
        switcher: LanguageSwitcher,
        cues: Cues,
        prepare_context: Callable[[Context], Context] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.ctx = ctx
        self.devices = devices
        self.switcher = switcher
        self.cues = cues
        ui = ctx.config.ui
        self.default_language = ui.language if ui.language in ui.languages else ui.languages[0]
        self.idle_timeout_s = ui.idle_timeout_s
        self.session = Session()
        self.generation = 0
        self.language_chosen = False
        self.remaining_s = self.idle_timeout_s
        self.scanner_states: dict[str, str] = {}
        self.printer_problem = ""
        self.bridge = ScannerBridge(self)
        self.wedge = KeyboardWedge()
        self.activity = ActivityWatch()
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(1000)
        self.idle_timer.timeout.connect(self._tick)
        self.slow_timer = QTimer(self)
        self.slow_timer.setSingleShot(True)
        self.slow_timer.setInterval(SLOW_LOOKUP_MS)
        self.slow_timer.timeout.connect(self._show_looking_up)
        self.printer_timer = QTimer(self)
        self.printer_timer.setInterval(PRINTER_POLL_MS)
        self.printer_timer.timeout.connect(self.check_printer)
        self.base_ctx = ctx
        self.prepare_context = prepare_context or (lambda context: context)
        self.desk = StaffDesk(
            window.staff, worker, ctx, devices,
            show=window.show_screen, leave=self.finish, exit_program=self.exit_kiosk,
            prepare_context=self.prepare_context, rules_changed=self.refresh_rules,
            entered=lambda: self.switcher.switch(self.default_language),
            scanner_states=self.scanner_states,
        )
        window.add_screen(self.desk.area)
        self._connect()

    # --- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        w = self.window
        self.bridge.code_read.connect(lambda _name, code: self.scanned(code))
        self.bridge.code_rejected.connect(lambda _name, reason, _sample: self.misread(reason))
        self.bridge.state_changed.connect(self._scanner_state)
        self.wedge.scanned.connect(self.scanned)
        self.wedge.typed.connect(self._typed)
        self.activity.touched.connect(self.touched)
        w.attract.phone_requested.connect(self._phone)
        w.attract.language_chosen.connect(self.choose_language)
        w.attract.high_contrast_toggled.connect(
            lambda on: w.set_display(on, w.large_text))
        w.attract.large_text_toggled.connect(lambda on: w.set_display(w.high_contrast, on))
        w.attract.demo_scan.connect(self._demo_scan)
        w.phone.submitted.connect(self.look_up_phone)
        w.phone.cancelled.connect(self.reset)
        w.enrol.submitted.connect(self.enrol)
        w.enrol.cancelled.connect(self.reset)
        w.member.reward_chosen.connect(self.choose_reward)
        w.member.donate_requested.connect(self._donate)
        w.member.done.connect(self.finish)
        w.member.language_chosen.connect(self.choose_language)
        w.donate.chosen.connect(self.choose_donation)
        w.donate.cancelled.connect(self.back_to_member)
        w.confirm.confirmed.connect(self.confirmed)
        w.confirm.cancelled.connect(self.back_to_member)
        w.result.more.connect(self.back_to_member)
        w.result.done.connect(self.finish)
        w.attract.logo.held.connect(self.desk.begin)

    def start(self) -> None:
        """Show the attract screen, start the scanners, the idle timer and printer checks."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.wedge)
            app.installEventFilter(self.activity)
        store = self.ctx.config.store
        use_shop(store.currency, store.minor_digits, store.country_code, store.time_zone)
        self.window.member.set_languages(self.ctx.config.ui.languages)
        self.switcher.switch(self.default_language)
        self.window.attract.set_language(self.default_language)
        if self.devices.simulate_scan is not None:
            self.window.attract.set_demo_cards(demo_cards(self.ctx))
        for name in self.devices.scanner_names:
            self.scanner_states[name] = "connecting"
        self.bridge.start(self.devices)
        self.window.show_screen(self.window.attract)
        self.idle_timer.start()
        self.printer_timer.start()
        self.check_printer()

    def stop(self) -> None:
        """Stop scanners and timers (the worker is stopped by its owner)."""
        self.idle_timer.stop()
        self.printer_timer.stop()
        self.slow_timer.stop()
        self.bridge.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
            app.removeEventFilter(self.activity)

    def _guard(self, callback: Callable[..., None]) -> Callable[..., None]:
        """Drop a job's result if the customer has gone (reset) in the meantime."""
        generation = self.generation

        def call(*args: Any) -> None:
            if generation == self.generation:
                callback(*args)

        return call

    # --- identify -----------------------------------------------------------------------------

    def scanned(self, code: str) -> None:
        """A card from a serial scanner or a keyboard wedge."""
        w = self.window
        if w.current() in (w.staff, self.desk.area):
            if self.desk.active:
                self.desk.scanned(code)
            elif is_staff_card(code):
                self.desk.begin(card=code)
            return
        if is_staff_card(code):
            if w.current() in (w.attract, w.message, w.member, w.phone, w.result):
                self.desk.begin(card=code)
            return
        if w.current() not in (w.attract, w.message, w.member, w.phone, w.result):
            return
        if w.current() is not w.attract:
            self.reset()
        self.slow_timer.start()
        self.worker.submit(
            journey.member_by_card, self.ctx, code,
            on_done=self._guard(self._identified),
            on_error=self._guard(lambda problem: self._not_identified(problem, code)),
        )

    def misread(self, reason: str) -> None:
        """The scanner sent something that is not a code."""
        w = self.window
        if w.current() is self.desk.area:
            self.desk.misread(reason)
            return
        if w.current() not in (w.attract, w.message, w.member):
            return
        log.info("Scan rejected: %s", reason)
        self.cues.play("bad")
        self._message("!", lambda: self.tr("That scan did not read right"),
                      lambda: self.tr("Please scan your card again, holding it steady."),
                      [("ok", self.reset)])

    def look_up_phone(self, digits: str, pin: object) -> None:
        self.slow_timer.start()
        self.worker.submit(
            journey.member_by_phone, self.ctx, digits, pin,
            on_done=self._guard(self._identified),
            on_error=self._guard(self._phone_failed),
        )

    def _identified(self, view: MemberView) -> None:
        self.slow_timer.stop()
        self.cues.play("good")
        self.session = Session(member=view)
        if not self.language_chosen and view.language in self.ctx.config.ui.languages:
            self.switcher.switch(view.language)
            self.window.attract.set_language(view.language)
        self.window.member.show_member(view, self.switcher.language)
        self.window.show_screen(self.window.member)

    def _not_identified(self, problem: KioskError, code: str) -> None:
        self.slow_timer.stop()
        if problem.reason == "card_unknown":
            self.cues.play("good")
            self._message(
                "★", lambda: self.tr("Welcome! This card is new"),
                lambda: self.tr("Join our loyalty programme in a minute and start "
                                "collecting points today."),
                [("join", lambda: self._start_enrolment(code)), ("not_now", self.reset)],
            )
            return
        self.cues.play("bad")
        self._problem(problem, [("ok", self.reset)])

    def _phone_failed(self, problem: KioskError) -> None:
        self.slow_timer.stop()
        self.cues.play("bad")
        if problem.reason in ("phone_unknown", "phone_invalid", "pin_wrong", "pin_required",
                              "pin_invalid", "phone_or_pin_unknown"):
            self.window.show_screen(self.window.phone)
            self.window.phone.show_problem(
                problem_title(problem) + ". " + problem_text(problem),
                back_to_pin=problem.reason not in ("phone_unknown", "phone_invalid",
                                                   "phone_or_pin_unknown"),
            )
            return
        self._problem(problem, [("ok", self.reset)])

    def _show_looking_up(self) -> None:
        self._message("", lambda: self.tr("Looking you up…"), lambda: "", [], busy=True)

    # --- enrol --------------------------------------------------------------------------------

    def _start_enrolment(self, card: str) -> None:
        self.window.enrol.start(card, self.switcher.language,
                                self.ctx.config.security.phone_lookup_pin)
        self.window.show_screen(self.window.enrol)

    def enrol(self, form: EnrolForm) -> None:
        self.slow_timer.start()
        self.worker.submit(
            journey.enrol_member, self.ctx, form.card, form.name, form.phone, form.birthday,
            self.switcher.language, form.marketing_consent, form.pin,
            on_done=self._guard(self._enrolled),
            on_error=self._guard(self._enrol_failed),
        )

    def _enrolled(self, view: MemberView) -> None:
        self.slow_timer.stop()
        self.cues.play("good")
        self.window.enrol.show_welcome(view, lambda: self._identified(view))
        self.window.show_screen(self.window.enrol)

    def _enrol_failed(self, problem: KioskError) -> None:
        self.slow_timer.stop()
        self.cues.play("bad")
        step = ENROL_STEPS.get(problem.reason)
        if step is not None:
            self.window.show_screen(self.window.enrol)
            self.window.enrol.show_step(step, problem_text(problem))
            return
        self._problem(problem, [("ok", self.reset)])

    # --- redeem and donate --------------------------------------------------------------------

    def choose_reward(self, reward_id: int) -> None:
        member = self.session.member
        option = next((r for r in member.rewards if r.id == reward_id), None) if member else None
        if member is None or option is None or not journey.may_spend(member):
            return
        name, description = localized(option, self.switcher.language)
        self.session.choice_kind, self.session.choice_id = "reward", reward_id
        self.session.choice_points = option.cost
        self.session.idempotency_key = f"kiosk-{uuid.uuid4()}"
        self.window.confirm.ask("reward", name, description, option.cost, member.balance)
        self.window.show_screen(self.window.confirm)

    def _donate(self) -> None:
        if self.session.member is not None and journey.may_spend(self.session.member):
            self.window.donate.show_causes(self.session.member, self.switcher.language)
            self.window.show_screen(self.window.donate)

    def choose_donation(self, cause_id: int, amount: int) -> None:
        member = self.session.member
        cause = next((c for c in member.causes if c.id == cause_id), None) if member else None
        if member is None or cause is None:
            return
        name, description = localized(cause, self.switcher.language)
        self.session.choice_kind, self.session.choice_id = "donation", cause_id
        self.session.choice_points = amount
        self.session.idempotency_key = f"kiosk-{uuid.uuid4()}"
        self.window.confirm.ask("donation", name, description, amount, member.balance)
        self.window.show_screen(self.window.confirm)

    def confirmed(self) -> None:
        member, session = self.session.member, self.session
        if member is None:
            return
        printing = self.window.printing
        printing.begin("voucher" if session.choice_kind == "reward" else "donation")
        self.window.show_screen(printing)
        if session.choice_kind == "reward":
            self.worker.submit(
                journey.redeem_and_print, self.ctx, self.devices.printer,
                self.devices.render_preview, member.member_id, session.choice_id,
                session.idempotency_key,
                on_done=self._guard(self._redeemed),
                on_error=self._guard(self._choice_failed),
                on_progress=self._guard(printing.set_step),
            )
        else:
            self.worker.submit(
                journey.donate_and_print, self.ctx, self.devices.printer,
                self.devices.render_preview, member.member_id, session.choice_id,
                session.choice_points, session.idempotency_key,
                on_done=self._guard(self._donated),
                on_error=self._guard(self._choice_failed),
                on_progress=self._guard(printing.set_step),
            )

    def _redeemed(self, outcome: journey.Redeemed) -> None:
        self.session.member = outcome.member
        option = next((r for r in outcome.member.rewards if r.id == outcome.voucher.reward_id),
                      None)
        name = (localized(option, self.switcher.language)[0] if option
                else outcome.voucher.reward_name)
        self._after_print(outcome.outcome)
        self.window.result.show_result(
            "voucher", name, outcome.outcome.printed, outcome.outcome.problem,
            outcome.voucher.display_code, outcome.voucher.points, outcome.voucher.balance,
            outcome.outcome.preview_png,
        )
        self.window.member.show_member(outcome.member, self.switcher.language)
        self.window.show_screen(self.window.result)

    def _donated(self, outcome: journey.Donated) -> None:
        self.session.member = outcome.member
        cause = next((c for c in outcome.member.causes if c.id == outcome.donation.cause_id),
                     None)
        name = localized(cause, self.switcher.language)[0] if cause else outcome.donation.cause
        self._after_print(outcome.outcome)
        self.window.result.show_result(
            "donation", name, outcome.outcome.printed, outcome.outcome.problem, "",
            outcome.donation.points, outcome.donation.balance, outcome.outcome.preview_png,
        )
        self.window.member.show_member(outcome.member, self.switcher.language)
        self.window.show_screen(self.window.result)

    def _after_print(self, outcome: journey.PrintOutcome) -> None:
        self.cues.play("good" if outcome.printed else "bad")
        self.printer_problem = "" if outcome.printed else outcome.problem
        self._show_device_problems()

    def _choice_failed(self, problem: KioskError) -> None:
        self.cues.play("bad")
        self._problem(problem, [("back", self.back_to_member), ("done", self.finish)])

    def back_to_member(self) -> None:
        member = self.session.member
        if member is None:
            self.reset()
            return
        self.slow_timer.start()
        self.worker.submit(
            member_view, self.ctx, member.member_id,
            on_done=self._guard(self._refreshed),
            on_error=self._guard(lambda problem: self._problem(problem, [("ok", self.reset)])),
        )

    def _refreshed(self, view: MemberView) -> None:
        self.slow_timer.stop()
        self.session.member = view
        self.window.member.show_member(view, self.switcher.language)
        self.window.show_screen(self.window.member)

    # --- messages -----------------------------------------------------------------------------

    def _problem(self, problem: KioskError, choices: list[tuple[str, Callable[[], None]]]) -> None:
        icon = "!" if problem.code != "database" else "…"
        self._message(icon, lambda: problem_title(problem), lambda: problem_text(problem), choices)

    def _message(
        self,
        icon: str,
        title: Callable[[], str],
        body: Callable[[], str],
        choices: list[tuple[str, Callable[[], None]]],
        busy: bool = False,
    ) -> None:
        screen = self.window.message

        def fill() -> None:
            captions = {
                "ok": (self.tr("OK"), "primary"),
                "join": (self.tr("Join now"), "primary"),
                "not_now": (self.tr("Not now"), ""),
                "back": (self.tr("Back to my rewards"), ""),
                "done": (self.tr("Done"), "primary"),
            }
            screen.show_message(
                icon, title(), body(),
                [(captions[key][0], captions[key][1], action) for key, action in choices],
                busy=busy, refill=fill,
            )

        fill()
        self.window.show_screen(screen)

    # --- idle, language, devices --------------------------------------------------------------

    def touched(self) -> None:
        self.remaining_s = self.idle_timeout_s
        if self.desk.active:
            self.desk.touched()
        if self.window.countdown.isVisible():
            self.window.countdown.hide()

    def _tick(self) -> None:
        w = self.window
        if self.worker.busy or w.current() in (w.printing, self.desk.area):
            self.remaining_s = self.idle_timeout_s
            return
        self.remaining_s -= 1
        at_rest = w.current() is w.attract and not self.language_chosen and not (
            w.high_contrast != w.options.high_contrast or w.large_text != w.options.large_text
        )
        if at_rest:
            self.remaining_s = self.idle_timeout_s
            return
        if self.remaining_s <= 0:
            self.finish()
            return
        if self.remaining_s <= COUNTDOWN_S and w.current() is not w.attract:
            w.countdown.setText(
                self.tr("Back to the start in %n s. Touch the screen to stay.", "",
                        self.remaining_s)
            )
            w.countdown.setAccessibleName(w.countdown.text())
            w.countdown.show()

    def reset(self) -> None:
        """Back to the attract screen with nothing of the last customer left anywhere."""
        self.generation += 1
        self.worker.forget()
        self.slow_timer.stop()
        self.session = Session()
        w = self.window
        for screen in w.screens():
            if screen is not w.attract:
                screen.clear()
        w.countdown.hide()
        self.remaining_s = self.idle_timeout_s
        w.show_screen(w.attract)
        if not self.language_chosen:
            self.switcher.switch(self.default_language)
            w.attract.set_language(self.default_language)

    def finish(self) -> None:
        """Done or idle: reset, and also forget the language and display choices."""
        self.reset()
        self.language_chosen = False
        self.switcher.switch(self.default_language)
        self.window.attract.set_language(self.default_language)
        self.window.set_display(self.window.options.high_contrast, self.window.options.large_text)

    def choose_language(self, code: str) -> None:
        self.language_chosen = True
        self.switcher.switch(code)
        self.window.attract.set_language(code)

    def _phone(self) -> None:
        self.window.phone.set_pin_required(self.ctx.config.security.phone_lookup_pin)
        self.window.phone.clear()
        self.window.show_screen(self.window.phone)

    def _typed(self, text: str) -> None:
        w = self.window
        if w.current() is w.phone:
            w.phone.type_digit(text)
        elif w.current() is w.staff:
            w.staff.type_digit(text)
        elif w.current() is w.enrol:
            w.enrol.type_digit(text)

    def _demo_scan(self, code: str) -> None:
        if self.devices.simulate_scan is not None:
            self.devices.simulate_scan(code)

    def _scanner_state(self, name: str, state: str, reason: str) -> None:
        self.scanner_states[name] = state
        if state == "disconnected":
            log.warning("Scanner %s disconnected: %s", name, reason)
        self._show_device_problems()

    def refresh_rules(self) -> None:
        """Read the programme rules in force now (saved on this kiosk or another one)."""
        self.worker.submit(self.prepare_context, self.base_ctx,
                           on_done=lambda ctx: setattr(self, "ctx", ctx))

    def check_printer(self) -> None:
        self.refresh_rules()
        if self.devices.printer is None:
            return
        self.worker.submit(journey.printer_status, self.devices.printer,
                           on_done=self._printer_status)

    def _printer_status(self, status: Any) -> None:
        if status is None:
            return
        if status.paper == "out":
            self.printer_problem = "paper_out"
        elif status.cover_open:
            self.printer_problem = "cover_open"
        elif status.online is False:
            self.printer_problem = status.detail or "offline"
        else:
            self.printer_problem = ""
        self._show_device_problems()

    def _show_device_problems(self) -> None:
        problems = []
        for name, state in sorted(self.scanner_states.items()):
            if state == "disconnected":
                problems.append(self.tr("Scanner %1 is not connected").replace("%1", name))
        if self.printer_problem == "paper_out":
            problems.append(self.tr("Printer: out of paper"))
        elif self.printer_problem == "cover_open":
            problems.append(self.tr("Printer: cover open"))
        elif self.printer_problem:
            problems.append(self.tr("Printer: not ready"))
        self.window.attract.set_device_problems(problems)

    # --- staff --------------------------------------------------------------------------------

    def exit_kiosk(self) -> None:
        self.window.allow_close = True
        self.window.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


def demo_cards(ctx: Context) -> list[tuple[str, str]]:
    """The featured demo members' cards, a new card, a misread scan and the demo manager's card."""
    from kiosk.cards import ean_check_digit
    from kiosk.demo_data import FEATURED

    cards = [(f"{name.split()[0]} · {card[-4:]}", card) for name, card, *_ in FEATURED]
    prefix = ctx.config.store.card_prefix
    body = (prefix + "0000009999")[:12]
    new_card = body + ean_check_digit(body)
    wrong = body + str((int(ean_check_digit(body)) + 1) % 10)
    from kiosk.demo_data import DEMO_STAFF

    staff_card = ("@staff", DEMO_STAFF[0][3])
    return [*cards, ("@unknown", new_card), ("@misread", wrong), staff_card]
