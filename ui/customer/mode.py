"""Customer mode: the screens a shopper sees, from the start screen to a printed voucher."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services.staff import is_staff_card
from kiosk.views import MemberView
from ui.customer.demo import demo_cards
from ui.customer.host import Choice
from ui.customer.identify import IdentifyFlow
from ui.customer.redeem import RedeemFlow
from ui.customer.session import Session
from ui.devices import KioskDevices
from ui.i18n import LanguageSwitcher
from ui.shell.health import DeviceHealth
from ui.shell.worker import Owner, Worker
from ui.sounds import Cues
from ui.texts import problem_text, problem_title, use_shop
from ui.window import KioskWindow

if TYPE_CHECKING:
    from ui.customer.enrol import EnrolFlow

log = logging.getLogger("kiosk.ui")

COUNTDOWN_S = 10
SLOW_LOOKUP_MS = 300
PRINT_HOLD_S = 90  # the printing screen waits this long for the printer before the clock runs


class CustomerMode(QObject):
    """Connects the customer screens to the worker; forgets the customer on leave()."""

    def __init__(
        self,
        window: KioskWindow,
        worker: Worker,
        context: Callable[[], Context],
        devices: KioskDevices,
        health: DeviceHealth,
        switcher: LanguageSwitcher,
        cues: Cues,
        staff_requested: Callable[[str | None], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self._context = context
        self.devices = devices
        self.health = health
        self.switcher = switcher
        self.cues = cues
        self.staff_requested = staff_requested
        ui = context().config.ui
        self.default_language = ui.language if ui.language in ui.languages else ui.languages[0]
        self.session = Session()
        self.owner = Owner("customer")
        self.language_chosen = False
        self.printing_since: float | None = None
        self.slow_timer = QTimer(self)
        self.slow_timer.setSingleShot(True)
        self.slow_timer.setInterval(SLOW_LOOKUP_MS)
        self.slow_timer.timeout.connect(self._show_looking_up)
        self.identify = IdentifyFlow(self, self.enrol_card)
        self._enrolment: EnrolFlow | None = None
        self.redeem = RedeemFlow(self, self.leave)
        self._connect()

    @property
    def enrolment(self) -> EnrolFlow:
        """Self-enrolment, with its form's module, loaded when a new card first asks for it."""
        if self._enrolment is None:
            from ui.customer.enrol import EnrolFlow

            self._enrolment = EnrolFlow(self, self.identify.identified)
        return self._enrolment

    # --- what the flows use ---------------------------------------------------------------------

    @property
    def ctx(self) -> Context:
        return self._context()

    @property
    def language(self) -> str:
        return self.switcher.language

    def submit(self, function: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[KioskError], None] | None = None,
               on_progress: Callable[[str], None] | None = None,
               slow_note: bool = False) -> None:
        """Run a job for the customer in front of the kiosk; dropped once they have gone."""
        if slow_note:
            self.slow_timer.start()
        self.worker.submit(self.owner, function, *args,
                           on_done=self._settled(on_done), on_error=self._settled(on_error),
                           on_progress=on_progress)

    def _settled(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def call(result: Any) -> None:
            self.slow_timer.stop()
            if callback is not None:
                callback(result)

        return call

    def show_member(self, view: MemberView) -> None:
        self.session = Session(member=view)
        if not self.language_chosen and view.language in self.ctx.config.ui.languages:
            self._switch_language(view.language)
        self.window.member.show_member(view, self.language)
        self.window.show_screen(self.window.member)
        self._show_printer_notice()
        if not self.health.printer_ready:
            self.health.check_printer()

    def message(self, icon: str, title: Callable[[], str], body: Callable[[], str],
                choices: list[Choice], busy: bool = False) -> None:
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

    def problem(self, problem: KioskError, choices: list[Choice]) -> None:
        icon = "!" if problem.code != "database" else "…"
        self.message(icon, lambda: problem_title(problem), lambda: problem_text(problem), choices)

    def _show_looking_up(self) -> None:
        self.message("", lambda: self.tr("Looking you up…"), lambda: "", [], busy=True)

    # --- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        w = self.window
        w.attract.phone_requested.connect(self.identify.open_phone_screen)
        w.attract.language_chosen.connect(self.choose_language)
        w.attract.high_contrast_toggled.connect(lambda on: w.set_display(on, w.large_text))
        w.attract.large_text_toggled.connect(lambda on: w.set_display(w.high_contrast, on))
        w.attract.demo_scan.connect(self._demo_scan)
        w.attract.logo.held.connect(lambda: self.staff_requested(None))
        # each screen is made at its first use: its signals are joined up then
        w.when_built("phone", self._connect_phone)
        w.when_built("enrol", self._connect_enrol)
        w.when_built("member", self._connect_member)
        w.when_built("donate", self._connect_donate)
        w.when_built("confirm", self._connect_confirm)
        w.when_built("result", self._connect_result)
        self.health.changed.connect(self.show_device_problems)

    def _connect_phone(self, phone: Any) -> None:
        phone.submitted.connect(self.identify.phone)
        phone.cancelled.connect(self.reset)

    def _connect_enrol(self, enrol: Any) -> None:
        enrol.submitted.connect(self.enrolment.submit)
        enrol.cancelled.connect(self.reset)

    def _connect_member(self, member: Any) -> None:
        member.set_languages(self.ctx.config.ui.languages)
        member.reward_chosen.connect(self.redeem.choose_reward)
        member.donate_requested.connect(self.redeem.open_causes)
        member.done.connect(self.leave)
        member.language_chosen.connect(self.choose_language)

    def _connect_donate(self, donate: Any) -> None:
        donate.chosen.connect(self.redeem.choose_donation)
        donate.cancelled.connect(self.redeem.back_to_member)

    def _connect_confirm(self, confirm: Any) -> None:
        confirm.confirmed.connect(self.redeem.confirmed)
        confirm.cancelled.connect(self.redeem.back_to_member)

    def _connect_result(self, result: Any) -> None:
        result.more.connect(self.redeem.back_to_member)
        result.done.connect(self.leave)

    def start(self) -> None:
        """The start screen in the shop's language, with the demo cards where there are some."""
        store = self.ctx.config.store
        use_shop(store.currency, store.minor_digits, store.country_code, store.time_zone)
        self._switch_language(self.default_language)
        if self.devices.simulate_scan is not None:
            self.window.attract.set_demo_cards(demo_cards(self.ctx))
        self.show_device_problems()
        self.window.show_screen(self.window.attract)

    # --- the mode interface -------------------------------------------------------------------

    def scanned(self, code: str) -> None:
        """A card from a serial scanner or a keyboard wedge."""
        w = self.window
        if is_staff_card(code):
            if w.current() in (w.attract, w.message, w.member, w.phone, w.result):
                self.staff_requested(code)
            return
        if w.current() not in (w.attract, w.message, w.member, w.phone, w.result):
            return
        if w.current() is not w.attract:
            self.reset()
        self.identify.card(code)

    def misread(self, reason: str) -> None:
        """The scanner sent something that is not a code."""
        w = self.window
        if w.current() not in (w.attract, w.message, w.member):
            return
        log.info("Scan rejected: %s", reason)
        self.cues.play("bad")
        self.message("!", lambda: self.tr("That scan did not read right"),
                     lambda: self.tr("Please scan your card again, holding it steady."),
                     [("ok", self.reset)])

    def touched(self) -> None:
        """Nothing more than the shell's idle clock needs."""

    def leave(self) -> None:
        """Done or idle: the start screen first, then forget the customer, language and display."""
        self.language_chosen = False
        self._forget(self.default_language)
        w = self.window
        if (w.high_contrast, w.large_text) != (w.options.high_contrast, w.options.large_text):
            w.set_display(w.options.high_contrast, w.options.large_text)

    def idle_policy(self) -> tuple[int, int]:
        return self.ctx.config.ui.idle_timeout_s, COUNTDOWN_S

    def resting(self) -> bool:
        w = self.window
        if w.current() is w.printing:
            if self.printing_since is None:
                self.printing_since = time.monotonic()
            return time.monotonic() - self.printing_since < PRINT_HOLD_S
        self.printing_since = None
        display_changed = (w.high_contrast, w.large_text) != (
            w.options.high_contrast, w.options.large_text)
        return w.current() is w.attract and not self.language_chosen and not display_changed

    def show_countdown(self, seconds: int) -> None:
        countdown = self.window.countdown
        if seconds <= 0:
            countdown.hide()
            return
        countdown.setText(
            self.tr("Back to the start in %n s. Touch the screen to stay.", "", seconds))
        countdown.setAccessibleName(countdown.text())
        countdown.show()

    # --- start screen, language, reset --------------------------------------------------------

    def reset(self) -> None:
        """Back to the start screen with nothing of the last customer left anywhere."""
        self._forget(self.language if self.language_chosen else self.default_language)

    def _forget(self, language: str) -> None:
        """Show the start screen at once, then clear every other screen while it is hidden."""
        self.owner.end()
        self.owner = Owner("customer")
        self.slow_timer.stop()
        self.session = Session()
        w = self.window
        w.countdown.hide()
        w.notice.hide()
        w.show_screen(w.attract)
        self._switch_language(language)
        for screen in w.built_screens():
            if screen is not w.attract and not screen.objectName().startswith("staff"):
                screen.clear()  # the staff screens are staff mode's to clear

    def choose_language(self, code: str) -> None:
        self.language_chosen = True
        self._switch_language(code)

    def use_default_language(self) -> None:
        """The shop's own language (staff screens speak it, whatever the customer chose)."""
        self.language_chosen = False
        self._switch_language(self.default_language)

    def _switch_language(self, code: str) -> None:
        self.switcher.switch(code)
        self.window.attract.set_language(code)
        self.show_device_problems()  # its lines are sentences in the screen's language

    def enrol_card(self, card: str) -> None:
        self.enrolment.start(card)

    def _demo_scan(self, code: str) -> None:
        if self.devices.simulate_scan is not None:
            self.devices.simulate_scan(code)

    def show_device_problems(self) -> None:
        problems = []
        for name, state in sorted(self.health.scanner_states.items()):
            if state == "disconnected":
                problems.append(self.tr("Scanner %1 is not connected").replace("%1", name))
        problem = self.health.printer_problem
        if problem == "paper_out":
            problems.append(self.tr("Printer: out of paper"))
        elif problem == "cover_open":
            problems.append(self.tr("Printer: cover open"))
        elif problem:
            problems.append(self.tr("Printer: not ready"))
        self.window.attract.set_device_problems(problems)
        self._show_printer_notice()

    def _show_printer_notice(self) -> None:
        """While a member is shown and the printer cannot print, say so above every screen."""
        notice = self.window.notice
        shown = self.session.member is not None and not self.health.printer_ready
        if shown:
            text = self.tr("Vouchers cannot be printed right now. Please ask a member of staff.")
            notice.setText(text)
            notice.setAccessibleName(text)
        notice.setVisible(shown)
