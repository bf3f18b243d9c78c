"""The hot paths run few statements: identify, the member view and a redeem, counted on a real DB.

The counts are exact on purpose: a change that adds a statement to a scan or a redeem should be
a decision, made here, not an accident.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import peewee
import pytest

from db.models import LedgerEntry, Voucher
from hardware.printer import EscposPrinter, NetworkTransport
from hardware.printer_sim import PrinterSimulator
from kiosk import services
from kiosk import vouchers as voucher_codes
from kiosk.clock import FixedClock
from kiosk.services import journey
from kiosk.services.members import grant_birthday_bonus
from tests.integration.query_counter import counted_statements, verbs

pytestmark = [pytest.mark.integration]

IDENTIFY = ["SELECT"]
MEMBER_VIEW = ["SELECT"] * 6  # member and card, tier, expiring, rewards, causes, recent
REDEEM = [
    "SELECT",  # the member and their card
    "SELECT",  # a voucher with this request key?
    "SELECT",  # the reward
    "BEGIN",
    "UPDATE",  # the balance, only if it covers the cost
    "INSERT",  # the ledger entry
    "SELECT",  # the open lots
    "UPDATE",  # the one lot spent
    "INSERT",  # its lot use
    "INSERT",  # the voucher
    "INSERT",  # its audit row (the role check costs nothing)
    "SELECT",  # the balance after
    "COMMIT",
]
MARK_PRINTED = ["UPDATE"]


@pytest.fixture
def shop(database: peewee.Database, ctx, make_member, make_reward, make_cause):
    """A member with points, two rewards (one in stock), a cause and some history."""
    ada = make_member("Ada Lovelace", points=500, birthday=date(1990, 3, 4))
    make_reward(100, "Coffee")
    make_reward(300, "Bag", translations='{"tr": {"name": "Çanta"}}')
    make_cause("Food bank")
    services.record_purchase(ctx, ada.card, 2_000, "R-1")
    return ada


@pytest.fixture
def sim() -> Iterator[PrinterSimulator]:
    simulator = PrinterSimulator().start()
    yield simulator
    simulator.stop()


def test_identify_by_card_is_one_statement(database, ctx, shop) -> None:
    with counted_statements(database) as seen:
        found = services.identify(ctx, shop.card)
    assert verbs(seen) == IDENTIFY, seen
    assert found.member_id == shop.member_id and found.birthday == date(1990, 3, 4)


def test_the_member_view_is_six_reads_even_on_a_birthday(database, ctx, shop) -> None:
    before = LedgerEntry.select().count()
    with counted_statements(database) as seen:
        view = services.member_view(ctx, shop.member_id)
    assert verbs(seen) == MEMBER_VIEW, seen
    assert LedgerEntry.select().count() == before  # the birthday bonus is not granted here
    assert view.card == shop.card and [r.name for r in view.rewards] == ["Coffee", "Bag"]
    with counted_statements(database) as seen:
        services.member_view(ctx, shop.member_id, shop.card)
    assert verbs(seen) == MEMBER_VIEW, seen


def test_the_birthday_bonus_is_a_separate_step(database, ctx, make_member) -> None:
    bo = make_member("Bo", birthday=date(1990, 3, 4))  # three days from "today", 1 March
    found = services.identify(ctx, bo.card)
    with counted_statements(database) as seen:
        assert grant_birthday_bonus(ctx, found.member_id, found.birthday) == 100
    assert "INSERT" in verbs(seen) and verbs(seen)[-1] == "COMMIT"
    with counted_statements(database) as seen:
        assert grant_birthday_bonus(ctx, found.member_id, found.birthday) == 0
    assert verbs(seen) == ["SELECT"], seen  # granted already this year: one look, no write
    summer = replace(ctx, clock=FixedClock(datetime(2026, 8, 1, 12)))
    with counted_statements(database) as seen:
        assert grant_birthday_bonus(summer, found.member_id, found.birthday) == 0
    assert seen == []  # not the birthday: nothing to read


def test_a_redeem_is_thirteen_statements_and_verifies_no_code(
    database, ctx, shop, make_reward, monkeypatch
) -> None:
    cake = make_reward(200, "Cake")
    checks = []
    real_check = voucher_codes.check_voucher_code
    for module in ("kiosk.services.printing", "kiosk.services.vouchers"):
        monkeypatch.setattr(
            f"{module}.check_voucher_code",
            lambda text, secret: checks.append(text) or real_check(text, secret),
        )
    before = services.member_view(ctx, shop.member_id).balance
    with counted_statements(database) as seen:
        issued = services.redeem_reward(ctx, shop.member_id, cake.id, "count-1")
    assert verbs(seen) == REDEEM, seen
    assert issued.balance == before - 200 and issued.title == "Cake"
    with counted_statements(database) as seen:
        again = services.redeem_reward(ctx, shop.member_id, cake.id, "count-1")
    assert again.repeated and again.voucher_id == issued.voucher_id
    assert verbs(seen) == ["SELECT"] * 4, seen  # member, key, reward, balance: nothing written
    assert checks == []


def test_redeem_and_print_sends_the_job_before_any_preview(
    database, customer_ctx, shop, sim
) -> None:
    """Redeem, print on a real TCP printer, mark printed, the member view: 13 + 0 + 1 + 6."""
    printer = EscposPrinter(NetworkTransport("127.0.0.1", sim.port, 2.0))
    order: list[str] = []
    real_print = printer.print_document

    def print_document(document):
        real_print(document)
        order.append(f"printed after {len(seen)} statements")

    def render(document) -> bytes:
        order.append("preview")
        return b"png"

    printer.print_document = print_document  # type: ignore[method-assign]
    with counted_statements(database) as seen:
        done = journey.redeem_and_print(
            customer_ctx, printer, render, shop.member_id, 2, "count-2", lambda step: None
        )
    assert order == [f"printed after {len(REDEEM)} statements", "preview"]
    assert verbs(seen) == REDEEM + MARK_PRINTED + MEMBER_VIEW, seen
    assert done.outcome.printed and done.outcome.preview_png == b"png"
    assert Voucher.get_by_id(done.voucher.voucher_id).status == "printed"
    (job,) = sim.wait_for_jobs(1)
    assert done.voucher.voucher_code.encode() in job
