"""Staff work on members on a real database: search, detail, edit, block, merge, erase, cards."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from db.check import run_checks
from db.models import AuditEntry, Card, LedgerEntry, Lot, Member, Purchase, Voucher
from kiosk import services
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.services import member_admin as ma
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


@pytest.fixture
def boss(ctx):
    return ctx.as_staff("maria", "manager")


@pytest.fixture
def clerk(ctx):
    return ctx.as_staff("sam", "clerk")


def _audit(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


# --- search and detail --------------------------------------------------------------------------


def test_search_by_card_phone_and_name(clerk, make_member) -> None:
    ada = make_member("Ada Lovelace", points=50, phone="07700 900123")
    make_member("Grace Hopper")
    by_card = ma.search_members(clerk, ada.card)
    assert [r.id for r in by_card] == [ada.member_id]
    row = by_card[0]
    assert row.phone.endswith("123") and "7700" not in row.phone
    assert row.card.endswith(ada.card[-4:]) and ada.card not in row.card
    assert (row.name, row.status, row.balance) == ("Ada Lovelace", "active", 50)
    assert [r.id for r in ma.search_members(clerk, "+44 7700 900123")] == [ada.member_id]
    assert [r.id for r in ma.search_members(clerk, "07700900123")] == [ada.member_id]
    assert [r.name for r in ma.search_members(clerk, "LOVE")] == ["Ada Lovelace"]
    assert [r.name for r in ma.search_members(clerk, "hop")] == ["Grace Hopper"]
    assert ma.search_members(clerk, "nobody") == []
    assert ma.search_members(clerk, "100%") == []
    with pytest.raises(InvalidInput) as caught:
        ma.search_members(clerk, "  ")
    assert caught.value.reason == "nothing_entered"


def test_search_finds_a_blocked_card_and_non_ascii_names(clerk, boss, make_member) -> None:
    ayse = make_member("Ayşe Yılmaz")
    oleg = make_member("Олег Петров")
    old_card = ayse.card
    ma.replace_member_card(boss, ayse.member_id, None, "lost")
    assert [r.id for r in ma.search_members(clerk, old_card)] == [ayse.member_id]
    assert [r.id for r in ma.search_members(clerk, "Yılmaz")] == [ayse.member_id]
    assert [r.id for r in ma.search_members(clerk, "ayşe")] == [ayse.member_id]
    assert [r.id for r in ma.search_members(clerk, "Петров")] == [oleg.member_id]
    assert [r.id for r in ma.search_members(clerk, "олег")] == [oleg.member_id]


def test_search_leaves_out_closed_members_and_honours_the_limit(boss, make_member) -> None:
    members = [make_member(f"Smith {i}") for i in range(5)]
    ma.erase_member(boss, members[0].member_id, "asked by letter")
    ma.merge_members(boss, members[1].member_id, members[2].member_id, "same person")
    found = ma.search_members(boss, "smith")
    assert {r.id for r in found} == {m.member_id for m in members[1:]} - {members[2].member_id}
    closed = ma.search_members(boss, "Smith", include_closed=True)
    assert members[2].member_id in {r.id for r in closed}
    assert len(ma.search_members(boss, "smith", limit=2)) == 2


def test_member_detail_shows_everything(clerk, ctx, make_member, make_reward) -> None:
    ada = make_member("Ada Lovelace", email="ada@example.org", birthday=date(1990, 5, 1))
    services.record_purchase(ctx, ada.card, 12_345, "R-1")
    reward = make_reward(cost=50)
    services.redeem_reward(ctx, ada.member_id, reward.id, "k1")
    detail = ma.member_detail(clerk, ada.member_id)
    assert detail.phone == "+447700900001" and detail.email == "ada@example.org"
    assert detail.birthday == date(1990, 5, 1) and detail.tier == "Member"
    assert detail.balance == 123 - 50 and detail.status == "active"
    assert [c.number for c in detail.cards] == [ada.card]
    assert [e.kind for e in detail.ledger] == ["redeem", "earn"]
    assert [p.receipt for p in detail.purchases] == ["R-1"]
    assert [v.points for v in detail.vouchers] == [50]
    with pytest.raises(NotFound) as caught:
        ma.member_detail(clerk, 9999)
    assert caught.value.reason == "account_gone"


# --- edit, block ----------------------------------------------------------------------------------


def test_update_member_changes_only_given_fields(clerk, make_member) -> None:
    ada = make_member("Ada Lovelace", email="ada@example.org")
    detail = ma.update_member(clerk, ada.member_id, name=" Ada  King ", phone="07700 900555")
    assert detail.name == "Ada King" and detail.phone == "+447700900555"
    assert detail.email == "ada@example.org" and detail.language == "en"
    (row,) = _audit("member.edit")
    details = json.loads(row.details)
    # which contact details changed, never their values (no personal data in the audit log)
    assert details["changes"] == {"name": "(changed)", "phone": "(changed)"}
    assert "Ada" not in row.details and "7700" not in row.details and row.staff == "sam"
    ma.update_member(clerk, ada.member_id, language="tr")
    (_, language) = _audit("member.edit")
    assert json.loads(language.details)["changes"] == {"language": ["en", "tr"]}
    ma.update_member(clerk, ada.member_id, name="Ada King")
    assert len(_audit("member.edit")) == 2  # nothing changed, nothing recorded


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"name": " "}, "name_missing"),
        ({"phone": "abc"}, "phone_invalid"),
        ({"email": "nope"}, "email_invalid"),
        ({"language": "de"}, "language_invalid"),
        ({"birthday": date(1800, 1, 1)}, "birthday_invalid"),
    ],
)
def test_update_member_validates_like_enrolment(clerk, make_member, change, reason) -> None:
    ada = make_member("Ada")
    with pytest.raises(InvalidInput) as caught:
        ma.update_member(clerk, ada.member_id, **change)
    assert caught.value.reason == reason
    assert Member.get_by_id(ada.member_id).name == "Ada" and not _audit("member.edit")


def test_update_member_refuses_a_phone_of_another_member(clerk, make_member) -> None:
    make_member("Ada", phone="07700 900111")
    bob = make_member("Bob")
    with pytest.raises(Refused) as caught:
        ma.update_member(clerk, bob.member_id, phone="+44 7700 900111")
    assert caught.value.reason == "phone_exists"


def test_block_and_unblock(boss, ctx, make_member) -> None:
    ada = make_member("Ada")
    with pytest.raises(InvalidInput) as caught:
        ma.block_member(boss, ada.member_id, " ")
    assert caught.value.reason == "reason_missing"
    done = ma.block_member(boss, ada.member_id, "abusive")
    assert (done.old_status, done.new_status) == ("active", "blocked")
    with pytest.raises(Refused) as refused:
        services.identify(ctx, ada.card)
    assert refused.value.reason == "account_blocked"
    with pytest.raises(Refused) as again:
        ma.block_member(boss, ada.member_id, "twice")
    assert again.value.reason == "status_conflict"
    ma.unblock_member(boss, ada.member_id, "apologised")
    assert services.identify(ctx, ada.card).member_id == ada.member_id
    assert [json.loads(r.details) for r in _audit("member.block")] == [
        {"status": ["active", "blocked"]}
    ]
    assert _audit("member.unblock")[0].reason == "apologised"


# --- merge ----------------------------------------------------------------------------------------


def test_merge_moves_points_cards_purchases_and_fills_contact(boss, ctx, make_member) -> None:
    keep = make_member("Ada Lovelace", phone=None)
    dup = make_member("Ada L.", phone="07700 900777", email="ada@example.org")
    services.record_purchase(ctx, dup.card, 20_000, "R-1")
    dup_lot_expiry = Lot.get(Lot.member == dup.member_id).expires_at
    services.adjust(ctx, keep.member_id, 10, "welcome")
    entries_before = LedgerEntry.select().where(LedgerEntry.member == dup.member_id).count()

    result = ma.merge_members(boss, keep.member_id, dup.member_id, "same person")

    assert (result.points_moved, result.cards_moved, result.purchases_moved) == (200, 1, 1)
    assert result.balance == 210 == balance(keep.member_id) and balance(dup.member_id) == 0
    assert set(result.fields_filled) == {"phone", "email"}
    kept = Member.get_by_id(keep.member_id)
    assert kept.phone == "+447700900777" and kept.email == "ada@example.org"
    gone = Member.get_by_id(dup.member_id)
    assert gone.status == "merged" and gone.merged_into == keep.member_id
    card = Card.get(Card.number == dup.card)
    assert card.member_id == keep.member_id and card.status == "active"
    assert Purchase.get(Purchase.receipt == "R-1").member_id == keep.member_id
    moved = Lot.select().where((Lot.member == keep.member_id) & (Lot.points == 200)).get()
    assert moved.expires_at == dup_lot_expiry
    assert LedgerEntry.select().where(LedgerEntry.member == dup.member_id).count() == (
        entries_before + 1
    )
    # the duplicate's card and phone now lead to the member kept
    assert services.identify(ctx, dup.card).member_id == keep.member_id
    assert services.identify(ctx, "07700 900777").member_id == keep.member_id
    # a later refund of the moved purchase takes points from the member kept
    services.refund(ctx, "R-1")
    assert balance(keep.member_id) == 10
    (row,) = _audit("member.merge")
    assert json.loads(row.details)["points_moved"] == 200 and row.reason == "same person"
    assert_ledger_whole()
    assert run_checks().ok, run_checks().problems


def test_merge_refusals(boss, make_member, make_reward, ctx) -> None:
    ada, bob, cy = make_member("Ada"), make_member("Bob", points=100), make_member("Cy")
    cases = [
        ((ada.member_id, ada.member_id, "x"), InvalidInput, "members_same"),
        ((ada.member_id, bob.member_id, ""), InvalidInput, "reason_missing"),
        ((ada.member_id, 9999, "x"), NotFound, "account_gone"),
    ]
    ma.merge_members(boss, ada.member_id, cy.member_id, "dup")
    cases.append(((bob.member_id, cy.member_id, "x"), Refused, "account_merged"))
    reward = make_reward(cost=40)
    services.redeem_reward(ctx, bob.member_id, reward.id, "k")
    cases.append(((ada.member_id, bob.member_id, "x"), Refused, "vouchers_open"))
    for args, error, reason in cases:
        with pytest.raises(error) as caught:
            ma.merge_members(boss, *args)
        assert caught.value.reason == reason, args
    assert balance(bob.member_id) == 60 and len(_audit("member.merge")) == 1


# --- erase ----------------------------------------------------------------------------------------


def test_erase_removes_personal_data_and_forfeits_points(
    boss, ctx, clerk, make_member, make_reward
) -> None:
    ada = make_member("Ada Lovelace", email="ada@example.org", birthday=date(1990, 5, 1))
    services.set_pin(ctx, ada.member_id, "1234")
    services.record_purchase(ctx, ada.card, 30_000, "R-1")
    reward = make_reward(cost=100, stock=5)
    issued = services.redeem_reward(ctx, ada.member_id, reward.id, "k1")
    ma.update_member(clerk, ada.member_id, name="Ada King")
    purchases = Purchase.select().where(Purchase.member == ada.member_id).count()

    result = ma.erase_member(boss, ada.member_id, "customer asked in writing")

    assert (result.points_forfeited, result.vouchers_voided, result.cards_blocked) == (300, 1, 1)
    member = Member.get_by_id(ada.member_id)
    assert member.name == f"Erased member {ada.member_id}" and member.status == "erased"
    assert (member.phone, member.email, member.birthday, member.pin_hash) == (None,) * 4
    assert not member.marketing_consent and member.erased_at == ctx.now()
    assert (
        member.balance == 0
        and Lot.select().where((Lot.member == ada.member_id) & (Lot.remaining > 0)).count() == 0
    )
    expire = LedgerEntry.get((LedgerEntry.member == ada.member_id) & (LedgerEntry.kind == "expire"))
    assert (expire.points, expire.reason) == (-300, "Account erased on request")
    card = Card.get(Card.number == ada.card)
    assert (card.status, card.block_reason) == ("blocked", "erased")
    assert Voucher.get(Voucher.code == issued.voucher_code).status == "void"
    assert Purchase.select().where(Purchase.member == ada.member_id).count() == purchases
    with pytest.raises(NotFound) as caught:
        services.identify(ctx, ada.card)
    assert caught.value.reason == "account_gone"
    with pytest.raises(NotFound):
        services.identify(ctx, "07700 900001")
    (row,) = _audit("member.erase")
    text = row.details + row.target
    assert "Ada" not in text and "example.org" not in text and "7700" not in text
    # earlier edits no longer keep the old and new names
    assert "Ada" not in _audit("member.edit")[0].details
    assert_ledger_whole()
    assert run_checks().ok, run_checks().problems
    with pytest.raises(NotFound):
        ma.erase_member(boss, ada.member_id, "again")


def test_erasing_a_member_also_clears_members_merged_into_it(boss, make_member) -> None:
    keep, dup = make_member("Ada"), make_member("Ada Dup", email="dup@example.org")
    ma.merge_members(boss, keep.member_id, dup.member_id, "dup")
    ma.erase_member(boss, keep.member_id, "asked")
    merged = Member.get_by_id(dup.member_id)
    assert merged.email is None and merged.phone is None and "Dup" not in merged.name
    assert merged.status == "merged" and run_checks().ok


# --- points and cards -----------------------------------------------------------------------------


def test_adjust_points_writes_ledger_and_audit(boss, make_member) -> None:
    ada = make_member("Ada")
    done = ma.adjust_points(boss, ada.member_id, 25, "goodwill")
    assert done.balance == 25 == balance(ada.member_id)
    (row,) = _audit("points.adjust")
    assert json.loads(row.details)["points"] == 25 and row.reason == "goodwill"
    with pytest.raises(InvalidInput) as caught:
        ma.adjust_points(boss, ada.member_id, -5, "  ")
    assert caught.value.reason == "reason_missing"
    assert len(_audit("points.adjust")) == 1


def test_a_failed_adjustment_leaves_no_audit_row(boss, make_member) -> None:
    ada = make_member("Ada", points=10)
    with pytest.raises(Refused):
        ma.adjust_points(boss, ada.member_id, -50, "too much")
    assert balance(ada.member_id) == 10
    assert [row.staff for row in _audit("points.adjust")] == ["cli:test"]  # the set-up's only


def test_replace_member_card(clerk, ctx, make_member) -> None:
    ada = make_member("Ada", points=40)
    done = ma.replace_member_card(clerk, ada.member_id, None, "lost on the bus")
    assert done.old_card == ada.card and done.balance == 40
    assert Card.get(Card.number == ada.card).status == "blocked"
    assert services.identify(ctx, done.new_card).member_id == ada.member_id
    other = make_member("Bob")
    with pytest.raises(Refused) as caught:
        ma.replace_member_card(clerk, ada.member_id, other.card, "lost")
    assert caught.value.reason == "card_taken"
    assert services.identify(ctx, done.new_card).member_id == ada.member_id
    (row,) = _audit("card.replace")
    assert json.loads(row.details) == {"blocked": ada.card[-4:], "new": done.new_card[-4:]}


def test_find_member_for_staff_tools(boss, make_member) -> None:
    ada = make_member("Ada", phone="07700 900444")
    ma.block_member(boss, ada.member_id, "check")
    assert ma.find_member(boss, ada.card) == ada.member_id
    assert ma.find_member(boss, "07700 900444") == ada.member_id
    assert ma.find_member(boss, f"#{ada.member_id}") == ada.member_id
    with pytest.raises(NotFound):
        ma.find_member(boss, "07700 900999")


def test_db_check_spots_a_merged_member_with_points(boss, make_member) -> None:
    keep, dup = make_member("Ada"), make_member("Ada 2")
    ma.merge_members(boss, keep.member_id, dup.member_id, "dup")
    assert run_checks().ok
    Card.update(member=dup.member_id).where(Card.member == keep.member_id).execute()
    report = run_checks()
    assert any("active card of a merged" in p for p in report.problems)


def test_clock_moves_do_not_matter_for_search(clock, clerk, make_member) -> None:
    make_member("Ada")
    clock.advance(days=3)
    assert ma.search_members(clerk, "ada")[0].created_at < clock.now() - timedelta(days=2)


def test_a_card_left_on_a_merged_member_leads_to_the_member_kept(boss, ctx, make_member) -> None:
    keep, dup = make_member("Ada"), make_member("Ada 2")
    ma.merge_members(boss, keep.member_id, dup.member_id, "dup")
    Card.update(member=dup.member_id).where(Card.number == dup.card).execute()
    assert services.identify(ctx, dup.card).member_id == keep.member_id
    ma.erase_member(boss, keep.member_id, "asked")
    with pytest.raises(NotFound) as caught:
        services.identify(ctx, keep.card)
    assert caught.value.reason == "account_gone"
