"""Earn rules, tier status and lot allocation: integers in, integers out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ProgrammeConfig, PromotionConfig, TierConfig
from kiosk.earning import earn_points
from kiosk.errors import InsufficientPoints
from kiosk.lots import OpenLot, allocate, spending_order
from kiosk.tiers import explain, tier_status

DAY = date(2026, 6, 15)
RULES = ProgrammeConfig()


def test_per_unit_and_tier_multiplier() -> None:
    plain = earn_points(RULES, {"": 1_999}, DAY, Decimal(1))
    assert plain.total == 19 and isinstance(plain.total, int)
    silver = earn_points(RULES, {"": 10_000}, DAY, Decimal("1.25"))
    assert (silver.base, silver.tier_bonus, silver.total) == (100, 25, 125)


def test_percent_back() -> None:
    rules = replace(RULES, earn_mode="percent_back", percent_back=Decimal(2), point_value_minor=1)
    assert earn_points(rules, {"": 5_000}, DAY, Decimal(1)).total == 100


def test_promotion_window_category_and_bonus() -> None:
    promo = PromotionConfig(
        name="Bakery x2",
        starts=date(2026, 6, 1),
        ends=date(2026, 6, 30),
        multiplier=Decimal(2),
        categories=["bakery"],
    )
    bonus = PromotionConfig(name="Big shop", bonus_points=50, min_spend=5_000)
    rules = replace(RULES, promotions=[promo, bonus])
    result = earn_points(rules, {"bakery": 1_000, "dairy": 1_000}, DAY, Decimal(1))
    assert result.total == 10 + 10 + 10  # bakery doubled, dairy plain, no bonus under min_spend
    assert result.promotions == ("Bakery x2",)
    big = earn_points(rules, {"bakery": 1_000, "dairy": 5_000}, DAY, Decimal(1))
    assert big.total == 20 + 50 + 50 and set(big.promotions) == {"Bakery x2", "Big shop"}
    after = earn_points(rules, {"bakery": 1_000}, date(2026, 7, 1), Decimal(1))
    assert after.total == 10


TIERS = [TierConfig("Member", 0), TierConfig("Silver", 25_000), TierConfig("Gold", 75_000)]
NOW = datetime(2026, 6, 15, 12)


def test_reach_next_tier_by_the_day_the_oldest_purchase_drops_out() -> None:
    events = [(NOW - timedelta(days=300), 10_000), (NOW - timedelta(days=10), 5_000)]
    status = tier_status(TIERS, events, NOW, 365, "spend")
    assert status.tier == "Member" and status.next_tier == "Silver"
    assert status.next_needed == 10_000
    assert status.reach_by == NOW - timedelta(days=300) + timedelta(days=365)
    assert status.progress == pytest.approx(0.6)
    assert "Spend 100.00 more by" in explain(status, lambda v: f"{v / 100:.2f}")


def test_keep_current_tier() -> None:
    events = [(NOW - timedelta(days=200), 20_000), (NOW - timedelta(days=20), 10_000)]
    status = tier_status(TIERS, events, NOW, 365, "spend")
    assert status.tier == "Silver"
    assert status.keep_by == NOW - timedelta(days=200) + timedelta(days=365)
    assert status.keep_needed == 15_000


def test_events_outside_the_window_do_not_count_and_top_tier() -> None:
    old = [(NOW - timedelta(days=400), 100_000)]
    assert tier_status(TIERS, old, NOW, 365, "spend").tier == "Member"
    top = tier_status(TIERS, [(NOW, 80_000)], NOW, 365, "spend")
    assert top.tier == "Gold" and top.next_tier is None and top.progress == 1.0


def _lot(lot_id: int, remaining: int, days: int | None) -> OpenLot:
    expires = datetime(2026, 1, 1) + timedelta(days=days) if days is not None else None
    return OpenLot(lot_id, remaining, expires, datetime(2025, 1, 1))


def test_allocation_spends_oldest_expiring_first_and_never_expiring_last() -> None:
    lots = [_lot(1, 50, None), _lot(2, 30, 90), _lot(3, 40, 10)]
    assert allocate(lots, 60) == [(3, 40), (2, 20)]
    assert allocate(lots, 120) == [(3, 40), (2, 30), (1, 50)]
    with pytest.raises(InsufficientPoints):
        allocate(lots, 121)


@given(
    st.lists(
        st.tuples(st.integers(1, 500), st.one_of(st.none(), st.integers(0, 900))),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_allocation_properties(spec, data) -> None:
    lots = [_lot(i, remaining, days) for i, (remaining, days) in enumerate(spec)]
    total = sum(lot.remaining for lot in lots)
    wanted = data.draw(st.integers(0, total))
    taken = allocate(lots, wanted)
    assert sum(t for _, t in taken) == wanted
    order = [lot.lot_id for lot in spending_order(lots)]
    positions = [order.index(lot_id) for lot_id, _ in taken]
    assert positions == sorted(positions)
    by_id = {lot.lot_id: lot for lot in lots}
    assert all(0 < t <= by_id[lot_id].remaining for lot_id, t in taken)
    # every lot before the last one touched is used up
    for lot_id, amount in taken[:-1]:
        assert amount == by_id[lot_id].remaining
