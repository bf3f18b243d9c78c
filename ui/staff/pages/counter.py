"""Counter pages: record a purchase for a scanned or typed member, and refund by receipt number."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from kiosk.cards import mask_card_number
from kiosk.errors import KioskError
from kiosk.services import counter
from kiosk.services.counter import CounterMember
from kiosk.views import PurchaseResult, RefundResult
from kiosk.vouchers import looks_like_voucher_code
from ui.screens.base import button, card_frame, label, restyle, set_text
from ui.staff import formats
from ui.staff.controls import ArmedButton
from ui.staff.host import StaffHost
from ui.staff.page import AMOUNT, CODE, StaffPage, field, form, heading
from ui.staff.problems import staff_problem_text


class PurchasePage(StaffPage):
    """Amount, receipt number and an optional category for the member scanned or typed in."""

    permission = "purchase"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.member: CounterMember | None = None
        self.category = ""
        self.title = heading()
        self.who = field(CODE, max_length=40)
        self.find_button = button("")
        self.find_button.clicked.connect(self._find)
        self.who.returnPressed.connect(self._find)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 3)
        who_row.addWidget(self.find_button, 1)
        self.member_box = card_frame()
        self.member_label = label("subtitle")
        member_layout = QHBoxLayout(self.member_box)
        member_layout.addWidget(self.member_label)
        self.amount_field = field(AMOUNT, max_length=12)
        self.receipt_field = field(CODE, max_length=80)
        self.receipt_field.setProperty("wantsCode", True)  # a receipt barcode stays in the field
        self.category_buttons: list[tuple[QPushButton, str]] = []
        categories = QHBoxLayout()
        for name in self._categories():
            chip = button("toggle", name or "")
            chip.setCheckable(True)
            chip.clicked.connect(lambda _=False, c=name: self._choose_category(c))
            categories.addWidget(chip)
            self.category_buttons.append((chip, name))
        categories.addStretch(1)
        self.fields = form()
        self.who_label, self.amount_label = label(), label()
        self.receipt_label, self.category_label = label(), label()
        self.fields.addRow(self.who_label, who_row)
        self.fields.addRow(self.amount_label, self.amount_field)
        self.fields.addRow(self.receipt_label, self.receipt_field)
        if self.category_buttons:
            self.fields.addRow(self.category_label, categories)
        self.record_button = button("primary")
        self.record_button.clicked.connect(self._record)
        # what was recorded last stays readable after the customer is cleared from the form
        self.banner = label("verdict-valid", center=True)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.body.addWidget(self.title)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.fields)
        self.body.addWidget(self.member_box)
        self.body.addWidget(self.record_button)
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.clear()

    def _categories(self) -> list[str]:
        names: list[str] = []
        for promotion in self.desk.ctx.config.programme.promotions:
            for name in promotion.categories:
                if name not in names:
                    names.append(name)
        return names

    def _choose_category(self, name: str) -> None:
        self.category = "" if self.category == name else name
        for chip, chip_name in self.category_buttons:
            chip.setChecked(chip_name == self.category)

    def scanned(self, code: str) -> bool:
        if looks_like_voucher_code(code):
            return False  # a voucher: the voucher page takes it
        self.who.setText(code)
        self._find()
        return True

    def _find(self) -> None:
        text = self.who.text().strip()
        if not text:
            self.set_status(self.tr("Scan the customer's card or type the card or phone number."),
                            "warning")
            return
        self.member = None
        self.banner.hide()
        self._show_member()
        self.run(counter.find_member, text, on_done=self._found)

    def use_member(self, member: CounterMember) -> None:
        """A member found on the members page (by name, too)."""
        self.who.setText(member.card or "")
        self._found(member)

    def _found(self, member: CounterMember) -> None:
        self.member = member
        self.banner.hide()
        self._show_member()
        self.set_status("")
        self.amount_field.setFocus()

    def _show_member(self) -> None:
        member = self.member
        self.member_box.setVisible(member is not None)
        self.record_button.setEnabled(member is not None)
        if member is not None and member.status == counter.NOT_COPIED:
            set_text(self.member_label, self.tr(
                "Card %1: not on this kiosk while the line is down. The purchase is kept and "
                "its points are added when the line is back.").replace(
                    "%1", mask_card_number(member.card or "")))
        elif member is not None:
            card = mask_card_number(member.card) if member.card else self.tr("phone")
            set_text(self.member_label, self.tr("%1 · %2 · %3 points · %4")
                     .replace("%1", member.name).replace("%2", card)
                     .replace("%3", formats.number(self.desk, member.balance))
                     .replace("%4", member.tier))

    def _record(self) -> None:
        if self.member is None:
            return
        try:
            amount = self.amount(self.amount_field.text())
        except KioskError as problem:
            self.show_problem(problem)
            return
        receipt = self.receipt_field.text().strip()
        if not receipt:
            self.set_status(self.tr("Type or scan the receipt number."), "warning")
            return
        lines = {self.category: amount} if self.category else None
        self.record_button.setEnabled(False)
        if self.member.status == counter.NOT_COPIED:  # offline: by card, for the server
            self.run(counter.counter_purchase_for_card, self.member.card, amount, receipt,
                     lines, on_done=self._recorded, on_error=self._refused)
            return
        self.run(counter.counter_purchase, self.member.member_id, amount, receipt, lines,
                 on_done=self._recorded, on_error=self._refused)

    def _recorded(self, result: PurchaseResult) -> None:
        name = self.member.name if self.member is not None else ""
        card = self.member.card if self.member is not None else None
        if result.duplicate:  # the same receipt, card and amount again: nothing was added
            self.record_button.setEnabled(self.member is not None)
            self.set_status(self.tr("Receipt %1 was already recorded on %2; no points were added.")
                            .replace("%1", result.receipt)
                            .replace("%2", formats.moment(self.desk, result.recorded_at)),
                            "warning")
            return
        # the next purchase must not go to this member: the form starts empty again
        self.member = None
        for edit in (self.who, self.amount_field, self.receipt_field):
            edit.clear()
        self._choose_category("")
        self._show_member()
        kept = result.member_id == 0  # offline, a card the copy does not hold: points to come
        if kept:
            set_text(self.banner, self.tr("Recorded %1 for card %2").replace(
                "%1", formats.money(self.desk, result.amount_minor)).replace(
                    "%2", mask_card_number(card or "")))
        else:
            set_text(self.banner, self.tr("Recorded %1 for %2, +%n point(s)", "",
                                          result.points_earned)
                     .replace("%1", formats.money(self.desk, result.amount_minor))
                     .replace("%2", name))
        restyle(self.banner, "verdict-valid")
        # a heading-sized banner: readable from a step away, and the form still fits below it
        self.banner.setStyleSheet(f"font-size: {self.title.fontInfo().pixelSize() + 4}px;")
        self.banner.show()
        extra = ""
        if result.promotions:
            extra = " " + self.tr("(%1)").replace("%1", ", ".join(result.promotions))
        balance = self.tr("The points are added when the line is back.") if kept else self.tr(
            "New balance: %1 points.").replace("%1", formats.number(self.desk, result.balance))
        self.show_done(
            self.tr("Receipt %1.").replace("%1", result.receipt) + extra + " " + balance
            + " " + self.tr("Scan the next customer's card."))
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # the keys close: the next step is a scan, not typing

    def _refused(self, problem: KioskError) -> None:
        self.record_button.setEnabled(self.member is not None)
        self.set_status(staff_problem_text(
            problem, lambda moment: formats.moment(self.desk, moment)), "warning")

    def nav_title(self) -> str:
        return self.tr("Purchase")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Record a purchase"))
        self.who_label.setText(self.tr("Customer"))
        self.who.setPlaceholderText(self.tr("Scan the card, or type card or phone number"))
        self.who.setAccessibleName(self.tr("Customer card or phone"))
        set_text(self.find_button, self.tr("Find"))
        self.amount_label.setText(self.tr("Amount"))
        self.amount_field.setAccessibleName(self.tr("Amount"))
        self.amount_field.setPlaceholderText(formats.plain_amount(self.desk, 1250))
        self.receipt_label.setText(self.tr("Receipt"))
        self.receipt_field.setAccessibleName(self.tr("Receipt number"))
        self.receipt_field.setPlaceholderText(self.tr("Receipt number from the till"))
        self.category_label.setText(self.tr("Category"))
        set_text(self.record_button, self.tr("Record purchase"))
        self._show_member()

    def clear(self) -> None:
        super().clear()
        self.member = None
        self.banner.hide()
        for edit in (self.who, self.amount_field, self.receipt_field):
            edit.clear()
        self._choose_category("")
        self.retranslate()


class RefundPage(StaffPage):
    """A refund by receipt number: all that is left, or a part; the points come back off."""

    permission = "purchase"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.title = heading()
        self.receipt_field = field(CODE, max_length=80)
        self.receipt_field.setProperty("wantsCode", True)  # a receipt barcode stays in the field
        self.amount_field = field(AMOUNT, max_length=12)
        # a refund takes points away: a second touch confirms it
        self.confirm = ArmedButton(lambda: self.tr("Refund"),
                                   lambda: self.tr("Touch again to refund"),
                                   self._refund, kind="primary", ready=self._ready)
        self.refund_button = self.confirm.widget
        self.receipt_field.textChanged.connect(self.confirm.disarm)
        self.amount_field.textChanged.connect(self.confirm.disarm)
        self.fields = form()
        self.receipt_label, self.amount_label = label(), label()
        self.fields.addRow(self.receipt_label, self.receipt_field)
        self.fields.addRow(self.amount_label, self.amount_field)
        self.body.addWidget(self.title)
        self.body.addLayout(self.fields)
        self.body.addWidget(self.refund_button)
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.clear()

    def scanned(self, code: str) -> bool:
        if looks_like_voucher_code(code):
            return False
        self.receipt_field.setText(code)
        return True

    def _typed_amount(self) -> int | None:
        """The amount to refund; None: all that is left. InvalidInput when it is not one."""
        text = self.amount_field.text()
        return self.amount(text) if text.strip() else None

    def _ready(self) -> bool:
        if not self.receipt_field.text().strip():
            self.set_status(self.tr("Type or scan the receipt number."), "warning")
            return False
        try:
            self._typed_amount()
        except KioskError as problem:
            self.show_problem(problem)
            return False
        return True

    def _refund(self) -> None:
        self.refund_button.setEnabled(False)
        self.run(counter.counter_refund, self.receipt_field.text().strip(), self._typed_amount(),
                 on_done=self._refunded, on_error=self._refused)

    def _refunded(self, result: RefundResult) -> None:
        self.refund_button.setEnabled(True)
        self.receipt_field.clear()
        self.amount_field.clear()
        self.show_done(
            self.tr("Refunded %1 on receipt %2: %n point(s) taken back", "", result.points_clawed)
            .replace("%1", formats.money(self.desk, result.refunded_minor))
            .replace("%2", result.receipt)
            + ". " + self.tr("New balance: %1 points.").replace(
                "%1", formats.number(self.desk, result.balance))
        )

    def _refused(self, problem: KioskError) -> None:
        self.refund_button.setEnabled(True)
        self.retranslate()
        self.show_problem(problem)

    def nav_title(self) -> str:
        return self.tr("Refund")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Refund by receipt"))
        self.receipt_label.setText(self.tr("Receipt"))
        self.receipt_field.setAccessibleName(self.tr("Receipt number"))
        self.amount_label.setText(self.tr("Amount"))
        self.amount_field.setAccessibleName(self.tr("Amount to refund"))
        self.amount_field.setPlaceholderText(self.tr("Empty: refund everything that is left"))
        self.confirm.refresh()

    def clear(self) -> None:
        super().clear()
        self.receipt_field.clear()
        self.amount_field.clear()
        self.confirm.disarm()
        self.refund_button.setEnabled(True)
        self.retranslate()
