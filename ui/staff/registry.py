"""The pages of the staff area in navigation order; a page is listed where its permission allows."""

from __future__ import annotations

from ui.staff.page import StaffPage
from ui.staff.pages.accounts import StaffAccountsPage
from ui.staff.pages.audit import AuditPage
from ui.staff.pages.catalogue import CataloguePage
from ui.staff.pages.counter import PurchasePage, RefundPage
from ui.staff.pages.dashboard import DashboardPage
from ui.staff.pages.hardware import HardwarePage
from ui.staff.pages.members import MembersPage
from ui.staff.pages.programme import ProgrammePage
from ui.staff.pages.terminals import TerminalsPage
from ui.staff.pages.vouchers import VoucherPage

PAGE_CLASSES: list[type[StaffPage]] = [
    PurchasePage,
    RefundPage,
    VoucherPage,
    MembersPage,
    DashboardPage,
    CataloguePage,
    ProgrammePage,
    HardwarePage,
    TerminalsPage,
    StaffAccountsPage,
    AuditPage,
]
