"""The staff desk: logs staff in and out, ends an idle session, runs page jobs as that person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk.context import Context
from kiosk.errors import KioskError, WrongPin
from kiosk.services import staff
from kiosk.services.staff import StaffInfo, StaffLocked, StaffSession
from ui.devices import KioskDevices
from ui.staff.area import StaffArea
from ui.staff.host import PageT
from ui.staff.login import StaffLoginScreen
from ui.staff.problems import staff_problem_text
from ui.worker import Worker

log = logging.getLogger("kiosk.ui")

COUNTDOWN_S = 15


def _login_start() -> tuple[bool, list[StaffInfo]]:
    return staff.has_staff(), staff.login_choices()


class StaffDesk(QObject):
    """Between the login screen, the staff area and the worker; knows who is logged in."""

    def __init__(
        self,
        login: StaffLoginScreen,
        worker: Worker,
        ctx: Context,
        devices: KioskDevices,
        show: Callable[[QObject], None],
        leave: Callable[[], None],
        exit_program: Callable[[], None],
        prepare_context: Callable[[Context], Context] = lambda ctx: ctx,
        rules_changed: Callable[[], None] = lambda: None,
        entered: Callable[[], None] = lambda: None,
        scanner_states: dict[str, str] | None = None,
    ) -> None:
        super().__init__(login)
        self.login = login
        self.worker = worker
        self.ctx = ctx
        self.devices = devices
        self._show = show
        self._leave = leave
        self.exit_program = exit_program
        self.prepare_context = prepare_context
        self.rules_changed = rules_changed
        self.entered = entered
        self.session: StaffSession | None = None
        self.staff_ctx: Context | None = None
        self.generation = 0
        self.idle_timeout_s = ctx.config.security.staff_idle_timeout_s
        self.remaining_s = self.idle_timeout_s
        self.scanner_states = scanner_states if scanner_states is not None else {}  # live view
        self.area = StaffArea(self)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(1000)
        self.idle_timer.timeout.connect(self._tick)
        login.name_chosen.connect(self.login.ask_pin)
        login.pin_entered.connect(self.try_pin)
        login.first_manager.connect(self.create_first_manager)
        login.cancelled.connect(self.cancel)
        self.area.done_requested.connect(lambda: self.log_out("done"))

    # --- jobs ---------------------------------------------------------------------------------

    def _guard(self, callback: Callable[..., None] | None) -> Callable[..., None] | None:
        if callback is None:
            return None
        generation = self.generation

        def call(*args: Any) -> None:
            if generation == self.generation:
                callback(*args)

        return call

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KioskError], None] | None = None,
    ) -> None:
        """Run function(staff context, *args) on the worker; results after a logout are dropped."""
        if self.staff_ctx is None:
            return
        self.worker.submit(
            function, self.staff_ctx, *args,
            on_done=self._guard(on_done), on_error=self._guard(on_error),
        )

    # --- logging in ---------------------------------------------------------------------------

    def begin(self, card: str | None = None) -> None:
        """The hidden gesture or a staff card: show who may log in, or ask a card's PIN."""
        self.generation += 1
        self.login.clear()
        self._show(self.login)
        guard = self._guard
        if card is not None:
            self.worker.submit(staff.staff_for_card, card,
                               on_done=guard(lambda info: self.login.ask_pin(info.name)),
                               on_error=guard(self._login_problem))
        else:
            self.worker.submit(_login_start, on_done=guard(self._choices),
                               on_error=guard(self._login_problem))

    def _choices(self, start: tuple[bool, list[StaffInfo]]) -> None:
        has_staff, names = start
        if not has_staff:
            self.login.ask_first_manager()
        else:
            self.login.show_names(names)

    def _prepared(self, session: StaffSession) -> tuple[StaffSession, Context]:
        """In the worker: the context this person's jobs run in (the rules in force now)."""
        return session, self.prepare_context(self.ctx).as_staff(session.name, session.role)

    def try_pin(self, name: str, pin: str) -> None:
        def log_in(ctx: Context) -> tuple[StaffSession, Context]:
            return self._prepared(staff.log_in(ctx, name, pin))

        self.worker.submit(log_in, self.ctx, on_done=self._guard(self._logged_in),
                           on_error=self._guard(self._login_problem))

    def create_first_manager(self, name: str, pin: str) -> None:
        def create(ctx: Context) -> tuple[StaffSession, Context]:
            staff.add_staff(ctx, name, "manager", pin)
            return self._prepared(staff.log_in(ctx, name, pin))

        self.worker.submit(create, self.ctx, on_done=self._guard(self._logged_in),
                           on_error=self._guard(self._login_problem))

    def _login_problem(self, problem: KioskError) -> None:
        if isinstance(problem, WrongPin):
            text = self.tr("That PIN is not right. %n attempt(s) left before the account locks.",
                           "", problem.attempts_left)
        elif isinstance(problem, StaffLocked) and problem.until is None:
            text = self.tr("This account is locked. A manager can unlock it.")
        elif isinstance(problem, StaffLocked):
            text = self.tr("Too many wrong PINs. The account is locked until %1.").replace(
                "%1", problem.until.strftime("%H:%M"))
        elif problem.reason == "staff_card_unknown":
            text = self.tr("This staff card is not registered.")
        else:
            text = staff_problem_text(problem)
        self.login.refuse(text)

    def _logged_in(self, prepared: tuple[StaffSession, Context]) -> None:
        session, staff_ctx = prepared
        self.generation += 1
        self.session = session
        self.staff_ctx = staff_ctx
        self.remaining_s = self.idle_timeout_s
        self.login.clear()
        self.entered()  # staff screens speak the shop's language, whatever the customer chose
        self.area.open(session)
        self._show(self.area)
        self.idle_timer.start()
        log.info("Staff %s (%s) logged in", session.name, session.role)

    def open_page(self, page_class: type[PageT]) -> PageT:
        """Show the page of that class (if the role allows it) and return it."""
        page = self.area.page_of(page_class)
        self.area.show_page(page)
        return page  # type: ignore[return-value]

    def refresh_context(self) -> None:
        """Programme rules changed: later jobs here and on the customer screen use the new ones."""
        session = self.session
        if session is not None:
            self.worker.submit(self._prepared, session,
                               on_done=self._guard(lambda p: setattr(self, "staff_ctx", p[1])))
        self.rules_changed()

    # --- during and after ---------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.session is not None

    def scanned(self, code: str) -> None:
        """A scan while the staff area is open goes to the page shown."""
        self.touched()
        self.area.scanned(code)

    def misread(self, reason: str) -> None:
        """The scanner sent something that is not a code while staff work."""
        self.touched()
        page = self.area.current_page()
        if hasattr(page, "misread"):
            page.misread(reason)
        else:
            page.set_status(self.tr("That scan did not read right. Scan again."), "warning")

    def touched(self) -> None:
        self.remaining_s = self.idle_timeout_s
        self.area.set_countdown(0)

    def _tick(self) -> None:
        if self.session is None:
            self.idle_timer.stop()
            return
        if self.worker.busy:
            self.remaining_s = self.idle_timeout_s
            return
        self.remaining_s -= 1
        if self.remaining_s <= 0:
            self.log_out("idle")
        elif self.remaining_s <= COUNTDOWN_S:
            self.area.set_countdown(self.remaining_s)

    def log_out(self, why: str) -> None:
        """Done or idle: the session ends, every page forgets, the customer screen returns."""
        session = self.session
        self.idle_timer.stop()
        self.generation += 1
        self.session = None
        self.staff_ctx = None
        self.area.clear()
        if session is not None:
            self.worker.submit(staff.log_out, self.ctx, session, why)
            log.info("Staff %s logged out (%s)", session.name, why)
        self._leave()

    def cancel(self) -> None:
        self.generation += 1
        self.login.clear()
        self._leave()

    def quit_program(self) -> None:
        """A manager closes the kiosk program."""
        session = self.session
        if session is not None:
            self.worker.submit(staff.log_out, self.ctx, session, "closed the program")
        self.exit_program()
