"""What the customer screen is given on a real database: a reason for each refusal, catalogue words
in the member's language on screen and on paper, the reference of recent activity, demo data."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from db.models import Card, Cause, LedgerEntry, Member, Reward
from kiosk import services
from kiosk.cards import ean_check_digit
from kiosk.demo import seed_demo
from kiosk.demo_data import FEATURED, FEATURED_PIN, REWARDS, TRANSLATIONS
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.pins import verify_pin
from kiosk.services.printing import donation_document, voucher_document
from kiosk.views import localized

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]

COFFEE = {
    "tr": {"name": "Sıcak içecek", "description": "Dilediğiniz bir kahve"},
    "ru": {"name": "Горячий напиток", "description": "Любой кофе"},
}
FOOD_BANK = {"tr": {"name": "Yerel gıda bankası"}, "ru": {"name": "Продовольственный банк"}}


def _card(body: str) -> str:
    return body + ean_check_digit(body)


def _reason(call, *args, **kwargs) -> str:
    with pytest.raises((InvalidInput, NotFound, Refused)) as caught:
        call(*args, **kwargs)
    assert caught.value.message  # the English sentence stays for the logs and the CLI
    return caught.value.reason


# --- reasons ------------------------------------------------------------------------------------


def test_identifying_gives_a_reason_for_every_refusal(ctx, make_member) -> None:
    ada = make_member(phone="07700 900100")
    misread = ada.card[:-1] + str((int(ada.card[-1]) + 3) % 10)
    identify = services.identify
    assert _reason(identify, ctx, "   ") == "nothing_entered"
    assert _reason(identify, ctx, misread, "card") == "card_check_digit"
    assert _reason(identify, ctx, "4006381333931", "card") == "card_invalid"  # another shop's
    assert _reason(identify, ctx, "12345", "card") == "card_invalid"  # wrong length
    assert _reason(identify, ctx, _card("299999999999"), "card") == "card_unknown"
    assert _reason(identify, ctx, "07700 911111") == "phone_unknown"
    assert _reason(identify, ctx, "hello") == "phone_invalid"
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    assert _reason(identify, ctx, ada.card, "card") == "account_blocked"
    assert _reason(identify, ctx, "07700 900100") == "account_blocked"
    Member.update(status="erased").where(Member.id == ada.member_id).execute()
    assert _reason(identify, ctx, ada.card, "card") == "account_gone"
    assert _reason(services.member_view, ctx, ada.member_id) == "account_gone"
    bo = make_member("Bo")
    services.replace_card(ctx, bo.card)
    assert _reason(identify, ctx, bo.card, "card") == "card_blocked"


def test_enrolling_gives_a_reason_for_every_refusal(ctx, make_member) -> None:
    ada = make_member(phone="07700 900100")
    enrol = services.enrol
    assert _reason(enrol, ctx, "  ") == "name_missing"
    assert _reason(enrol, ctx, "x" * 201) == "name_too_long"
    assert _reason(enrol, ctx, "Bo", "12") == "phone_invalid"
    assert _reason(enrol, ctx, "Bo", "+44 7700 900100") == "phone_exists"
    assert _reason(enrol, ctx, "Bo", card=ada.card) == "card_taken"
    assert _reason(enrol, ctx, "Bo", card="4006381333931") == "card_invalid"
    assert _reason(enrol, ctx, "Bo", birthday=date(2030, 1, 1)) == "birthday_invalid"
    assert _reason(enrol, ctx, "Bo", email="nobody") == "email_invalid"
    assert _reason(enrol, ctx, "Bo", language="de") == "language_invalid"
    assert _reason(enrol, ctx, "Bo", pin="1") == "pin_invalid"
    assert Member.select().count() == 1


def test_rewards_and_donations_give_a_reason_for_every_refusal(
    ctx, make_member, make_reward, make_cause
) -> None:
    ada = make_member(points=120)
    coffee = make_reward(100, "Coffee")
    redeem = services.redeem_reward
    assert _reason(redeem, ctx, ada.member_id, make_reward(500).id, "a") == "insufficient_points"
    assert _reason(redeem, ctx, ada.member_id, make_reward(10, stock=0).id, "b") == "out_of_stock"
    gold = make_reward(10, min_tier="Gold")
    assert _reason(redeem, ctx, ada.member_id, gold.id, "c") == "tier_locked"
    assert _reason(redeem, ctx, ada.member_id, make_reward(10, active=False).id, "d") == (
        "reward_unavailable"
    )
    later = make_reward(10, active_from=ctx.now() + timedelta(days=3))
    assert _reason(redeem, ctx, ada.member_id, later.id, "e") == "reward_unavailable"
    assert _reason(redeem, ctx, ada.member_id, 999_999, "f") == "reward_unavailable"
    assert _reason(redeem, ctx, ada.member_id, coffee.id, " ") == "key_invalid"
    redeem(ctx, ada.member_id, coffee.id, "g")
    assert _reason(redeem, ctx, ada.member_id, make_reward(5).id, "g") == "key_reused"
    donate = services.donate
    food = make_cause()
    assert _reason(donate, ctx, ada.member_id, food.id, 0, "h") == "points_missing"
    assert _reason(donate, ctx, ada.member_id, food.id, -5, "h") == "points_missing"
    closed = make_cause("Closed", active=False)
    assert _reason(donate, ctx, ada.member_id, closed.id, 5, "i") == "cause_unavailable"
    assert _reason(donate, ctx, ada.member_id, food.id, 500, "j") == "insufficient_points"
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    assert _reason(redeem, ctx, ada.member_id, coffee.id, "k") == "account_blocked"
    assert _reason(donate, ctx, ada.member_id, food.id, 5, "l") == "account_blocked"
    Member.update(status="erased").where(Member.id == ada.member_id).execute()
    assert _reason(redeem, ctx, ada.member_id, coffee.id, "m") == "account_gone"


# --- activity reference -------------------------------------------------------------------------


def test_recent_activity_carries_its_reference(ctx, make_member, make_reward) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 12_000, "R-77")
    services.redeem_reward(ctx, ada.member_id, make_reward(100, "Coffee").id, "k")
    services.adjust(ctx, ada.member_id, 5, "goodwill")
    recent = services.member_view(ctx, ada.member_id).recent
    assert [(a.kind, a.reference) for a in recent] == [
        ("adjust", None),
        ("redeem", "Coffee"),
        ("earn", "R-77"),
    ]


# --- translations -------------------------------------------------------------------------------


def test_the_member_view_and_the_cause_list_carry_translations(
    ctx, make_member, make_reward, make_cause
) -> None:
    make_reward(100, "Hot drink", description="Any coffee", translations=json.dumps(COFFEE))
    make_reward(200, "Plain")
    make_reward(300, "Broken", translations="{not json")
    make_cause("Food bank", translations=json.dumps(FOOD_BANK))
    ada = make_member(language="tr")
    view = services.member_view(ctx, ada.member_id)
    hot, plain, broken = view.rewards
    assert hot.translations == COFFEE and plain.translations == {} == broken.translations
    assert localized(hot, view.language) == ("Sıcak içecek", "Dilediğiniz bir kahve")
    assert localized(hot, "en") == ("Hot drink", "Any coffee")
    assert localized(broken, "tr") == ("Broken", "")
    (cause,) = view.causes
    assert cause.translations == FOOD_BANK and localized(cause, "ru")[0] == "Продовольственный банк"
    assert services.list_causes(ctx) == view.causes


@pytest.mark.parametrize(
    ("language", "title", "line"),
    [
        ("tr", "Sıcak içecek", "Dilediğiniz bir kahve"),
        ("ru", "Горячий напиток", "Любой кофе"),
        ("en", "Hot drink", "Any coffee"),
    ],
)
def test_the_voucher_is_printed_in_the_members_language(
    ctx, make_member, make_reward, language, title, line
) -> None:
    reward = make_reward(
        100, "Hot drink", description="Any coffee", translations=json.dumps(COFFEE)
    )
    ada = make_member(points=100, language=language)
    issued = services.redeem_reward(ctx, ada.member_id, reward.id, "k")
    assert issued.reward_name == "Hot drink"  # the record keeps the catalogue's own name
    document = voucher_document(ctx, issued.voucher_code)
    assert (document.language, document.title, document.lines) == (language, title, (line,))
    assert voucher_document(ctx, issued.voucher_code, duplicate=True).title == title


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("tr", "Yerel gıda bankası için 100 puan bağışlandı"),
        ("ru", "100 баллов пожертвовано: Продовольственный банк"),
        ("en", "100 points donated to Food bank"),
    ],
)
def test_the_donation_slip_names_the_cause_in_the_members_language(
    ctx, make_member, make_cause, language, line
) -> None:
    cause = make_cause("Food bank", translations=json.dumps(FOOD_BANK))
    ada = make_member(points=150, language=language)
    donation = services.donate(ctx, ada.member_id, cause.id, 100, "k")
    assert donation.cause == "Food bank"
    assert donation_document(ctx, donation).lines == (line,)


# --- demo data ----------------------------------------------------------------------------------


def test_the_demo_catalogue_speaks_three_languages_and_featured_members_have_a_pin(ctx) -> None:
    report = seed_demo(ctx, members=30)
    assert report.members == 30 and report.featured == len(FEATURED)
    rewards = {r.name: json.loads(r.translations) for r in Reward.select()}
    causes = {c.name: json.loads(c.translations) for c in Cause.select()}
    assert set(rewards) == {row[0] for row in REWARDS} and len(causes) == 2
    for name, words in {**rewards, **causes}.items():
        assert words == TRANSLATIONS[name]
        assert set(words) == {"tr", "ru"}
        for language in ("tr", "ru"):
            assert words[language]["name"] and words[language]["description"]
            assert words[language]["name"] != name
    assert "£" not in json.dumps(TRANSLATIONS["£5 off your shop"]["ru"], ensure_ascii=False)
    featured = {card for _, card, *_ in FEATURED}
    with_pins = list(
        Member.select(Member.pin_hash, Card.number)
        .join(Card, on=(Card.member == Member.id))
        .where(Member.pin_hash.is_null(False))
        .tuples()
    )
    assert {card for _, card in with_pins} == featured
    assert all(verify_pin(FEATURED_PIN, stored) for stored, _ in with_pins)
    assert Member.select().where(Member.pin_failures != 0).count() == 0
    assert LedgerEntry.select().count() > 0
