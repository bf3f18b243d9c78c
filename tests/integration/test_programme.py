"""Programme rules as versions: JSON round trip, validation, history, and earned points kept."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import AuditEntry, LedgerEntry, ProgrammeVersion
from kiosk import services
from kiosk.config import ProgrammeConfig, PromotionConfig, TierConfig
from kiosk.errors import InvalidInput
from kiosk.services import programme as prog
from tests.integration.ledger_checks import balance

pytestmark = [pytest.mark.integration]

decimals = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)
tiers = st.lists(
    st.tuples(st.text(min_size=1, max_size=12), st.integers(1, 10**6), decimals), max_size=4
).map(
    lambda extra: (
        [TierConfig("Base", 0, Decimal(1), "")]
        + [
            TierConfig(name, sum(t for _, t, _ in extra[: i + 1]), mult, name)
            for i, (name, _, mult) in enumerate(extra)
        ]
    )
)
promotions = st.lists(
    st.builds(
        PromotionConfig,
        name=st.text(max_size=20),
        starts=st.dates(date(2000, 1, 1), date(2030, 1, 1)),
        ends=st.dates(date(2030, 1, 2), date(2999, 1, 1)),
        multiplier=decimals,
        bonus_points=st.integers(0, 1000),
        categories=st.lists(st.text(max_size=8), max_size=3),
        min_spend=st.integers(0, 10**6),
    ),
    max_size=3,
)
programmes = st.builds(
    ProgrammeConfig,
    earn_mode=st.sampled_from(["per_unit", "percent_back"]),
    points_per_unit=st.decimals(min_value=0, max_value=10_000, places=3, allow_nan=False),
    percent_back=decimals,
    points_expire_days=st.integers(0, 5000),
    tier_basis=st.sampled_from(["spend", "credits"]),
    tier_window_days=st.integers(1, 3660),
    voucher_validity_days=st.integers(1, 3660),
    tiers=tiers,
    promotions=promotions,
)


@given(programmes)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_rules_survive_a_json_round_trip(rules: ProgrammeConfig) -> None:
    text = prog.rules_to_json(rules)
    assert prog.rules_from_json(text) == rules
    assert prog.rules_to_json(prog.rules_from_json(text)) == text


def test_decimals_and_dates_are_exact_strings() -> None:
    rules = ProgrammeConfig(
        points_per_unit=Decimal("0.1"),
        promotions=[PromotionConfig("Spring", date(2026, 3, 1), date(2026, 3, 31))],
    )
    data = json.loads(prog.rules_to_json(rules))
    assert data["points_per_unit"] == "0.1" and data["promotions"][0]["starts"] == "2026-03-01"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"tiers": []}, "programme.tiers"),
        ({"tiers": [TierConfig("A", 5)]}, "programme.tiers[0].threshold"),
        ({"tiers": [TierConfig("A", 0), TierConfig("B", 0)]}, "programme.tiers[1].threshold"),
        ({"tiers": [TierConfig("A", 0), TierConfig("a", 9)]}, "programme.tiers[1].name"),
        (
            {"promotions": [PromotionConfig("P", date(2026, 5, 1), date(2026, 4, 1))]},
            "programme.promotions[0].ends",
        ),
        ({"tier_window_days": 0}, "programme.tier_window_days"),
        ({"voucher_validity_days": 4000}, "programme.voucher_validity_days"),
        ({"earn_mode": "random"}, "programme.earn_mode"),
        ({"points_per_unit": Decimal(-1)}, "programme.points_per_unit"),
    ],
)
def test_validate_rules_names_the_field(change, field) -> None:
    with pytest.raises(InvalidInput) as caught:
        prog.validate_rules(replace(ProgrammeConfig(), **change), reward_tiers=[])
    assert caught.value.reason == "rules_invalid"
    assert caught.value.message.startswith(field), caught.value.message


def test_validate_rules_reads_json_and_catches_reward_tiers() -> None:
    with pytest.raises(InvalidInput, match="tierz"):
        prog.validate_rules('{"tierz": []}', reward_tiers=[])
    with pytest.raises(InvalidInput, match="not a number"):
        prog.validate_rules({"points_per_unit": "lots"}, reward_tiers=[])
    with pytest.raises(InvalidInput, match="Platinum"):
        prog.validate_rules(ProgrammeConfig(), reward_tiers=["Platinum"])
    assert prog.validate_rules(ProgrammeConfig(), reward_tiers=["gold"]) == ProgrammeConfig()


@pytest.mark.usefixtures("database")
def test_saving_rules_never_rewrites_earned_points(ctx, clock, make_member) -> None:
    boss = ctx.as_staff("maria", "manager")
    ada = make_member("Ada")
    old = services.record_purchase(prog.with_effective_programme(ctx), ada.card, 10_000, "R-1")
    assert old.points_earned == 100
    entries = list(LedgerEntry.select().order_by(LedgerEntry.id).tuples())

    richer = replace(ctx.config.programme, points_per_unit=Decimal(3))
    version = prog.save_programme(boss, richer, note="Triple points")
    assert prog.effective_programme(ctx).points_per_unit == Decimal(3)
    assert list(LedgerEntry.select().order_by(LedgerEntry.id).tuples()) == entries
    assert balance(ada.member_id) == 100

    clock.advance(minutes=5)
    new = services.record_purchase(prog.with_effective_programme(ctx), ada.card, 10_000, "R-2")
    assert new.points_earned == 300 and balance(ada.member_id) == 400
    assert ctx.config.programme.points_per_unit == Decimal(1)  # the file's rules are unchanged

    row = AuditEntry.get(AuditEntry.action == "programme.edit")
    details = json.loads(row.details)
    assert row.target == f"programme:{version}" and row.reason == "Triple points"
    assert details["changes"] == {"points_per_unit": ["1", "3"]}
    history = prog.programme_history(ctx)
    assert [h.id for h in history] == [version] and history[0].staff == "maria"


@pytest.mark.usefixtures("database")
def test_a_future_version_waits_for_its_date(ctx, clock) -> None:
    boss = ctx.as_staff("maria", "manager")
    later = clock.now() + timedelta(days=7)
    prog.save_programme(boss, replace(ctx.config.programme, points_expire_days=30), "", later)
    assert prog.effective_programme(ctx).points_expire_days == 365
    assert prog.with_effective_programme(ctx).config.programme.points_expire_days == 365
    assert prog.effective_programme(ctx, later).points_expire_days == 30
    clock.advance(days=7)
    assert prog.effective_programme(ctx).points_expire_days == 30


@pytest.mark.usefixtures("database")
def test_a_past_date_and_bad_rules_are_refused(ctx, clock, make_reward) -> None:
    boss = ctx.as_staff("maria", "manager")
    with pytest.raises(InvalidInput) as caught:
        prog.save_programme(boss, ProgrammeConfig(), "", clock.now() - timedelta(days=1))
    assert caught.value.reason == "date_past"
    make_reward(min_tier="Gold")
    with pytest.raises(InvalidInput, match="Gold"):
        prog.save_programme(boss, replace(ProgrammeConfig(), tiers=[TierConfig("Member", 0)]))
    assert ProgrammeVersion.select().count() == 0 and AuditEntry.select().count() == 0


@pytest.mark.usefixtures("database")
def test_the_newest_of_two_versions_applies(ctx, clock) -> None:
    boss = ctx.as_staff("maria", "manager")
    prog.save_programme(boss, replace(ProgrammeConfig(), birthday_bonus_points=5))
    clock.advance(hours=1)
    prog.save_programme(boss, replace(ProgrammeConfig(), birthday_bonus_points=50))
    assert prog.effective_programme(ctx).birthday_bonus_points == 50
    first_hour = clock.now() - timedelta(minutes=30)
    assert prog.effective_programme(ctx, first_hour).birthday_bonus_points == 5
    assert len(prog.programme_history(ctx, limit=1)) == 1
