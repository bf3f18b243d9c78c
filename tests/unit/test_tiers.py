"""Tier status over a rolling window and the sentence that explains it to the member."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import TierConfig
from kiosk.money import format_amount
from kiosk.tiers import explain, tier_status

TIERS = [
    TierConfig("Member", 0, Decimal(1), "basic"),
    TierConfig("Silver", 25_000, Decimal("1.25"), "more points"),
    TierConfig("Gold", 75_000, Decimal("1.5"), "most points"),
]
NOW = datetime(2026, 6, 15, 12)
WINDOW = 365


def money(value: int) -> str:
    return format_amount(value, 2, "£")


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def test_no_activity_is_the_first_tier() -> None:
    status = tier_status(TIERS, [], NOW, WINDOW, "spend")
    assert (status.tier, status.tier_index, status.value) == ("Member", 0, 0)
    assert status.next_tier == "Silver" and status.next_needed == 25_000
    assert status.reach_by is None and status.keep_by is None and status.progress == 0
    assert explain(status, money) == "Spend £250.00 more within the window to reach Silver."


def test_reach_next_tier_by_the_date_the_oldest_purchase_drops_out() -> None:
    events = [(ago(10), 5_000), (ago(300), 10_000)]
    status = tier_status(TIERS, events, NOW, WINDOW, "spend")
    assert status.tier == "Member" and status.next_tier == "Silver"
    assert status.value == 15_000 and status.next_needed == 10_000
    assert status.reach_by == ago(300) + timedelta(days=WINDOW)  # 19 Aug 2026
    assert status.progress == pytest.approx(0.6)
    assert status.multiplier_text == "x1" and status.benefits == "basic"
    assert explain(status, money) == "Spend £100.00 more by 19 Aug 2026 to reach Silver."


def test_keep_current_tier_and_reach_the_next() -> None:
    events = [(ago(200), 20_000), (ago(20), 10_000)]
    status = tier_status(TIERS, events, NOW, WINDOW, "spend")
    assert status.tier == "Silver" and status.tier_index == 1
    assert status.multiplier_text == "x1.25"
    # when the purchase from 200 days ago drops out, 10 000 is left: 15 000 short of Silver
    assert status.keep_by == ago(200) + timedelta(days=WINDOW)
    assert status.keep_needed == 15_000
    assert status.next_tier == "Gold" and status.next_needed == 45_000
    text = explain(status, money)
    assert "Spend £450.00 more by 27 Nov 2026 to reach Gold." in text
    assert "Spend £150.00 more by 27 Nov 2026 to keep Silver." in text


def test_keep_date_is_the_first_drop_that_falls_below_the_threshold() -> None:
    events = [(ago(300), 1_000), (ago(100), 30_000), (ago(5), 2_000)]
    status = tier_status(TIERS, events, NOW, WINDOW, "spend")
    assert status.tier == "Silver"
    # dropping the first purchase still leaves 32 000; dropping the second leaves 2 000
    assert status.keep_by == ago(100) + timedelta(days=WINDOW)
    assert status.keep_needed == 25_000 - 2_000


def test_top_tier() -> None:
    status = tier_status(TIERS, [(ago(1), 80_000)], NOW, WINDOW, "spend")
    assert status.tier == "Gold" and status.next_tier is None
    assert status.next_needed == 0 and status.reach_by is None and status.progress == 1.0
    assert status.keep_needed == 75_000  # when the only purchase drops out, all of it again
    assert status.keep_by == ago(1) + timedelta(days=WINDOW)
    assert explain(status, money) == (
        f"Spend £750.00 more by {status.keep_by:%d %b %Y} to keep Gold."
    )
    lone = tier_status([TierConfig("Only", 0)], [(ago(1), 10)], NOW, WINDOW, "spend")
    assert explain(lone, money) == "You are at the top tier, Only."


def test_the_window_is_rolling() -> None:
    assert tier_status(TIERS, [(ago(366), 100_000)], NOW, WINDOW, "spend").tier == "Member"
    assert tier_status(TIERS, [(ago(365), 100_000)], NOW, WINDOW, "spend").tier == "Member"
    assert tier_status(TIERS, [(ago(364), 100_000)], NOW, WINDOW, "spend").tier == "Gold"
    assert tier_status(TIERS, [(ago(40), 100_000)], NOW, 30, "spend").tier == "Member"


def test_exactly_the_threshold_reaches_the_tier() -> None:
    assert tier_status(TIERS, [(NOW, 24_999)], NOW, WINDOW, "spend").tier == "Member"
    assert tier_status(TIERS, [(NOW, 25_000)], NOW, WINDOW, "spend").tier == "Silver"


def test_credits_basis_speaks_of_tier_credits() -> None:
    status = tier_status(TIERS, [(ago(3), 100)], NOW, WINDOW, "credits")
    assert explain(status, str) == (
        f"Earn 24900 tier credits more by {ago(3) + timedelta(days=WINDOW):%d %b %Y} "
        "to reach Silver."
    )


events = st.lists(
    st.tuples(st.integers(0, 500).map(lambda d: ago(d)), st.integers(0, 40_000)), max_size=8
)


@given(events)
def test_status_is_consistent(spec: list[tuple[datetime, int]]) -> None:
    status = tier_status(TIERS, spec, NOW, WINDOW, "spend")
    counted = sum(v for t, v in spec if t > NOW - timedelta(days=WINDOW))
    assert status.value == counted
    assert TIERS[status.tier_index].name == status.tier
    assert TIERS[status.tier_index].threshold <= counted
    if status.next_tier is not None:
        following = TIERS[status.tier_index + 1]
        assert counted < following.threshold
        assert status.next_needed == following.threshold - counted
        assert 0 <= status.progress < 1
    if status.keep_by is not None:
        # at keep_by the events up to then have dropped out and the rest is short of the tier
        left = sum(v for t, v in spec if t > status.keep_by - timedelta(days=WINDOW))
        assert left + status.keep_needed == TIERS[status.tier_index].threshold
        assert status.keep_needed > 0
    elif status.tier_index > 0:
        pytest.fail("a tier above the first always has a date to keep it by")


def test_purchases_made_at_the_same_moment_drop_out_together() -> None:
    status = tier_status(TIERS, [(ago(10), 1), (ago(10), 24_999)], NOW, WINDOW, "spend")
    assert status.tier == "Silver"
    assert status.keep_by == ago(10) + timedelta(days=WINDOW)
    assert status.keep_needed == 25_000
