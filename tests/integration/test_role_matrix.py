"""Every use case checks its role: each is called as every role and must succeed exactly when
kiosk.roles grants that role its permission, and be refused (not_allowed) otherwise.

The table below names every public function of the service modules and the reports; a new
function that is not in it fails test_every_public_function_is_in_the_table, so no use case can
be added without deciding who may call it.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import kiosk.services
from db.backup import backup_sqlite
from db.database import database_proxy, is_postgres
from db.models import AuditEntry
from hardware.printer_factory import printer_from_config
from hardware.printer_sim import PrinterSimulator
from kiosk import reports, services
from kiosk.config import PrinterConfig, ProgrammeConfig
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.ports import Printer
from kiosk.reports import REPORTS, run_report
from kiosk.roles import ALL_ROLES, CLERK, CUSTOMER, MANAGER, OWNER, SYSTEM, allowed
from kiosk.services import (
    audit_log,
    backups,
    birthday,
    catalogue,
    catalogue_lists,
    counter,
    hardware,
    job_runs,
    journey,
    lookup,
    member_admin,
    member_export,
    member_import,
    members,
    phone_lock,
    points,
    printing,
    programme,
    purchases,
    report_jobs,
    rewards,
    staff,
    stores,
    terminal_views,
    terminals,
    vouchers,
)
from kiosk.services.staff import add_staff

pytestmark = pytest.mark.integration


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """The role checks do not depend on the database; SQLite keeps the matrix quick."""
    yield f"sqlite:///{tmp_path / 'kiosk.db'}"


@dataclass
class World:
    """A small shop: staff, members with points, a reward, a cause, a purchase, vouchers."""

    ada: int
    ada_card: str
    ada_phone: str
    bob: int
    carl: int
    dora: int  # blocked
    eve: int  # her phone look-up is locked
    erasable: list[int]  # one member for each role to erase (an erase is not rolled back)
    reward: int
    cause: int
    voucher: str  # issued, unprinted
    voucher_id: int
    issued: Any  # the VoucherIssued of another voucher
    report: Any
    printer: Printer
    folder: Path
    numbers: Iterator[int]
    backup: Path = Path()  # a backup of this shop, for the restore

    def n(self) -> int:
        return next(self.numbers)


@pytest.fixture(scope="module")
def printer_sim() -> Iterator[PrinterSimulator]:
    with PrinterSimulator() as simulator:
        yield simulator


@pytest.fixture
def world(database, ctx, make_member, make_reward, make_cause, printer_sim, tmp_path) -> World:
    add_staff(ctx, "Maria", "manager", "2468")
    add_staff(ctx, "Sam", "clerk", "1357")
    add_staff(ctx, "Zoe", "clerk", "1357")
    ada = make_member("Ada", points=1000, phone="07700 900100")
    services.set_pin(ctx, ada.member_id, "4321")
    bob = make_member("Bob", points=50)
    carl = make_member("Carl", points=5)
    dora = make_member("Dora")
    member_admin.block_member(ctx, dora.member_id, "test")
    eve = make_member("Eve")
    phone_lock.record_lock(ctx, eve.member_id)
    erasable = [make_member(f"Gone {n}").member_id for n in range(len(ALL_ROLES))]
    reward = make_reward(100, "Coffee")
    cause = make_cause("Food bank")
    stores.ensure_own_store(ctx)
    services.record_purchase(ctx, ada.card, 2000, "R-1")
    first = services.redeem_reward(ctx, ada.member_id, reward.id, "world-1")
    second = services.redeem_reward(ctx, ada.member_id, reward.id, "world-2")
    printer = printer_from_config(PrinterConfig(kind="network", port=printer_sim.port))
    world = World(
        ada.member_id, ada.card, "07700 900100", bob.member_id, carl.member_id, dora.member_id,
        eve.member_id, erasable,
        reward.id, cause.id, first.voucher_code, first.voucher_id, second,
        run_report(ctx, "members"), printer, tmp_path, itertools.count(1),
    )
    if not is_postgres():
        world.backup = tmp_path / "shop-backup.db"
        backup_sqlite(world.backup)
    return world


def _member_file(world: World) -> Path:
    path = world.folder / "members.csv"
    path.write_text("name,card\nNew Member,2900000000018\n", encoding="utf-8")
    return path


def _progress(_step: str) -> None:
    pass


Call = Callable[[Context, World], Any]
# function -> (permission, a call that succeeds for a role that has the permission)
TABLE: dict[Callable[..., Any], tuple[str, Call]] = {
    # the customer screen
    journey.member_by_card: ("identify", lambda c, w: journey.member_by_card(c, w.ada_card)),
    journey.member_by_phone: (
        "identify", lambda c, w: journey.member_by_phone(c, w.ada_phone, None),
    ),
    journey.enrol_member: (
        "enrol",
        lambda c, w: journey.enrol_member(
            c, "", f"Eve {w.n()}", None, date(1990, 5, 1), "en", False, "2580"
        ),
    ),
    journey.redeem_and_print: (
        "redeem",
        lambda c, w: journey.redeem_and_print(
            c, w.printer, None, w.ada, w.reward, f"k-{w.n()}", _progress
        ),
    ),
    journey.donate_and_print: (
        "donate",
        lambda c, w: journey.donate_and_print(
            c, w.printer, None, w.ada, w.cause, 10, f"d-{w.n()}", _progress
        ),
    ),
    members.identify: ("identify", lambda c, w: members.identify(c, w.ada_card)),
    members.identify_by_phone: (
        "identify", lambda c, w: members.identify_by_phone(c, w.ada_phone, "4321"),
    ),
    members.member_view: ("identify", lambda c, w: members.member_view(c, w.ada)),
    members.grant_birthday_bonus: (
        "identify", lambda c, w: members.grant_birthday_bonus(c, w.ada),
    ),
    birthday.grant_birthday_if_due: (
        "identify", lambda c, w: birthday.grant_birthday_if_due(c, w.ada, date(1990, 3, 2)),
    ),
    lookup.resolve: ("identify", lambda c, w: lookup.resolve(c, w.ada_card)),
    lookup.phone_member: ("identify", lambda c, w: lookup.phone_member(c, "+447700900100")),
    lookup.member_tier: ("identify", lambda c, w: lookup.member_tier(c, w.ada)),
    members.enrol: ("enrol", lambda c, w: members.enrol(c, f"Fay {w.n()}", pin="2580")),
    rewards.redeem_reward: (
        "redeem", lambda c, w: rewards.redeem_reward(c, w.ada, w.reward, f"r-{w.n()}"),
    ),
    rewards.donate: ("donate", lambda c, w: rewards.donate(c, w.ada, w.cause, 5, f"g-{w.n()}")),
    rewards.list_rewards: ("rewards", lambda c, w: rewards.list_rewards(c)),
    rewards.list_causes: ("rewards", lambda c, w: rewards.list_causes(c)),
    printing.deliver_voucher: (
        "print_voucher", lambda c, w: printing.deliver_voucher(c, w.printer, w.issued),
    ),
    printing.print_voucher: (
        "print_voucher", lambda c, w: printing.print_voucher(c, w.printer, w.issued),
    ),
    vouchers.mark_printed: ("print_voucher", lambda c, w: vouchers.mark_printed(c, w.voucher)),
    vouchers.mark_voucher_printed: (
        "print_voucher", lambda c, w: vouchers.mark_voucher_printed(c, w.voucher_id),
    ),
    # the counter
    counter.find_member: ("purchase", lambda c, w: counter.find_member(c, w.ada_card)),
    counter.counter_purchase: (
        "purchase", lambda c, w: counter.counter_purchase(c, w.ada, 1000, f"C-{w.n()}"),
    ),
    counter.counter_purchase_for_card: (
        "purchase",
        lambda c, w: counter.counter_purchase_for_card(c, w.ada_card, 1000, f"C-{w.n()}"),
    ),
    counter.counter_refund: ("purchase", lambda c, w: counter.counter_refund(c, "R-1", 100)),
    counter.counter_enrol: ("members", lambda c, w: counter.counter_enrol(c, f"Gus {w.n()}")),
    counter.counter_check_voucher: (
        "vouchers", lambda c, w: counter.counter_check_voucher(c, w.voucher),
    ),
    counter.counter_redeem_voucher: (
        "vouchers", lambda c, w: counter.counter_redeem_voucher(c, w.voucher),
    ),
    counter.counter_void_voucher: (
        "vouchers", lambda c, w: counter.counter_void_voucher(c, w.voucher, "test"),
    ),
    counter.counter_reprint_voucher: (
        "vouchers", lambda c, w: counter.counter_reprint_voucher(c, w.printer, w.voucher),
    ),
    purchases.record_purchase: (
        "purchase", lambda c, w: purchases.record_purchase(c, w.ada_card, 1000, f"P-{w.n()}"),
    ),
    purchases.refund: ("purchase", lambda c, w: purchases.refund(c, "R-1", 100)),
    vouchers.check_voucher: ("vouchers", lambda c, w: vouchers.check_voucher(c, w.voucher)),
    vouchers.redeem_voucher: ("vouchers", lambda c, w: vouchers.redeem_voucher(c, w.voucher)),
    vouchers.void_voucher: ("vouchers", lambda c, w: vouchers.void_voucher(c, w.voucher, "x")),
    printing.reprint_voucher: (
        "vouchers", lambda c, w: printing.reprint_voucher(c, w.printer, w.voucher),
    ),
    printing.voucher_document: ("vouchers", lambda c, w: printing.voucher_document(c, w.voucher)),
    members.set_pin: ("set_pin", lambda c, w: members.set_pin(c, w.ada, "2468")),
    members.replace_card: (
        "replace_card", lambda c, w: members.replace_card(c, w.ada_card, None, "lost"),
    ),
    member_admin.replace_member_card: (
        "replace_card", lambda c, w: member_admin.replace_member_card(c, w.ada, None, "lost"),
    ),
    member_admin.search_members: ("members", lambda c, w: member_admin.search_members(c, "Ada")),
    member_admin.find_member: ("members", lambda c, w: member_admin.find_member(c, w.ada_card)),
    member_admin.member_detail: ("members", lambda c, w: member_admin.member_detail(c, w.ada)),
    member_admin.update_member: (
        "members", lambda c, w: member_admin.update_member(c, w.ada, language="tr"),
    ),
    # manager work
    points.adjust: ("adjust", lambda c, w: points.adjust(c, w.ada, 100_000, "goodwill")),
    member_admin.adjust_points: (
        "adjust", lambda c, w: member_admin.adjust_points(c, w.ada, 5, "goodwill"),
    ),
    points.transfer_balance: (
        "transfer", lambda c, w: points.transfer_balance(c, w.bob, w.ada, "same person"),
    ),
    points.move_all_points: (
        "transfer", lambda c, w: points.move_all_points(c, w.bob, w.ada, "same person"),
    ),
    member_admin.reset_phone_lock: (
        "member_admin", lambda c, w: member_admin.reset_phone_lock(c, w.eve, "called the shop"),
    ),
    phone_lock.state: ("members", lambda c, w: phone_lock.state(c, w.eve)),
    phone_lock.record_lock: ("identify", lambda c, w: phone_lock.record_lock(c, w.ada)),
    phone_lock.lift: ("identify", lambda c, w: phone_lock.lift(c, w.eve, "member.pin_unlock")),
    member_admin.block_member: (
        "member_admin", lambda c, w: member_admin.block_member(c, w.bob, "fraud"),
    ),
    member_admin.unblock_member: (
        "member_admin", lambda c, w: member_admin.unblock_member(c, w.dora, "sorted"),
    ),
    member_admin.merge_members: (
        "member_admin", lambda c, w: member_admin.merge_members(c, w.ada, w.carl, "twice"),
    ),
    member_import.import_members: (
        "member_import",
        lambda c, w: member_import.import_members(c, _member_file(w)),
    ),
    member_export.member_rows: ("member_export", lambda c, w: member_export.member_rows(c, True)),
    member_export.export_members: (
        "member_export", lambda c, w: member_export.export_members(c, False, to_text=True),
    ),
    member_admin.erase_member: (
        "member_admin", lambda c, w: member_admin.erase_member(c, w.erasable.pop(), "asked"),
    ),
    catalogue.create_reward: (
        "catalogue", lambda c, w: catalogue.create_reward(c, catalogue.RewardFields("Tea", 50)),
    ),
    catalogue.update_reward: (
        "catalogue",
        lambda c, w: catalogue.update_reward(c, w.reward, catalogue.RewardFields("Latte", 90)),
    ),
    catalogue.set_reward_active: (
        "catalogue", lambda c, w: catalogue.set_reward_active(c, w.reward, False),
    ),
    catalogue.create_cause: (
        "catalogue", lambda c, w: catalogue.create_cause(c, catalogue.CauseFields("Trees")),
    ),
    catalogue.update_cause: (
        "catalogue",
        lambda c, w: catalogue.update_cause(c, w.cause, catalogue.CauseFields("Food banks")),
    ),
    catalogue.set_cause_active: (
        "catalogue", lambda c, w: catalogue.set_cause_active(c, w.cause, False),
    ),
    catalogue_lists.catalogue_lists: ("catalogue", lambda c, w: catalogue_lists.catalogue_lists(c)),
    programme.save_programme: (
        "programme",
        lambda c, w: programme.save_programme(c, ProgrammeConfig(birthday_bonus_points=5), "x"),
    ),
    programme.programme_history: ("programme", lambda c, w: programme.programme_history(c)),
    staff.list_staff: ("staff", lambda c, w: staff.list_staff(c)),
    stores.list_stores: ("stores", lambda c, w: stores.list_stores(c)),
    stores.get_store: ("stores", lambda c, w: stores.get_store(c, "STORE-1")),
    stores.add_store: ("stores", lambda c, w: stores.add_store(c, f"S-{w.n()}", "New shop")),
    stores.edit_store: (
        "stores",
        lambda c, w: stores.edit_store(c, "STORE-1", stores.StoreChanges(address="1 Road")),
    ),
    staff.add_staff: ("staff", lambda c, w: staff.add_staff(c, f"New {w.n()}", "clerk", "1234")),
    staff.update_staff: ("staff", lambda c, w: staff.update_staff(c, "Zoe", role="manager")),
    staff.lock_staff: ("staff", lambda c, w: staff.lock_staff(c, "Zoe", "away")),
    staff.unlock_staff: ("staff", lambda c, w: staff.unlock_staff(c, "Zoe", "back")),
    staff.change_pin: ("staff", lambda c, w: staff.change_pin(c, "Zoe", "9876")),
    audit_log.audit_entries: ("audit", lambda c, w: audit_log.audit_entries(c)),
    audit_log.recent_audit: ("audit", lambda c, w: audit_log.recent_audit(c)),
    audit_log.audit_actions: ("audit", lambda c, w: audit_log.audit_actions(c)),
    report_jobs.dashboard_reports: (
        "reports", lambda c, w: report_jobs.dashboard_reports(c, None, None),
    ),
    report_jobs.export_csv: (
        "reports",
        lambda c, w: report_jobs.export_csv(c, "members", None, None, w.folder / f"e{w.n()}"),
    ),
    report_jobs.save_csv: (
        "reports", lambda c, w: report_jobs.save_csv(c, w.report, w.folder / f"s{w.n()}.csv"),
    ),
    report_jobs.print_summary: (
        "reports", lambda c, w: report_jobs.print_summary(c, w.printer, "members", None, None),
    ),
    run_report: ("reports", lambda c, w: run_report(c, "members")),
    hardware.check_printer: ("hardware", lambda c, w: hardware.check_printer(c, w.printer)),
    hardware.test_print: ("hardware", lambda c, w: hardware.test_print(c, w.printer)),
    terminal_views.list_terminals: ("terminals", lambda c, w: terminal_views.list_terminals(c)),
    terminal_views.shop_choices: ("terminals", lambda c, w: terminal_views.shop_choices(c)),
    # the shop and the kiosk's own jobs
    points.expire_points: ("expire", lambda c, w: points.expire_points(c)),
    backups.back_up: ("backup", lambda c, w: backups.back_up(c, w.folder / f"b{w.n()}.db")),
    backups.nightly_backup: (
        "backup",
        lambda c, w: backups.nightly_backup(c, w.folder / f"n{w.n()}", date(2026, 3, 1), 14),
    ),
    job_runs.record: (
        "job_runs", lambda c, w: job_runs.record(c, "clean_up", c.now(), True, "0 deleted"),
    ),
    job_runs.last_success: ("job_runs", lambda c, w: job_runs.last_success(c, "backup")),
    job_runs.last_runs: ("hardware", lambda c, w: job_runs.last_runs(c)),
    job_runs.scheduled_work: ("hardware", lambda c, w: job_runs.scheduled_work(c)),
    # the shop's command line alone: a backup of the shop itself put back in place
    backups.restore_backup: ("restore", lambda c, w: backups.restore_backup(c, w.backup)),
}
for _name, _report in REPORTS.items():
    TABLE[_report] = ("reports", lambda c, w, report=_report: report(c, None, None))

# Public functions that are not use cases: they read nothing protected and change nothing,
# or are steps that only run inside a use case that has checked the role already.
HELPERS: dict[Callable[..., Any], str] = {
    stores.chain_wide: "who acts: a question about the context",
    stores.require_chain: "a check the shop functions make after their permission",
    stores.store_codes: "the open shops' codes for pickers, nothing personal",
    stores.ensure_own_store: "the kiosk adds its own shop from its configuration on start",
    terminals.report_in: "the kiosk's own heartbeat: it reports its own state",
    terminals.process_started: "when this process started",
    terminals.with_queue: "adds the outbox's length to a state",
    staff.log_in: "open to everyone: a PIN is the check (and failures lock the account)",
    staff.log_in_by_card: "open to everyone: the card's PIN is the check",
    staff.log_out: "ends the caller's own session",
    phone_lock.phone_locked: "arithmetic on a member row already read",
    staff.has_staff: "whether the first manager must be created; no data",
    staff.login_choices: "the names on the staff login buttons",
    staff.is_staff_card: "the shape of a code",
    staff.staff_for_card: "a staff card to the account that must then give its PIN",
    journey.may_spend: "a view's own flag",
    journey.found_by_phone: "shapes a view already read",
    journey.printer_status: "asks the printer how it is",
    birthday.birthday_due: "date arithmetic",
    birthday.birthday_occurrence: "date arithmetic",
    birthday.birthday_this_year: "date arithmetic",
    catalogue.reward_fields: "the catalogue is public (the kiosk shows it)",
    catalogue.cause_fields: "the catalogue is public (the kiosk shows it)",
    hardware.status_lines: "words for a printer status",
    lookup.active_card: "step of identify and the member view",
    lookup.active_causes: "the causes the kiosk shows",
    lookup.first_name: "text",
    lookup.follow_merged: "step of identify",
    lookup.get_member: "step of use cases that checked the role",
    lookup.qualifying_value: "an SQL expression",
    lookup.require_active: "a status check",
    lookup.tier_rank: "the programme's tier order",
    member_export.export_text: "writes rows already read as CSV text",
    member_export.default_export_path: "a file name",
    lookup.registered_card_number: "step of identify",
    members.issue_card_number: "a free card number",
    members.validate_birthday: "input check",
    members.validate_email: "input check",
    members.validate_language: "input check",
    members.validate_name: "input check",
    printing.donation_document: "a slip from a donation already made",
    printing.issued_document: "a voucher document from a redeem already made",
    printing.member_after_voucher: "calls member_view, which checks",
    printing.printer_test_page: "a test page's text",
    printing.voucher_kept: "an error value",
    programme.effective_programme: "the rules in force, which every screen needs",
    programme.with_effective_programme: "the rules in force, which every screen needs",
    programme.rules_diff: "compares two rule sets",
    programme.rules_from_json: "parses rules",
    programme.rules_to_json: "writes rules as text",
    programme.validate_rules: "input check",
    programme.version_rules: "parses one saved version for the programme page",
    purchases.refund_done: "whether a request key was used",
    purchases.refund_key: "builds a request key",
    vouchers.voucher_state: "shapes a voucher row already read",
    terminal_views.ago_text: "words for a length of time",
}


def _public_functions() -> set[Callable[..., Any]]:
    found: set[Callable[..., Any]] = set()
    for module_info in pkgutil.iter_modules(kiosk.services.__path__):
        module = importlib.import_module(f"kiosk.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("_") and function.__module__ == module.__name__:
                found.add(function)
    found.add(reports.run_report)
    found.update(REPORTS.values())
    return found


def _name(function: Callable[..., Any]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def test_every_public_function_is_in_the_table() -> None:
    missing = _public_functions() - set(TABLE) - set(HELPERS)
    assert not missing, "decide who may call: " + ", ".join(sorted(map(_name, missing)))
    assert not set(TABLE) & set(HELPERS)


def test_the_customer_screen_may_do_only_customer_things() -> None:
    """What ui/customer asks of the core: identify, view, enrol, redeem, donate, print."""
    granted = {p for p in {perm for perm, _ in TABLE.values()} if allowed(CUSTOMER, p)}
    assert granted == {"identify", "enrol", "redeem", "donate", "print_voucher", "rewards"}
    assert not allowed(None, "identify") and not allowed("root", "identify")  # fail closed


def _contexts(ctx: Context) -> dict[str, Context]:
    return {
        CUSTOMER: ctx.as_customer(),
        CLERK: ctx.as_staff("Sam", CLERK),
        MANAGER: ctx.as_staff("Maria", MANAGER),
        OWNER: ctx.as_staff("cli:test", OWNER),
        SYSTEM: ctx.as_staff("schedule", SYSTEM),
    }


# SQLite's backup waits for ever for a transaction on its own connection; a backup changes
# nothing but the audit log, so it runs as it does for real, outside one.
# An erase also works outside the database (files naming the member), which an open
# transaction would hold up; each role erases its own member instead.
OUTSIDE_A_TRANSACTION = {
    backups.back_up, backups.nightly_backup, backups.restore_backup, member_admin.erase_member,
}


def _outcome(call: Call, role_ctx: Context, world: World) -> str:
    """done, a refusal's reason, or the unexpected failure."""
    before = AuditEntry.select().count()
    try:
        call(role_ctx, world)
    except Refused as refused:
        assert AuditEntry.select().count() == before  # a refusal changes nothing
        return refused.reason
    except Exception as problem:  # any other failure is reported
        return f"{type(problem).__name__}: {problem}"
    return "done"


