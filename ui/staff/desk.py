"""Staff mode: logs staff in and out and runs page jobs as that person, under the shell."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.context import Context
from kiosk.errors import KioskError, WrongPin
from kiosk.services import staff
from kiosk.services.staff import StaffInfo, StaffLocked, StaffSession, is_staff_card
from ui.devices import KioskDevices
from ui.screens.base import Screen
from ui.shell.worker import Owner, Worker
from ui.staff import formats
from ui.staff.host import PageT
from ui.staff.login import StaffLoginScreen
from ui.staff.problems import staff_problem_text

if TYPE_CHECKING:
    from ui.staff.area import StaffArea

log = logging.getLogger("kiosk.ui")

COUNTDOWN_S = 15


def _login_start(store: str | None = None) -> tuple[bool, list[StaffInfo]]:
    """Whether any account exists, and the names that may log in at this shop's kiosk."""
    return staff.has_staff(), staff.login_choices(store)


class StaffDesk(QObject):
    """The staff mode: between the login screen, the staff area and the worker.

    The shell's idle clock ends a session (leave); every job runs under an owner token that
    ends at login, logout and cancel, so a late result never reaches the next person.
    """

    def __init__(
        self,
        login: StaffLoginScreen,
        worker: Worker,
        ctx: Context,
        devices: KioskDevices,
        scanner_states: Mapping[str, str],
        show: Callable[[Screen], None],
        add_screen: Callable[[Screen], None],
        activate: Callable[[], None],
        leave: Callable[[], None],
        exit_program: Callable[[], None],
        prepare_context: Callable[[Context], Context] = lambda ctx: ctx,
        rules_changed: Callable[[], None] = lambda: None,
        entered: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(login)
        self.login = login
        self.worker = worker
        self.ctx = ctx
        self.devices = devices
        self.scanner_states = scanner_states  # a live view of the shell's device health
        self._show = show
        self._add_screen = add_screen
        self._activate = activate
        self._leave = leave
        self.exit_program = exit_program
        self.prepare_context = prepare_context
        self.rules_changed = rules_changed
        self.entered = entered
        self.session: StaffSession | None = None
        self.card: str | None = None  # the staff card scanned for this login, if one was
        self.staff_ctx: Context | None = None
        self.owner = Owner("staff login")
        self._area: StaffArea | None = None
        login.name_chosen.connect(self.login.ask_pin)
        login.pin_entered.connect(self.try_pin)
        login.first_manager.connect(self.create_first_manager)
        login.cancelled.connect(self.cancel)

    @property
    def area(self) -> StaffArea:
        """The staff area, built (with its page modules imported) when first needed."""
        if self._area is None:
            from ui.staff.area import StaffArea
            from ui.staff.offline_strip import OfflineStrip

            self._area = StaffArea(self, self.ctx.config.ui.languages, self.quit_program)
            self._area.done_requested.connect(lambda: self.log_out("done"))
            self._area.header.insertWidget(1, OfflineStrip(self))  # a chain kiosk offline
            self._add_screen(self._area)
        return self._area

    # --- jobs ---------------------------------------------------------------------------------

    def _new_owner(self, name: str) -> Owner:
        self.owner.end()
        self.owner = Owner(name)
        return self.owner

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
        self.worker.submit(self.owner, function, self.staff_ctx, *args,
                           on_done=on_done, on_error=on_error)

    # --- the mode interface -------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.session is not None

    def scanned(self, code: str) -> None:
        """A scan goes to the page shown; before login only a staff card counts."""
        if self.session is not None:
            self.area.scanned(code)
        elif is_staff_card(code):
            self.begin(card=code)

    def misread(self, reason: str) -> None:
        """The scanner sent something that is not a code while staff work."""
        if self.session is None:
            return
        page = self.area.current_page()
        if page is None:
            return
        if hasattr(page, "misread"):
            page.misread(reason)
        else:
            page.set_status(self.tr("That scan did not read right. Scan again."), "warning")

    def touched(self) -> None:
        """Nothing to do: the shell's idle clock has been wound back already."""

    def leave(self) -> None:
        """Idle: the session ends (or the login screen closes)."""
        if self.session is not None:
            self.log_out("idle")
        else:
            self.cancel()

    def idle_policy(self) -> tuple[int, int]:
        if self.session is None:
            return self.ctx.config.ui.idle_timeout_s, 0
        return self.ctx.config.security.staff_idle_timeout_s, COUNTDOWN_S

    def resting(self) -> bool:
        return False

    def show_countdown(self, seconds: int) -> None:
        if self._area is not None:
            self._area.set_countdown(seconds)

    # --- logging in ---------------------------------------------------------------------------

    def begin(self, card: str | None = None) -> None:
        """The hidden gesture or a staff card: show who may log in, or ask a card's PIN."""
        self._activate()
        owner = self._new_owner("staff login")
        self.login.clear()
        self.card = card  # a card login has its own wrong-PIN count and lock
        self._show(self.login)
        if card is not None:
            self.worker.submit(owner, staff.staff_for_card, card,
                               on_done=lambda info: self.login.ask_pin(info.name),
                               on_error=self._login_problem)
        else:
            self.worker.submit(owner, _login_start, self.ctx.store, on_done=self._choices,
                               on_error=self._login_problem)

    def _choices(self, start: tuple[bool, list[StaffInfo]]) -> None:
        has_staff, names = start
        if not has_staff:
            self.login.ask_first_manager()
        else:
            self.login.show_names(names)

    def _prepared(self, session: StaffSession) -> tuple[StaffSession, Context]:
        """In the worker: the context this person's jobs run in (the rules in force now)."""
        return session, self.prepare_context(self.ctx).as_staff(
            session.name, session.role, session.store)

    def try_pin(self, name: str, pin: str) -> None:
        card = self.card

        def log_in(ctx: Context) -> tuple[StaffSession, Context]:
            if card is not None:
                return self._prepared(staff.log_in_by_card(ctx, card, pin))
            return self._prepared(staff.log_in(ctx, name, pin))

        self.worker.submit(self.owner, log_in, self.ctx, on_done=self._logged_in,
                           on_error=self._login_problem)

    def create_first_manager(self, name: str, pin: str) -> None:
        def create(ctx: Context) -> tuple[StaffSession, Context]:
            staff.add_staff(ctx, name, "manager", pin)
            return self._prepared(staff.log_in(ctx, name, pin))

        self.worker.submit(self.owner, create, self.ctx, on_done=self._logged_in,
                           on_error=self._login_problem)

    def _login_problem(self, problem: KioskError) -> None:
        if isinstance(problem, WrongPin):
            text = self.tr("That PIN is not right. %n attempt(s) left before the account locks.",
                           "", problem.attempts_left)
        elif isinstance(problem, StaffLocked) and problem.until is None:
            text = self.tr("This account is locked. A manager can unlock it.")
        elif isinstance(problem, StaffLocked):
            text = self.tr("Too many wrong PINs. The account is locked until %1.").replace(
                "%1", formats.moment(self, problem.until))  # the shop's zone, the shown language
            if self.card is None:  # the card path counts on its own: the holder gets in there
                text += " " + self.tr("With a staff card, scan it to log in without waiting.")
        elif problem.reason == "staff_card_unknown":
            text = self.tr("This staff card is not registered.")
        else:
            text = staff_problem_text(problem)
        self.login.refuse(text)

    def _logged_in(self, prepared: tuple[StaffSession, Context]) -> None:
        session, staff_ctx = prepared
        self.card = None
        self._new_owner(f"staff {session.name}")
        self.session = session
        self.staff_ctx = staff_ctx
        self.login.clear()
        self.entered()  # staff screens speak the shop's language, whatever the customer chose
        self.area.open(session)
        self._show(self.area)
        log.info("Staff %d (%s) logged in", session.staff_id, session.role)

    def open_page(self, page_class: type[PageT]) -> PageT:
        """Show the page of that class (if the role allows it) and return it."""
        page = self.area.page_of(page_class)  # type: ignore[arg-type]
        self.area.show_page(page)
        return page  # type: ignore[return-value]

    def refresh_context(self) -> None:
        """Programme rules changed: later jobs here and on the customer screen use the new ones."""
        session = self.session
        if session is not None:
            self.worker.submit(self.owner, self._prepared, session,
                               on_done=lambda p: setattr(self, "staff_ctx", p[1]))
        self.rules_changed()

    # --- during and after ---------------------------------------------------------------------

    def log_out(self, why: str) -> None:
        """Done or idle: the session ends, every page forgets, the customer screen returns."""
        session = self.session
        self._new_owner("staff login")
        self.session = None
        self.staff_ctx = None
        self._leave()
        if self._area is not None:
            self._area.clear()
        if session is not None:
            self.worker.submit(self.owner, staff.log_out, self.ctx, session, why)
            log.info("Staff %d logged out (%s)", session.staff_id, why)

    def cancel(self) -> None:
        self.card = None
        self._new_owner("staff login")
        self._leave()
        self.login.clear()

    def quit_program(self) -> None:
        """A manager closes the kiosk program."""
        session = self.session
        if session is not None:
            self.worker.submit(self.owner, staff.log_out, self.ctx, session, "closed the program")
        self.exit_program()
