"""Earn rules: base rate or percentage back, tier multiplier, promotions; integer results only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from kiosk.config import ProgrammeConfig, PromotionConfig
from kiosk.shop_codes import offered_at

UNCATEGORISED = ""


@dataclass(frozen=True)
class EarnBreakdown:
    """How the points for one purchase were made up."""

    base: int
    tier_bonus: int
    promotion_bonus: int
    promotions: tuple[str, ...]

    @property
    def total(self) -> int:
        return self.base + self.tier_bonus + self.promotion_bonus


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def base_points(rules: ProgrammeConfig, amount_minor: int, minor_digits: int) -> Decimal:
    """Points before multipliers, as an exact decimal (floored only at the end)."""
    if amount_minor <= 0:
        return Decimal(0)
    if rules.earn_mode == "percent_back":
        value_minor = Decimal(amount_minor) * rules.percent_back / 100
        return value_minor / rules.point_value_minor
    return Decimal(amount_minor) / (10**minor_digits) * rules.points_per_unit


def _promotion_applies(promo: PromotionConfig, day: date, category: str, store: str) -> bool:
    if not promo.starts <= day <= promo.ends:
        return False
    if not offered_at(promo.stores, store):
        return False
    return not promo.categories or category in promo.categories


def earn_points(
    rules: ProgrammeConfig,
    lines: dict[str, int],
    day: date,
    tier_multiplier: Decimal,
    minor_digits: int = 2,
    store: str = "",
) -> EarnBreakdown:
    """Compute the points a purchase earns from its amount per category at a shop (a promotion
    limited to other shops does not apply; without a shop only the chain-wide ones do)."""
    base = Decimal(0)
    with_tier = Decimal(0)
    with_promos = Decimal(0)
    applied: list[str] = []
    bonus = 0
    for category, amount in lines.items():
        line_base = base_points(rules, amount, minor_digits)
        base += line_base
        with_tier += line_base * tier_multiplier
        line_total = line_base * tier_multiplier
        for promo in rules.promotions:
            if _promotion_applies(promo, day, category, store) and promo.multiplier != 1:
                line_total *= promo.multiplier
                if promo.name not in applied:
                    applied.append(promo.name)
        with_promos += line_total
    total_amount = sum(lines.values())
    for promo in rules.promotions:
        matching = sum(a for c, a in lines.items() if _promotion_applies(promo, day, c, store))
        if promo.bonus_points and matching > 0 and total_amount >= promo.min_spend:
            bonus += promo.bonus_points
            if promo.name not in applied:
                applied.append(promo.name)
    base_int = _floor(base)
    tier_int = _floor(with_tier) - base_int  # negative for a tier multiplier below 1
    promo_int = _floor(with_promos) - _floor(with_tier) + bonus
    return EarnBreakdown(base_int, tier_int, promo_int, tuple(applied))
