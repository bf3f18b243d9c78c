"""A kiosk cut off from the chain's server serves from its local copy and catches up after."""

from __future__ import annotations

import pytest

from db.database import use_database
from db.models import LedgerEntry, Member, Purchase
from kiosk import services
from kiosk.errors import DatabaseUnavailable, NotFound, Refused
from kiosk.offline import gateway as gateway_module
from kiosk.offline.hook import set_gateway
from kiosk.offline.outbox import list_items
from kiosk.offline.settings import REDEEM_LIMIT, set_chain_setting
from kiosk.services import counter, journey
from tests.integration.offline_chain import Chain, chain_fixture  # noqa: F401

pytestmark = [pytest.mark.postgres, pytest.mark.integration]


def _points(member_id: int) -> int:
    return int(sum(e.points for e in LedgerEntry.select().where(LedgerEntry.member == member_id)))


def _kiosk(chain: Chain, store: str = "SHOP-A", terminal: str = "A-1") -> gateway_module.Gateway:
    ctx = chain.context(store, terminal)
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()  # the first copy
    assert gateway.copied_at() is not None
    return gateway


def test_offline_scan_shows_balance_as_of_the_copy_and_purchase_lands_once(chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx, member.member_id, 250, "starting points")
    gateway = _kiosk(chain)
    clerk = ctx.as_staff("Sam", "clerk")
    chain.proxy.cut()

    view = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert not gateway.online
    assert view.balance == 250
    assert view.as_of == gateway.copied_at()
    found = gateway.run(counter.find_member, (clerk, member.card))
    result = gateway.run(counter.counter_purchase, (clerk, found.member_id, 1000, "R-1"))
    assert result.points_earned > 0
    again = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert again.balance == 250 + result.points_earned
    assert again.waiting == 1

    chain.heal()
    gateway.tick()
    assert gateway.online
    assert _points(member.member_id) == 250 + result.points_earned
    assert Purchase.select().where(Purchase.receipt == "R-1").count() == 1
    with use_database(gateway.replica):
        assert [item.state for item in list_items()] == ["sent"]
    # the copy now holds the server's rows, not its own
    view = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert view.balance == 250 + result.points_earned


def test_a_receipt_recorded_elsewhere_meanwhile_becomes_a_conflict(chain: Chain) -> None:
    ctx = chain.context()
    first = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    second = services.enrol(ctx, "Grace Hopper", phone="07700 900002")
    gateway = _kiosk(chain)
    clerk = ctx.as_staff("Sam", "clerk")
    chain.proxy.cut()
    gateway.go_offline("test")
    gateway.run(counter.counter_purchase, (clerk, first.member_id, 1000, "R-9"))
    gateway.run(counter.counter_purchase, (clerk, first.member_id, 500, "R-10"))
    chain.heal()
    # meanwhile the till's script recorded R-9 online, for another card
    services.record_purchase(ctx, second.card, 2000, "R-9")
    gateway.tick()
    assert gateway.online
    with use_database(gateway.replica):
        items = {item.payload["receipt"]: item for item in list_items()}
    assert items["R-9"].state == "conflict"
    assert items["R-9"].reason == "receipt_reused"
    assert items["R-10"].state == "sent"  # the refused one did not block the next
    assert Purchase.select().where(Purchase.member == first.member_id).count() == 1


def test_offline_redemption_follows_the_chain_limit(chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx, member.member_id, 500, "starting points")
    from db.models import Reward

    reward = Reward.create(name="Coffee", cost=200)
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    customer = ctx.as_customer()
    args = (customer, None, None, member.member_id, reward.id, "key-1", lambda _step: None)
    with pytest.raises(Exception) as refused:
        gateway.run(journey.redeem_and_print, args)
    assert getattr(refused.value, "reason", "") == "offline_redeem_off"

    chain.heal()
    set_chain_setting(REDEEM_LIMIT, "300")
    gateway.tick(force_copy=True)
    chain.proxy.cut()
    gateway.go_offline("test")
    done = gateway.run(journey.redeem_and_print, args)
    code = done.voucher.voucher_code
    second = (customer, None, None, member.member_id, reward.id, "key-2", lambda _step: None)
    with pytest.raises(Exception) as limited:
        gateway.run(journey.redeem_and_print, second)
    assert getattr(limited.value, "reason", "") == "offline_redeem_limit"
    chain.heal()
    gateway.tick()
    assert gateway.online
    from db.models import Voucher

    voucher = Voucher.get(Voucher.code == code)  # the same code on the server
    assert voucher.points == 200
    assert Member.get_by_id(member.member_id).balance == 300
    assert _points(member.member_id) == 300


