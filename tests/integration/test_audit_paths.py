"""The same changes made at the customer screen, by staff and by the kiosk's own jobs are each
audited once, inside the use case, with who did them and in which role."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date, timedelta

import pytest

from db.models import AuditEntry
from hardware.printer_factory import printer_from_config
from hardware.printer_sim import PrinterSimulator
from kiosk import services
from kiosk.config import PrinterConfig
from kiosk.services import counter, journey
from kiosk.services.staff import add_staff

pytestmark = pytest.mark.integration


def _rows() -> list[tuple[str, str | None, str | None]]:
    return [
        (row.action, row.staff, row.role)
        for row in AuditEntry.select().order_by(AuditEntry.id)
    ]


def _added(before: int) -> list[tuple[str, str | None, str | None]]:
    return _rows()[before:]


def test_the_customer_screen_is_audited_as_the_customer(
    database, ctx, customer_ctx, make_reward, make_cause
) -> None:
    coffee = make_reward(100, "Coffee")
    cause = make_cause("Food bank")
    with PrinterSimulator() as simulator:
        printer = printer_from_config(PrinterConfig(kind="network", port=simulator.port))
        before = len(_rows())
        view = journey.enrol_member(
            customer_ctx, "", "Ada Lovelace", "07700 900123", date(1990, 3, 2), "en", False, "2468"
        )
        assert view.birthday_bonus == 100  # her birthday is tomorrow, within the window
        assert _added(before) == [
            ("member.enrol", "customer", "customer"),
            ("points.birthday", "customer", "customer"),
        ]
        before = len(_rows())
        services.adjust(ctx, view.member_id, 500, "test points")  # set-up, as the owner
        before = len(_rows())
        done = journey.redeem_and_print(
            customer_ctx, printer, None, view.member_id, coffee.id, "k-1", lambda _step: None
        )
        assert done.outcome.printed
        journey.donate_and_print(
            customer_ctx, printer, None, view.member_id, cause.id, 10, "d-1", lambda _step: None
        )
    assert _added(before) == [
        ("reward.redeem", "customer", "customer"),
        ("points.donate", "customer", "customer"),
    ]
    redeem = AuditEntry.get(AuditEntry.action == "reward.redeem")
    assert redeem.target == f"voucher:{done.voucher.voucher_id}"
    assert done.voucher.voucher_code not in redeem.details
    assert done.voucher.voucher_code[-4:] in redeem.details
    bonus = AuditEntry.get(AuditEntry.action == "points.birthday")
    assert (bonus.staff, bonus.role, bonus.target) == (
        "customer", "customer", f"member:{view.member_id}"
    )


def test_staff_work_is_audited_once_with_the_staff_name_and_role(
    database, ctx, make_member, make_reward
) -> None:
    add_staff(ctx, "Maria", "manager", "2468")
    add_staff(ctx, "Sam", "clerk", "1357")
    clerk, manager = ctx.as_staff("Sam", "clerk"), ctx.as_staff("Maria", "manager")
    ada = make_member("Ada", points=300)
    reward = make_reward(100)
    code = services.redeem_reward(ctx, ada.member_id, reward.id, "k-1").voucher_code
    other = services.redeem_reward(ctx, ada.member_id, reward.id, "k-2").voucher_code
    before = len(_rows())
    counter.counter_enrol(clerk, "Grace Hopper")
    counter.counter_purchase(clerk, ada.member_id, 1000, "R-1")
    counter.counter_refund(clerk, "R-1", 200)
    counter.counter_redeem_voucher(clerk, code)
    counter.counter_void_voucher(clerk, other, "printer jam")
    services.set_pin(clerk, ada.member_id, "4321")
    services.adjust(manager, ada.member_id, 25, "goodwill")
    assert _added(before) == [
        ("member.enrol", "Sam", "clerk"),
        ("purchase", "Sam", "clerk"),
        ("refund", "Sam", "clerk"),
        ("voucher.redeem", "Sam", "clerk"),
        ("voucher.void", "Sam", "clerk"),
        ("member.pin", "Sam", "clerk"),
        ("points.adjust", "Maria", "manager"),
    ]
    voided = AuditEntry.get(AuditEntry.action == "voucher.void")
    assert voided.reason == "printer jam" and other not in voided.details


def test_the_scheduled_expiry_is_audited_as_the_system(database, ctx, clock, make_member) -> None:
    from kiosk.schedule import start_expiry_schedule

    ada = make_member("Ada", points=40)
    later = replace(ctx, clock=type(clock)(clock.now() + timedelta(days=800)))
    before = len(_rows())
    stop = threading.Event()
    thread = start_expiry_schedule(later, stop, job=lambda c: services.expire_points(c))
    try:
        deadline = time.monotonic() + 20
        while len(_rows()) == before and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(10)
    assert _added(before) == [("points.expire", "schedule", "system")]
    row = AuditEntry.get(AuditEntry.action == "points.expire")
    assert '"points_expired": 40' in row.details and services.member_view(
        ctx, ada.member_id
    ).balance == 0


def test_a_change_that_fails_leaves_neither_the_change_nor_an_audit_row(
    database, ctx, make_member
) -> None:
    ada = make_member("Ada", points=10)
    before = len(_rows())
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        services.adjust(ctx, ada.member_id, -50, "more than she has")
    assert _added(before) == []
