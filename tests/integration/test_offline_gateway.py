"""A kiosk cut off from the chain's server serves from its local copy and catches up after."""

from __future__ import annotations

import pytest

from db.database import use_database
from db.models import LedgerEntry, Member, Purchase
from kiosk import services
from kiosk.errors import DatabaseUnavailable
from kiosk.offline import gateway as gateway_module
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
    gateway = _kiosk(chain)
    chain.proxy.cut()
    gateway.go_offline("test")
    with pytest.raises(DatabaseUnavailable):
        gateway.run(services.adjust, (chain.context(), 1, 10, "no"))