@pytest.mark.parametrize("function", list(TABLE), ids=_name)
def test_each_role_may_call_exactly_what_the_table_grants(function, ctx, world) -> None:
    permission, call = TABLE[function]
    outcomes: dict[str, str] = {}
    for role, role_ctx in _contexts(ctx).items():
        if function in OUTSIDE_A_TRANSACTION:
            outcomes[role] = _outcome(call, role_ctx, world)
            continue
        with database_proxy.atomic() as transaction:  # each role starts from the same shop
            outcomes[role] = _outcome(call, role_ctx, world)
            transaction.rollback()
    expected = {
        role: "done" if allowed(role, permission) else "not_allowed" for role in ALL_ROLES
    }
    assert outcomes == expected


def test_a_clerk_cannot_add_points_and_the_customer_screen_cannot_manage_anything(
    ctx, world
) -> None:
    """The measured holes: a clerk's 100,000 points, the customer screen adding staff."""
    clerk, customer = _contexts(ctx)[CLERK], _contexts(ctx)[CUSTOMER]
    before = AuditEntry.select().count()
    for call in (
        lambda: points.adjust(clerk, world.ada, 100_000, "mine now"),
        lambda: points.expire_points(clerk),
        lambda: staff.list_staff(clerk),
        lambda: staff.add_staff(customer, "Mallory", "manager", "1111"),
        lambda: staff.update_staff(customer, "Sam", role="manager"),
        lambda: member_admin.erase_member(customer, world.bob, "gone"),
        lambda: programme.save_programme(customer, ProgrammeConfig(), "x"),
    ):
        with pytest.raises(Refused) as refused:
            call()
        assert refused.value.reason == "not_allowed"
    assert AuditEntry.select().count() == before
    assert staff.list_staff(ctx.as_staff("Maria", MANAGER))[0].role == "manager"