def test_a_job_that_cannot_run_offline_gets_the_calm_message(chain: Chain) -> None:
    from kiosk.failures import as_kiosk_error
    from kiosk.services.journey import printer_status

    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    with pytest.raises(Exception) as failed:
        gateway.run(services.adjust, (chain.context(), 1, 10, "no"))
    assert isinstance(as_kiosk_error(failed.value), DatabaseUnavailable)  # as the worker says
    assert gateway.run(printer_status, (None,)) is None  # no database needed: it runs


def _issue(ctx, member_id: int, cost: int = 100) -> str:  # type: ignore[no-untyped-def]
    from db.models import Reward

    reward = Reward.create(name=f"Reward {cost}", cost=cost)
    return services.redeem_reward(ctx, member_id, reward.id, f"online-{reward.id}").voucher_code


def test_a_voucher_from_shop_a_redeems_offline_at_b_and_twice_is_a_conflict(
    chain: Chain,
) -> None:
    ctx_a = chain.context("SHOP-A", "A-1")
    member = services.enrol(ctx_a, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx_a, member.member_id, 500, "starting points")
    known = _issue(ctx_a.as_customer(), member.member_id)
    gateway_b = _kiosk(chain, "SHOP-B", "B-1")  # its copy holds the first voucher
    unknown = _issue(ctx_a.as_customer(), member.member_id, 150)  # issued after B's copy
    clerk_b = chain.context("SHOP-B", "B-1").as_staff("Bo", "clerk")
    chain.proxy.cut()
    gateway_b.go_offline("test")

    checked = gateway_b.run(counter.counter_check_voucher, (clerk_b, known))
    assert checked.ok and checked.unchecked
    assert "Could not be checked against other shops" in checked.message
    first = gateway_b.run(counter.counter_redeem_voucher, (clerk_b, known))
    assert first.ok and first.status == "redeemed"
    again = gateway_b.run(counter.counter_redeem_voucher, (clerk_b, known))
    assert not again.ok  # the same kiosk never takes it twice
    trusted = gateway_b.run(counter.counter_redeem_voucher, (clerk_b, unknown))
    assert trusted.ok and "Could not be checked against other shops" in trusted.message
    forged = gateway_b.run(counter.counter_redeem_voucher, (clerk_b, known[:-2] + "00"))
    assert not forged.ok

    chain.heal()
    services.redeem_voucher(ctx_a, known)  # shop A took the same voucher meanwhile
    gateway_b.tick()
    with use_database(gateway_b.replica):
        items = {item.payload["code"]: item for item in list_items()}
    assert items[known].state == "conflict" and items[known].reason == "redeemed_twice"
    assert items[unknown].state == "sent"
    from db.models import Voucher

    assert Voucher.get(Voucher.code == unknown).redeemed_store == "SHOP-B"
    assert Voucher.get(Voucher.code == known).redeemed_store == "SHOP-A"


def test_the_chain_can_refuse_vouchers_while_offline(chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx, member.member_id, 500, "starting points")
    code = _issue(ctx.as_customer(), member.member_id)
    from kiosk.offline.settings import VOUCHERS

    set_chain_setting(VOUCHERS, "refuse")
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    with pytest.raises(Exception) as refused:
        gateway.run(counter.counter_redeem_voucher, (ctx.as_staff("Sam", "clerk"), code))
    assert getattr(refused.value, "reason", "") == "offline_vouchers_refused"


