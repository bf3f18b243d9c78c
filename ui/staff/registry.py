"""The pages of the staff area in navigation order; a page is listed where its permission allows."""

from __future__ import annotations

from ui.staff.page import StaffPage
from ui.staff.pages.accounts import StaffAccountsPage
from ui.staff.pages.audit import AuditPage
from ui.staff.pages.counter import PurchasePage, RefundPage
from ui.staff.pages.hardware import HardwarePage
from ui.staff.pages.vouchers import VoucherPage

PAGE_CLASSES: list[type[StaffPage]] = [
    PurchasePage,
    RefundPage,
    VoucherPage,
    HardwarePage,
    StaffAccountsPage,
    AuditPage,
]
