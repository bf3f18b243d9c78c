"""Small shared reads: member rows, tier status and card resolution used by several use cases."""

from __future__ import annotations

from datetime import timedelta

from db.models import Card, Member, Purchase
from kiosk.cards import is_card_shaped, parse_card_number
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.phones import normalise_phone
from kiosk.tiers import TierStatus, tier_status
from kiosk.views import Identified


def first_name(name: str) -> str:
    """The name to greet someone by."""
    return name.split()[0] if name.strip() else ""


def resolve(ctx: Context, text: str, kind: str = "auto") -> Identified:
    """Find the member a card number or phone number belongs to; refuse bad or blocked input."""
    text = text.strip()
    if not text:
        raise InvalidInput("Nothing was entered.")
    if kind == "card" or (kind == "auto" and is_card_shaped(text)):
        number = parse_card_number(text, ctx.config.store.card_prefix)
        row = (
            Card.select(Card.status, Member.id, Member.status)
            .join(Member)
            .where(Card.number == number)
            .tuples()
            .first()
        )
        if row is None:
            raise NotFound("This card is not registered yet.")
        card_status, member_id, member_status = row
        if card_status != "active":
            raise Refused("This card has been blocked. Please ask a member of staff.")
        _require_active(member_status)
        return Identified(member_id, number, "card")
    if kind not in ("auto", "phone"):
        raise ValueError(f"unknown identification kind {kind!r}")
    phone = normalise_phone(text, ctx.config.store.country_code)
    rows = list(
        Member.select(Member.id, Member.status)
        .where((Member.phone == phone) & (Member.status != "erased"))
        .tuples()
    )
    if not rows:
        raise NotFound("No member has this phone number.")
    member_id, member_status = rows[0]
    _require_active(member_status)
    return Identified(member_id, active_card(member_id), "phone")


def _require_active(status: str) -> None:
    if status == "blocked":
        raise Refused("This account is blocked. Please ask a member of staff.")
    if status == "erased":
        raise NotFound("This account no longer exists.")


def active_card(member_id: int) -> str | None:
    """The member's newest active card number."""
    return (
        Card.select(Card.number)
        .where((Card.member == member_id) & (Card.status == "active"))
        .order_by(Card.issued_at.desc(), Card.id.desc())
        .scalar()
    )


def get_member(member_id: int) -> Member:
    """The member row, or NotFound."""
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFound("This member does not exist.")
    return member


def member_tier(ctx: Context, member_id: int) -> TierStatus:
    """The member's tier from qualifying purchases in the rolling window."""
    rules = ctx.config.programme
    now = ctx.now()
    since = now - timedelta(days=rules.tier_window_days)
    if rules.tier_basis == "spend":
        value = Purchase.amount_minor - Purchase.refunded_minor
    else:
        value = Purchase.points_earned - Purchase.points_clawed
    events = list(
        Purchase.select(Purchase.created_at, value)
        .where((Purchase.member == member_id) & (Purchase.created_at > since))
        .tuples()
    )
    return tier_status(rules.tiers, events, now, rules.tier_window_days, rules.tier_basis)


def tier_rank(ctx: Context, name: str) -> int:
    """The position of a tier by name; unknown or empty names rank lowest."""
    for index, tier in enumerate(ctx.config.programme.tiers):
        if tier.name.lower() == name.lower():
            return index
    return 0