def test_an_offline_voucher_the_chain_refuses_says_why_when_scanned(chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx, member.member_id, 300, "starting points")
    from db.models import Reward

    reward = Reward.create(name="Coffee", cost=200)
    set_chain_setting(REDEEM_LIMIT, "500")
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    done = gateway.run(journey.redeem_and_print, (
        ctx.as_customer(), None, None, member.member_id, reward.id, "k-1", lambda _s: None))
    chain.heal()
    services.adjust(ctx, member.member_id, -250, "spent at another shop meanwhile")
    gateway.tick()
    with use_database(gateway.replica):
        (item,) = list_items()
    assert (item.state, item.reason) == ("conflict", "insufficient_points")
    state = services.check_voucher(ctx, done.voucher.voucher_code)
    assert state.status == "refused" and not state.ok
    assert "no longer had the points" in state.message
    assert Member.get_by_id(member.member_id).balance == 50


def test_the_screens_jobs_are_known_to_the_gateway() -> None:
    """The kiosk's own jobs, as the screens submit them, run offline (a rename breaks this)."""
    from kiosk.offline.jobs import adapter_for
    from ui.customer.redeem import redeem_if_printable
    from ui.staff import desk

    assert adapter_for(redeem_if_printable) is not None
    assert adapter_for(desk._login_start) is not None
    assert ("ui.staff.desk", "StaffDesk.try_pin.<locals>.log_in") in __import__(
        "kiosk.offline.jobs", fromlist=["BY_NAME"]).BY_NAME
    import inspect

    assert "def log_in(ctx: Context)" in inspect.getsource(desk.StaffDesk.try_pin)
    assert adapter_for(services.adjust) is None


