"""Members on a real database: enrol, identify, blocked cards, replace a card, the member screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from db.models import Card, LedgerEntry, Lot, Member, Reward
from kiosk import services
from kiosk.cards import card_number_for_key, ean_check_digit, parse_card_number
from kiosk.config import Config
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.services.members import grant_birthday_bonus
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def _card(body: str) -> str:
    return body + ean_check_digit(body)


# --- enrol --------------------------------------------------------------------------------------


def test_enrol_issues_a_new_valid_card(ctx) -> None:
    enrolled = services.enrol(ctx, "  Ada   Lovelace ", "07700 900100", birthday=date(1990, 5, 1))
    assert enrolled.name == "Ada Lovelace"
    assert parse_card_number(enrolled.card, "29") == enrolled.card
    member = Member.get_by_id(enrolled.member_id)
    assert member.phone == "+447700900100" and member.balance == 0 and member.status == "active"
    assert member.birthday == date(1990, 5, 1) and member.created_at == ctx.now()
    card = Card.get(Card.number == enrolled.card)
    assert card.member_id == enrolled.member_id and card.status == "active"


def test_every_member_gets_a_different_card(ctx) -> None:
    cards = {services.enrol(ctx, f"Member {i}").card for i in range(30)}
    assert len(cards) == 30 and Card.select().count() == 30


def test_a_given_card_is_checked(ctx) -> None:
    given = _card("291111111111")
    assert services.enrol(ctx, "Bo", card=given).card == given
    with pytest.raises(InvalidInput, match="did not read correctly"):
        services.enrol(ctx, "Cy", card=given[:-1] + str((int(given[-1]) + 1) % 10))
    with pytest.raises(InvalidInput, match="does not belong"):
        services.enrol(ctx, "Cy", card="4006381333931")
    with pytest.raises(Refused, match="already registered"):
        services.enrol(ctx, "Cy", "07700 900555", card=given)
    assert Member.select().count() == 1  # nothing was written for the refused ones


def test_a_duplicate_phone_is_refused_however_it_is_typed(ctx) -> None:
    services.enrol(ctx, "Ada", "07700 900100")
    for typed in ("07700 900100", "+44 7700 900100", "0044 7700-900100"):
        with pytest.raises(Refused, match="phone number already exists"):
            services.enrol(ctx, "Someone Else", typed)
    assert Member.select().count() == 1 and Card.select().count() == 1
    services.enrol(ctx, "No Phone")  # members without a phone never clash
    services.enrol(ctx, "No Phone Either")
    assert Member.select().count() == 3


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "   "}, "A name is needed"),
        ({"name": "x" * 201}, "too long"),
        ({"name": "Ada", "email": "not-an-address"}, "e-mail"),
        ({"name": "Ada", "language": "de"}, "Language must be one of"),
        ({"name": "Ada", "birthday": date(2030, 1, 1)}, "birthday"),
        ({"name": "Ada", "phone": "12"}, "too few or too many digits"),
    ],
)
def test_enrol_refuses_bad_details(ctx, kwargs, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.enrol(ctx, **kwargs)
    assert Member.select().count() == 0


# --- identify -----------------------------------------------------------------------------------


def test_identify_by_card_and_by_phone(ctx, make_member) -> None:
    ada = make_member("Ada Lovelace", phone="07700 900100")
    make_member("Someone Else")
    found = services.identify(ctx, ada.card)
    assert (found.member_id, found.card, found.via) == (ada.member_id, ada.card, "card")
    spaced = f"{ada.card[:4]} {ada.card[4:8]} {ada.card[8:]}"
    assert services.identify(ctx, spaced).member_id == ada.member_id
    for typed in ("07700 900100", "+44 7700 900100", "0044-7700-900100", "(07700) 900100"):
        by_phone = services.identify(ctx, typed)
        assert (by_phone.member_id, by_phone.card, by_phone.via) == (
            ada.member_id,
            ada.card,
            "phone",
        )
    assert services.identify(ctx, "7700900100", kind="phone").member_id == ada.member_id


def test_identify_refuses_what_it_cannot_find(ctx, make_member) -> None:
    ada = make_member()
    misread = ada.card[:-1] + str((int(ada.card[-1]) + 3) % 10)
    with pytest.raises(InvalidInput, match="did not read correctly"):
        services.identify(ctx, misread)
    with pytest.raises(NotFound, match="not registered"):
        services.identify(ctx, _card("299999999999"))
    with pytest.raises(NotFound, match="No member has this phone number"):
        services.identify(ctx, "07700 911111")
    with pytest.raises(InvalidInput):
        services.identify(ctx, "   ")
    with pytest.raises(InvalidInput):
        services.identify(ctx, "hello")
    with pytest.raises(InvalidInput):
        services.identify(ctx, "07700 900100", kind="card")


def test_a_blocked_card_is_refused_but_the_member_still_has_the_new_one(ctx, make_member) -> None:
    ada = make_member(points=250)
    replaced = services.replace_card(ctx, ada.card, reason="lost on the bus")
    with pytest.raises(Refused, match="blocked"):
        services.identify(ctx, ada.card)
    assert services.identify(ctx, replaced.new_card).member_id == ada.member_id
    old = Card.get(Card.number == ada.card)
    assert old.status == "blocked" and old.block_reason == "lost on the bus"
    assert old.blocked_at == ctx.now()
    # the phone finds the member with the new card
    assert services.identify(ctx, "07700 900001").card == replaced.new_card


def test_a_blocked_or_erased_member_is_refused(ctx, make_member) -> None:
    ada = make_member(phone="07700 900100")
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    with pytest.raises(Refused, match="account is blocked"):
        services.identify(ctx, ada.card)
    with pytest.raises(Refused, match="account is blocked"):
        services.identify(ctx, "07700 900100")
    Member.update(status="erased").where(Member.id == ada.member_id).execute()
    with pytest.raises(NotFound):
        services.identify(ctx, ada.card)
    with pytest.raises(NotFound):
        services.identify(ctx, "07700 900100")


# --- replace a card -----------------------------------------------------------------------------


def test_replace_card_keeps_balance_and_history(ctx, make_member) -> None:
    ada = make_member(points=300)
    services.record_purchase(ctx, ada.card, 1_000, "R-1")
    given = _card("292222222222")
    replaced = services.replace_card(ctx, ada.card, given)
    assert (replaced.member_id, replaced.old_card, replaced.new_card, replaced.balance) == (
        ada.member_id,
        ada.card,
        given,
        310,
    )
    assert services.member_view(ctx, ada.member_id).card == given
    # the new card earns for the same member
    services.record_purchase(ctx, given, 1_000, "R-2")
    assert balance(ada.member_id) == 320
    with pytest.raises(Refused, match="already blocked"):
        services.replace_card(ctx, ada.card)


def test_replace_card_with_a_taken_card_changes_nothing(ctx, make_member) -> None:
    ada, bo = make_member("Ada"), make_member("Bo")
    with pytest.raises(Refused, match="already registered"):
        services.replace_card(ctx, ada.card, bo.card)
    assert Card.get(Card.number == ada.card).status == "active"
    assert services.identify(ctx, ada.card).member_id == ada.member_id
    with pytest.raises(NotFound):
        services.replace_card(ctx, _card("293333333333"))
    with pytest.raises(InvalidInput):
        services.replace_card(ctx, ada.card, "2900000000011")


# --- the member screen --------------------------------------------------------------------------


def test_member_view_shows_balance_tier_and_affordable_rewards(ctx, make_member, make_reward):
    coffee = make_reward(100, "Coffee")
    bag = make_reward(300, "Bag")
    lounge = make_reward(50, "Lounge", min_tier="Gold")
    gone = make_reward(10, "Sold out", stock=0)
    make_reward(10, "Retired", active=False)
    make_reward(10, "Next month", active_from=ctx.now() + timedelta(days=30))
    make_reward(10, "Last month", active_until=ctx.now() - timedelta(days=1))
    ada = make_member("Ada Lovelace")
    services.record_purchase(ctx, ada.card, 15_000, "R-1")
    view = services.member_view(ctx, ada.member_id)
    assert (view.member_id, view.name, view.first_name, view.card) == (
        ada.member_id,
        "Ada Lovelace",
        "Ada",
        ada.card,
    )
    assert view.balance == 150 and view.birthday_bonus == 0
    assert view.tier.tier == "Member" and view.tier.next_tier == "Silver"
    assert view.tier.next_needed == 25_000 - 15_000
    assert view.tier_explanation == (
        "Spend £100.00 more by 1 Mar 2027 to reach Silver."  # a year on, as en_GB writes it
    )
    options = {r.name: r for r in view.rewards}
    assert set(options) == {"Coffee", "Bag", "Lounge", "Sold out"}
    assert options["Coffee"].affordable and options["Coffee"].missing_points == 0
    assert options["Coffee"].id == coffee.id
    assert not options["Bag"].affordable and options["Bag"].missing_points == 150
    assert options["Bag"].id == bag.id
    assert options["Lounge"].tier_locked and not options["Lounge"].affordable
    assert options["Lounge"].missing_points == 0 and options["Lounge"].id == lounge.id
    assert not options["Sold out"].affordable and options["Sold out"].id == gone.id
    assert [r.cost for r in view.rewards] == sorted(r.cost for r in view.rewards)
    assert [a.kind for a in view.recent] == ["earn"]


def test_a_tier_locked_reward_unlocks_at_the_tier(ctx, make_member, make_reward) -> None:
    make_reward(50, "Lounge", min_tier="Silver")
    ada = make_member()
    services.record_purchase(ctx, ada.card, 25_000, "R-1")
    option = services.member_view(ctx, ada.member_id).rewards[0]
    assert not option.tier_locked and option.affordable


def test_member_view_shows_points_about_to_expire(ctx, clock, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")  # 100 points, expire in 365 days
    services.record_purchase(ctx, ada.card, 5_000, "R-2")  # 50 more, same day
    clock.advance(days=200)
    services.record_purchase(ctx, ada.card, 7_000, "R-3")  # 70, expire much later
    assert services.member_view(ctx, ada.member_id).expiring == []
    clock.advance(days=120)  # 45 days before the first lots expire
    view = services.member_view(ctx, ada.member_id)
    assert [(e.points, e.expires_at) for e in view.expiring] == [
        (150, datetime(2026, 3, 1, 12) + timedelta(days=365))
    ]
    assert view.expiring_soon == 150 and view.balance == 220


def test_member_view_of_an_unknown_member(ctx) -> None:
    with pytest.raises(NotFound):
        services.member_view(ctx, 12345)


def test_recent_activity_is_newest_first(ctx, clock, make_member, make_cause) -> None:
    ada = make_member()
    cause = make_cause()
    services.record_purchase(ctx, ada.card, 20_000, "R-1")
    clock.advance(minutes=1)
    services.donate(ctx, ada.member_id, cause.id, 20, "d")
    clock.advance(minutes=1)
    services.adjust(ctx, ada.member_id, 5, "goodwill")
    view = services.member_view(ctx, ada.member_id)
    assert [(a.kind, a.points) for a in view.recent] == [
        ("adjust", 5),
        ("donate", -20),
        ("earn", 200),
    ]
    assert [c.name for c in view.causes] == ["Food bank"]


# --- birthday -----------------------------------------------------------------------------------


def _greet(ctx, member_id: int):
    """What the kiosk does on a scan: grant the birthday bonus when due, then read the view."""
    bonus = grant_birthday_bonus(ctx, member_id)
    return services.member_view(ctx, member_id, birthday_bonus=bonus)


def test_the_member_view_never_grants_the_birthday_bonus(ctx, make_member) -> None:
    ada = make_member(birthday=date(1990, 3, 4))  # three days from "today", 1 March
    before = LedgerEntry.select().count()
    view = services.member_view(ctx, ada.member_id)
    assert view.birthday_bonus == 0 and view.balance == 0
    assert LedgerEntry.select().count() == before
    found = services.identify(ctx, ada.card)
    assert found.birthday == date(1990, 3, 4)
    assert grant_birthday_bonus(ctx, found.member_id, found.birthday) == 100
    assert grant_birthday_bonus(ctx, found.member_id, found.birthday) == 0
    assert services.member_view(ctx, ada.member_id).balance == 100


def test_birthday_bonus_once_a_year(ctx, clock, make_member) -> None:
    ada = make_member(birthday=date(1990, 3, 4))  # three days from "today", 1 March
    first = _greet(ctx, ada.member_id)
    assert first.birthday_bonus == 100 and first.balance == 100
    assert _greet(ctx, ada.member_id).birthday_bonus == 0
    clock.advance(days=5)  # on the other side of the birthday, same year
    assert _greet(ctx, ada.member_id).birthday_bonus == 0
    clock.advance(days=360)
    again = _greet(ctx, ada.member_id)
    assert again.birthday_bonus == 100 and balance(ada.member_id) == 200
    assert again.balance == 100  # last year's bonus is a year old: it has expired
    entries = LedgerEntry.select().where(LedgerEntry.kind == "birthday").count()
    assert entries == 2
    assert_ledger_whole()


def test_no_birthday_bonus_outside_the_window(ctx, clock, make_member) -> None:
    ada = make_member(birthday=date(1990, 3, 9))  # eight days away
    assert _greet(ctx, ada.member_id).birthday_bonus == 0
    nobody = make_member("No Birthday")
    assert _greet(ctx, nobody.member_id).birthday_bonus == 0
    assert LedgerEntry.select().where(LedgerEntry.kind == "birthday").count() == 0


def test_birthday_bonus_on_a_purchase(ctx, make_member) -> None:
    ada = make_member(birthday=date(1985, 2, 27))
    result = services.record_purchase(ctx, ada.card, 1_000, "R-1")
    assert result.birthday_bonus == 100 and result.balance == 110
    assert _greet(ctx, ada.member_id).birthday_bonus == 0


def test_birthday_window_spans_the_new_year(ctx, clock, make_member) -> None:
    clock.current = datetime(2026, 12, 30, 10)
    ada = make_member(birthday=date(1990, 1, 2))  # three days after 30 December
    assert _greet(ctx, ada.member_id).birthday_bonus == 100
    clock.current = datetime(2027, 1, 2, 10)  # the birthday itself: already given
    assert _greet(ctx, ada.member_id).birthday_bonus == 0
    bo = make_member("Bo", birthday=date(1990, 12, 30))  # three days before 2 January
    assert _greet(ctx, bo.member_id).birthday_bonus == 100
    clock.current = datetime(2027, 12, 29, 10)  # next year's birthday comes round
    assert _greet(ctx, ada.member_id).birthday_bonus == 100
    assert _greet(ctx, bo.member_id).birthday_bonus == 100


def test_birthday_bonus_can_be_switched_off(ctx, make_member) -> None:
    programme = replace(ctx.config.programme, birthday_bonus_points=0)
    quiet = replace(ctx, config=replace(ctx.config, programme=programme))
    ada = make_member(birthday=ctx.now().date().replace(year=1990))
    assert _greet(quiet, ada.member_id).birthday_bonus == 0


def test_enrol_and_view_in_another_shop_configuration(ctx, clock) -> None:
    config = Config()
    store = replace(config.store, card_prefix="77", country_code="+90")
    turkish = replace(ctx, config=replace(config, store=store))
    enrolled = services.enrol(turkish, "Ayşe Yılmaz", "0532 123 45 67", language="tr")
    assert enrolled.card.startswith("77")
    assert Member.get_by_id(enrolled.member_id).phone == "+905321234567"
    assert services.identify(turkish, "+90 532 123 45 67").member_id == enrolled.member_id
    with pytest.raises(InvalidInput, match="does not belong"):
        services.identify(ctx, card_number_for_key("unknown", "77"))  # a "29" shop refuses a
        # "77" card it does not know; one the chain's database holds (enrolled in the "77"
        # shop, or imported from an earlier scheme) scans wherever it is shown
    assert services.identify(ctx, enrolled.card).member_id == enrolled.member_id
    assert Reward.select().count() == 0 and Lot.select().count() == 0


def test_the_member_view_leaves_out_points_past_their_date(ctx, clock, make_member, make_reward):
    now = clock.now()
    clock.current = now - timedelta(days=400)  # 100 points earned long ago: expired by now
    ada = make_member(points=100)
    clock.current = now
    services.adjust(ctx, ada.member_id, 50, "fresh points")
    make_reward(120, "Bag")
    assert balance(ada.member_id) == 150  # the cache holds them until the expiry job runs
    view = services.member_view(ctx, ada.member_id)
    assert view.balance == 50 and view.expiring_soon == 0
    assert [(r.name, r.affordable, r.missing_points) for r in view.rewards] == [("Bag", False, 70)]
