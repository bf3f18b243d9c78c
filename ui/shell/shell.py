"""The shell: one worker, one idle clock, device health, the language and the input router,
with the customer mode and the staff mode over them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.context import Context
from kiosk.exit_codes import EXIT_CLOSED_BY_STAFF
from ui.customer.mode import CustomerMode
from ui.devices import KioskDevices
from ui.i18n import LanguageSwitcher
from ui.shell.health import DeviceHealth
from ui.shell.idle import IdleClock
from ui.shell.mode import Mode
from ui.shell.router import InputRouter
from ui.shell.worker import Owner, Worker
from ui.sounds import Cues
from ui.window import KioskWindow

if TYPE_CHECKING:
    from ui.staff.desk import StaffDesk

log = logging.getLogger("kiosk.ui")

IDLE_BUILD_DELAY_MS = 300


class Shell(QObject):
    """Owns what both modes share and hands every input to the mode that is active."""

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
        self.base_ctx = ctx
        self.ctx = ctx
        self.devices = devices
        self.switcher = switcher
        self.cues = cues
        self.prepare_context = prepare_context or (lambda context: context)
        self.owner = Owner("shell")
        self._desk: StaffDesk | None = None
        self._refreshing = False
        ui = ctx.config.ui
        self.health = DeviceHealth(worker, devices, self)
        self.router = InputRouter(ui.wedge_max_gap_ms, ui.wedge_min_length, self)
        self.customer = CustomerMode(window, worker, lambda: self.ctx, devices, self.health,
                                     switcher, cues, self.enter_staff)
        self.active: Mode = self.customer
        self.idle = IdleClock(lambda: self.active, parent=self)
        self.router.scanned.connect(self.scanned)
        self.router.misread.connect(self.misread)
        self.router.touched.connect(self.touched)
        self.router.typed.connect(self._typed)
        self.router.bridge.state_changed.connect(self.health.scanner_state)
        self.health.timer.timeout.connect(self.refresh_rules)

    @property
    def desk(self) -> StaffDesk:
        """Staff mode, with its login screen, made when staff first need it."""
        if self._desk is None:
            from ui.staff.desk import StaffDesk

            window = self.window
            self._desk = StaffDesk(
                window.staff, self.worker, self.base_ctx, self.devices, self.health.scanner_states,
                show=window.show_screen, add_screen=window.add_screen,
                activate=lambda: self._activate(self.desk),
                leave=self.back_to_customer, exit_program=self.exit_kiosk,
                prepare_context=self.prepare_context, rules_changed=self.refresh_rules,
                entered=self.customer.use_default_language,
            )
        return self._desk

    # --- life ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the start screen; start the scanners, the idle clock and device checks."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.router)
            self.switcher.quiet_during_switch(self.router)  # no Python call per LanguageChange
        self.customer.start()
        self.router.bridge.start(self.devices)
        self.idle.start()
        # the printer's first check (which opens it and loads its libraries) and the rules wait
        # for the start screen to be painted
        if self.window.painted or not self.window.isVisible():
            self._after_first_paint()
        else:
            self.window.first_painted.connect(self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.health.timer.isActive():
            return
        self.health.start()
        self.refresh_rules()
        # the other screens are made while the start screen waits (or at once when needed)
        QTimer.singleShot(IDLE_BUILD_DELAY_MS, self.window.build_remaining)

    def stop(self) -> None:
        """Stop scanners and timers (the worker is stopped by its owner)."""
        self.idle.stop()
        self.health.stop()
        self.owner.end()
        self.router.bridge.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.router)

    # --- inputs -------------------------------------------------------------------------------

    def scanned(self, code: str) -> None:
        """A code from any scanner: a person is here, and the active mode decides."""
        self.idle.feed()
        self.active.scanned(code)

    def misread(self, reason: str) -> None:
        self.idle.feed()
        self.active.misread(reason)

    def touched(self) -> None:
        self.idle.feed()
        self.active.touched()

    def _typed(self, text: str) -> None:
        """A key typed outside a text field: the keypad on screen takes digits."""
        screen = self.window.current()
        type_digit = getattr(screen, "type_digit", None)
        if callable(type_digit):
            type_digit(text)

    # --- modes --------------------------------------------------------------------------------

    def _activate(self, mode: Mode) -> None:
        if mode is self.active:
            return
        if mode is self.desk:
            self.customer.leave()  # the customer's details go before staff work starts
        self.active = mode
        self.idle.feed()

    def enter_staff(self, card: str | None) -> None:
        """The hidden gesture or a staff card on the customer screen."""
        self.desk.begin(card=card)

    def back_to_customer(self) -> None:
        """Staff logged out or cancelled: the customer start screen, in its defaults."""
        self.active = self.customer
        self.customer.leave()
        self.idle.feed()

    def finish(self) -> None:
        """End whatever visit is under way and show the start screen."""
        self.active.leave()

    # --- rules and exit -----------------------------------------------------------------------

    def refresh_rules(self) -> None:
        """Read the programme rules in force now (saved on this kiosk or another one)."""
        if self._refreshing:
            return
        self._refreshing = True

        def refreshed(ctx: Context) -> None:
            self._refreshing = False
            self.ctx = ctx

        self.worker.submit(self.owner, self.prepare_context, self.base_ctx, on_done=refreshed,
                           on_error=lambda _problem: setattr(self, "_refreshing", False))

    def exit_kiosk(self) -> None:
        """A manager closed the program: it ends with EXIT_CLOSED_BY_STAFF, which the service
        manager does not restart."""
        log.info("Closing: a manager closed the kiosk program")
        self.window.allow_close = True
        self.window.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(EXIT_CLOSED_BY_STAFF)

    # --- names tests and tools know -----------------------------------------------------------

    @property
    def session(self) -> object:
        return self.customer.session

    @property
    def default_language(self) -> str:
        """The shop's language: the start screen's and the staff screens'."""
        return self.customer.default_language

    @default_language.setter
    def default_language(self, language: str) -> None:
        self.customer.default_language = language

    def choose_reward(self, reward_id: int) -> None:
        """A reward tile was touched (as the member screen does)."""
        self.customer.redeem.choose_reward(reward_id)

    def _phone(self) -> None:
        """The phone button on the start screen was touched."""
        self.customer.identify.open_phone_screen()

    def _donate(self) -> None:
        """The good-cause button on the member screen was touched."""
        self.customer.redeem.open_causes()

    def choose_language(self, code: str) -> None:
        self.customer.choose_language(code)

    def reset(self) -> None:
        """Back to the customer start screen, keeping a language the customer chose."""
        if self.active is not self.customer:
            self.desk.leave()
        self.customer.reset()