def test_the_copy_holds_this_shops_members_and_follows_the_server(
    chain: Chain, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.models import Member as MemberRow
    from kiosk.offline import sync
    from kiosk.offline.tables import MemberSync

    monkeypatch.setattr(sync, "WHOLE_CHAIN_FITS", 0)  # as in a chain too big to copy whole
    ctx_a, ctx_b = chain.context("SHOP-A", "A-1"), chain.context("SHOP-B", "B-1")
    here = services.enrol(ctx_a, "Ada Lovelace", phone="07700 900001")
    services.record_purchase(ctx_a, here.card, 1000, "A-1")
    joined = services.enrol(ctx_a, "Grace Hopper", phone="07700 900002")  # enrolled here only
    elsewhere = services.enrol(ctx_b, "Alan Turing", phone="07700 900003")
    services.record_purchase(ctx_b, elsewhere.card, 1000, "B-1")
    gateway = _kiosk(chain, "SHOP-A", "A-1")
    with use_database(gateway.replica):
        copied = {m.id for m in MemberRow.select()}
    assert copied == {here.member_id, joined.member_id}

    services.record_purchase(ctx_a, elsewhere.card, 500, "A-2")  # now a customer here too
    services.record_purchase(ctx_b, here.card, 3000, "B-2")  # ours, buying elsewhere
    gateway.refresh_copy()
    with use_database(gateway.replica):
        copied = {m.id for m in MemberRow.select()}
        balances = {row.member_id: row.balance for row in MemberSync.select()}
    assert copied == {here.member_id, joined.member_id, elsewhere.member_id}
    assert balances[here.member_id] == MemberRow.get_by_id(here.member_id).balance == 40
    assert balances[elsewhere.member_id] == 15


def test_a_replayed_purchase_makes_its_days_totals_count_again(chain: Chain) -> None:
    from datetime import date

    from db.models import ReportDay
    from kiosk.offline.status import offline_state

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    clerk = ctx.as_staff("Sam", "clerk")
    done = gateway.run(counter.counter_purchase, (clerk, member.member_id, 1000, "R-1"))
    set_gateway(gateway)
    state = offline_state()
    assert not state.online and state.waiting == 1 and state.offline_since is not None
    chain.heal()
    day: date = done.recorded_at.date()
    ReportDay.create(day=day, metric="purchases", value=0)  # the day's totals, kept
    gateway.tick()
    assert not ReportDay.select().where(ReportDay.day == day).exists()
    assert offline_state().online and offline_state().waiting == 0


def test_a_counter_refund_or_enrolment_saved_just_before_the_line_dropped_counts_once(
    chain: Chain,
) -> None:
    from db.models import RefundRequest
    from kiosk.offline.jobs import adapter_for, keyed

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.record_purchase(ctx, member.card, 2000, "R-1")
    gateway = _kiosk(chain)
    clerk = ctx.as_staff("Sam", "manager")
    refund_job = keyed(counter.counter_refund, (clerk, "R-1", 500))
    enrol_job = keyed(counter.counter_enrol, (clerk, "Grace Hopper", None, None))
    for function, args in (refund_job, enrol_job):
        function(*args)  # the server saved it; the answer never came back
    chain.proxy.cut()
    gateway.go_offline("the answer was lost")
    for function, args in (refund_job, enrol_job):  # so the kiosk did it again, offline
        adapter = adapter_for(function)
        assert adapter is not None
        adapter(gateway, function, args)
    chain.heal()
    gateway.tick()
    with use_database(gateway.replica):
        assert [item.state for item in list_items()] == ["sent", "sent"]
    assert RefundRequest.select().count() == 1
    assert Purchase.get(Purchase.receipt == "R-1").refunded_minor == 500
    assert Member.select().where(Member.name == "Grace Hopper").count() == 1
    assert _points(member.member_id) == 20 - 5


def test_a_redemption_saved_before_the_line_dropped_and_done_again_offline_takes_once(
    chain: Chain,
) -> None:
    from db.models import Reward, Voucher

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    services.adjust(ctx, member.member_id, 500, "starting points")
    reward = Reward.create(name="Coffee", cost=200)
    set_chain_setting(REDEEM_LIMIT, "500")
    gateway = _kiosk(chain)
    customer = ctx.as_customer()
    saved = services.redeem_reward(customer, member.member_id, reward.id, "k-1")  # reply lost
    chain.proxy.cut()
    gateway.go_offline("the reply was lost")
    again = gateway.run(journey.redeem_and_print, (
        customer, None, None, member.member_id, reward.id, "k-1", lambda _s: None))
    assert again.voucher.voucher_code != saved.voucher_code  # the copy did not know it
    chain.heal()
    gateway.tick()
    with use_database(gateway.replica):
        (item,) = list_items()
    assert (item.state, item.reason) == ("conflict", "voucher_replaced")
    assert Member.get_by_id(member.member_id).balance == 300  # taken once
    assert Voucher.select().count() == 1
    state = services.check_voucher(ctx, again.voucher.voucher_code)
    assert state.status == "refused" and "already issued another voucher" in state.message


def test_a_member_erased_on_the_server_is_erased_in_the_copy(chain: Chain) -> None:
    from db.models import Member as MemberRow
    from kiosk.services.member_admin import erase_member

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    gateway = _kiosk(chain)
    erase_member(ctx, member.member_id, "asked to be forgotten")
    gateway.refresh_copy()
    with use_database(gateway.replica):
        row = MemberRow.get_by_id(member.member_id)
    assert row.status == "erased" and "Ada" not in row.name and row.phone is None


def test_an_unreadable_copy_leaves_the_kiosk_online_without_it(chain: Chain) -> None:
    ctx = chain.context()
    folder = chain.folder / "offline-A-1"
    folder.mkdir(parents=True)
    (folder / "replica.db").write_bytes(b"this is not an SQLite file" * 100)
    assert gateway_module.install(ctx, start=False) is None


def test_wrong_phone_pins_still_lock_while_offline(chain: Chain) -> None:
    import dataclasses

    from kiosk.config import SecurityConfig

    ctx = chain.context()
    ctx = dataclasses.replace(ctx, config=dataclasses.replace(
        ctx.config, security=dataclasses.replace(SecurityConfig(), phone_lookup_pin=True,
                                                 max_pin_attempts=3)))
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001", pin="1234")
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    chain.proxy.cut()
    gateway.go_offline("test")
    customer = ctx.as_customer()
    reasons = []
    for _ in range(4):
        with pytest.raises(Exception) as refused:
            gateway.run(journey.member_by_phone, (customer, "07700 900001", "9999"))
        reasons.append(getattr(refused.value, "reason", ""))
    assert reasons[-1] == "pin_locked"
    with pytest.raises(Exception) as locked:  # even the right PIN, now
        gateway.run(journey.member_by_phone, (customer, "07700 900001", "1234"))
    assert getattr(locked.value, "reason", "") == "pin_locked"
    view = gateway.run(journey.member_by_card, (customer, member.card))
    assert view.member_id == member.member_id  # the card still works


def test_wrong_staff_pins_still_lock_the_account_while_offline(chain: Chain) -> None:
    from kiosk.offline import jobs
    from kiosk.services import staff
    from kiosk.services.staff import StaffLocked

    ctx = chain.context()
    staff.add_staff(ctx, "Mo", "manager", "482913")
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    kiosk_ctx = ctx.as_customer()
    adapter = jobs.BY_NAME[("ui.staff.desk", "StaffDesk.try_pin.<locals>.log_in")]
    for _ in range(ctx.config.security.staff_max_pin_attempts):
        with pytest.raises(Refused):  # wrong PIN, then locked
            adapter(gateway, staff.log_in, (kiosk_ctx, "Mo", "000000"))
    with pytest.raises(StaffLocked):  # the right PIN too, until the lock ends
        adapter(gateway, staff.log_in, (kiosk_ctx, "Mo", "482913"))


def test_a_birthday_scanned_offline_waits_for_the_server(chain: Chain) -> None:
    """The copy cannot give points the server never hears of: no birthday greeting offline, the
    bonus comes with the first scan once the server answers again, once."""
    ctx = chain.context()
    birthday = ctx.now().date().replace(year=1990)
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001", birthday=birthday)
    gateway = _kiosk(chain)
    chain.proxy.cut()
    view = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert not gateway.online
    assert view.birthday_bonus == 0 and view.balance == 0
    chain.heal()
    gateway.tick()
    assert gateway.online
    view = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert view.birthday_bonus > 0 and view.balance == view.birthday_bonus
    again = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert again.birthday_bonus == 0
    assert _points(member.member_id) == view.birthday_bonus


def test_a_card_the_copy_does_not_hold_still_gets_its_purchase(chain: Chain) -> None:
    """A customer enrolled elsewhere after the last copy: offline, the counter records the
    purchase by card; it reaches the server once, and the points are theirs."""
    ctx = chain.context()
    gateway = _kiosk(chain)  # the copy is made before the newcomer exists
    newcomer = services.enrol(chain.context("SHOP-B", "B-1"), "Grace Hopper",
                              phone="07700 900002")
    clerk = ctx.as_staff("Sam", "clerk")
    chain.proxy.cut()
    found = gateway.run(counter.find_member, (clerk, newcomer.card))
    assert not gateway.online
    assert (found.member_id, found.card, found.status) == (0, newcomer.card, counter.NOT_COPIED)
    with pytest.raises(NotFound):  # a phone number the copy does not know stays unknown
        gateway.run(counter.find_member, (clerk, "07700 900999"))
    result = gateway.run(counter.counter_purchase_for_card, (clerk, found.card, 1000, "R-5"))
    assert (result.member_id, result.points_earned, result.receipt) == (0, 0, "R-5")
    with pytest.raises(Refused) as again:
        gateway.run(counter.counter_purchase_for_card, (clerk, found.card, 1000, "R-5"))
    assert again.value.reason == "receipt_reused"
    chain.heal()
    gateway.tick()
    assert gateway.online
    purchase = Purchase.get(Purchase.receipt == "R-5")
    assert (purchase.member_id, purchase.store, purchase.amount_minor) == (
        newcomer.member_id, "SHOP-A", 1000)
    assert _points(newcomer.member_id) == purchase.points_earned > 0
