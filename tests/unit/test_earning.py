"""Earn rules: base rate or percentage back, tier multiplier, promotions; integer results only."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ProgrammeConfig, PromotionConfig
from kiosk.earning import earn_points

DAY = date(2026, 6, 15)
RULES = ProgrammeConfig()
ONE = Decimal(1)


def _ints_only(breakdown) -> None:
    for spec in fields(breakdown):
        value = getattr(breakdown, spec.name)
        if spec.name != "promotions":
            assert type(value) is int, f"{spec.name} is {type(value).__name__}"
    assert type(breakdown.total) is int


def test_per_unit_floors_to_whole_points() -> None:
    result = earn_points(RULES, {"": 1_999}, DAY, ONE)
    assert (result.base, result.tier_bonus, result.promotion_bonus, result.total) == (19, 0, 0, 19)
    _ints_only(result)
    assert earn_points(RULES, {"": 99}, DAY, ONE).total == 0


def test_per_unit_rate_and_currency_without_minor_units() -> None:
    rules = replace(RULES, points_per_unit=Decimal("2.5"))
    assert earn_points(rules, {"": 1_000}, DAY, ONE).total == 25  # 10.00 x 2.5
    assert earn_points(RULES, {"": 150}, DAY, ONE, minor_digits=0).total == 150


def test_percent_back() -> None:
    rules = replace(RULES, earn_mode="percent_back", percent_back=Decimal(2), point_value_minor=1)
    assert earn_points(rules, {"": 5_000}, DAY, ONE).total == 100  # 2% of 50.00 in pennies
    five = replace(rules, point_value_minor=5)
    assert earn_points(five, {"": 5_000}, DAY, ONE).total == 20  # a point is worth 5 pennies
    odd = replace(rules, percent_back=Decimal("1.5"))
    assert earn_points(odd, {"": 999}, DAY, ONE).total == 14  # 14.985 floored


def test_tier_multiplier() -> None:
    silver = earn_points(RULES, {"": 10_000}, DAY, Decimal("1.25"))
    assert (silver.base, silver.tier_bonus, silver.total) == (100, 25, 125)
    gold = earn_points(RULES, {"": 1_999}, DAY, Decimal("1.5"))
    assert (gold.base, gold.tier_bonus, gold.total) == (19, 10, 29)  # 19.99 x 1.5 = 29.985
    _ints_only(gold)


def test_a_tier_multiplier_below_one_earns_less() -> None:
    half = earn_points(RULES, {"": 10_000}, DAY, Decimal("0.5"))
    assert half.total == 50 and half.base == 100 and half.tier_bonus == -50
    assert earn_points(RULES, {"": 10_000}, DAY, Decimal(0)).total == 0


def test_promotion_window_is_inclusive_and_category_filtered() -> None:
    promo = PromotionConfig(
        name="Bakery x2",
        starts=date(2026, 6, 1),
        ends=date(2026, 6, 30),
        multiplier=Decimal(2),
        categories=["bakery"],
    )
    rules = replace(RULES, promotions=[promo])
    lines = {"bakery": 1_000, "dairy": 1_000}
    inside = earn_points(rules, lines, DAY, ONE)
    assert inside.total == 20 + 10 and inside.promotion_bonus == 10
    assert inside.promotions == ("Bakery x2",)
    for day in (promo.starts, promo.ends):
        assert earn_points(rules, lines, day, ONE).total == 30
    for day in (promo.starts - timedelta(days=1), promo.ends + timedelta(days=1)):
        outside = earn_points(rules, lines, day, ONE)
        assert outside.total == 20 and outside.promotions == ()
    dairy_only = earn_points(rules, {"dairy": 1_000}, DAY, ONE)
    assert dairy_only.total == 10 and dairy_only.promotions == ()


def test_promotion_without_categories_applies_to_everything_and_stacks_with_tier() -> None:
    weekend = PromotionConfig(name="Weekend", multiplier=Decimal(3))
    rules = replace(RULES, promotions=[weekend])
    result = earn_points(rules, {"": 1_000, "toys": 1_000}, DAY, Decimal("1.5"))
    assert result.base == 20 and result.tier_bonus == 10 and result.total == 90
    assert result.promotions == ("Weekend",)


def test_two_promotions_multiply() -> None:
    a = PromotionConfig(name="A", multiplier=Decimal(2))
    b = PromotionConfig(name="B", multiplier=Decimal("1.5"), categories=["x"])
    rules = replace(RULES, promotions=[a, b])
    result = earn_points(rules, {"x": 1_000, "y": 1_000}, DAY, ONE)
    assert result.total == 30 + 20 and result.promotions == ("A", "B")


def test_bonus_points_need_the_minimum_spend_and_a_matching_line() -> None:
    bonus = PromotionConfig(name="Big shop", bonus_points=50, min_spend=5_000)
    rules = replace(RULES, promotions=[bonus])
    under = earn_points(rules, {"": 4_999}, DAY, ONE)
    assert under.total == 49 and under.promotions == ()
    at = earn_points(rules, {"": 5_000}, DAY, ONE)
    assert at.total == 50 + 50 and at.promotion_bonus == 50 and at.promotions == ("Big shop",)
    fish = PromotionConfig(name="Fish", bonus_points=20, categories=["fish"], min_spend=1_000)
    rules = replace(RULES, promotions=[fish])
    # min_spend is over the whole basket, but some of it must be in the category
    assert earn_points(rules, {"fish": 100, "bread": 900}, DAY, ONE).total == 10 + 20
    assert earn_points(rules, {"bread": 5_000}, DAY, ONE).total == 50
    late = replace(fish, ends=DAY - timedelta(days=1))
    assert earn_points(replace(RULES, promotions=[late]), {"fish": 5_000}, DAY, ONE).total == 50


def test_a_promotion_is_listed_only_when_it_changed_the_points() -> None:
    neutral = PromotionConfig(name="Neutral", multiplier=ONE)
    result = earn_points(replace(RULES, promotions=[neutral]), {"": 1_000}, DAY, ONE)
    assert result.promotions == () and result.total == 10


def test_nothing_for_nothing() -> None:
    assert earn_points(RULES, {"": 0}, DAY, Decimal(2)).total == 0


decimals = st.decimals(min_value=0, max_value=10, places=2, allow_nan=False)
amounts = st.dictionaries(
    st.sampled_from(["", "bakery", "dairy", "toys"]), st.integers(1, 10**7), min_size=1
)
promos = st.lists(
    st.builds(
        PromotionConfig,
        name=st.sampled_from(["P1", "P2", "P3"]),
        starts=st.dates(date(2026, 1, 1), date(2026, 12, 31)),
        ends=st.just(date(2026, 12, 31)),
        multiplier=decimals,
        bonus_points=st.integers(0, 100),
        categories=st.lists(st.sampled_from(["bakery", "dairy"]), max_size=2),
        min_spend=st.integers(0, 10**6),
    ),
    max_size=3,
)


@given(
    amounts,
    decimals,
    promos,
    st.sampled_from(["per_unit", "percent_back"]),
    decimals,
    st.dates(date(2026, 1, 1), date(2026, 12, 31)),
)
def test_total_is_the_floor_of_the_exact_product(lines, tier, promotions, mode, rate, day):
    rules = replace(
        RULES,
        earn_mode=mode,
        points_per_unit=rate,
        percent_back=rate,
        point_value_minor=1,
        promotions=promotions,
    )
    result = earn_points(rules, lines, day, tier)
    _ints_only(result)

    def exact_base(amount: int) -> Decimal:
        if mode == "per_unit":
            return Decimal(amount) / 100 * rate
        return Decimal(amount) * rate / 100

    exact = Decimal(0)
    for category, amount in lines.items():
        line = exact_base(amount) * tier
        for promo in promotions:
            if promo.starts <= day <= promo.ends and (
                not promo.categories or category in promo.categories
            ):
                line *= promo.multiplier
        exact += line
    bonus = sum(
        p.bonus_points
        for p in promotions
        if p.starts <= day <= p.ends
        and any(not p.categories or c in p.categories for c in lines)
        and sum(lines.values()) >= p.min_spend
    )
    assert result.total == math.floor(exact) + bonus
    assert result.total >= 0
    assert result.base == math.floor(sum(exact_base(a) for a in lines.values()))


@pytest.mark.parametrize("mode", ["per_unit", "percent_back"])
def test_more_spend_never_earns_fewer_points(mode: str) -> None:
    rules = replace(RULES, earn_mode=mode)
    totals = [
        earn_points(rules, {"": amount}, DAY, Decimal("1.25")).total for amount in range(0, 5000, 7)
    ]
    assert totals == sorted(totals)
