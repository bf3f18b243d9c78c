"""The voucher page: scan a voucher, see VALID, REDEEMED, ALREADY USED, EXPIRED, VOID, CHECK THE
CODE (a typo) or NOT GENUINE (a forgery); act."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from kiosk.services import counter
from kiosk.views import VoucherState
from kiosk.vouchers import (
    ALPHABET,
    CODE_CHARS,
    canonical_code,
    check_voucher_code,
    looks_like_voucher_code,
    luhn32_check,
)
from ui.screens.base import button, label, restyle, set_text
from ui.staff import formats
from ui.staff.controls import ArmedButton
from ui.staff.host import StaffHost
from ui.staff.page import CODE, StaffPage, field, heading

VERDICT_KINDS = {
    "issued": "verdict-valid",
    "printed": "verdict-valid",
    "redeemed": "verdict-used",
    "expired": "verdict-expired",
    "void": "verdict-void",
    "invalid": "verdict-fake",
    "refused": "verdict-fake",  # issued offline at a shop, not accepted by the chain after
}
OPEN = ("issued", "printed")
# a code refused before any look-up: mistyped, forged, or not known here
TYPO, FORGED, UNKNOWN = "typo", "forged", "unknown"


def refused_kind(code: str, secret: bytes) -> str:
    """Why a voucher code was refused: TYPO (wrong length, letters or check character, as a slip
    of the finger or a smudged print makes), FORGED (well formed, signature wrong) or UNKNOWN
    (well formed and signed, but this shop's database has no such voucher)."""
    canonical = canonical_code(code)
    if len(canonical) != CODE_CHARS or any(char not in ALPHABET for char in canonical):
        return TYPO
    if luhn32_check(canonical[:-1]) != canonical[-1]:
        return TYPO
    return UNKNOWN if check_voucher_code(canonical, secret).ok else FORGED


class VoucherPage(StaffPage):
    """One verdict in big colours and words, redeem with one touch, reprint and void."""

    permission = "vouchers"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.state: VoucherState | None = None
        self.just_redeemed = False  # the state shown is the redemption this page just made
        self.title = heading()
        self.code_field = field(CODE, max_length=40)
        self.code_field.setProperty("wantsCode", True)  # a wedge scan stays in the field
        self.code_field.returnPressed.connect(self._check)
        self.check_button = button("")
        self.check_button.clicked.connect(self._check)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_field, 3)
        code_row.addWidget(self.check_button, 1)
        self.verdict = label("verdict-valid", center=True)
        self.details = label("subtitle", center=True)
        self.redeem_button = button("primary")
        self.redeem_button.clicked.connect(self._redeem)
        self.reprint_button = button("")
        self.reprint_button.clicked.connect(self._reprint)
        self.void_reason = field(max_length=200)
        self.confirm_void = ArmedButton(lambda: self.tr("Void"),
                                        lambda: self.tr("Touch again to void"),
                                        self._void, ready=self._void_ready)
        self.void_button = self.confirm_void.widget
        actions = QHBoxLayout()
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.void_reason, 2)
        actions.addWidget(self.void_button)
        self.body.addWidget(self.title)
        self.body.addLayout(code_row)
        self.body.addWidget(self.verdict)
        self.body.addWidget(self.details)
        self.body.addWidget(self.redeem_button)
        self.body.addLayout(actions)
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.clear()

    def wants_scan(self, code: str) -> bool:
        return looks_like_voucher_code(code)

    def scanned(self, code: str) -> bool:
        if not looks_like_voucher_code(code) and code.strip().isdigit():
            return False  # a loyalty card
        self.code_field.setText(code.strip())
        self._check()
        return True

    def _check(self) -> None:
        code = self.code_field.text().strip()
        if not code:
            self.set_status(self.tr("Scan the voucher or type its code."), "warning")
            return
        self.set_status("")
        self.run(counter.counter_check_voucher, code, on_done=self._checked)

    def _checked(self, state: VoucherState) -> None:
        self.just_redeemed = False
        self._show(state)

    def _redeem(self) -> None:
        if self.state is None:
            return
        self.redeem_button.setEnabled(False)  # one touch: a second one does nothing
        self.run(counter.counter_redeem_voucher, self.state.code, on_done=self._redeemed)

    def _redeemed(self, state: VoucherState) -> None:
        self.just_redeemed = state.ok and state.status == "redeemed"  # won, not lost a race
        self._show(state)
        if self.just_redeemed:
            self.show_done(self.tr("Redeemed. Hand over: %1.").replace("%1", state.reward or ""))

    def _reprint(self) -> None:
        printer = self.desk.devices.printer
        if self.state is None:
            return
        if printer is None:
            self.set_status(self.tr("Printing is switched off on this kiosk."), "warning")
            return
        self.reprint_button.setEnabled(False)
        self.set_status(self.tr("Printing a duplicate…"))
        self.run(counter.counter_reprint_voucher, printer, self.state.code,
                 on_done=self._reprinted, on_error=self._print_failed)

    def _reprinted(self, state: VoucherState) -> None:
        self._show(state)
        self.show_done(self.tr("Duplicate printed. It is marked DUPLICATE."))

    def _print_failed(self, problem: object) -> None:
        self.reprint_button.setEnabled(True)
        self.set_status(self.tr("The printer did not print: %1").replace(
            "%1", getattr(problem, "message", "")), "warning")

    def _void_ready(self) -> bool:
        if self.state is None:
            return False
        if not self.void_reason.text().strip():
            self.set_status(self.tr("Type why the voucher is voided, then touch Void again."),
                            "warning")
            self.void_reason.setFocus()
            return False
        return True

    def _void(self) -> None:
        if self.state is not None:
            self.run(counter.counter_void_voucher, self.state.code,
                     self.void_reason.text().strip(), on_done=self._voided)

    def _voided(self, state: VoucherState) -> None:
        self._show(state)
        if state.ok:
            self.void_reason.clear()
            self.show_done(self.tr("Voided; %n point(s) went back to the member.", "",
                                   state.points_returned))

    def _kind(self, state: VoucherState) -> str:
        if self.just_redeemed:
            return "verdict-valid"
        if state.status == "invalid" and refused_kind(state.code, self.desk.ctx.secret) == TYPO:
            return "verdict-expired"  # amber: look again, not a forgery
        return VERDICT_KINDS.get(state.status, "verdict-fake")

    def _show(self, state: VoucherState) -> None:
        self.state = state
        self.confirm_void.disarm()
        restyle(self.verdict, self._kind(state))
        self.verdict.show()
        self.details.show()
        self.retranslate()

    def _when(self, moment: object) -> str:
        return formats.moment(self.desk, moment) if moment else "?"  # type: ignore[arg-type]

    def _verdict_words(self, state: VoucherState) -> tuple[str, str]:
        if self.just_redeemed and state.reward is None:  # offline: known by its signature
            return self.tr("REDEEMED"), self.tr("Hand over the reward printed on the voucher.")
        if state.status == "refused":
            return self.tr("NOT ACCEPTED"), self.tr(
                "Issued while its shop was offline and not accepted by the chain afterwards. "
                "Do not accept it; ask a manager.")
        if self.just_redeemed:
            return self.tr("REDEEMED"), self.tr("Hand over: %1 · for %2").replace(
                "%1", state.reward or "").replace("%2", state.member_first_name or "")
        if state.status in OPEN:
            return self.tr("VALID"), self.tr("%1 for %2 · valid until %3").replace(
                "%1", state.reward or "").replace("%2", state.member_first_name or "").replace(
                "%3", self._when(state.expires_at))
        if state.status == "redeemed":
            where = " · ".join(part for part in (state.redeemed_store, state.redeemed_terminal)
                               if part)
            return self.tr("ALREADY USED"), self.tr("Used %1 at %2 by %3 · %4").replace(
                "%1", self._when(state.redeemed_at)).replace(
                "%2", where or "?").replace("%3", state.redeemed_staff or self.tr("the kiosk")
                ).replace("%4", state.reward or "")
        if state.status == "expired":
            return self.tr("EXPIRED"), self.tr("%1 · expired %2").replace(
                "%1", state.reward or "").replace("%2", self._when(state.expires_at))
        if state.status == "void":
            return self.tr("VOID"), self.tr("%1 · this voucher was cancelled").replace(
                "%1", state.reward or "")
        kind = refused_kind(state.code, self.desk.ctx.secret)
        if kind == TYPO:
            return self.tr("CHECK THE CODE"), self.tr(
                "Probably mistyped or misread: scan it again or retype the code.")
        if kind == UNKNOWN:
            return self.tr("NOT KNOWN HERE"), self.tr(
                "This shop has no such voucher. Do not accept it; ask a manager.")
        return self.tr("NOT GENUINE"), self.tr("Do not accept it: the code is forged.")

    def nav_title(self) -> str:
        return self.tr("Vouchers")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Check and redeem a voucher"))
        self.code_field.setPlaceholderText(self.tr("Scan the voucher, or type its code"))
        self.code_field.setAccessibleName(self.tr("Voucher code"))
        set_text(self.check_button, self.tr("Check"))
        state = self.state
        open_voucher = state is not None and state.status in OPEN
        if state is not None:
            word, detail = self._verdict_words(state)
            if getattr(state, "unchecked", False):  # a chain kiosk offline: its copy only
                detail += "\n" + self.tr("Could not be checked against other shops.")
            set_text(self.verdict, word)
            set_text(self.details, f"{state.code}\n{detail}")
        set_text(self.redeem_button, self.tr("Redeem: hand over the reward"))
        self.redeem_button.setVisible(open_voucher)
        self.redeem_button.setEnabled(open_voucher)
        set_text(self.reprint_button, self.tr("Reprint (DUPLICATE)"))
        self.void_reason.setPlaceholderText(self.tr("Why void it?"))
        self.void_reason.setAccessibleName(self.tr("Reason for voiding"))
        self.confirm_void.refresh()
        for widget in (self.reprint_button, self.void_reason, self.void_button):
            widget.setVisible(open_voucher)
        self.reprint_button.setEnabled(open_voucher)

    def clear(self) -> None:
        super().clear()
        self.state = None
        self.just_redeemed = False
        self.confirm_void.disarm()
        self.code_field.clear()
        self.void_reason.clear()
        self.verdict.hide()
        self.details.hide()
        self.retranslate()
