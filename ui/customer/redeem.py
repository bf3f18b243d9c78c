"""Redeeming a reward or giving points: confirm, take the points, print, show the outcome."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.errors import KioskError, VoucherKept
from kiosk.ports import Printer
from kiosk.services import journey
from kiosk.services.members import member_view
from kiosk.views import MemberView, localized
from ui.customer.host import CustomerHost
from ui.shell.health import STOPPED, problem_of

Render = Callable[[PrintDocument], bytes] | None
RETRY_WINDOW_S = 600  # a retry of an unsettled choice within this time reuses its request key


class PrinterNotReady(KioskError):
    """The printer said it cannot print right now; nothing was taken."""

    def __init__(self, problem: str) -> None:
        super().__init__("The printer cannot print right now.", reason="printer_not_ready")
        self.problem = problem


def redeem_if_printable(ctx: Context, printer: Printer | None, render: Render, member_id: int,
                        reward_id: int, key: str, progress: Callable[[str], None]
                        ) -> journey.Redeemed:
    """In the worker: ask the printer first; take the points only when it may print."""
    if printer is not None:
        problem = problem_of(journey.printer_status(printer))
        if problem in STOPPED:
            raise PrinterNotReady(problem)
    return journey.redeem_and_print(ctx, printer, render, member_id, reward_id, key, progress)


class RedeemFlow(QObject):
    """From a reward tile or a cause to the result screen; a known-dead printer stops a voucher.

    A voucher lives on paper, so with the printer known not to print no points are taken and
    the customer is sent to staff. A donation's slip is only a thank-you: donations go ahead.
    """

    def __init__(self, host: CustomerHost, finish: Callable[[], None]) -> None:
        super().__init__()
        self.host = host
        self.finish = finish
        # (member, kind, choice, points), its request key, when: the last choice not yet settled
        self.unsettled: tuple[tuple[int, str, int, int], str, float] | None = None

    def choose_reward(self, reward_id: int) -> None:
        host = self.host
        member = host.session.member
        option = next((r for r in member.rewards if r.id == reward_id), None) if member else None
        if member is None or option is None or not journey.may_spend(member):
            return
        if not host.health.printer_ready:
            self.cannot_print()
            return
        name, description = localized(option, host.language)
        self._remember("reward", reward_id, option.cost)
        host.window.confirm.ask("reward", name, description, option.cost, member.balance)
        host.window.show_screen(host.window.confirm)

    def open_causes(self) -> None:
        host = self.host
        if host.session.member is not None and journey.may_spend(host.session.member):
            host.window.donate.show_causes(host.session.member, host.language)
            host.window.show_screen(host.window.donate)

    def choose_donation(self, cause_id: int, amount: int) -> None:
        host = self.host
        member = host.session.member
        cause = next((c for c in member.causes if c.id == cause_id), None) if member else None
        if member is None or cause is None:
            return
        name, description = localized(cause, host.language)
        self._remember("donation", cause_id, amount)
        host.window.confirm.ask("donation", name, description, amount, member.balance)
        host.window.show_screen(host.window.confirm)

    def _remember(self, kind: str, choice_id: int, points: int) -> None:
        """The choice to confirm, under a request key that a retry of the same choice reuses.

        When the last attempt at the same member's same choice ended without a result (the
        database failed while the voucher was saved, or after), its key is used again, so trying
        again returns the voucher that may already exist instead of taking the points twice.
        """
        session = self.host.session
        session.choice_kind, session.choice_id, session.choice_points = kind, choice_id, points
        member_id = session.member.member_id if session.member else 0
        choice = (member_id, kind, choice_id, points)
        unsettled = self.unsettled
        if unsettled is not None and unsettled[0] == choice \
                and time.monotonic() - unsettled[2] < RETRY_WINDOW_S:
            session.idempotency_key = unsettled[1]
        else:
            session.idempotency_key = f"kiosk-{uuid.uuid4()}"
        self.unsettled = (choice, session.idempotency_key, time.monotonic())

    def confirmed(self) -> None:
        host = self.host
        member, session = host.session.member, host.session
        if member is None:
            return
        reward = session.choice_kind == "reward"
        if reward and not host.health.printer_ready:
            self.cannot_print()
            return
        printing = host.window.printing
        printing.begin("voucher" if reward else "donation")
        host.window.show_screen(printing)
        devices = host.devices
        if reward:
            host.submit(redeem_if_printable, host.ctx, devices.printer, devices.render_preview,
                        member.member_id, session.choice_id, session.idempotency_key,
                        on_done=self._redeemed, on_error=self._failed,
                        on_progress=printing.set_step)
        else:
            host.submit(journey.donate_and_print, host.ctx, devices.printer,
                        devices.render_preview, member.member_id, session.choice_id,
                        session.choice_points, session.idempotency_key,
                        on_done=self._donated, on_error=self._failed,
                        on_progress=printing.set_step)

    def cannot_print(self) -> None:
        """Say that vouchers cannot be printed now and to ask staff; no points move."""
        host = self.host
        host.cues.play("bad")
        host.health.check_printer()  # staff may have fixed it: the next tap knows
        host.message(
            "!", lambda: self.tr("Vouchers cannot be printed right now"),
            lambda: self.tr("The printer is not ready. No points have been taken. "
                            "Please ask a member of staff."),
            [("back", self.back_to_member), ("done", self.finish)],
        )

    def _redeemed(self, outcome: journey.Redeemed) -> None:
        host = self.host
        host.session.member = outcome.member
        self.unsettled = None  # done: choosing it again is a new voucher
        option = next((r for r in outcome.member.rewards if r.id == outcome.voucher.reward_id),
                      None)
        name = (localized(option, host.language)[0] if option
                else outcome.voucher.reward_name)
        self._after_print(outcome.outcome)
        host.window.result.show_result(
            "voucher", name, outcome.outcome.printed, outcome.outcome.problem,
            outcome.voucher.display_code, outcome.voucher.points, outcome.voucher.balance,
            outcome.outcome.preview_png,
        )
        host.window.member.show_member(outcome.member, host.language)
        host.window.show_screen(host.window.result)

    def _donated(self, outcome: journey.Donated) -> None:
        host = self.host
        host.session.member = outcome.member
        self.unsettled = None
        cause = next((c for c in outcome.member.causes if c.id == outcome.donation.cause_id),
                     None)
        name = localized(cause, host.language)[0] if cause else outcome.donation.cause
        self._after_print(outcome.outcome)
        host.window.result.show_result(
            "donation", name, outcome.outcome.printed, outcome.outcome.problem, "",
            outcome.donation.points, outcome.donation.balance, outcome.outcome.preview_png,
        )
        host.window.member.show_member(outcome.member, host.language)
        host.window.show_screen(host.window.result)

    def _after_print(self, outcome: journey.PrintOutcome) -> None:
        self.host.cues.play("good" if outcome.printed else "bad")
        self.host.health.printed(outcome)

    def _failed(self, problem: KioskError) -> None:
        if isinstance(problem, PrinterNotReady):
            self.host.health.printed(journey.PrintOutcome(False, problem.problem))
            self.cannot_print()
            return
        if isinstance(problem, VoucherKept):
            self._kept(problem)
            return
        self.host.cues.play("bad")
        self.host.problem(problem, [("back", self.back_to_member), ("done", self.finish)])

    def _kept(self, problem: VoucherKept) -> None:
        """The voucher is saved but our records failed afterwards: its code still reaches the
        customer, on paper when it printed and on the screen when it did not."""
        host = self.host
        voucher = problem.voucher
        member = host.session.member
        option = (next((r for r in member.rewards if r.id == voucher.reward_id), None)
                  if member else None)
        name = localized(option, host.language)[0] if option else voucher.reward_name
        self._after_print(journey.PrintOutcome(problem.printed, problem.problem))
        host.window.result.show_result(
            "voucher", name, problem.printed, problem.problem, voucher.display_code,
            voucher.points, voucher.balance, b"",
        )
        host.window.show_screen(host.window.result)

    def back_to_member(self) -> None:
        host = self.host
        member = host.session.member
        if member is None:
            host.reset()
            return
        host.submit(member_view, host.ctx, member.member_id, slow_note=True,
                    on_done=self._refreshed,
                    on_error=lambda problem: host.problem(problem, [("ok", host.reset)]))

    def _refreshed(self, view: MemberView) -> None:
        self.host.show_member(view)
