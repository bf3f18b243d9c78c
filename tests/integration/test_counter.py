"""Counter work as a logged-in staff member: purchases, refunds, vouchers, each audited."""

from __future__ import annotations

import json

import pytest

from db.models import AuditEntry, Purchase, Voucher
from hardware.printer_sim import PrinterSimulator
from kiosk import services
from kiosk.errors import InvalidInput, Refused
from kiosk.services import counter, hardware
from kiosk.services.staff import add_staff
from kiosk.vouchers import looks_like_voucher_code

pytestmark = pytest.mark.integration


@pytest.fixture
def clerk(database, ctx):
    add_staff(ctx, "Maria", "manager", "2468")
    add_staff(ctx.as_staff("Maria", "manager"), "Sam", "clerk", "1357")
    return ctx.as_staff("Sam", "clerk")


def _audit() -> list[tuple[str, str | None, str]]:
    rows = AuditEntry.select().where(  # staff work, not the test's own set-up (as the owner)
        ~AuditEntry.action.startswith("staff.") & (AuditEntry.staff != "cli:test")
    )
    rows = rows.order_by(AuditEntry.id)
    return [(row.action, row.staff, row.target) for row in rows]


def test_a_purchase_is_recorded_once_and_audited(clerk, make_member) -> None:
    ada = make_member()
    found = counter.find_member(clerk, ada.card)
    assert (found.member_id, found.name, found.balance) == (ada.member_id, "Ada Lovelace", 0)
    done = counter.counter_purchase(clerk, ada.member_id, 1250, "R-1", {"bakery": 1250})
    assert done.points_earned == 12 and done.balance == 12
    with pytest.raises(Refused) as again:
        counter.counter_purchase(clerk, ada.member_id, 1250, "R-1")
    assert again.value.reason == "receipt_reused"
    assert "already recorded on 1 Mar 2026, 12:00" in again.value.message
    assert Purchase.select().count() == 1
    assert _audit() == [("purchase", "Sam", "R-1")]
    details = json.loads(AuditEntry.get(AuditEntry.action == "purchase").details)
    assert details == {
        "amount_minor": 1250,
        "lines": {"bakery": 1250},
        "member": ada.member_id,
        "points": 12,
    }


def test_enrolment_at_the_counter_is_audited(clerk) -> None:
    done = counter.counter_enrol(clerk, "Grace Hopper", "07700 900777", language="tr")
    assert counter.find_member(clerk, done.card).name == "Grace Hopper"
    assert _audit() == [("member.enrol", "Sam", f"member:{done.member_id}")]
    details = json.loads(AuditEntry.get(AuditEntry.action == "member.enrol").details)
    assert details == {"card": done.card[-4:], "pin": False}  # no name, phone or full card
    with pytest.raises(Refused) as taken:
        counter.counter_enrol(clerk, "Grace Again", "07700 900777")
    assert taken.value.reason == "phone_exists"
    assert len(_audit()) == 1


def test_a_refund_takes_points_back_and_is_audited(clerk, make_member) -> None:
    ada = make_member()
    counter.counter_purchase(clerk, ada.member_id, 2000, "R-2")
    part = counter.counter_refund(clerk, "R-2", 500)
    assert (part.refunded_minor, part.points_clawed, part.balance) == (500, 5, 15)
    rest = counter.counter_refund(clerk, "R-2")
    assert (rest.refunded_minor, rest.balance) == (1500, 0)
    with pytest.raises(Refused) as done:
        counter.counter_refund(clerk, "R-2")
    assert done.value.reason == "refunded_already"
    assert [a for a, _, _ in _audit()] == ["purchase", "refund", "refund"]


def test_vouchers_redeem_once_void_with_a_reason_and_reprint(
    clerk, ctx, make_member, make_reward
) -> None:
    ada = make_member(points=500)
    reward = make_reward(cost=100)
    first = services.redeem_reward(ctx, ada.member_id, reward.id, "k1").voucher_code
    second = services.redeem_reward(ctx, ada.member_id, reward.id, "k2").voucher_code
    assert looks_like_voucher_code(first) and not looks_like_voucher_code(ada.card)
    assert counter.counter_check_voucher(clerk, first).status == "issued"
    assert counter.counter_redeem_voucher(clerk, first).ok
    again = counter.counter_redeem_voucher(clerk, first)
    assert (again.ok, again.status, again.redeemed_staff) == (False, "redeemed", "Sam")
    with pytest.raises(InvalidInput):
        counter.counter_void_voucher(clerk, second, "  ")
    voided = counter.counter_void_voucher(clerk, second, "did not print")
    assert voided.ok and voided.points_returned == 100
    with PrinterSimulator() as printer_sim:
        from hardware.printer_factory import printer_from_config
        from kiosk.config import PrinterConfig

        printer = printer_from_config(PrinterConfig(kind="network", port=printer_sim.port))
        with pytest.raises(Refused):
            counter.counter_reprint_voucher(clerk, printer, second)  # void: not reprinted
        third = services.redeem_reward(ctx, ada.member_id, reward.id, "k3").voucher_code
        counter.counter_reprint_voucher(clerk, printer, third)
        assert b"DUPLICATE" in b"".join(printer_sim.wait_for_jobs(1))
    assert Voucher.get(Voucher.code == third).print_count == 1
    assert [a for a, _, _ in _audit()] == ["voucher.redeem", "voucher.void", "voucher.reprint"]
    assert AuditEntry.get(AuditEntry.action == "voucher.void").reason == "did not print"


def test_counter_and_hardware_work_need_a_login_with_the_right_role(
    clerk, ctx, make_member
) -> None:
    ada = make_member()
    with PrinterSimulator() as printer_sim:
        from hardware.printer_factory import printer_from_config
        from kiosk.config import PrinterConfig

        printer = printer_from_config(PrinterConfig(kind="network", port=printer_sim.port))
        with pytest.raises(Refused) as refused:
            hardware.test_print(clerk, printer)
        assert refused.value.reason == "not_allowed"
        manager = ctx.as_staff("Maria", "manager")
        assert hardware.test_print(manager, printer).online is True
        assert b"Printed by: Maria" in b"".join(printer_sim.wait_for_jobs(1))
    assert counter.counter_purchase(manager, ada.member_id, 100, "R-9").points_earned == 1
    assert [a for a, _, _ in _audit()] == ["printer.test", "purchase"]
